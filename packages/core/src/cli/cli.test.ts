import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { vietnamLaosDocument } from '../datasets/index.js';
import { run } from './main.js';

async function bilateral(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-cli-'));
  await writeFile(join(dir, 'good.json'), JSON.stringify(vietnamLaosDocument));
  await writeFile(join(dir, 'not-json.json'), '{ "id": ');
  const broken = structuredClone(vietnamLaosDocument) as { flows: Record<string, unknown>[] };
  (broken.flows[0] as Record<string, unknown>).value = '1,5';
  (broken.flows[1] as Record<string, unknown>).period = '2024-Q5';
  await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
  // Small datasets with one source: a flow is [flow, period, value] between `pair`'s economies.
  const write = async (
    name: string,
    pair: readonly [string, string],
    flows: readonly (readonly [flow: string, period: string, value: string, currency?: string])[],
  ) =>
    writeFile(
      join(dir, `${name}.json`),
      JSON.stringify({
        id: name,
        title: { en: name },
        sources: [
          { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
        ],
        flows: flows.map(([flow, period, value, currency = 'USD']) => ({
          reporter: pair[0],
          partner: pair[1],
          flow,
          period,
          value,
          currency,
          status: 'official',
          source: 'customs',
        })),
      }),
    );
  // A pair outside Bilateral's economy table.
  await write(
    'mexico',
    ['MEX', 'USA'],
    [
      ['export', '2023', '475000000000'],
      ['import', '2023', '360000000000'],
      ['export', '2024', '505000000000'],
      ['import', '2024', '334000000000'],
    ],
  );
  // Months only: no yearly figure to compute growth from.
  await write(
    'monthly',
    ['DEU', 'POL'],
    [
      ['export', '2024-01', '10000000', 'EUR'],
      ['import', '2024-01', '9000000', 'EUR'],
      ['export', '2024-02', '10000000', 'EUR'],
      ['import', '2024-02', '9000000', 'EUR'],
    ],
  );
  // Exports in dollars, imports in euros.
  await write(
    'currencies',
    ['VNM', 'LAO'],
    [
      ['export', '2024', '100'],
      ['import', '2024', '80', 'EUR'],
    ],
  );
  // No trade in the first year.
  await write(
    'from-zero',
    ['VNM', 'LAO'],
    [
      ['export', '2023', '0'],
      ['import', '2023', '0'],
      ['export', '2024', '5'],
      ['import', '2024', '0'],
    ],
  );
});

describe('bilateral', () => {
  it('prints help and lists the commands', async () => {
    const { code, out } = await bilateral('--help');
    expect(code).toBe(0);
    expect(out).toContain('validate <file>');
    expect(out).toContain('report');
  });

  it('refuses an unknown command or option with exit code 2 and no stack trace', async () => {
    const unknown = await bilateral('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    const option = await bilateral('report', '--colour');
    expect(option.code).toBe(2);
    expect(option.err).toContain("Unknown option '--colour'");
    expect(option.err).not.toMatch(/\n\s+at /);
  });

  it('has --help on each command', async () => {
    for (const command of ['validate', 'report']) {
      const { code, out } = await bilateral(command, '--help');
      expect(code).toBe(0);
      expect(out).toContain(`Usage: bilateral ${command}`);
    }
  });
});

describe('bilateral validate', () => {
  it('says a good file is valid', async () => {
    const { code, out } = await bilateral('validate', join(dir, 'good.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/valid — \d+ flows, \d+ sources/);
  });

  it('prints every problem with its JSON path and exits 1', async () => {
    const { code, out } = await bilateral('validate', join(dir, 'broken.json'));
    expect(code).toBe(1);
    expect(out).toContain('2 problems');
    expect(out).toContain('flows[0].value: must be a decimal number');
    expect(out).toContain('flows[1].period: "2024-Q5" is not a period');
  });

  it('prints JSON with --json', async () => {
    const { out } = await bilateral('validate', join(dir, 'broken.json'), '--json');
    const parsed = JSON.parse(out) as { valid: boolean; problems: { path: string }[] };
    expect(parsed.valid).toBe(false);
    expect(parsed.problems.map((p) => p.path)).toEqual(['flows[0].value', 'flows[1].period']);
  });

  it('explains a missing file, bad JSON and a missing argument with exit code 2', async () => {
    const missing = await bilateral('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const bad = await bilateral('validate', join(dir, 'not-json.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not valid JSON');
    const none = await bilateral('validate');
    expect(none.code).toBe(2);
    expect(none.err).toContain('which file?');
  });
});

describe('bilateral report', () => {
  it('prints the Vietnam–Laos report by default', async () => {
    const { code, out } = await bilateral('report');
    expect(code).toBe(0);
    expect(out).toContain('Vietnam–Laos trade — Bilateral report');
    expect(out).toMatch(
      /2024-01\/2024-09\s+US\$491\.9 million\s+US\$1 billion\s+US\$1\.49 billion/,
    );
  });

  it('shows growth, targets, reconciliation and crossings', async () => {
    const { out } = await bilateral('report');
    expect(out).toMatch(/2018\s+US\$1\.03 billion\s+\+15\.4 %\s+\+11\.9 %/);
    expect(out).toContain(
      '2024-01/2024-09: +25.5 % on 2023-01/2023-09 against a band of 10.0–15.0 % a year: ahead (partial year)',
    );
    expect(out).toMatch(
      /Reconciliation of \d+ relations between published figures: \d+ consistent, 2 inconsistent/,
    );
    expect(out).toContain('imply 2020-Q1 exports of about US$150.0 M');
    expect(out).toContain('secondary: 18 official, 13 listed, 5 missing');
    expect(out).toContain('opening: 27 official, 0 listed, 27 missing');
    // A band target needs a range of rates; a level target (US$5 billion) needs one rate.
    expect(out).toContain('needed from now on: +6.5 % to +12.2 % a year');
    expect(out).toContain('needed from now on: +14.7 % a year');
    expect(out).not.toMatch(/needed from now on: (\S+ %) to \1 a year/);
  });

  it('reports on economies outside its own table by their CLDR names', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'mexico.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('4 published flows from 1 source (dataset "mexico")');
    expect(out).toContain('Trade reported by Mexico with United States');
    expect(out).toMatch(/2024\s+US\$839 billion\s+\+0\.5 %/);
    const zh = await bilateral('report', join(dir, 'mexico.json'), '--locale', 'zh');
    expect(zh.out).toContain('墨西哥');
  });

  it('reports a dataset of months only, saying why there is no growth table', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'monthly.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Trade reported by Germany with Poland');
    expect(out).toMatch(/2024-02\s+€10 million\s+€9 million\s+€19 million\s+€1 million/);
    expect(out).toContain(
      'No growth table: the dataset has no yearly exports and imports (or yearly turnover) for its main pair.',
    );
  });

  it('reports exports and imports in two currencies without adding them up', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'currencies.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/2024\s+US\$100\s+€80\s+—\s+—\s+—\s+currencies differ \(USD, EUR\)/);
    expect(out).toContain('No growth table: turnover needs one currency');
    const json = JSON.parse(
      (await bilateral('report', join(dir, 'currencies.json'), '--json')).out,
    );
    expect(json.trade[0].rows[0]).toMatchObject({ currency: 'USD', importsCurrency: 'EUR' });
    expect(json.growth).toBeNull();
    expect(json.growthNote).toMatch(/^turnover needs one currency/);
  });

  it('reports growth from a year without trade, saying why there is no average', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'from-zero.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'no average growth: turnover in 2023 is 0, and growth needs a base above 0',
    );
  });

  it('reads a dataset file, in Vietnamese', async () => {
    const { code, out } = await bilateral('report', join(dir, 'good.json'), '--locale', 'vi');
    expect(code).toBe(0);
    expect(out).toContain('491,9 triệu USD');
  });

  it('gives JSON with --json', async () => {
    const { out } = await bilateral('report', '--dataset', 'laos-china', '--json');
    const report = JSON.parse(out) as { dataset: { id: string } };
    expect(report.dataset.id).toBe('laos-china');
  });

  it('refuses an unknown dataset or locale', async () => {
    expect((await bilateral('report', '--dataset', 'mars')).err).toContain(
      'no embedded dataset "mars"',
    );
    expect((await bilateral('report', '--locale', 'fr')).err).toContain('unknown locale "fr"');
  });

  it('reports an invalid dataset file with exit code 1', async () => {
    const { code, err } = await bilateral('report', join(dir, 'broken.json'));
    expect(code).toBe(1);
    expect(err).toContain('INVALID_DATASET');
  });
});
