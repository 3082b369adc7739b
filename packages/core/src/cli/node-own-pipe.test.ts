import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNodesOwnPipe } from './node-own-pipe.js';

describe('isNodesOwnPipe', () => {
  it('finds the pipes Node holds both ends of, and no other descriptor', () => {
    const open = readdirSync('/proc/self/fd').map(Number);
    expect(open.some(isNodesOwnPipe)).toBe(true); // libuv's, in every Node process on Linux
    expect([0, 1, 2].some(isNodesOwnPipe)).toBe(false);
    // A named pipe is the user's, even with both ends open here; a file is no pipe.
    const folder = mkdtempSync(join(tmpdir(), 'bilateral-own-pipe-'));
    const fifo = join(folder, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, constants.O_WRONLY);
    const file = openSync(join(folder, 'file'), 'w');
    expect([writeEnd, file, 1_000_000].map(isNodesOwnPipe)).toEqual([false, false, false]);
    for (const descriptor of [readEnd, writeEnd, file]) closeSync(descriptor);
    rmSync(folder, { recursive: true });
  });
});
