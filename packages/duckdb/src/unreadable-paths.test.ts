/**
 * A folder that cannot be listed, and a file in a folder that cannot be opened (permission
 * denied: the tests run as root, which no permission stops, so the system's refusal is stood in
 * for by `node:fs/promises` refusing those paths).
 */
import type * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { BilateralError } from '@bilateral/core';
import { afterAll, expect, test, vi } from 'vitest';
import { bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';
import { listBulkFiles } from './bulk-files.js';

/** The paths the system refuses, as it refuses a user without read permission. */
const refused = new Set<string>();
const denied = (path: unknown) =>
  Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
    code: 'EACCES',
  });

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const refusing =
    <A extends unknown[], R>(call: (path: never, ...rest: A) => Promise<R>) =>
    (path: never, ...rest: A): Promise<R> =>
      refused.has(String(path)) ? Promise.reject(denied(path)) : call(path, ...rest);
  return {
    ...actual,
    readdir: refusing(actual.readdir as never),
    open: refusing(actual.open as never),
  };
});

const scratch = await scratchFolder();
afterAll(() => scratch.remove());

test('a folder that cannot be listed: a problem at its path in words, not an internal error', async () => {
  const folder = join(scratch.folder, 'locked');
  await scratch.write('locked/a.csv', bulkText([bulkRecord()]));
  refused.add(folder);
  try {
    // listBulkFiles threw Node's error itself: "EACCES: permission denied, scandir '…/locked'".
    const error = await listBulkFiles(folder).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BilateralError);
    expect((error as BilateralError).issues).toEqual([
      { path: ['paths', 0], message: `${folder}: the folder cannot be read: permission denied` },
    ]);
    // The command said "internal error (please report it)", exit code 70.
    const run = await importWithDuckdb(folder, join(scratch.folder, 'out.json'));
    expect([run.code, run.out, run.err]).toEqual([
      2,
      '',
      `bilateral import: cannot read ${folder}: permission denied`,
    ]);
    const json = await importWithDuckdb(folder, join(scratch.folder, 'out.json'), '--json');
    expect(JSON.parse(json.out).error).toMatchObject({ code: 'FILE_UNREADABLE' });
  } finally {
    refused.delete(folder);
  }
});

test('a file of a folder that cannot be opened: named with the reason in words, not Node’s message', async () => {
  const file = await scratch.write('shut/b.csv', bulkText([bulkRecord()]));
  refused.add(file);
  try {
    // It read "b.csv cannot be read: EACCES: permission denied, open '…/shut/b.csv'".
    const error = await listBulkFiles(join(scratch.folder, 'shut')).catch((thrown) => thrown);
    expect((error as BilateralError).issues).toEqual([
      { path: ['paths', 0], message: 'b.csv cannot be read: permission denied' },
    ]);
  } finally {
    refused.delete(file);
  }
});
