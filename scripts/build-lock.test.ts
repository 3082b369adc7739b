import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takeLock } from './build-lock.js';

/** The scratch folder: made before the first test (a run that skips them all makes none). */
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bilateral-build-lock-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The processes {@link idle} started: killed after each test, whether it passed or not. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

/** A Node process that runs until killed. */
function idle(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  started.push(child);
  return child;
}

/** Resolves to the process id `onWait` is called with, and that function. */
function waiting(): [Promise<number>, (pid: number) => void] {
  let told: (pid: number) => void = () => {};
  return [new Promise((resolve) => (told = resolve)), (pid) => told(pid)];
}

describe('the build lock', () => {
  it('makes a second taker wait until the first releases it', async () => {
    const lock = join(folder, 'a', 'build.lock');
    const release = await takeLock(lock);
    const [waited, onWait] = waiting();
    let taken = false;
    const second = takeLock(lock, onWait).then((releaseSecond) => {
      taken = true;
      return releaseSecond;
    });
    expect(await waited).toBe(process.pid);
    expect(taken).toBe(false);
    release();
    const releaseSecond = await second;
    expect(readFileSync(lock, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    // Releasing again removes nothing it does not hold.
    release();
    expect(existsSync(lock)).toBe(true);
    releaseSecond();
    expect(readdirSync(join(folder, 'a'))).toEqual([]);
  });

  it('waits for another running process that holds it, and takes it over once it has ended', async () => {
    const lock = join(folder, 'b.lock');
    const holder = idle();
    writeFileSync(lock, `${holder.pid} someone-else\n`);
    const [waited, onWait] = waiting();
    const taken = takeLock(lock, onWait);
    expect(await waited).toBe(holder.pid);
    expect(readFileSync(lock, 'utf8')).toBe(`${holder.pid} someone-else\n`);
    holder.kill();
    await once(holder, 'exit');
    const release = await taken;
    expect(readFileSync(lock, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes at once a lock whose process has ended, or that names none', async () => {
    const ended = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(ended, 'exit');
    // This process's number in a lock it does not hold: left by a killed run that had the same
    // number (a container's processes get the same numbers each time it starts).
    const earlier = `${process.pid} killed-mid-build\n`;
    for (const held of [`${ended.pid} killed-mid-build\n`, earlier, '0 garbled\n', '']) {
      const lock = join(folder, 'c.lock');
      writeFileSync(lock, held);
      let told = false;
      const release = await takeLock(lock, () => (told = true));
      expect(told).toBe(false);
      release();
      expect(existsSync(lock)).toBe(false);
    }
  });

  it('gives up, naming the lock and its holder, when one holder keeps it past the patience given', async () => {
    const lock = join(folder, 'd.lock');
    const holder = idle();
    writeFileSync(lock, `${holder.pid} another-machine-or-a-reused-number\n`);
    const [waited, onWait] = waiting();
    const taken = takeLock(lock, onWait, 0);
    expect(await waited).toBe(holder.pid);
    await expect(taken).rejects.toThrow(`${lock} has been held by process ${holder.pid} for`);
    expect(readFileSync(lock, 'utf8')).toBe(`${holder.pid} another-machine-or-a-reused-number\n`);
  });
});
