import { describe, expect, it } from 'vitest';
import { laosChina, vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import type { Statement } from '../figures/statement.js';
import type { SeriesMeasure } from '../flow/series.js';
import type { PeriodKind } from '../period/period.js';
import {
  type CheckedDatasetSeriesRequest,
  checkedDatasetSeries,
} from './checked-dataset-series.js';
import { toCompactDataset } from './compact-dataset-write.js';
import { parseDataset } from './dataset.js';
import { datasetFromCompact } from './dataset-from-compact.js';
import { datasetSeries } from './dataset-series.js';

const unread = () => {
  throw new Error('compact data gives every precision');
};

describe('checkedDatasetSeries', () => {
  const measures: readonly SeriesMeasure[] = ['turnover', 'exports', 'imports'];
  const kinds: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month', 'year-to-date'];

  it.each([
    ['vietnam-laos', vietnamLaos, 'VNM', 'LAO'],
    ['laos-china', laosChina, 'LAO', 'CHN'],
  ] as const)(
    "gives datasetSeries' series of %s for every measure and period kind",
    (_, dataset, reporter, partner) => {
      const compact = datasetFromCompact(toCompactDataset(dataset));
      let points = 0;
      for (const measure of measures) {
        for (const periodKind of kinds) {
          for (const impliedBases of [false, true]) {
            const request: CheckedDatasetSeriesRequest = {
              reporter,
              partner,
              measure,
              periodKind,
              impliedBases,
            };
            const series = checkedDatasetSeries(compact, request, unread);
            expect(series).toEqual(datasetSeries(dataset, request));
            points += series.points.length;
          }
        }
      }
      // Not a comparison of empty series.
      expect(points).toBeGreaterThan(10);
    },
  );

  it('marks a point published as a lower bound, its figure the published one', () => {
    // The Star: Laos' exports to Vietnam in H1 2023 were "more than US$565 million".
    const compact = datasetFromCompact(toCompactDataset(vietnamLaos));
    const request: CheckedDatasetSeriesRequest = {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'exports',
      periodKind: 'half',
    };
    const points = checkedDatasetSeries(compact, request, unread).points;
    const bounds = points.filter((point) => point.lowerBound);
    expect(bounds.map((p) => [p.value.amount.toFixed(), p.precision?.toFixed()])).toEqual([
      ['565000000', '1000000'],
    ]);
    expect(bounds[0]?.lowerBound).toBe('more-than');
  });

  it.each([
    ['at least US$565 million', 'at-least'],
    ['ít nhất 565 triệu USD', 'at-least'],
    ['more than US$565 million', 'more-than'],
    // A truncated figure whose words say no bound: "more than", as `bilateral report` words it.
    ['US$565 million', 'more-than'],
  ] as const)('marks a point of "%s" with its kind of bound, %s', (text, kind) => {
    const [level] = (vietnamLaosDocument.statements ?? []).filter(
      (s) => s.id === 'lao-vn-2023-h1-exports',
    );
    const amount = { text, value: '565000000', currency: 'USD', rounding: 'truncate' } as const;
    const statements = [{ ...level, amount } as Statement];
    const dataset = parseDataset({ ...vietnamLaosDocument, statements });
    const request = { reporter: 'LAO', partner: 'VNM', measure: 'exports', periodKind: 'half' };
    const compact = datasetFromCompact(toCompactDataset(dataset));
    const points = checkedDatasetSeries(compact, request as CheckedDatasetSeriesRequest, unread);
    expect(points.points.filter((p) => p.lowerBound).map((p) => p.lowerBound)).toEqual([kind]);
    // The parsed dataset's series alike.
    const parsed = datasetSeries(dataset, request as CheckedDatasetSeriesRequest).points;
    expect(parsed.filter((p) => p.lowerBound).map((p) => p.lowerBound)).toEqual([kind]);
  });

  it('marks a truncated point of a Dataset built in code, without its bound, "more than"', () => {
    // Not read through parseDataset: `rounding: 'truncate'` alone. Its point is 565 to 566
    // million, never the 564.5 to 565.5 million of a rounded figure's precision.
    const [level] = (vietnamLaosDocument.statements ?? []).filter(
      (s) => s.id === 'lao-vn-2023-h1-exports',
    );
    const amount = { text: 'US$565 million', value: '565000000', currency: 'USD' } as const;
    const parsed = parseDataset(vietnamLaosDocument);
    const statements = [{ ...level, amount: { ...amount, rounding: 'truncate' } } as Statement];
    const dataset = { ...parsed, statements };
    const request = { reporter: 'LAO', partner: 'VNM', measure: 'exports', periodKind: 'half' };
    const points = datasetSeries(dataset, request as CheckedDatasetSeriesRequest).points;
    const bounds = points.filter((point) => point.lowerBound);
    expect(
      bounds.map((p) => [p.lowerBound, p.value.amount.toFixed(), p.precision?.toFixed()]),
    ).toEqual([['more-than', '565000000', '1000000']]);
  });

  it('keeps to one source and to a commodity as datasetSeries does', () => {
    const flow = (period: string, value: string, source: string, commodity?: string) => ({
      reporter: 'BRA',
      partner: 'CHN',
      flow: 'export',
      period,
      value,
      currency: 'USD',
      precision: '1',
      source,
      status: 'official',
      ...(commodity === undefined ? {} : { commodity }),
    });
    const source = (id: string) => ({
      id,
      publisher: 'P',
      title: 'T',
      date: '2024',
      language: 'en',
    });
    const dataset = parseDataset({
      id: 'soy',
      title: { en: 'Soy' },
      sources: [source('s'), source('t')],
      flows: [
        flow('2021', '100', 's', '1201'),
        flow('2022', '120', 's', '1201'),
        flow('2022', '5000', 's'),
        flow('2022', '5100', 't'),
        flow('2023', '7', 't', '0901'),
      ],
      statements: [],
    });
    const base = {
      reporter: 'BRA',
      partner: 'CHN',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    const requests = [base, { ...base, source: 't' }, { ...base, commodity: '1201' }];
    const drawn = requests.map((request) => checkedDatasetSeries(dataset, request, unread));
    expect(drawn).toEqual(requests.map((request) => datasetSeries(dataset, request)));
    expect(
      drawn.map((series) => series.points.map((point) => point.value.amount.toString())),
    ).toEqual([['5000'], ['5100'], ['100', '120']]);
  });

  it('draws an empty series for a code it does not check, where datasetSeries refuses it', () => {
    const request = {
      reporter: 'vnm',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    expect(checkedDatasetSeries(vietnamLaos, request, unread).points).toEqual([]);
    expect(() => datasetSeries(vietnamLaos, request)).toThrow(/use "VNM"/);
  });

  it.each(['export', 'Exports', 'imports ', 'balance'])(
    'draws an empty series for the measure %j, never another measure under its name',
    (measure) => {
      const request = { reporter: 'VNM', partner: 'LAO', measure, periodKind: 'year' };
      const compact = datasetFromCompact(toCompactDataset(vietnamLaos));
      const series = checkedDatasetSeries(
        compact,
        request as unknown as CheckedDatasetSeriesRequest,
        unread,
      );
      expect(series.points).toEqual([]);
      // The same request with a plural measure has points: the empty series is the measure's.
      const imports = { ...request, measure: 'imports' } as CheckedDatasetSeriesRequest;
      expect(checkedDatasetSeries(compact, imports, unread).points.length).toBeGreaterThan(0);
    },
  );

  it('checks the shape of its arguments and the flows it indexes: a wrong one is INVALID_INPUT', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    for (const [args, path] of [
      [[null, request, unread], 'dataset'],
      [[{ flows: [], statements: [] }, 'VNM', unread], 'checked'],
      [[{ flows: [], statements: [] }, request, undefined], 'shownPrecision'],
    ] as const) {
      expect(() => checkedDatasetSeries(...(args as unknown as [never, never, never]))).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: [path] })],
        }),
      );
    }
    expect(() =>
      checkedDatasetSeries({ flows: 'none', statements: [] } as never, request, unread),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it("refuses a statement's period that is not text, at its place, rather than drawing it twice", () => {
    // A number is no period text, though `readPeriodText` would read 2017 as the year 2017 and the
    // point would be stored under 2017 beside the flows' '2017' (review h105, F1).
    const index = vietnamLaos.statements.findIndex((statement) => statement.period === '2017');
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    } as const;
    const shown = () => {
      throw new Error('no precision is read: the period is refused first');
    };
    for (const period of [2017, ['2017'], null]) {
      const statements = vietnamLaos.statements.map((statement, at) =>
        at === index ? { ...statement, period } : statement,
      );
      const dataset = { ...vietnamLaos, statements } as never;
      expect(() => checkedDatasetSeries(dataset, request, shown)).toThrow(
        expect.objectContaining({
          code: 'INVALID_PERIOD',
          issues: [expect.objectContaining({ path: ['statements', index, 'period'] })],
        }),
      );
    }
  });
});
