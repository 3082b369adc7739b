import { describe, expect, it } from 'vitest';
import { writeReason } from './unwritable-file.js';

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('writeReason', () => {
  it('says why in words, without the code, the system call or a temporary file', () => {
    expect(
      writeReason(systemError('EACCES', "EACCES: permission denied, open '/root/.x.json.7.tmp'")),
    ).toBe('permission denied');
    expect(writeReason(systemError('ENOSPC', 'ENOSPC: no space left on device, write'))).toBe(
      'the disk is full',
    );
    expect(
      writeReason(systemError('EMFILE', "EMFILE: too many open files, open '/tmp/.x.json.7.tmp'")),
    ).toBe('too many open files');
    expect(writeReason(new Error('the stream was closed'))).toBe('the stream was closed');
  });
});
