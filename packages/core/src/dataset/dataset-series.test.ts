import { describe, expect, it } from 'vitest';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import type { BilateralError } from '../errors/index.js';
import { formatPeriod } from '../period/index.js';
import { type Dataset, parseDataset } from './dataset.js';
import { datasetSeries } from './dataset-series.js';

const rows = (series: ReturnType<typeof datasetSeries>) =>
  series.points.map((p) => [
    formatPeriod(p.period),
    p.value.amount.toFixed(0),
    p.source,
    p.uncertain ?? false,
  ]);

describe('datasetSeries', () => {
  it('combines flows and published levels, keeping the more precise one', () => {
    const turnover = datasetSeries(vietnamLaos, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    expect(rows(turnover)).toEqual([
      ['2017', '892900000', 'vietnamplus-133987', false],
      ['2018', '1030000000', 'vietnamplus-156799', true],
      ['2019', '1150000000', 'vna-2019-12-31', true],
      ['2021', '1370000000', 'vietnamplus-224873', false],
      ['2022', '1696400000', 'baobinhduong-a289585', false],
      ['2023', '1650000000', 'seed-004-moit-2024-10-24', true],
      ['2024', '2200000000', 'thesaigontimes-5-billion', true],
      ['2025', '2980000000', 'sggp-123256', false],
    ]);
    // 2022: exports + imports (to US$0.1 M and US$10 M) beat the published "about US$1.7 billion";
    // an exact sum of two published figures is not derived (issue 15 defect 6).
    expect(turnover.points[4]?.value.amount.toString()).toBe('1696400000');
    expect(turnover.points[4]?.precision?.toString()).toBe('10100000');
    expect(turnover.points[4]?.derivation).toBeUndefined();
    // 2017: the published US$892.9 M (to US$0.1 M) beats the sum of parts (to US$0.2 M).
    expect(turnover.points[0]?.derivation).toBeUndefined();
  });

  it('adds the bases implied by published growth rates, marked as derived', () => {
    const nineMonths = datasetSeries(vietnamLaos, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year-to-date',
      impliedBases: true,
    });
    const at = (period: string) => nineMonths.points.find((p) => formatPeriod(p.period) === period);
    const [base, current] = [at('2023-01/2023-09'), at('2024-01/2024-09')];
    expect(base && formatPeriod(base.period)).toBe('2023-01/2023-09');
    expect(base?.derivation).toBe('2024-01/2024-09 value ÷ (1 + 25.5 %)');
    expect(base?.value.amount.toFixed(0)).toBe('1195219124');
    expect(current?.value.amount.toFixed(0)).toBe('1500000000');
    expect(current?.source).toBe('seed-004-moit-2024-10-24');
  });

  it("keeps a level statement's published precision on its point (US$1 billion: to the billion)", () => {
    const imports = datasetSeries(vietnamLaos, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'imports',
      periodKind: 'year-to-date',
    });
    const point = imports.points.find((p) => formatPeriod(p.period) === '2024-01/2024-09');
    expect(point?.value.amount.toFixed(0)).toBe('1000000000');
    expect(point?.precision?.toFixed()).toBe('1000000000');
  });

  it('takes a given precision as it is, without reading the text (one it cannot read too)', () => {
    const level = (id: string, period: string, amount: Record<string, string>) => ({
      id,
      source: 's',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period,
      subject: 'turnover',
      amount,
    });
    const dataset = parseDataset({
      id: 'x',
      title: { en: 'X' },
      sources: [{ id: 's', publisher: 'P', title: 'T', date: '2024', language: 'en' }],
      flows: [],
      statements: [
        // The schema accepts a text it cannot read when the precision is given.
        level('a', '2023', {
          text: 'a record high of one billion',
          value: '1000000000',
          currency: 'USD',
          precision: '500000000',
        }),
        level('b', '2024', { text: 'US$1.2 billion', value: '1200000000', currency: 'USD' }),
      ],
    });
    const points = datasetSeries(dataset, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    }).points;
    expect(points.map((point) => point.precision?.toFixed())).toEqual(['500000000', '100000000']);
  });

  it('refuses levels in two currencies', () => {
    const document = {
      id: 'x',
      title: { en: 'X' },
      sources: [{ id: 's', publisher: 'P', title: 'T', date: '2024', language: 'en' }],
      flows: [],
      statements: [
        {
          id: 'a',
          source: 's',
          kind: 'level',
          reporter: 'VNM',
          partner: 'LAO',
          period: '2023',
          subject: 'turnover',
          amount: { text: 'US$1 billion', value: '1000000000', currency: 'USD' },
        },
        {
          id: 'b',
          source: 's',
          kind: 'level',
          reporter: 'VNM',
          partner: 'LAO',
          period: '2024',
          subject: 'turnover',
          amount: { text: '1 tỷ VND', value: '1000000000', currency: 'VND' },
        },
      ],
    };
    expect(() =>
      datasetSeries(parseDataset(document), {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        periodKind: 'year',
      }),
    ).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });

  it("draws a commodity's series from its flows alone, and totals without them", () => {
    const flow = (period: string, value: string, commodity?: string) => ({
      reporter: 'BRA',
      partner: 'CHN',
      flow: 'export',
      period,
      value,
      currency: 'USD',
      precision: '1',
      source: 's',
      status: 'official',
      ...(commodity === undefined ? {} : { commodity }),
    });
    const dataset = parseDataset({
      id: 'soy',
      title: { en: 'Soy' },
      sources: [{ id: 's', publisher: 'P', title: 'T', date: '2024', language: 'en' }],
      flows: [
        flow('2021', '100', '1201'),
        flow('2022', '120', '1201'),
        flow('2022', '5000'),
        flow('2022', '7', '0901'),
      ],
      statements: [
        {
          id: 'total',
          source: 's',
          kind: 'level',
          reporter: 'BRA',
          partner: 'CHN',
          period: '2021',
          subject: 'exports',
          amount: { text: 'US$4,000', value: '4000', currency: 'USD' },
        },
      ],
    });
    const request = {
      reporter: 'BRA',
      partner: 'CHN',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    expect(rows(datasetSeries(dataset, { ...request, commodity: '1201' }))).toEqual([
      ['2021', '100', 's', false],
      ['2022', '120', 's', false],
    ]);
    // Totals: the flow without a commodity and the published total, never a commodity's flow.
    expect(rows(datasetSeries(dataset, request))).toEqual([
      ['2021', '4000', 's', false],
      ['2022', '5000', 's', false],
    ]);
    expect(datasetSeries(dataset, { ...request, commodity: '8703' }).points).toEqual([]);
  });

  it("gives exports for measure 'exports', not turnover labelled exports (defect 6)", () => {
    const pair = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
    const exports = datasetSeries(vietnamLaos, { ...pair, measure: 'exports' });
    const turnover = datasetSeries(vietnamLaos, { ...pair, measure: 'turnover' });
    expect(exports.measure).toBe('exports');
    expect(rows(exports)).toEqual(rows(datasetSeries(vietnamLaos, { ...pair, measure: 'export' })));
    // 2017: exports were US$524.5 M, turnover US$892.9 M.
    const in2017 = (series: ReturnType<typeof datasetSeries>) =>
      series.points.find((p) => formatPeriod(p.period) === '2017')?.value.amount.toFixed(0);
    expect(in2017(exports)).toBe('524500000');
    expect(in2017(turnover)).toBe('892900000');
  });

  it('refuses a bad request, a document instead of a Dataset, and a non-boolean impliedBases', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    } as const;
    const codeOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return [(error as BilateralError).code, (error as BilateralError).issues[0]?.path];
      }
      return 'accepted';
    };
    expect(
      codeOf(() => datasetSeries(vietnamLaos, { ...request, measure: 'exportss' as 'exports' })),
    ).toEqual(['INVALID_INPUT', ['measure']]);
    expect(codeOf(() => datasetSeries(vietnamLaos, { ...request, reporter: 'vnm' }))).toEqual([
      'INVALID_INPUT',
      ['reporter'],
    ]);
    expect(codeOf(() => datasetSeries(vietnamLaosDocument as unknown as Dataset, request))).toEqual(
      ['INVALID_INPUT', ['flows', 0]],
    );
    expect(codeOf(() => datasetSeries(undefined as unknown as Dataset, request))).toEqual([
      'INVALID_INPUT',
      ['dataset'],
    ]);
    expect(
      codeOf(() =>
        datasetSeries(vietnamLaos, { ...request, impliedBases: 'yes' as unknown as boolean }),
      ),
    ).toEqual(['INVALID_INPUT', ['impliedBases']]);
  });

  it('chooses among sources publishing the same flows, keeps the others, and takes one on request (defect 5)', () => {
    const flow = (source: string, value: string, status: string) => ({
      reporter: 'VNM',
      partner: 'CHN',
      flow: 'export',
      period: '2024',
      value,
      currency: 'USD',
      status,
      source,
    });
    const source = (id: string, date: string) => ({
      id,
      publisher: 'P',
      title: id,
      date,
      language: 'en',
    });
    const dataset = parseDataset({
      id: 'two',
      title: { en: 'Two sources' },
      sources: [
        source('ministry', '2025-01-10'),
        source('customs', '2025-03-01'),
        source('customs-rev', '2025-02-01'),
      ],
      flows: [
        flow('ministry', '100', 'preliminary'),
        flow('customs', '104', 'official'),
        flow('customs-rev', '105', 'official'),
      ],
      statements: [],
    });
    const request = {
      reporter: 'VNM',
      partner: 'CHN',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    const [point] = datasetSeries(dataset, request).points;
    // Official beats preliminary; of the two official ones, customs was published last.
    expect([point?.source, point?.value.amount.toFixed()]).toEqual(['customs', '104']);
    expect(point?.alternatives?.map((a) => [a.source, a.value.amount.toFixed()])).toEqual([
      ['ministry', '100'],
      ['customs-rev', '105'],
    ]);
    expect(
      datasetSeries(dataset, { ...request, source: 'ministry' }).points[0]?.value.amount.toFixed(),
    ).toBe('100');
  });
});
