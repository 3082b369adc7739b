import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import {
  type ComtradeServer,
  startComtradeServer,
  tableHandler,
  totalsRecord,
} from '../io/__fixtures__/comtrade-server.js';

let server: ComtradeServer | undefined;
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-fetch-many-'));
  vi.stubEnv('COMTRADE_API_KEY', 'key');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

it('counts every problem of a fetched table past the 1,000 it keeps, in its words and its list', async () => {
  // 1,500 records, each with a value that is not a number: 1,500 problems, 1,000 kept.
  const records = Array.from({ length: 1500 }, (_, index) => ({
    ...totalsRecord(764, 116, 'X', 2024, index),
    primaryValue: 'n/a',
  }));
  server = await startComtradeServer(tableHandler(records));
  vi.stubEnv('BILATERAL_COMTRADE_URL', server.url);
  const argv = ['fetch', 'comtrade', '--reporter', 'THA', '--partner', 'KHM', '--years', '2024'];
  const run = await bilateral(...argv, '-o', join(dir, 'x.json'), '--no-cache');
  expect(run.code).toBe(1);
  const lines = run.err.trimEnd().split('\n');
  expect(lines[0]).toMatch(/, but they have 1,500 problems; nothing was written$/);
  expect(lines.at(-1)).toBe('  … and 500 more problems (counted, not kept)');
});
