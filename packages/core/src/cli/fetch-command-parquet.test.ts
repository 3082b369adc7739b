import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { UsageError } from './cli-io.js';
import {
  loadParquetWriter,
  type ParquetWriter,
  parquetInto,
  writeParquet,
} from './fetch-command-parquet.js';
import { installCommand } from './install-command.js';
import { writeInPlace } from './written-beside.js';

const document = {
  id: 'x',
  title: { en: 'x' },
  sources: [],
  flows: [],
};

describe('Parquet output of bilateral fetch', () => {
  it('says to install the package when it is not installed', async () => {
    await expect(loadParquetWriter('@bilateral/not-installed')).rejects.toThrowError(
      new UsageError(
        `-o <file>.parquet needs the package @bilateral/not-installed: install it beside @bilateral/core (${installCommand('@bilateral/not-installed')}), or write a dataset (.json) or JSON Lines (.jsonl)`,
      ),
    );
  });

  it('says to update a package that has no writeFlowsParquet, in words for a command user', async () => {
    await expect(loadParquetWriter('node:path')).rejects.toThrowError(
      new UsageError(
        `-o <file>.parquet needs a newer node:path than the one installed, which cannot write Parquet: update it beside @bilateral/core (${installCommand('node:path', { update: true })}), or write a dataset (.json) or JSON Lines (.jsonl)`,
      ),
    );
  });

  it('reports an output it cannot write as FILE_UNWRITABLE, once, without the writer’s prefix', async () => {
    const writer: ParquetWriter = {
      writeFlowsParquet: () =>
        Promise.reject(
          new BilateralError('INVALID_INPUT', [
            { path: ['output'], message: 'cannot write out.parquet: No such file or directory' },
          ]),
        ),
    };
    await expect(writeParquet(writer, document, 'out.parquet')).rejects.toMatchObject({
      code: 'FILE_UNWRITABLE',
      message: 'cannot write out.parquet as Parquet: No such file or directory',
    });
  });

  it('keeps the writer’s error when a value is the problem, naming the flow', async () => {
    const problem = new BilateralError('INVALID_INPUT', [
      { path: ['flows', 3, 'value'], message: 'does not fit' },
    ]);
    const writer: ParquetWriter = { writeFlowsParquet: () => Promise.reject(problem) };
    await expect(writeParquet(writer, document, 'out.parquet')).rejects.toBe(problem);
  });

  it('says whether a pipe’s reader had the whole file: false when it left before the end', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bilateral-parquet-pipe-'));
    try {
      // As @bilateral/duckdb writes: whole or not at all, by writeInPlace; 1 MB, more than a pipe
      // and the reader's first chunk hold.
      const writer: ParquetWriter = {
        writeFlowsParquet: (_flows, output) =>
          writeInPlace(output, async (temporary) => {
            await writeFile(temporary, 'x'.repeat(1_000_000));
            return { rows: 0, scale: 2 };
          }),
      };
      const pipe = join(dir, 'out.parquet');
      execFileSync('mkfifo', [pipe]);
      const reader = createReadStream(pipe);
      reader.once('data', () => reader.destroy());
      await expect(writeParquet(writer, document, pipe)).resolves.toEqual({
        rows: 0,
        scale: 2,
        whole: false,
      });
      const file = join(dir, 'file.parquet');
      await expect(writeParquet(writer, document, file)).resolves.toMatchObject({ whole: true });
      // A device that refuses it is said as the writer's own failures are.
      await expect(writeParquet(writer, document, '/dev/full')).rejects.toMatchObject({
        code: 'FILE_UNWRITABLE',
        message: 'cannot write /dev/full as Parquet: the disk is full',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('gives the writer a file reached through a descriptor by its name, for its same-file check', async () => {
    // import --engine duckdb bulk/ -o out.parquet (a link to /dev/stdout) >> bulk/a.txt: the
    // writer refuses to write over a bulk file it reads only if it is given that file's name.
    const dir = await mkdtemp(join(tmpdir(), 'bilateral-parquet-descriptor-'));
    const file = join(dir, 'a.txt');
    await writeFile(file, 'read\n');
    const handle = await open(file, 'a');
    try {
      const output = `/dev/fd/${String(handle.fd)}`;
      const given: string[] = [];
      const written = await parquetInto(output, (path) => {
        given.push(path);
        return writeInPlace(path, (temporary) => writeFile(temporary, 'parquet\n'));
      });
      expect(given).toEqual([output]);
      expect(written.whole).toBe(true);
      expect(await readFile(file, 'utf8')).toBe('read\nparquet\n');
    } finally {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
