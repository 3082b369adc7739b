import { describe, expect, it } from 'vitest';
import { writeReason } from './write-reason.js';

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
    // EFBIG is a file system's limit (4 GB on FAT32) or the process's (ulimit -f).
    expect(writeReason(systemError('EFBIG', 'EFBIG: file too large, write'))).toBe(
      "the file would pass its size limit (the file system's, or the shell's ulimit -f)",
    );
    expect(writeReason(new Error('the stream was closed'))).toBe('the stream was closed');
  });

  it("says the system's words that end another library's message (DuckDB's) as the code's", () => {
    const duckdb = (why: string) =>
      new Error(`IO Error: Could not write file "/data/.x.parquet.7.1796437983850.tmp": ${why}`);
    expect(writeReason(duckdb('No space left on device'))).toBe('the disk is full');
    expect(writeReason(duckdb('Permission denied'))).toBe('permission denied');
    expect(
      writeReason(
        new Error('IO Error: Cannot open file "/no/.x.parquet.7.1.tmp": No such file or directory'),
      ),
    ).toBe('its folder does not exist');
    expect(writeReason(new Error('IO Error: the connection was closed'))).toBe(
      'IO Error: the connection was closed',
    );
  });
});
