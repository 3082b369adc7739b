import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaosDocument } from '../datasets/index.js';

/** The result of a `--json` run that succeeded: the envelope's `result`. */
function resultOf(out: string) {
  const envelope = JSON.parse(out);
  expect(envelope.ok).toBe(true);
  return envelope.result;
}

const fixtures = join(import.meta.dirname, '..', 'figures', '__fixtures__');
const seed003 = join(fixtures, 'seed-003-statements.json');
const seed004 = join(fixtures, 'seed-004-statements.json');
const comtrade = join(
  import.meta.dirname,
  '..',
  'io',
  '__fixtures__',
  'comtrade-bra-chn-soy-2023.json',
);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-reconcile-'));
  const statements = JSON.parse(await readFile(seed003, 'utf8')) as Record<string, unknown>[];
  // Corrupt the total: exports US$159.6 M + imports US$179 M cannot make US$350 M.
  const corrupted = statements.map((statement) =>
    statement.id === 'seed-003-turnover'
      ? {
          ...statement,
          amount: { text: 'US$350 million', value: '350000000', currency: 'USD' },
        }
      : statement,
  );
  await writeFile(join(dir, 'corrupted.json'), JSON.stringify(corrupted));
  const dataset = {
    id: 'seed-003',
    title: { en: 'Seed 003' },
    sources: [
      { id: 'seed-003', publisher: 'Test', title: 'Seed 003', date: '2021-04', language: 'en' },
    ],
    flows: [],
    statements,
  };
  await writeFile(join(dir, 'dataset.json'), JSON.stringify(dataset));
  await writeFile(
    join(dir, 'bad-dataset.json'),
    JSON.stringify({ ...dataset, statements: [{ ...statements[0], period: '2021-Q5' }] }),
  );
  await writeFile(join(dir, 'vietnam-laos.json'), JSON.stringify(vietnamLaosDocument));
  await writeFile(join(dir, 'number.json'), '42');
  await writeFile(join(dir, 'empty.json'), '[]');
  await writeFile(join(dir, 'not-json.json'), '[{ "id": ');
  await writeFile(
    join(dir, 'invalid.json'),
    JSON.stringify([statements[0], { ...statements[1], period: '2021-Q5' }, statements[0]]),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bilateral reconcile', () => {
  it('is listed in the help and has its own --help', async () => {
    expect((await bilateral('--help')).out).toContain('reconcile <file>');
    const { code, out } = await bilateral('reconcile', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: bilateral reconcile <file>');
    expect(out).toContain('--json');
  });

  it('lists its exit codes in its help as validate does, each as the command gives it', async () => {
    // Its help left out an empty file (1) and records to import first (2), which validate's says.
    const { out } = await bilateral('reconcile', '--help');
    expect(out.split('\n').slice(-3)).toEqual([
      'Exit codes: 0 no relation is inconsistent, 1 some are (or the statements are invalid, or',
      'the file is empty), 2 the file cannot be read, is not JSON, or holds records to import',
      'first.',
    ]);
    await writeFile(join(dir, 'blank.json'), '');
    const codes = [];
    for (const file of [
      seed003,
      join(dir, 'corrupted.json'),
      join(dir, 'invalid.json'),
      join(dir, 'blank.json'),
      join(dir, 'nope.json'),
      join(dir, 'not-json.json'),
      comtrade,
    ]) {
      codes.push((await bilateral('reconcile', file)).code);
    }
    expect(codes).toEqual([0, 1, 1, 1, 2, 2, 2]);
  });

  it('finds seed 003 consistent: verdicts, statements, explanations and a summary, exit 0', async () => {
    const { code, out, err } = await bilateral('reconcile', seed003);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('7 statements, 6 relations checked');
    expect(out).toMatch(/CONSISTENT\s+parts-sum · VNM–LAO · 2021-Q1 · USD/);
    expect(out).toContain('statements: seed-003-exports, seed-003-imports, seed-003-turnover');
    expect(out).toContain(
      'the stated turnover US$338.6 M [338.55, 338.65) lies inside: consistent.',
    );
    expect(out).toMatch(/CANNOT-CHECK\s+share/);
    expect(out).toContain('Implied values');
    expect(out.split('\n').at(-1)).toBe('Summary: 2 consistent, 0 inconsistent, 4 cannot check.');
  });

  it('finds seed 004 consistent, exit 0', async () => {
    const { code, out } = await bilateral('reconcile', seed004);
    expect(code).toBe(0);
    expect(out).toContain('Summary: 3 consistent, 0 inconsistent, 5 cannot check.');
    expect(out).toContain('"Laos continues to maintain a trade surplus with Vietnam" is confirmed');
  });

  it('exits 1 on a corrupted total and says why', async () => {
    const { code, out } = await bilateral('reconcile', join(dir, 'corrupted.json'));
    expect(code).toBe(1);
    expect(out).toMatch(/INCONSISTENT\s+parts-sum · VNM–LAO · 2021-Q1/);
    expect(out).toContain(
      'Exports US$159.6 M [159.55, 159.65) plus imports US$179 M [178.5, 179.5) make [338.05, 339.15) M',
    );
    // Explanations are wrapped for the terminal; read them as one line.
    expect(out.replace(/\n +/g, ' ')).toContain(
      'the stated turnover US$350 M [349.5, 350.5) lies outside it, 10.35 M above it: inconsistent — the figures differ by 11.4 M, more than the 1.05 M their rounding can explain.',
    );
    expect(out.split('\n').at(-1)).toBe('Summary: 0 consistent, 2 inconsistent, 4 cannot check.');
  });

  it('gives the verdicts as JSON with --json, exit code unchanged', async () => {
    const ok = await bilateral('reconcile', seed004, '--json');
    expect(ok.code).toBe(0);
    const report = resultOf(ok.out) as {
      statements: number;
      counts: Record<string, number>;
      relations: { kind: string; verdict: string; statementIds: string[]; explanation: string }[];
      implied: { period: string; value: string }[];
    };
    expect(report.statements).toBe(10);
    expect(report.counts).toEqual({ consistent: 3, inconsistent: 0, 'cannot-check': 5 });
    expect(report.relations[0]).toMatchObject({
      kind: 'parts-sum',
      verdict: 'consistent',
      statementIds: ['seed-004-exports', 'seed-004-imports', 'seed-004-turnover'],
    });
    expect(report.implied[0]?.period).toBe('2023-01/2023-09');

    const bad = await bilateral('reconcile', join(dir, 'corrupted.json'), '--json');
    expect(bad.code).toBe(1);
    const parts = (resultOf(bad.out) as typeof report).relations.find(
      (relation) => relation.kind === 'parts-sum',
    );
    expect(parts?.verdict).toBe('inconsistent');
    expect(parts?.explanation).toMatch(/inconsistent/);
  });

  it('reads the statements of a dataset document', async () => {
    const { code, out } = await bilateral('reconcile', join(dir, 'dataset.json'));
    expect(code).toBe(0);
    expect(out).toContain('Summary: 2 consistent, 0 inconsistent, 4 cannot check.');
  });

  it('validates a dataset document first, reporting problems with their paths, exit 1', async () => {
    const { code, err } = await bilateral('reconcile', join(dir, 'bad-dataset.json'));
    expect(code).toBe(1);
    expect(err).toContain('statements[0].period');
    // The class and the code are for programs (`--json` gives the code), not for people.
    expect(err).not.toMatch(/BilateralError|INVALID_DATASET/);
    const json = await bilateral('reconcile', join(dir, 'bad-dataset.json'), '--json');
    expect(JSON.parse(json.out).error.code).toBe('INVALID_DATASET');
  });

  it('reconciles the embedded Vietnam–Laos dataset: exit 1 exactly when a relation is inconsistent', async () => {
    const { code, out } = await bilateral('reconcile', join(dir, 'vietnam-laos.json'), '--json');
    const report = resultOf(out) as { statements: number; counts: Record<string, number> };
    expect(report.statements).toBe(vietnamLaosDocument.statements?.length);
    expect(report.statements).toBeGreaterThan(0);
    expect(code).toBe(report.counts.inconsistent ? 1 : 0);
  });

  it('says when there is nothing to check', async () => {
    const { code, out } = await bilateral('reconcile', join(dir, 'empty.json'));
    expect(code).toBe(0);
    expect(out).toContain('Nothing to check: the file has no statements');
    // Two totals of different years: nothing to weigh one against the other.
    const level = (id: string, period: string) => ({
      id,
      source: 's',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period,
      subject: 'turnover',
      amount: { text: 'US$1 billion', value: '1000000000', currency: 'USD' },
    });
    const unrelated = [level('a', '2023'), level('b', '2024')];
    await writeFile(join(dir, 'unrelated.json'), JSON.stringify(unrelated));
    const apart = await bilateral('reconcile', join(dir, 'unrelated.json'));
    expect(apart.out).toContain('No relations to check: the statements share no reporter');
  });

  it('reports invalid statements with their paths, exit 1', async () => {
    const { code, err } = await bilateral('reconcile', join(dir, 'invalid.json'));
    expect(code).toBe(1);
    expect(err).not.toContain('INVALID_FIGURE');
    expect(err).toContain('[1].period: "2021-Q5" is not a period');
    expect(err).toContain(
      '[2].id: statement id "seed-003-turnover" is already used by statement 0',
    );
  });

  it('says a JSON value that is neither statements nor a dataset is an invalid input, exit 1, as validate and report do', async () => {
    // It was a usage error (exit 2, USAGE), where validate and report say INVALID_DATASET, exit 1.
    const { code, err } = await bilateral('reconcile', join(dir, 'number.json'));
    expect([code, err]).toEqual([
      1,
      `bilateral reconcile: ${join(dir, 'number.json')}: expected an array of statements or a dataset document (an object with id, title, sources, flows and statements), found a number (42)`,
    ]);
    const json = await bilateral('reconcile', join(dir, 'number.json'), '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).error).toMatchObject({
      code: 'INVALID_FIGURE',
      issues: [
        {
          path: [],
          message:
            'expected an array of statements or a dataset document (an object with id, title, sources, flows and statements), found a number (42)',
        },
      ],
    });
  });

  it('refuses a missing file, bad JSON, a file of another shape, an unknown option, exit 2, no stack', async () => {
    const cases = [
      [['reconcile'], 'which file?'],
      [['reconcile', join(dir, 'nope.json')], 'no such file'],
      [['reconcile', join(dir, 'not-json.json')], 'is not valid JSON'],
      [['reconcile', seed003, '--colour'], 'unknown option "--colour"'],
      [['reconcile', seed003, seed004], 'unexpected argument'],
      [
        ['reconcile', comtrade],
        `is not a dataset; it looks like UN Comtrade records: write a dataset from it with "bilateral import comtrade ${comtrade} -o <dataset.json>"`,
      ],
    ] as const;
    for (const [argv, message] of cases) {
      const { code, err } = await bilateral(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });
});
