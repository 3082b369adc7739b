/**
 * A folder that cannot be listed, and a file in a folder that cannot be opened (permission
 * denied: the tests run as root, which no permission stops, so the system's refusal is stood in
 * for by `node:fs/promises` refusing those paths); and how many times a file is opened.
 */
import type * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { BilateralError } from '@bilateral/core';
import { afterAll, expect, test, vi } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import { bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';
import { listBulkFiles } from './bulk-files.js';

/** The paths the system refuses, as it refuses a user without read permission. */
const refused = new Set<string>();
/** How many times each path was opened (`open` of `node:fs/promises`). */
const opened = new Map<string, number>();
/** A folder whose recursive listing stops at a folder inside it, as the system refuses that one. */
const refusedWithin = new Map<string, string>();
const denied = (path: unknown) =>
  Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
    code: 'EACCES',
    path: String(path),
  });

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const refusing =
    <A extends unknown[], R>(call: (path: never, ...rest: A) => Promise<R>) =>
    (path: never, ...rest: A): Promise<R> =>
      refused.has(String(path))
        ? Promise.reject(denied(path))
        : refusedWithin.has(String(path))
          ? Promise.reject(denied(refusedWithin.get(String(path))))
          : call(path, ...rest);
  const counted = (path: never, ...rest: never[]) => {
    opened.set(String(path), (opened.get(String(path)) ?? 0) + 1);
    return (actual.open as (...args: never[]) => Promise<unknown>)(path, ...rest);
  };
  return {
    ...actual,
    readdir: refusing(actual.readdir as never),
    open: refusing(counted as never),
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

test('a folder of good files and one that cannot be opened: the command cannot read it, exit 2, as for the file alone', async () => {
  const folder = join(scratch.folder, 'mixed');
  await scratch.write('mixed/a.csv', bulkText([bulkRecord()]));
  const file = await scratch.write(
    'mixed/sub/b.csv.gz',
    bulkText([bulkRecord({ period: '2022' })]),
  );
  // Not a file the bulk read takes: left alone, unreadable or not.
  const notes = await scratch.write('mixed/notes.md', 'read me');
  for (const path of [file, notes]) refused.add(path);
  try {
    const output = join(scratch.folder, 'mixed.json');
    // It exited 1, the file listed among the folder's problems ("1 problem; nothing was written",
    // "paths[0]: b.csv.gz cannot be read: permission denied"), as records that cannot be imported.
    const words = `bilateral import: cannot read ${file}: permission denied`;
    const run = await importWithDuckdb(folder, output);
    expect([run.code, run.out, run.err]).toEqual([2, '', words]);
    const alone = await importWithDuckdb(file, output);
    expect([alone.code, alone.err]).toEqual([2, words]);
    const json = await importWithDuckdb(folder, output, '--json');
    expect([json.code, JSON.parse(json.out).error]).toEqual([
      2,
      { code: 'FILE_UNREADABLE', message: words.replace('bilateral import: ', ''), issues: [] },
    ]);
    // The core engine reads no folder: it cannot read it either (exit 2), and says which does.
    const core = await bilateral('import', 'comtrade', folder, '-o', output);
    expect([core.code, core.err]).toEqual([
      2,
      `bilateral import: cannot read ${folder}: it is a directory; --engine duckdb reads a folder of UN Comtrade bulk files`,
    ]);
    refused.delete(file);
    // The other file unreadable still, but not one the read takes: the folder is imported.
    expect((await importWithDuckdb(folder, output)).code).toBe(0);
  } finally {
    for (const path of [file, notes]) refused.delete(path);
  }
});

test('a folder inside the folder that cannot be listed is the one named, exit 2', async () => {
  const folder = join(scratch.folder, 'nested');
  await scratch.write('nested/a.csv', bulkText([bulkRecord()]));
  const inside = join(folder, '2023');
  await scratch.write('nested/2023/b.csv', bulkText([bulkRecord({ period: '2022' })]));
  refusedWithin.set(folder, inside);
  try {
    // It named the folder given ("cannot read …/nested: permission denied"), which can be listed.
    const run = await importWithDuckdb(folder, join(scratch.folder, 'nested.json'), '--json');
    expect([run.code, JSON.parse(run.out).error]).toEqual([
      2,
      { code: 'FILE_UNREADABLE', message: `cannot read ${inside}: permission denied`, issues: [] },
    ]);
  } finally {
    refusedWithin.delete(folder);
  }
});

test('a file of a folder whose lines DuckDB refuses is read whole once, however many lines it names', async () => {
  const folder = join(scratch.folder, 'short-lines');
  await scratch.write('short-lines/a.csv', bulkText([bulkRecord()]));
  const [header = '', line = ''] = bulkText([bulkRecord({ period: '2022' })]).split('\n');
  const file = await scratch.write('short-lines/b.csv', `${header}\n${line}\nC,A\nC,A\nC,A\n`);
  opened.clear();
  const run = await importWithDuckdb(folder, join(scratch.folder, 'short-lines.json'));
  expect(run.code).toBe(1);
  expect(run.err.split('\n').slice(1)).toEqual([
    '  files[1].rows[1] (b.csv line 3), files[1].rows[2] (b.csv line 4), files[1].rows[3] (b.csv line 5): has 2 fields but the header has 23',
  ]);
  // Opened by the command to read its start, by the bulk read to read its header, and once more
  // to read it whole when DuckDB refused it: it was opened for each line named (three).
  expect(opened.get(file)).toBe(3);
});
