import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWhole } from './fetch-command-files.js';

const folder = mkdtempSync(join(tmpdir(), 'bilateral-fetch-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes into a pipe (fetch -o /dev/stdout), never replacing it with a file', async () => {
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const read = text(createReadStream(pipe));
    await writeWhole(pipe, '{"flows":[]}\n');
    expect(await read).toBe('{"flows":[]}\n');
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(folder)).toEqual(['pipe']);
  });

  it('says in words that a folder is missing, naming no temporary file', async () => {
    const nowhere = join(folder, 'no', 'out.json');
    await expect(writeWhole(nowhere, '{}')).rejects.toThrow(
      `cannot write ${nowhere}: its folder does not exist`,
    );
  });
});
