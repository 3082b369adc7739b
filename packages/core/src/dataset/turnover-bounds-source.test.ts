import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { buildReport } from '../cli/report.js';
import { parseDataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';
import { withTurnoverBounds } from './turnover-bounds.js';

// Two publishers of Vietnam–Laos 2024: a newspaper ('news') with exports of exactly US$500
// million and imports of "more than US$565 million", and customs with a turnover of its own
// ("US$1.1 billion") or flows of its own. A series of the newspaper's figures alone
// (`datasetSeries` with `source`) must read its turnover as `bilateral report --source news`
// does: the interval its sides allow, not US$1,065 million as if exact (h354).
const flow = (source: string, flow: 'export' | 'import', period: string, value: string) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow,
  period,
  value,
  currency: 'USD',
  status: source === 'customs' ? 'official' : 'preliminary',
  source,
});
const level = (source: string, subject: string, text: string, value: string) => ({
  id: `${source}-${subject}-2024`,
  source,
  kind: 'level',
  reporter: 'VNM',
  partner: 'LAO',
  period: '2024',
  subject,
  amount: { text, value, currency: 'USD' },
});
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
      const series = datasetSeries(withTurnoverBounds(dataset), {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        periodKind: 'year',
        source: 'news',
      });
      const point = series.points.at(-1);
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

  it('gives the series of every source the more precise of the two turnovers, as for published ones', () => {
    // The added statement competes as one the newspaper published would: beside customs' "US$1.1
    // billion" (to 0.1 billion) the bound to the million wins; beside "US$1,065.4 million" (to
    // 0.1 million) customs' stands. `bilateral report`'s growth table keeps customs' figure in
    // both (it reads no added statement); its trade table gives both sources' rows.
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    } as const;
    const drawn = (text: string, value: string) => {
      const customs = { statements: [level('customs', 'turnover', text, value)] };
      const point = datasetSeries(withTurnoverBounds(twoSources(customs)), request).points.at(-1);
      return [point?.value.amount.toFixed(), point?.lowerBound, point?.source];
    };
    expect(drawn('US$1.1 billion', '1100000000')).toEqual(['1065000000', 'more-than', 'news']);
    expect(drawn('US$1,065.4 million', '1065400000')).toEqual(['1065400000', undefined, 'customs']);
  });

  it("leaves the other source's series as it was", () => {
    for (const [, customs] of CASES) {
      const dataset = twoSources(customs);
      const request = {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        periodKind: 'year',
        source: 'customs',
      } as const;
      expect(datasetSeries(withTurnoverBounds(dataset), request)).toEqual(
        datasetSeries(dataset, request),
      );
    }
  });
});
