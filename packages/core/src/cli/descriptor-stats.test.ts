import { execFileSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptorStats } from './descriptor-stats.js';

describe('descriptorStats', () => {
  it('tells a pipe, and leaves a later resolution through a symlink to the real path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bilateral-descriptor-stats-'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const pipe = openSync(fifo, 'r+'); // read and write: Linux opens it without waiting for a peer
    try {
      await mkdir(join(dir, 'real'));
      await writeFile(join(dir, 'real', 'm.cjs'), 'module.exports = 1;\n');
      await symlink(join(dir, 'real'), join(dir, 'link'));
      const { resolve } = createRequire(import.meta.url);
      // Node's realpath cache now holds the folders down to `dir`, as it does those of a program.
      expect(resolve(join(dir, 'real', 'm.cjs'))).toBe(join(dir, 'real', 'm.cjs'));
      expect(descriptorStats(pipe).isFIFO()).toBe(true);
      expect(resolve(join(dir, 'link', 'm.cjs'))).toBe(join(dir, 'real', 'm.cjs'));
    } finally {
      closeSync(pipe);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
