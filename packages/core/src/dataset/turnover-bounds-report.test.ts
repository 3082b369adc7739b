import { describe, expect, it } from 'vitest';
import { vietnamLaosFlow, vietnamLaosLevel } from '../__fixtures__/vietnam-laos-figures.js';
import { Decimal } from '../_internal/decimal.js';
import { buildReport, reportGrowth } from '../cli/report.js';
import { parseDataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';
import { withTurnoverBounds } from './turnover-bounds.js';

// `bilateral report` works a turnover on a side published as a lower bound out from the flows
// (its trade row's `turnoverBound`), the widgets from the statement withTurnoverBounds adds: both
// must say the same thing. The report writes the interval beside an exact side ("US$1.065 billion
// to US$1.066 billion") and its middle otherwise ("about US$1.066 billion"); the statement is that
// lower bound, to the interval's width, or that middle, to the width (review r29a).
type Side = { readonly value: string; readonly precision?: string; readonly bound?: string };

function vietnamLaos(exports: Side, imports: Side) {
  const flow = (flow: 'export' | 'import', period: string, value: string, precision?: string) =>
    vietnamLaosFlow({ flow, period, value, source: 'customs', precision });
  const stated = (subject: 'exports' | 'imports', { value, bound }: Side) =>
    bound === undefined
      ? []
      : [
          vietnamLaosLevel({
            id: `${subject}-2024`,
            source: 'customs',
            subject,
            text: `${bound} US$${Number(value) / 1e6} million`,
            value,
          }),
        ];
  return parseDataset({
    id: 'bound-sides',
    title: { en: 'bound sides' },
    sources: [
      { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2026-03', language: 'en' },
    ],
    flows: [
      flow('export', '2023', '450000000'),
      flow('import', '2023', '500000000'),
      flow('export', '2024', exports.value, exports.precision),
      flow('import', '2024', imports.value, imports.precision),
    ],
    statements: [...stated('exports', exports), ...stated('imports', imports)],
  });
}

const CASES: readonly [string, Side, Side][] = [
  [
    'a bound beside an exact side',
    { value: '500000000' },
    { value: '565000000', bound: 'more than' },
  ],
  [
    '"at least" beside an exact side',
    { value: '500000000' },
    { value: '565000000', bound: 'at least' },
  ],
  [
    'a bound beside a side rounded to the million',
    { value: '500000000', precision: '1000000' },
    { value: '565000000', bound: 'more than' },
  ],
  [
    'a bound beside a side rounded to 2 million (bottom whole widths)',
    { value: '504000000', precision: '2000000' },
    { value: '565000000', bound: 'more than' },
  ],
  [
    'two bounds (bottom whole widths)',
    { value: '501000000', bound: 'more than' },
    { value: '565000000', bound: 'more than' },
  ],
  [
    'two bounds',
    { value: '500000000', bound: 'more than' },
    { value: '565000000', bound: 'at least' },
  ],
  [
    'a bound beside a side rounded to 0',
    { value: '0', precision: '1000000' },
    { value: '565000000', bound: 'more than' },
  ],
];

describe('withTurnoverBounds and bilateral report', () => {
  it.each(CASES)('say the same of %s', (_, exports, imports) => {
    const dataset = vietnamLaos(exports, imports);
    const row = buildReport(dataset)
      .trade.find((section) => section.reporter === 'VNM' && section.commodity === null)
      ?.rows.find((trade) => trade.period === '2024');
    const reported = row?.turnoverBound;
    if (reported === undefined) throw new Error('the report gives no turnover interval for 2024');
    const point = datasetSeries(withTurnoverBounds(dataset), {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    }).points.at(-1);
    const [lo, hi] = [new Decimal(reported.lo), new Decimal(reported.hi)];
    const exact = [exports, imports].some((side) => side.bound === undefined && !side.precision);
    // Beside an exact side the report writes the interval: the point is its bound, to its width.
    // Else its middle: the point is that middle, to the width, and no bound.
    expect({
      value: point?.value.amount.toFixed(),
      precision: point?.precision?.toFixed(),
      lowerBound: point?.lowerBound,
    }).toEqual({
      value: (exact ? lo : lo.plus(hi).div(2)).toFixed(),
      precision: hi.minus(lo).toFixed(),
      lowerBound: exact ? (reported.bounds[0] === '[' ? 'at-least' : 'more-than') : undefined,
    });
  });
});

describe('bilateral report of a dataset withTurnoverBounds gave', () => {
  it.each(CASES)('reads it as the dataset without its statements, on %s', (_, exports, imports) => {
    // A dataset the widgets validated, or a document written from one, has the added turnover:
    // read as published, it made the 2024 rate beside a side rounded to the million "+12.2 %"
    // where the sides give "+12.0 % to +12.3 %" (h354: failed before the report left it out).
    const dataset = vietnamLaos(exports, imports);
    const drawn = withTurnoverBounds(dataset);
    expect(drawn.statements.length).toBeGreaterThan(dataset.statements.length);
    expect(buildReport(drawn)).toEqual(buildReport(dataset));
    expect(buildReport(drawn, { source: 'customs' })).toEqual(
      buildReport(dataset, { source: 'customs' }),
    );
    expect(reportGrowth(drawn)).toEqual(reportGrowth(dataset));
  });
});
