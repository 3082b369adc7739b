/**
 * The window between the folder of relined copies (`bilateral-relined-*`) and its signal
 * listener: a signal Node has no listener for ends the process at once, by the system's default,
 * so one arriving after the folder was made and before `removeOnStop` listened left the folder.
 * Deterministic here: the listeners present when the folder is made are counted.
 */
import type * as fs from 'node:fs';
import type * as fsp from 'node:fs/promises';
import { expect, it, vi } from 'vitest';
// The signals the core's `removeOnStop` listens for: its own list, not a copy of it.
import { STOPS } from '../../core/src/cli/remove-on-stop.js';
import { bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { readComtradeBulk } from './read-comtrade-bulk.js';

/** The listeners of each stopping signal when a folder of relined copies was made. */
const atMaking: number[][] = [];

/** The listeners of each stopping signal when a folder of relined copies was being removed. */
const atRemoving: number[][] = [];

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    mkdtempSync: ((prefix: string, options?: never) => {
      if (prefix.includes('bilateral-relined-')) {
        atMaking.push(STOPS.map((signal) => process.listenerCount(signal)));
      }
      return actual.mkdtempSync(prefix, options);
    }) as typeof actual.mkdtempSync,
  };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return {
    ...actual,
    rm: (async (path: string, options?: never) => {
      if (String(path).includes('bilateral-relined-')) {
        atRemoving.push(STOPS.map((signal) => process.listenerCount(signal)));
      }
      return actual.rm(path, options);
    }) as typeof actual.rm,
  };
});

it('listens for Ctrl-C, SIGTERM and SIGHUP before it makes the folder of relined copies', async () => {
  const scratch = await scratchFolder();
  try {
    // Excel's sep= line ending in CRLF over a header and records ending in LF: read from a copy.
    const file = await scratch.write('sep.csv', `sep=,\r\n${bulkText([bulkRecord()])}`);
    const before = STOPS.map((signal) => process.listenerCount(signal));
    const { table } = await readComtradeBulk(file);
    expect(table.length).toBe(1);
    expect(atMaking).toEqual([before.map((count) => count + 1)]);
    // Still listened for while it is removed: a stop then removes it too.
    expect(atRemoving).toEqual([before.map((count) => count + 1)]);
    expect(STOPS.map((signal) => process.listenerCount(signal))).toEqual(before);
  } finally {
    await scratch.remove();
  }
});
