import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  createReadStream,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWhole } from './fetch-command-files.js';

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-fetch-files-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes into a pipe (fetch -o /dev/stdout), never replacing it with a file', async () => {
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const read = text(createReadStream(pipe));
    expect(await writeWhole(pipe, '{"flows":[]}\n')).toBe(true);
    expect(await read).toBe('{"flows":[]}\n');
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(folder)).toEqual(['pipe']);
  });

  it('writes into a pipe as it is, not through the temporary folder (a 400 MB fetch | head)', async () => {
    const pipe = join(folder, 'direct-pipe');
    execFileSync('mkfifo', [pipe]);
    const read = text(createReadStream(pipe));
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(folder, 'no-such-folder');
    try {
      await writeWhole(pipe, '{"flows":[]}\n');
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(await read).toBe('{"flows":[]}\n');
    rmSync(pipe);
  });

  it('says (false) when the reader of a pipe stopped reading before the end (fetch -o /dev/stdout | head)', async () => {
    const pipe = join(folder, 'left-pipe');
    execFileSync('mkfifo', [pipe]);
    // The reader takes its first chunk and goes; 1 MB is more than it and the pipe hold.
    const reader = createReadStream(pipe);
    reader.once('data', () => reader.destroy());
    expect(await writeWhole(pipe, 'x'.repeat(1 << 20))).toBe(false);
    rmSync(pipe);
  });

  it('keeps the permission bits of the file it replaces (a private dataset stays private)', async () => {
    const output = join(folder, 'private.json');
    writeFileSync(output, 'old');
    chmodSync(output, 0o640);
    await writeWhole(output, '{"flows":[]}\n');
    expect(statSync(output).mode & 0o7777).toBe(0o640);
    expect(readFileSync(output, 'utf8')).toBe('{"flows":[]}\n');
    rmSync(output);
  });

  it('says in words that a folder is missing, naming no temporary file', async () => {
    const nowhere = join(folder, 'no', 'out.json');
    await expect(writeWhole(nowhere, '{}')).rejects.toThrow(
      `cannot write ${nowhere}: its folder does not exist`,
    );
  });

  it('writes through links: into the file a link names, or the file a descriptor has open', async () => {
    const place = mkdtempSync(join(tmpdir(), 'bilateral-fetch-links-'));
    const out = join(place, 'out.json');
    const descriptor = openSync(out, 'w');
    try {
      writeFileSync(join(place, 'real.json'), 'old');
      symlinkSync('real.json', join(place, 'link.json'));
      await writeWhole(join(place, 'link.json'), '{"flows":[]}\n');
      expect(lstatSync(join(place, 'link.json')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(place, 'real.json'), 'utf8')).toBe('{"flows":[]}\n');
      // As /dev/stdout -> /proc/self/fd/1 is, with the shell's > out.json.
      symlinkSync(`/proc/self/fd/${descriptor}`, join(place, 'stdout'));
      await writeWhole(join(place, 'stdout'), '[]\n');
      expect(lstatSync(join(place, 'stdout')).isSymbolicLink()).toBe(true);
      expect(readFileSync(out, 'utf8')).toBe('[]\n');
      expect(readdirSync(place).sort()).toEqual(['link.json', 'out.json', 'real.json', 'stdout']);
    } finally {
      closeSync(descriptor);
      rmSync(place, { recursive: true, force: true });
    }
  });
});
