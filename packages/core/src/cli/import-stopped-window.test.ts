/**
 * The window between the import's spill folder and its signal listeners: a signal Node has no
 * listener for ends the process at once, by the system's default, so a Ctrl-C or kill arriving
 * after the folder was made and before the listeners were added left the folder behind
 * (`import-stopped.test.ts` found `bilateral-import-spill-*` left on SIGTERM, on a loaded host).
 * Deterministic here: the listeners present when the folder is made are counted.
 */
import type * as fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { beforeAll, expect, it, vi } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { ONE_FLOW_CSV, tempFolder } from './__fixtures__/temp-folder.js';
import { STOPS } from './remove-on-stop.js';

/** The listeners of each stopping signal when a spill folder was made. */
const atMaking: number[][] = [];

/** The listeners of each stopping signal when a spill folder was removed. */
const atRemoving: number[][] = [];

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    mkdtempSync: ((prefix: string, options?: never) => {
      if (prefix.includes('bilateral-import-spill-')) {
        atMaking.push(STOPS.map((signal) => process.listenerCount(signal)));
      }
      return actual.mkdtempSync(prefix, options);
    }) as typeof actual.mkdtempSync,
    rmSync: ((path: string, options?: never) => {
      if (/bilateral-import-spill-[^/\\]*$/.test(String(path))) {
        atRemoving.push(STOPS.map((signal) => process.listenerCount(signal)));
      }
      return actual.rmSync(path, options);
    }) as typeof actual.rmSync,
  };
});

const folder = tempFolder('import-stopped-window');
const { at } = folder;

beforeAll(() => writeFile(at('flows.csv'), ONE_FLOW_CSV));

it('listens for Ctrl-C, SIGTERM and SIGHUP before it makes its spill folder', async () => {
  const before = STOPS.map((signal) => process.listenerCount(signal));
  const { code } = await bilateral('import', 'flows', at('flows.csv'), '-o', at('out.json'));
  expect(code).toBe(0);
  // It was made with as many listeners as before the command: none of its own.
  expect(atMaking).toEqual([before.map((count) => count + 1)]);
  // Still listened for while it is removed: a signal then would otherwise end the process mid-removal.
  expect(atRemoving).toEqual([before.map((count) => count + 1)]);
  expect(STOPS.map((signal) => process.listenerCount(signal))).toEqual(before);
});
