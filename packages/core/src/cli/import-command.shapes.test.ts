import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';

const shape = (name: string) =>
  join(import.meta.dirname, '..', 'io', '__fixtures__', 'shapes', name);
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-import-shapes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import: --delimiter and --decimal-comma', () => {
  it("reads a European flows CSV with --delimiter ';' --decimal-comma", async () => {
    const output = join(dir, 'eu.json');
    const { code } = await bilateral(
      'import',
      'flows',
      shape('flows-eu.csv'),
      '-o',
      output,
      '--delimiter',
      ';',
      '--decimal-comma',
      '--date',
      '2025-03-04',
    );
    expect(code).toBe(0);
    const dataset = JSON.parse(await readFile(output, 'utf8'));
    expect(dataset.flows[0].value).toBe('491900000.5');
  });

  it('names the options when the file needs them', async () => {
    const { code, err } = await bilateral(
      'import',
      'flows',
      shape('flows-eu.csv'),
      '-o',
      join(dir, 'x.json'),
    );
    expect(code).toBe(1);
    expect(err).toContain("--delimiter ';'");
  });

  it('reads a bulk file with --delimiter tab (and without)', async () => {
    for (const extra of [['--delimiter', 'tab'], []]) {
      const { code, out } = await bilateral(
        'import',
        'comtrade',
        shape('v1-bulk.txt'),
        '-o',
        join(dir, 'bulk.json'),
        '--date',
        '2025-03-04',
        ...extra,
      );
      expect(code).toBe(0);
      expect(out).toContain('31 records');
    }
  });

  it('keeps every digit of a JSON file', async () => {
    const file = join(dir, 'big.json');
    const text = (await readFile(shape('v1-all-partners.json'), 'utf8')).replace(
      /"primaryValue":457357000000/,
      '"primaryValue":9007199254740993.25',
    );
    await writeFile(file, text);
    const output = join(dir, 'big-out.json');
    const { code } = await bilateral(
      'import',
      'comtrade',
      file,
      '-o',
      output,
      '--date',
      '2025-03-04',
    );
    expect(code).toBe(0);
    const dataset = JSON.parse(await readFile(output, 'utf8'));
    expect(dataset.flows[0].value).toBe('9007199254740993.25');
  });

  it.each([
    [['--delimiter', '|'], "choose comma, tab or ';'"],
    [['--decimal-comma'], '--decimal-comma is for the flows CSV'],
  ])('refuses comtrade %j (exit 2)', async (extra, message) => {
    const { code, err } = await bilateral(
      'import',
      'comtrade',
      shape('v1-bulk.txt'),
      '-o',
      join(dir, 'y.json'),
      ...extra,
    );
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
