import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import { shownPrecision } from '../figures/_shown-precision.js';
import type { Statement } from '../figures/statement.js';
import type { SeriesMeasure, SeriesPoint } from '../flow/index.js';
import { rateDigits, yearOnYearDigits } from '../growth/rate-digits.js';
import type { Period } from '../period/period.js';
import { readPeriodText } from '../period/read-period-text.js';
import { writePeriod } from '../period/write-period.js';
import { setAt, withCell } from './__fixtures__/dataset-cells.js';
import { checkedDatasetSeries } from './checked-dataset-series.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { parseDataset } from './dataset.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { datasetSeries } from './dataset-series.js';

// Every reader of a dataset's statements accepts and refuses the same figures, naming the same
// statement's field: parseDataset (the schema), datasetFromCompact (no schema) and the series'
// check of what it reads (datasetSeries with implied bases). The series reads level and growth
// statements, not shares. Codes: the two dataset readers say INVALID_DATASET (the compact reader
// OUT_OF_RANGE past the range), the series' check INVALID_FIGURE unless said.
// The embedded document, its first rate and share given a precision and their rounding
// ('nearest', as unless given): the compact file then has those columns, so a case can set them
// there too (withCell throws for a missing column).
const documentWithPrecisions = (() => {
  const document = structuredClone(vietnamLaosDocument);
  const { statements } = parseDataset(document);
  for (const figure of ['rate', 'share'] as const) {
    const index = statements.findIndex((statement) => figure in statement);
    setAt(document, ['statements', index, figure, 'precision'], '0.1');
    setAt(document, ['statements', index, figure, 'rounding'], 'nearest');
  }
  return document;
})();
const parsed = parseDataset(documentWithPrecisions);
const compact = toCompactDataset(parsed);

type Figure = 'amount' | 'rate' | 'share';

/** A fall of 99.99…9 % (33 nines after the point): 2017's implies a 2016 of about 9e+43. */
const HAIR_SHORT = `-99.${'9'.repeat(33)}`;

/**
 * A statement's cells to set, where: under its figure (or the statement itself, `''`); the key
 * the readers refuse (none: all accept); the compact reader's and the series' codes when not the
 * defaults (`null`: the series accepts it, see below).
 */
type Case = readonly [
  at: Figure | '',
  cells: Readonly<Record<string, unknown>>,
  refused?: string,
  codes?: { readonly compact?: string; readonly series?: string | null },
];

const cases: readonly Case[] = [
  // Malformed or out-of-range decimal text (review h105).
  ['amount', { value: 'NaN' }, 'value', { series: 'INVALID_DECIMAL' }],
  ['amount', { value: '0x10' }, 'value', { series: 'INVALID_DECIMAL' }],
  ['amount', { value: '1e40' }, 'value', { series: 'OUT_OF_RANGE' }],
  [
    'amount',
    { value: `1${'0'.repeat(40)}` },
    'value',
    { compact: 'OUT_OF_RANGE', series: 'OUT_OF_RANGE' },
  ],
  [
    'amount',
    { precision: `0.${'0'.repeat(40)}1` },
    'precision',
    { compact: 'OUT_OF_RANGE', series: 'OUT_OF_RANGE' },
  ],
  ['rate', { value: 'abc' }, 'value', { series: 'INVALID_DECIMAL' }],
  ['rate', { value: 'Infinity' }, 'value', { series: 'INVALID_DECIMAL' }],
  // The series reads text with spaces or an exponent as toDecimal does (a hand-built Dataset's
  // numbers too: series-statements.test.ts): the one difference, kept on purpose.
  ['amount', { value: ' 892900000' }, 'value', { series: null }],
  ['share', { value: '1e1' }, 'value'],
  // Sound decimal text out of the figure's bounds (review h105 F2, F14; h113 F3, F4, F13).
  ['amount', { value: '-892900000' }, 'value'],
  ['amount', { precision: '0' }, 'precision'],
  ['amount', { precision: '0.00' }, 'precision'],
  ['amount', { precision: '-100000' }, 'precision'],
  ['amount', { precision: '99999999999999999999999999999999999' }, 'precision'],
  ['amount', { precision: '1000000000' }, 'precision'],
  ['rate', { value: '-100.5', text: 'down 100.5%', precision: '0.1' }, 'value'],
  ['rate', { value: '-100.0000000000000000001', precision: '1' }, 'value'],
  ['share', { value: '150' }, 'value'],
  ['share', { value: '-1' }, 'value'],
  ['share', { value: '100.0000000000000000001', text: '100.0000000000000000001%' }, 'value'],
  // A rate's or share's precision (review h130 F15); the series does not read a rate's.
  ['rate', { precision: '0' }, 'precision', { series: null }],
  ['rate', { precision: '-1' }, 'precision', { series: null }],
  ['share', { precision: '0' }, 'precision'],
  ['share', { precision: '-1' }, 'precision'],
  // An amount's currency, which the series reads too.
  ['amount', { currency: 'usd' }, 'currency', { series: 'INVALID_CURRENCY' }],
  ['amount', { currency: 12 }, 'currency', { series: 'INVALID_CURRENCY' }],
  // A figure's text as published (h113 F5).
  ['amount', { text: null }, 'text'],
  ['amount', { text: '', precision: '100000' }, 'text'],
  ['amount', { text: 5 }, 'text'],
  ['rate', { text: null }, 'text'],
  // A statement's period, which a compact file writes as it is (review h105 F5).
  ['', { period: '2017-13' }, 'period', { series: 'INVALID_PERIOD' }],
  ['', { period: 2017 }, 'period', { series: 'INVALID_PERIOD' }],
  // At the bounds: every reader takes them.
  ['amount', { value: '-0', text: 'US$0', precision: '1' }],
  ['amount', { value: '0', text: 'nil', precision: '1000000000' }],
  ['amount', { precision: '892900000' }],
  ['rate', { value: '-100', text: 'down 100%' }],
  // A fall a hair short of 100 %: its base would be past the range, so none is implied (review
  // h130 F13: the series failed with OUT_OF_RANGE at path []).
  ['rate', { value: HAIR_SHORT, text: `down ${HAIR_SHORT.slice(1)}%` }],
  ['share', { value: '100', text: '100%' }],
  ['share', { value: '-0', text: '0%' }],
  // The first year periods can be in (a rate there: below).
  ['', { period: '0001' }],
  // A figure's rounding and an amount's bound, and the bound its text states (h329): the series
  // reads neither. The first amount is "US$892.9 million", the first rate "up 8.5%" (given a
  // precision of 0.1), the first share "2.4%".
  ['amount', { rounding: 'round' }, 'rounding', { series: null }],
  ['amount', { rounding: 5 }, 'rounding', { series: null }],
  ['amount', { bound: 'below' }, 'bound', { series: null }],
  ['amount', { bound: 1 }, 'bound', { series: null }],
  ['amount', { rounding: 'nearest', bound: 'at-least' }, 'rounding', { series: null }],
  [
    'amount',
    { text: 'more than US$892.9 million', rounding: 'nearest' },
    'rounding',
    { series: null },
  ],
  ['amount', { text: 'ít nhất 892,9 triệu USD', bound: 'more-than' }, 'bound', { series: null }],
  [
    'amount',
    { text: '超过8.929亿美元', precision: '100000', bound: 'at-least' },
    'bound',
    { series: null },
  ],
  // An upper bound beside a lower one or truncation, in each language: refused at that field.
  ...(
    [
      ['less than US$892.9 million', 'bound', 'at-least'],
      ['dưới 892,9 triệu USD', 'rounding', 'truncate'],
      ['ຕ່ຳກວ່າ 892.9 ລ້ານ USD', 'bound', 'more-than'],
      ['不到8.929亿美元', 'rounding', 'truncate'],
    ] as const
  ).map(
    ([text, field, given]): Case => [
      'amount',
      { text, precision: '100000', [field]: given },
      field,
      { series: null },
    ],
  ),
  ['rate', { rounding: 'up' }, 'rounding', { series: null }],
  ['rate', { text: 'up more than 8.5%', rounding: 'nearest' }, 'rounding', { series: null }],
  ['rate', { text: '同比增长超过8.5%', rounding: 'nearest' }, 'rounding', { series: null }],
  ['rate', { text: 'tăng dưới 8,5%', rounding: 'truncate' }, 'rounding', { series: null }],
  ['share', { text: 'hơn 2,4%', rounding: 'nearest' }, 'rounding'],
  // An upper bound alone: no rounding holds it (r27d: every reader took it, rounded 'nearest').
  ['amount', { text: 'dưới 892,9 triệu USD', precision: '100000' }, 'rounding', { series: null }],
  // Every reader takes a bound word that governs no figure.
  ['amount', { text: 'more than doubled to US$892.9 million', precision: '100000' }],
  ['amount', { text: '超过去年同期，达8.929亿美元', precision: '100000', rounding: 'nearest' }],
  ['rate', { text: 'more than 8.5%', rounding: 'truncate' }],
];

/** The statement a case breaks: the first with its figure (a level for `''`). */
const indexOf = (at: Figure | '') =>
  parsed.statements.findIndex((statement) => (at === '' ? 'amount' : at) in statement);

/** The path of `key` under the case's figure in the statement at `index`. */
const pathOf = (index: number, at: Figure | '', key: string) =>
  at === '' ? ['statements', index, key] : ['statements', index, at, key];

/** `failure`'s result with each path once (the schema may name one field twice). */
const once = (result: ReturnType<typeof failure>) =>
  result && {
    code: result.code,
    paths: [...new Set(result.paths.map((path) => JSON.stringify(path)))].map((path) =>
      JSON.parse(path),
    ),
  };

describe("a dataset's readers agree on its statements", () => {
  const named = cases.map(([at, cells, refused, codes]) => ({ at, cells, refused, codes }));
  it.each(named)(
    '$at $cells: every reader refuses it at $refused (or, undefined, accepts it)',
    ({ at, cells, refused, codes }) => {
      const index = indexOf(at);
      const statement = structuredClone(parsed.statements[index]) as Statement;
      let document = structuredClone(documentWithPrecisions) as object;
      let file = compact;
      for (const [key, value] of Object.entries(cells)) {
        const path = pathOf(index, at, key);
        document = setAt(document, path, value);
        file = withCell(file, path, value);
        setAt(statement, path.slice(2), value);
      }
      const dataset = {
        ...parsed,
        statements: parsed.statements.map((each, place) => (place === index ? statement : each)),
      };
      const original = parsed.statements[index] as Statement;
      const request = {
        reporter: original.reporter,
        partner: original.partner,
        measure: original.subject as SeriesMeasure,
        periodKind: readPeriodText(original.period)?.kind ?? 'year',
        impliedBases: true,
      };
      const series = at === 'share' ? undefined : failure(() => datasetSeries(dataset, request));
      if (refused === undefined) {
        expect(failure(() => parseDataset(document))).toBeUndefined();
        expect(series).toBeUndefined();
        const read = datasetFromCompact(file);
        // …and the widgets' path (compact data, the checked series) draws what the root draws.
        expect(checkedDatasetSeries(read, request, shownPrecision)).toEqual(
          datasetSeries(dataset, request),
        );
        return;
      }
      const paths = [pathOf(index, at, refused)];
      expect(once(failure(() => parseDataset(document)))).toEqual({
        code: 'INVALID_DATASET',
        paths,
      });
      expect(failure(() => datasetFromCompact(file))).toEqual({
        code: codes?.compact ?? 'INVALID_DATASET',
        paths,
      });
      if (codes?.series === null) expect(series).toBeUndefined();
      if (at === 'share' || codes?.series === null) return;
      expect(series).toEqual({ code: codes?.series ?? 'INVALID_FIGURE', paths });
    },
  );
});

/** The embedded dataset's first growth statement, its index, and the yearly series request of its pair. */
function firstRate() {
  const index = parsed.statements.findIndex((statement) => 'rate' in statement);
  const statement = parsed.statements[index] as Statement;
  const request = {
    reporter: statement.reporter,
    partner: statement.partner,
    measure: statement.subject as SeriesMeasure,
    periodKind: 'year' as const,
    impliedBases: true,
  };
  return { index, statement, request };
}

describe('a bound its text states, where a compact file gives no rounding nor bound (review r26c)', () => {
  // The compact writer records both; a file from elsewhere may leave them out, as a document may.
  // parseDataset records the bound the text states; the compact reader read the same cells as a
  // figure rounded to the nearest, and the widgets' series drew no bound where the root's did.
  const texts = [
    ['amount', 'more than US$892.9 million'],
    ['amount', 'ít nhất 892,9 triệu USD'],
    ['amount', '8.929亿美元以上'],
    ['rate', 'tăng hơn 8,5%'],
    ['rate', '同比增长超过8.5%'],
    ['share', 'hơn 2,4%'],
  ] as const;
  it.each(texts)('%s %s: datasetFromCompact reads what parseDataset reads', (at, text) => {
    const index = indexOf(at);
    let document = structuredClone(documentWithPrecisions) as object;
    let file = compact;
    // A rate has no bound, and the file no column for one; the compact writer wrote the precision
    // the amount's text shows, given here to both (the Chinese text shows none).
    const cells =
      at === 'amount'
        ? { text, precision: '100000', rounding: undefined, bound: undefined }
        : { text, rounding: undefined };
    for (const [key, value] of Object.entries(cells)) {
      const path = pathOf(index, at, key);
      document = setAt(document, path, value);
      file = withCell(file, path, value ?? null);
    }
    const read = datasetFromCompact(file).statements[index] as Statement;
    const expected = parseDataset(document).statements[index] as Statement;
    expect(expected[at as keyof Statement]).toHaveProperty('rounding', 'truncate');
    expect(read).toEqual(expected);
  });

  it('records "more than" for a truncated amount whose words state none, as parseDataset does', () => {
    const index = indexOf('amount');
    let document = structuredClone(documentWithPrecisions) as object;
    let file = compact;
    // The precision the compact writer wrote, given to both; no bound in either.
    const cells = { text: 'US$892.9 million', precision: '100000', rounding: 'truncate' };
    for (const [key, value] of Object.entries(cells)) {
      const path = pathOf(index, 'amount', key);
      document = setAt(document, path, value);
      file = withCell(file, path, value);
    }
    const read = datasetFromCompact(file).statements[index] as Statement;
    expect(read).toEqual(parseDataset(document).statements[index]);
    expect(read.kind === 'level' && read.amount.bound).toBe('more-than');
  });
});

describe('a base past the supported range (review h130 F13)', () => {
  it('is not implied: the series goes on without it, as for a fall of 100 %', () => {
    const { index, statement, request } = firstRate();
    const baseYear = Number(statement.period) - 1;
    const hasBase = (points: readonly { period: { kind: string; year?: number } }[]) =>
      points.some((point) => point.period.kind === 'year' && point.period.year === baseYear);
    // The published rate implies the base…
    expect(hasBase(datasetSeries(parsed, request).points)).toBe(true);
    // …a fall a hair short of 100 % does not, in the root's series and the widgets' alike.
    const document = setAt(structuredClone(vietnamLaosDocument), ['statements', index, 'rate'], {
      value: HAIR_SHORT,
      text: `down ${HAIR_SHORT.slice(1)}%`,
    });
    const dataset = parseDataset(document);
    expect(hasBase(datasetSeries(dataset, request).points)).toBe(false);
    const file = toCompactDataset(dataset);
    expect(
      hasBase(checkedDatasetSeries(datasetFromCompact(file), request, shownPrecision).points),
    ).toBe(false);
  });
});

describe('a rate in the year 1 (review h150 A12)', () => {
  it('implies no base, as there is no year before it; the series keeps its level', () => {
    const { index, statement, request } = firstRate();
    // The first rate and its period's level (2017: US$892.9 million, up 8.5 %) moved to the year 1.
    const level = parsed.statements.findIndex(
      (each) =>
        each.kind === 'level' &&
        each.subject === request.measure &&
        each.period === statement.period,
    );
    let document = structuredClone(vietnamLaosDocument) as object;
    for (const at of [index, level])
      document = setAt(document, ['statements', at, 'period'], '0001');
    const dataset = parseDataset(document);
    // The series threw INVALID_PERIOD at path ['period'] for statements every reader takes.
    const series = datasetSeries(dataset, request);
    // Its level is the first point, and nothing is implied from it.
    expect(writePeriod(series.points[0]?.period as Period)).toBe('0001');
    expect(series.points.filter((point) => point.derivation?.startsWith('0001'))).toEqual([]);
    const file = toCompactDataset(dataset);
    expect(checkedDatasetSeries(datasetFromCompact(file), request, shownPrecision)).toEqual(series);
  });
});

describe('a base implied by an uncertain rate (review h130 F3)', () => {
  it('says "about" in its derivation, and its rate is not given back as exact', () => {
    const { index, statement, request } = firstRate();
    const pair = (dataset: typeof parsed) => {
      const { points } = datasetSeries(dataset, request);
      const at = points.findIndex((point) => writePeriod(point.period) === statement.period);
      return [points[at], points[at - 1]] as const;
    };
    // "up 8.5%": 2016 gives 2017's rate back, one decimal.
    const [point, base] = pair(parsed);
    expect(base?.derivation).toBe(`${statement.period} value ÷ (1 + 8.5 %)`);
    expect(yearOnYearDigits(point as SeriesPoint, base)).toBeUndefined();
    // "up about 8.5%": the rate of the two figures, "about" one.
    const document = setAt(
      structuredClone(vietnamLaosDocument),
      ['statements', index, 'uncertain'],
      true,
    );
    const [after, implied] = pair(parseDataset(document));
    expect(implied?.derivation).toBe(`${statement.period} value ÷ (1 + about 8.5 %)`);
    expect(yearOnYearDigits(after as SeriesPoint, implied)).toBe(
      rateDigits(after as SeriesPoint, implied as SeriesPoint),
    );
    expect(yearOnYearDigits(after as SeriesPoint, implied)).not.toBeUndefined();
  });
});
