import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { inHeapOf } from '../__fixtures__/source-command.js';

let dir = '';
const at = (name: string) => join(dir, name);

/** A one-line JSON array of `count` numbers: no record, a problem each. */
const numbers = (count: number) =>
  `[${Array.from({ length: count }, (_, index) => index % 10).join(',')}]`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-many-'));
  await writeFile(at('numbers.json'), numbers(1200));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade of far more problems than a reader can use', () => {
  it('lists the first of them and says how many more there were', async () => {
    const output = at('out.json');
    const { code, out, err } = await bilateral(
      'import',
      'comtrade',
      at('numbers.json'),
      '-o',
      output,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines[0]).toBe(`${at('numbers.json')}: 1,200 problems; nothing was written`);
    // The 1,000 kept are ten problems alike a hundred times (numbers 0 to 9): a line each, saying
    // how many were kept, not 'in all' (the 200 counted may be alike too).
    const record = "expected a record (an object with UN Comtrade's columns), found a number";
    expect(lines.slice(1)).toEqual([
      ...Array.from(
        { length: 10 },
        (_, n) => `  [${n}], [${n + 10}], [${n + 20}] and 97 more (100 kept): ${record} (${n})`,
      ),
      '  … and 200 more problems (counted, not kept)',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('with --json: the first 1,000 problems, their count in all, and that the list is cut', async () => {
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('numbers.json'),
      '-o',
      at('out.json'),
      '--json',
    );
    expect(code).toBe(1);
    const { ok, error } = JSON.parse(out);
    expect(ok).toBe(false);
    expect(error.code).toBe('INVALID_IMPORT');
    expect(error.issues).toHaveLength(1000);
    expect(error.issues[999].path).toEqual([999]);
    expect(error.issueCount).toBe(1200);
    expect(error.issuesCut).toBe(true);
    expect(error.message.split('\n')[0]).toBe('1,200 problems');
  });

  it('ends with its error, not out of memory, in a heap far smaller than the problems would take', async () => {
    // A million numbers: a million problems kept took some 300 MB, past this heap of 128 MB (the
    // 40 MB file of twenty million took past the default 4 GB and aborted, exit 134).
    await writeFile(at('million.json'), numbers(1_000_000));
    const bin = join(import.meta.dirname, 'bin.ts');
    const [file, output] = [at('million.json'), at('out.json')];
    const argv = ['import', 'comtrade', file, '-o', output];
    const { code, err } = await inHeapOf(128, bin, argv);
    expect(err.split('\n')[0]).toBe(`${file}: 1,000,000 problems; nothing was written`);
    expect(err).toContain('  … and 999,000 more problems (counted, not kept)');
    expect(code).toBe(1);
  }, 60_000);
});
