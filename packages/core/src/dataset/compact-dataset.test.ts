import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { buildReport } from '../cli/report.js';
import { laosChinaDocument, vietnamLaosDocument } from '../datasets/index.js';
import { economyLabel } from '../economy/economy-label.js';
import { BilateralError } from '../errors/index.js';
import { shownPrecision } from '../figures/_shown-precision.js';
import { lowerBoundOf } from '../figures/lower-bound-of.js';
import type { Statement } from '../figures/statement.js';
import { CLASSIFICATION_SYSTEMS } from '../infrastructure/data/classification-systems.js';
import { withCell } from './__fixtures__/dataset-cells.js';
import { datasetFromCheckedCompact } from './compact-dataset.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { type Dataset, parseDataset, serializeDataset } from './dataset.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { datasetSeries } from './dataset-series.js';
import { statementsWithPrecision } from './statements-with-precision.js';

/** The compact form as a page gets it: written, sent as JSON text, parsed. */
const throughJson = (dataset: Dataset) =>
  datasetFromCompact(JSON.parse(JSON.stringify(toCompactDataset(dataset))));

describe('the compact dataset form', () => {
  it.each([
    ['vietnam-laos', vietnamLaosDocument],
    ['laos-china', laosChinaDocument],
  ] as const)('%s: reads back as what parseDataset gives for the document', (_name, document) => {
    const parsed = parseDataset(document);
    // …with the precision each level statement's text shows written out.
    const filled = { ...parsed, statements: statementsWithPrecision(parsed.statements) };
    expect(throughJson(parsed)).toEqual(filled);
    // …and writes back to the same document, every digit kept.
    expect(serializeDataset(throughJson(parsed))).toEqual(serializeDataset(filled));
  });

  it.each([
    ['vietnam-laos', vietnamLaosDocument],
    ['laos-china', laosChinaDocument],
  ] as const)(
    '%s: datasetFromCheckedCompact reads it as what parseDataset gives for the document',
    (_n, document) => {
      const parsed = parseDataset(document);
      const compact = JSON.parse(JSON.stringify(toCompactDataset(parsed)));
      // (Not compared with datasetFromCompact, which returns what datasetFromCheckedCompact reads.)
      expect(datasetFromCheckedCompact(compact)).toEqual({
        ...parsed,
        statements: statementsWithPrecision(parsed.statements),
      });
    },
  );

  it('gives every level statement its precision: the same series, drawn without figure text', () => {
    const parsed = parseDataset(vietnamLaosDocument);
    const back = throughJson(parsed);
    const levels = back.statements.filter((statement) => statement.kind === 'level');
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(level.amount.precision).toMatch(/^\d+(\.\d+)?$/);
    // "US$1.5 billion" is rounded to 0.1 billion: the precision its text shows.
    const shown = parsed.statements.find(
      (statement) => statement.kind === 'level' && statement.amount.precision === undefined,
    );
    const written = back.statements.find((statement) => statement.id === shown?.id);
    expect(written?.kind === 'level' && written.amount.precision).toBe(
      shown?.kind === 'level' && shownPrecision(shown.amount.text, 'USD').toFixed(),
    );
    for (const measure of ['exports', 'imports', 'turnover'] as const) {
      for (const periodKind of ['year', 'year-to-date'] as const) {
        const request = {
          reporter: 'VNM',
          partner: 'LAO',
          measure,
          periodKind,
          impliedBases: true,
        };
        expect(datasetSeries(back, request)).toEqual(datasetSeries(parsed, request));
      }
    }
  });

  it('names the economies the dataset names, in every locale', () => {
    const compact = toCompactDataset(parseDataset(vietnamLaosDocument));
    expect(Object.keys(compact.names ?? {})).toEqual(['LAO', 'VNM', 'WLD']);
    expect(compact.names?.VNM).toEqual({
      en: economyLabel('VNM', 'en'),
      vi: economyLabel('VNM', 'vi'),
      lo: economyLabel('VNM', 'lo'),
      zh: economyLabel('VNM', 'zh'),
    });
    const laosChina = toCompactDataset(parseDataset(laosChinaDocument));
    expect(laosChina.names?.CHN?.zh).toBe('中国');
  });

  it('carries the classes of crossing of the countries its crossings name, in their order', () => {
    const compact = toCompactDataset(parseDataset(vietnamLaosDocument));
    expect(Object.keys(compact.classes ?? {})).toEqual(['LAO', 'VNM']);
    const vietnam = CLASSIFICATION_SYSTEMS.find((system) => system.country === 'VNM');
    // Every class in the system's order; names for those the crossings or the official count name
    // (no crossing is a customs-clearance lane).
    expect(compact.classes?.VNM?.map(([id]) => id)).toEqual(vietnam?.classes.map((cls) => cls.id));
    expect(compact.classes?.VNM?.[0]).toEqual(['international', vietnam?.classes[0]?.names]);
    expect(compact.classes?.VNM?.find(([id]) => id === 'clearance-lane')).toEqual([
      'clearance-lane',
    ]);
    expect(toCompactDataset(parseDataset(laosChinaDocument)).classes?.CHN?.[0]?.[0]).toBe(
      'class-1-port',
    );
    // A dataset without crossings or official counts carries none.
    const parsed = parseDataset(vietnamLaosDocument);
    expect(toCompactDataset({ ...parsed, crossings: [], crossingCounts: [] }).classes).toBe(
      undefined,
    );
  });

  it('writes no key per item and is smaller than the document', () => {
    const parsed = parseDataset(vietnamLaosDocument);
    const compact = toCompactDataset(parsed);
    const at = compact.columns.findIndex(([key]) => key === 'flows');
    const flows = compact.columns[at];
    const rows = compact.row[at] as unknown[][];
    expect(flows?.[1]).toBe('t');
    expect(flows?.[2]?.slice(0, 5)).toEqual([
      ['reporter', 'v'],
      ['partner', 'v'],
      ['flow', 'v'],
      ['period', 'p'],
      [
        'value',
        'o',
        [
          ['amount', 'd'],
          ['currency', 'v'],
        ],
      ],
    ]);
    expect(rows).toHaveLength(parsed.flows.length);
    expect(rows[0]?.slice(0, 5)).toEqual(['VNM', 'LAO', 'export', '2017', ['524500000', 'USD']]);
    const text = JSON.stringify(compact);
    // Keys are written once per list, in the columns; the rows hold only values.
    expect(JSON.stringify(compact.row)).not.toMatch(/"(reporter|period|value|amount|source)"/);
    expect(text.length).toBeLessThan(JSON.stringify(serializeDataset(parsed)).length * 0.8);
  });

  it('keeps decimals past the float range and absent fields absent', () => {
    const parsed = parseDataset(laosChinaDocument);
    const [first] = parsed.flows;
    if (first === undefined) throw new Error('no flow');
    const huge = new Decimal('123456789012345678901234567890.000000000000000000000000001');
    const { precision: _, ...withoutPrecision } = first;
    const dataset = {
      ...parsed,
      flows: [{ ...withoutPrecision, value: { ...first.value, amount: huge } }, first],
    };
    const back = throughJson(dataset);
    expect(back.flows[0]?.value.amount.eq(huge)).toBe(true);
    expect(back.flows[0]?.value.amount.toFixed()).toBe(huge.toFixed());
    expect('precision' in (back.flows[0] ?? {})).toBe(false);
    expect(back).toEqual({ ...dataset, statements: statementsWithPrecision(dataset.statements) });
  });

  it('reads back any dataset the parser gives: values of any size, any period, fields present or not', () => {
    const [flow] = vietnamLaosDocument.flows;
    const source = vietnamLaosDocument.sources.find(({ id }) => id === flow?.source);
    if (source === undefined || flow === undefined) throw new Error('no flow');
    // Values up to the supported range (below 10^36, at most 36 decimals) in plain notation.
    const value = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 35n }), fc.nat({ max: 30 }))
      .map(([n, scale]) => {
        const text = n.toString().padStart(scale + 1, '0');
        return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
      });
    const changes = fc
      .record(
        {
          period: fc.constantFrom('2024', '2024-H2', '2024-Q3', '2024-09', '2024-01/2024-09'),
          value,
          flow: fc.constantFrom('export', 'import'),
          precision: fc.constantFrom('1', '100000', '0.01'),
          note: fc.string(),
          uncertain: fc.boolean(),
          commodity: fc.constantFrom('12', '1201', '090111'),
        },
        { requiredKeys: ['period', 'value', 'flow'] },
      )
      // A value with a precision is a whole multiple of it (what the schema asks): cut down to one.
      .map((change) =>
        change.precision === undefined
          ? change
          : {
              ...change,
              value: new Decimal(change.value)
                .div(change.precision)
                .toDecimalPlaces(0, Decimal.ROUND_DOWN)
                .times(change.precision)
                .toFixed(),
            },
      );
    const document = fc.record(
      {
        flows: fc.uniqueArray(changes, {
          maxLength: 4,
          selector: (c) => `${c.period} ${c.flow} ${c.commodity}`,
        }),
        description: fc.record({ en: fc.string({ minLength: 1 }) }),
      },
      { requiredKeys: ['flows'] },
    );
    fc.assert(
      fc.property(document, ({ flows, description }) => {
        const { precision: _, note: __, ...plain } = flow;
        const parsed = parseDataset({
          id: 'generated',
          title: { en: 'Generated' },
          ...(description === undefined ? {} : { description }),
          sources: [source],
          flows: flows.map((each) => ({ ...plain, ...each })),
        });
        const compact = JSON.parse(JSON.stringify(toCompactDataset(parsed)));
        expect(datasetFromCompact(compact)).toEqual(parsed);
        expect(datasetFromCheckedCompact(compact)).toEqual(parsed);
      }),
      propertyRuns(1313, { ci: 200, full: 1000 }),
    );
  });

  it('refuses a dataset document or nothing with the path and what to do, not a TypeError or a word on precision', () => {
    const refusal = (input: unknown) => {
      try {
        toCompactDataset(input as Dataset);
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return [error.code, error.issues[0]?.path, error.issues[0]?.message];
      }
      return 'not refused';
    };
    expect(refusal(vietnamLaosDocument)).toEqual([
      'INVALID_INPUT',
      ['flows', 0],
      'a flow in its JSON form (period "2017"): read the document with parseDataset, or each flow with parseTradeFlow, first',
    ]);
    expect(refusal(undefined)).toEqual([
      'INVALID_INPUT',
      ['dataset'],
      'expected a Dataset (from parseDataset), got undefined',
    ]);
  });

  it('refuses what it cannot carry instead of losing it', () => {
    const parsed = parseDataset(laosChinaDocument);
    const withNull = { ...parsed, sources: [{ ...parsed.sources[0], url: null }] };
    expect(() => toCompactDataset(withNull as unknown as Dataset)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['sources', 0, 'url'] })],
      }),
    );
    const decimalsInList = { ...parsed, extra: [[new Decimal(1)]] };
    expect(() => toCompactDataset(decimalsInList as unknown as Dataset)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['extra', 0, 0] })] }),
    );
    const twoWays = { ...parsed, extra: [{ a: '1' }, { a: new Decimal(1) }] };
    expect(() => toCompactDataset(twoWays as unknown as Dataset)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['extra', 1, 'a'] })] }),
    );
  });

  it.each([
    // A Dataset built in code: a truncated figure without its bound, a bound only its text states.
    [{ text: 'US$565 million', rounding: 'truncate' }, 'bound', '"more-than"'],
    [{ text: 'at least US$565 million' }, 'rounding', '"truncate"'],
  ] as const)(
    'names a lower bound not recorded as parseDataset records it: %j',
    (given, field, recorded) => {
      const parsed = parseDataset(vietnamLaosDocument);
      const index = parsed.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
      const level = parsed.statements[index];
      if (level?.kind !== 'level') throw new Error('no level lao-vn-2023-h1-exports');
      const { rounding: _, bound: __, ...amount } = level.amount;
      // Not a Statement to the type checker (a truncated figure records its bound): built so
      // without types.
      const statements = parsed.statements.map((s, at) =>
        at === index ? ({ ...level, amount: { ...amount, ...given } } as Statement) : s,
      );
      expect(() => toCompactDataset({ ...parsed, statements })).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [
            {
              path: ['statements', index, 'amount', field],
              message: expect.stringContaining(`parseDataset records ${field} ${recorded}`),
            },
          ],
        }),
      );
    },
  );

  it('reads a truncated amount a file gives no bound (not written by toCompactDataset) as "more than", in both readers', () => {
    const parsed = parseDataset(vietnamLaosDocument);
    const index = parsed.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
    const at = ['statements', index, 'amount'];
    // "US$565 million", truncated, as a file written by hand may give it: no bound.
    const file = withCell(
      withCell(toCompactDataset(parsed), [...at, 'text'], 'US$565 million'),
      [...at, 'bound'],
      null,
    );
    const request = {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'exports',
      periodKind: 'half',
    } as const;
    const [checked, recorded] = [datasetFromCheckedCompact(file), datasetFromCompact(file)];
    // datasetFromCompact records the bound; datasetFromCheckedCompact takes the statement as the
    // file gives it (no check, no byte more in a page's first load), read "more than" all the same.
    expect(recorded.statements[index]).toMatchObject({ amount: { bound: 'more-than' } });
    for (const dataset of [checked, recorded]) {
      const level = dataset.statements[index];
      expect(level?.kind === 'level' && lowerBoundOf(level.amount)).toBe('more-than');
      const point = datasetSeries(dataset, request).points.find(
        (p) => p.value.amount.toFixed() === '565000000',
      );
      expect(point?.lowerBound).toBe('more-than');
    }
  });

  it.each([
    ['truncate', 'truncate'],
    ['no rounding', null],
  ] as const)(
    'reads a bound only a hand-written file\'s text states, %s, as "at least" in the report (h355)',
    (_name, rounding) => {
      const parsed = parseDataset(vietnamLaosDocument);
      const index = parsed.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
      const at = ['statements', index, 'amount'];
      // "at least US$565 million" with no bound (and, in the second file, no rounding either): a
      // file toCompactDataset did not write. The report read "more than" (the checked reader takes
      // the statement as given: lowerBoundOf's 'more-than' for a truncated figure, and the flow's
      // own bound without the statement's words); it reads what the text states, as parseDataset
      // records it.
      let file = withCell(toCompactDataset(parsed), [...at, 'text'], 'at least US$565 million');
      file = withCell(withCell(file, [...at, 'bound'], null), [...at, 'rounding'], rounding);
      for (const dataset of [datasetFromCheckedCompact(file), datasetFromCompact(file)]) {
        const report = buildReport(dataset);
        const half = report.trade
          .flatMap((section) => section.rows)
          .find((row) => row.period === '2023-H1' && row.lowerBounds !== undefined);
        expect([half?.lowerBounds, half?.atLeast]).toEqual([['exports'], ['exports']]);
      }
      expect(datasetFromCompact(file).statements[index]).toMatchObject({
        amount: { rounding: 'truncate', bound: 'at-least' },
      });
    },
  );

  it('reports a file that is not a compact dataset with the path of the problem', () => {
    const errorOf = (input: unknown) => {
      try {
        datasetFromCompact(input);
      } catch (error) {
        return error;
      }
      throw new Error('no error');
    };
    expect(errorOf(vietnamLaosDocument)).toMatchObject({
      code: 'INVALID_DATASET',
      issues: [{ path: ['format'] }],
    });
    expect(errorOf(null)).toBeInstanceOf(BilateralError);
    const compact = JSON.parse(JSON.stringify(toCompactDataset(parseDataset(laosChinaDocument))));
    const flows = compact.row[compact.columns.findIndex(([key]: [string]) => key === 'flows')];
    flows[1][3] = '2024-Q9';
    expect(errorOf(compact)).toMatchObject({
      code: 'INVALID_DATASET',
      issues: [
        { path: ['flows', 1, 'period'], message: 'a period must be written as period text' },
      ],
    });
    flows[1][3] = '2024';
    flows[2][4][0] = '1e5';
    expect(errorOf(compact)).toMatchObject({
      code: 'INVALID_DATASET',
      issues: [{ path: ['flows', 2, 'value', 'amount'] }],
    });
    // Decimal text past the supported range, which parseDataset refuses too.
    flows[2][4][0] = `1${'0'.repeat(40)}`;
    expect(errorOf(compact)).toMatchObject({
      code: 'OUT_OF_RANGE',
      issues: [{ path: ['flows', 2, 'value', 'amount'], message: /past the supported range/ }],
    });
    // Hostile files: a key that would replace an item's prototype, objects nested without end.
    expect(
      errorOf({ format: compact.format, columns: [['__proto__', 'v']], row: [{ polluted: 1 }] }),
    ).toMatchObject({ code: 'INVALID_DATASET' });
    let columns: unknown[] = [['leaf', 'v']];
    let row: unknown[] = ['x'];
    for (let depth = 0; depth < 10_000; depth += 1) {
      columns = [['inner', 'o', columns]];
      row = [row];
    }
    expect(errorOf({ format: compact.format, columns, row })).toMatchObject({
      code: 'INVALID_DATASET',
    });
  });

  it('refuses a body with the tag whose dataset lacks its id or sections (review h105, F3)', () => {
    const compact = toCompactDataset(parseDataset(vietnamLaosDocument));
    const at = (key: string) => compact.columns.findIndex(([name]) => name === key);
    const refusal = (input: unknown) => {
      const error = failure(() => datasetFromCompact(input));
      return error && { code: error.code, paths: error.issues.map((issue) => issue.path) };
    };
    const cut = (path: readonly (string | number)[]) => ({
      code: 'INVALID_DATASET',
      paths: [path],
    });
    expect(refusal({ ...compact, columns: [], row: [] })).toEqual(cut(['id']));
    // A row cut short after the title: no sources, flows or statements.
    expect(refusal({ ...compact, row: compact.row.slice(0, 2) })).toEqual(cut(['sources']));
    expect(refusal({ ...compact, row: compact.row.slice(0, at('statements')) })).toEqual(
      cut(['statements']),
    );
    expect(refusal(withCell(compact, ['flows'], null))).toEqual(cut(['flows']));
    // A section given in another shape, and one absent, which older files may leave out.
    const columns = [
      ['id', 'v'],
      ['sources', 'v'],
      ['flows', 'v'],
      ['statements', 'v'],
      ['targets', 'v'],
    ];
    const file = (statements: unknown, targets?: unknown) => ({
      format: compact.format,
      columns,
      row: ['x', [], [], statements, targets],
    });
    expect(refusal(file([], 'none'))).toEqual(cut(['targets']));
    expect(datasetFromCompact(file([]))).toEqual({
      id: 'x',
      sources: [],
      flows: [],
      statements: [],
    });
    // A statement that is not an object, or without the figure of its kind.
    expect(refusal(file([null]))).toEqual(cut(['statements', 0]));
    const level = (vietnamLaosDocument.statements ?? []).findIndex((each) => each.kind === 'level');
    expect(refusal(withCell(compact, ['statements', level, 'amount'], null))).toEqual(
      cut(['statements', level, 'amount']),
    );
  });

  it('imports no schema module and no zod, directly or through what it imports', () => {
    const seen = importsOf(new URL('./dataset-from-compact.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].some((href) => /schema/i.test(href))).toBe(false);
  });

  it('reads build-checked data with no checker: datasetFromCheckedCompact imports none', () => {
    const seen = importsOf(new URL('./compact-dataset.ts', import.meta.url));
    expect([...seen].some((href) => href.endsWith('/period/read-period-text.ts'))).toBe(true);
    const checkers = /\/check-|from-text|decimal-range|parse-period|dataset-from-compact/;
    expect([...seen].filter((href) => checkers.test(href))).toEqual([]);
  });

  it.each([
    ['an older format', { format: 'bilateral-compact/0', columns: [], row: [] }],
    ['an object without one', {}],
    ['null', null],
    ['a list', []],
    ['the tag alone', { format: 'bilateral-compact/1' }],
    ['columns that are not a list', { format: 'bilateral-compact/1', columns: 'x', row: [] }],
    ['no row', { format: 'bilateral-compact/1', columns: [['id', 'v']] }],
  ])('refuses %s with datasetFromCompact’s INVALID_DATASET, even unchecked', (_name, file) => {
    // One message for both faults, naming both (review h105, F8: it named only the tag).
    const refusal = {
      code: 'INVALID_DATASET',
      issues: [
        {
          path: ['format'],
          message: 'expected "bilateral-compact/1" with columns and row',
        },
      ],
    };
    expect(() => datasetFromCheckedCompact(file as never)).toThrow(
      expect.objectContaining(refusal),
    );
    expect(() => datasetFromCompact(file)).toThrow(expect.objectContaining(refusal));
  });
});

/** The code and issues of the BilateralError `call` throws (anything else is thrown on). */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { code: error.code, issues: error.issues };
  }
  return undefined;
}

/** The source files a module imports (values, not types), directly or through what it imports. */
function importsOf(url: URL, seen = new Set<string>()): Set<string> {
  if (seen.has(url.href)) return seen;
  seen.add(url.href);
  const source = readFileSync(url, 'utf8');
  expect(source, url.pathname).not.toMatch(/from ['"]zod/);
  for (const [, path] of source.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)';/gms)) {
    importsOf(new URL((path ?? '').replace(/\.js$/, '.ts'), url), seen);
  }
  return seen;
}
