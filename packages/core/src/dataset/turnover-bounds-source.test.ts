import { describe, expect, it } from 'vitest';
import { vietnamLaosFlow, vietnamLaosLevel } from '../__fixtures__/vietnam-laos-figures.js';
import { Decimal } from '../_internal/decimal.js';
import { buildReport, reportGrowth } from '../cli/report.js';
import { parseDataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';
import { withTurnoverBounds } from './turnover-bounds.js';

// Two publishers of Vietnam–Laos 2024: a newspaper ('news') with exports of exactly US$500
// million and imports of "more than US$565 million", and customs with a turnover of its own
// ("US$1.1 billion") or flows of its own. A series of the newspaper's figures alone
// (`datasetSeries` with `source`, of a dataset of its figures) must read its turnover as
// `bilateral report --source news` does: the interval its sides allow, not US$1,065 million as if
// exact (h354); the series of every source must draw customs' figure, as the report's growth
// table does (r30b).
const flow = (source: string, flow: 'export' | 'import', period: string, value: string) =>
  vietnamLaosFlow({
    flow,
    period,
    value,
    source,
    status: source === 'customs' ? 'official' : 'preliminary',
  });
const level = (source: string, subject: string, text: string, value: string) =>
  vietnamLaosLevel({ id: `${source}-${subject}-2024`, source, subject, text, value });
/** The turnover series of Vietnam–Laos by year, of every source. */
const TURNOVER = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
} as const;
const news = {
  flows: [
    flow('news', 'export', '2023', '450000000'),
    flow('news', 'import', '2023', '500000000'),
    flow('news', 'export', '2024', '500000000'),
    flow('news', 'import', '2024', '565000000'),
  ],
  statements: [level('news', 'imports', 'more than US$565 million', '565000000')],
};

function twoSources(customs: {
  readonly flows?: readonly object[];
  readonly statements?: readonly object[];
}) {
  const source = (id: string) => ({
    id,
    publisher: id,
    title: 'Trade',
    date: '2025-02',
    language: 'en',
  });
  return parseDataset({
    id: 'two-sources',
    title: { en: 'two sources' },
    sources: [source('customs'), source('news')],
    flows: [...(customs.flows ?? []), ...news.flows],
    statements: [...(customs.statements ?? []), ...news.statements],
  });
}

const CASES = [
  [
    'a turnover customs published',
    { statements: [level('customs', 'turnover', 'US$1.1 billion', '1100000000')] },
  ],
  [
    'flows customs published (preferred where the sources are not filtered)',
    {
      flows: [
        flow('customs', 'export', '2024', '505000000'),
        flow('customs', 'import', '2024', '570000000'),
      ],
    },
  ],
] as const;

describe('withTurnoverBounds on a series of one source', () => {
  it.each(CASES)(
    'reads the turnover as bilateral report --source does, beside %s',
    (_, customs) => {
      const dataset = twoSources(customs);
      const row = buildReport(dataset, { source: 'news' })
        .trade.find((section) => section.commodity === null)
        ?.rows.find((trade) => trade.period === '2024');
      // The report: (1,065, 1,066) million, its bottom excluded ("more than").
      expect(row?.turnoverBound).toEqual({ lo: '1065000000', hi: '1066000000', bounds: '()' });
      // Where customs publishes the period, the dataset's statements serve the series of every
      // source too, so one source's series reads its bound from a dataset of its own figures.
      const own = {
        ...dataset,
        flows: dataset.flows.filter((each) => each.source === 'news'),
        statements: dataset.statements.filter((each) => each.source === 'news'),
      };
      const point = datasetSeries(withTurnoverBounds(own), {
        ...TURNOVER,
        source: 'news',
      }).points.at(-1);
      const [lo, hi] = [
        new Decimal(row?.turnoverBound?.lo ?? 0),
        new Decimal(row?.turnoverBound?.hi ?? 0),
      ];
      expect({
        value: point?.value.amount.toFixed(),
        precision: point?.precision?.toFixed(),
        lowerBound: point?.lowerBound,
        source: point?.source,
      }).toEqual({
        value: lo.toFixed(),
        precision: hi.minus(lo).toFixed(),
        lowerBound: 'more-than',
        source: 'news',
      });
    },
  );

  it.each(CASES)(
    'leaves the series of every source as it was, as the growth table of bilateral report, beside %s',
    (_, customs) => {
      // The added statement is derived from the newspaper's sides: it stands in only for their
      // sum where that is what the period draws, never for customs' preferred flows or published
      // turnover (0a7a914e drew the newspaper's bound over both: review r30b).
      const dataset = twoSources(customs);
      const point = datasetSeries(withTurnoverBounds(dataset), TURNOVER).points.at(-1);
      expect(point).toEqual(datasetSeries(dataset, TURNOVER).points.at(-1));
      const growth = reportGrowth(withTurnoverBounds(dataset)).growth?.rows.at(-1);
      expect([point?.source, point?.value.amount.toFixed(), point?.lowerBound]).toEqual([
        'customs',
        growth?.value,
        undefined,
      ]);
    },
  );

  it("stands in for the newspaper's sum where the series of every source draws it", () => {
    // Customs' turnover of 2023 only: 2024 draws the newspaper's sides, as the report's growth
    // table reads them (more than US$1,065 million).
    const dataset = twoSources({
      statements: [
        { ...level('customs', 'turnover', 'US$0.9 billion', '900000000'), period: '2023' },
      ],
    });
    const point = datasetSeries(withTurnoverBounds(dataset), TURNOVER).points.at(-1);
    const growth = reportGrowth(dataset).growth?.rows.at(-1);
    expect([point?.source, point?.value.amount.toFixed(), point?.lowerBound]).toEqual([
      'news',
      growth?.turnoverBound?.lo,
      'more-than',
    ]);
  });

  it("leaves the other source's series as it was", () => {
    for (const [, customs] of CASES) {
      const dataset = twoSources(customs);
      const request = { ...TURNOVER, source: 'customs' } as const;
      expect(datasetSeries(withTurnoverBounds(dataset), request)).toEqual(
        datasetSeries(dataset, request),
      );
    }
  });
});
