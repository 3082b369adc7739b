/**
 * `writeFlowsParquet` stages the flows as JSON Lines in a temporary folder
 * (`bilateral-parquet-*`): Ctrl-C, SIGTERM or SIGHUP while it writes must remove it, as
 * `readComtradeBulk` removes its copies (`removeOnStop`), listened for before it is made. The
 * listeners present when the folder is made, when its file is written and when it is removed are
 * counted; and a stop that comes at an await while the folder exists must find it.
 */
import type * as fs from 'node:fs';
import { existsSync } from 'node:fs';
import type * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
// The signals the core's `removeOnStop` listens for: its own list, not a copy of it.
import { STOPS } from '../../core/src/cli/remove-on-stop.js';
import { scratchFolder } from './__fixtures__/bulk-records.js';
import { writeFlowsParquet } from './write-flows-parquet.js';

const listeners = () => STOPS.map((signal) => process.listenerCount(signal));

/** The listeners when the folder was made, when the flows were written in it, and when it was removed. */
const seen: { made?: number[]; written?: number[]; removed?: number[] } = {};

/**
 * Whether each staging folder made by an awaited `mkdtemp` was left by a Ctrl-C that came as the
 * await ended (the folder on disk, its name not yet back): a real signal can come there.
 */
const leftByStop: boolean[] = [];

const isStaging = (prefix: string) => prefix.includes('bilateral-parquet-');

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    mkdtempSync: ((prefix: string, options?: never) => {
      if (isStaging(prefix)) seen.made = listeners();
      return actual.mkdtempSync(prefix, options);
    }) as typeof actual.mkdtempSync,
  };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return {
    ...actual,
    mkdtemp: (async (prefix: string, options?: never) => {
      if (isStaging(prefix)) seen.made = listeners();
      const made = await actual.mkdtemp(prefix, options);
      if (isStaging(prefix)) {
        // A listener of the test's own, so that the stop does not end the test's process.
        const own = () => {};
        process.on('SIGINT', own);
        process.emit('SIGINT', 'SIGINT');
        process.off('SIGINT', own);
        leftByStop.push(existsSync(made));
      }
      return made;
    }) as typeof actual.mkdtemp,
    rm: (async (path: string, options?: never) => {
      if (isStaging(String(path))) seen.removed = listeners();
      return actual.rm(path, options);
    }) as typeof actual.rm,
    writeFile: (async (...args: Parameters<typeof actual.writeFile>) => {
      if (String(args[0]).endsWith('flows.jsonl')) seen.written = listeners();
      return actual.writeFile(...args);
    }) as typeof actual.writeFile,
  };
});

const flow = {
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export',
  period: '2023',
  value: '1000',
  currency: 'USD',
  status: 'official',
  source: 'un-comtrade',
} as const;

it('listens for Ctrl-C, SIGTERM and SIGHUP while its temporary folder exists', async () => {
  const scratch = await scratchFolder();
  try {
    const before = listeners();
    const { rows } = await writeFlowsParquet([flow], join(scratch.folder, 'x.parquet'));
    expect(rows).toBe(1);
    // No stop at an await found the folder made and left it (an awaited mkdtemp: [true]).
    expect(leftByStop).toEqual([]);
    const more = before.map((count) => count + 1);
    expect(seen).toEqual({ made: more, written: more, removed: more });
    expect(listeners()).toEqual(before);
  } finally {
    await scratch.remove();
  }
});
