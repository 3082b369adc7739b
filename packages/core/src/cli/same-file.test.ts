import { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameFile as isSame, namedFile } from './same-file.js';

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-same-file-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Whether the paths `a` and `b` name one file. */
const isSameFile = async (a: string, b: string) => isSame(await namedFile(a), await namedFile(b));

describe('isSameFile', () => {
  it('finds one file under two names: a relative path, a hard link, a symbolic link', async () => {
    const file = join(folder, 'in.csv');
    writeFileSync(file, 'a,b\n');
    linkSync(file, join(folder, 'hard.csv'));
    symlinkSync('in.csv', join(folder, 'soft.csv'));
    expect(await isSameFile(relative(process.cwd(), file), file)).toBe(true);
    expect(await isSameFile(join(folder, 'hard.csv'), file)).toBe(true);
    expect(await isSameFile(join(folder, 'soft.csv'), file)).toBe(true);
    expect(await isSameFile(join(folder, 'new.json'), join(folder, '.', 'new.json'))).toBe(true);
    expect(await isSameFile(join(folder, 'new.json'), file)).toBe(false);
  });

  it('lets a device take both outputs (/dev/null twice, one terminal as stdout and stderr)', async () => {
    expect(await isSameFile('/dev/null', '/dev/null')).toBe(false);
    symlinkSync('/dev/null', join(folder, 'null'));
    expect(await isSameFile(join(folder, 'null'), '/dev/null')).toBe(false);
  });
});
