/**
 * The copy DuckDB reads in place of a file whose lines end in more than one way, when it cannot be
 * written to its end (the disk full) or the file cannot be read to its end: a `BilateralError` at
 * the file, nothing of the copy left behind. Node's streams fail on demand here.
 */
import { appendFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { BilateralError } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { readComtradeBulk } from './read-comtrade-bulk.js';

/** A system error as Node gives it. */
const systemError = (code: string, words: string) =>
  Object.assign(new Error(`${code}: ${words}`), { code });

vi.mock('node:fs', async (actual) => {
  const fs = await actual<typeof import('node:fs')>();
  return {
    ...fs,
    // A file named failing-*: its first 64 kB, then an I/O error.
    createReadStream: ((path: string, ...rest: never[]) => {
      if (!basename(String(path)).startsWith('failing-')) return fs.createReadStream(path, ...rest);
      const first = fs.readFileSync(path).subarray(0, 1 << 16);
      return Readable.from(
        (async function* () {
          yield first;
          throw systemError('EIO', 'i/o error, read');
        })(),
      );
    }) as typeof fs.createReadStream,
    // A copy of a file named full-*: its first chunk written, then the disk is full.
    createWriteStream: ((path: string, ...rest: never[]) => {
      if (!basename(String(path)).includes('full-')) return fs.createWriteStream(path, ...rest);
      let chunks = 0;
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks += 1;
          if (chunks > 1) return done(systemError('ENOSPC', 'no space left on device, write'));
          appendFileSync(path, chunk);
          done();
        },
      });
    }) as typeof fs.createWriteStream,
  };
});

let instance: DuckDBInstance;
let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let temporary: string;
let given: string | undefined;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  scratch = await scratchFolder();
  temporary = join(scratch.folder, 'system-temporary');
  await mkdir(temporary);
  given = process.env.TMPDIR;
  process.env.TMPDIR = temporary;
});
afterAll(async () => {
  process.env.TMPDIR = given;
  instance.closeSync();
  await scratch.remove();
});

/** A file of 2,000 records (past 64 kB) whose lines before the header end otherwise (CRLF). */
const text = `sep=,\r\n${bulkText(
  Array.from({ length: 2_000 }, (_, i) => bulkRecord({ cmdCode: String(100_000 + i) })),
)}`;

/** The error a read of `path` rejects with (a `BilateralError`). */
async function failure(path: string): Promise<BilateralError> {
  const error = await readComtradeBulk(path, { instance }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BilateralError);
  return error as BilateralError;
}

test('the disk full while the copy is written: refused at the file, the copy gone', async () => {
  // ENOSPC was thrown as it was (a gzip file's copy was even read as far as it was written).
  for (const name of ['full-a.csv', 'full-a.csv.gz']) {
    const error = await failure(await scratch.write(name, text));
    expect([error.code, error.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['files', 0],
          message: `${name}: its lines end in more than one way (LF, CRLF, CR), so DuckDB reads a copy of it with one line end (as large as the file unpacked), which cannot be written in ${temporary}: the disk is full`,
        },
      ],
    ]);
    expect(await readdir(temporary)).toEqual([]);
  }
});

test('the file failing to be read midway: refused at the file, the copy gone', async () => {
  // EIO was thrown as it was.
  const error = await failure(await scratch.write('failing-a.csv', text));
  expect([error.code, error.issues]).toEqual([
    'INVALID_INPUT',
    [{ path: ['files', 0], message: 'failing-a.csv cannot be read to its end: i/o error, read' }],
  ]);
  expect(await readdir(temporary)).toEqual([]);
});
