import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peekFile } from './read-text-stream.js';

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-peek-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('peekFile', () => {
  it('says a directory is one (not "a pipe or a device")', async () => {
    await expect(peekFile(folder)).rejects.toThrow(`cannot read ${folder}: it is a directory`);
  });

  it('refuses a named pipe at once, though nothing writes to it (opening it would wait)', async () => {
    const pipe = join(folder, 'records.pipe');
    execFileSync('mkfifo', [pipe]);
    await expect(peekFile(pipe)).rejects.toThrow(`cannot read ${pipe}: it is a pipe or a device`);
  }, 5_000);
});
