import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { formatPeriod } from '../period/index.js';
import {
  buildSeries,
  type FlowFilter,
  type SeriesMeasureInput,
  type SeriesRequest,
  selectFlows,
  type TradeFlow,
  tradeFlowToJson,
} from './index.js';
import { parseSource, parseTradeFlow, safeParseSource, safeParseTradeFlow } from './schemas.js';

const flow = (overrides: Record<string, unknown>): TradeFlow =>
  parseTradeFlow({
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'export',
    period: '2024',
    value: '100',
    currency: 'USD',
    status: 'official',
    source: 'a',
    ...overrides,
  });

/** The request of a yearly Vietnam–Laos turnover series. */
const TURNOVER = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
} as const;

describe('TradeFlow', () => {
  it('parses JSON into exact values and writes it back', () => {
    const json = {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2021-Q1',
      value: '159600000',
      currency: 'USD',
      valuation: 'FOB',
      commodity: '0901',
      status: 'preliminary',
      source: 'seed-003',
      precision: '100000',
      derivation: 'none',
      uncertain: false,
      note: 'n',
    } as const;
    const parsed = parseTradeFlow(json);
    expect(parsed.period).toEqual({ kind: 'quarter', year: 2021, quarter: 1 });
    expect(parsed.commodity).toBe('0901');
    expect(tradeFlowToJson(parsed)).toEqual(json);
  });

  it('reports every bad field', () => {
    const result = safeParseTradeFlow({ reporter: 'VNM', value: '-1' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues.map((issue) => issue.path[0])).toEqual(
        expect.arrayContaining([
          'partner',
          'flow',
          'period',
          'value',
          'currency',
          'status',
          'source',
        ]),
      );
    }
  });

  it('parses sources', () => {
    expect(
      parseSource({ id: 'x', publisher: 'P', title: 'T', date: '2024', language: 'en' }).id,
    ).toBe('x');
    expect(safeParseSource({ id: 'X Y' }).success).toBe(false);
  });
});

describe('selectFlows', () => {
  const flows = [
    flow({}),
    flow({ flow: 'import' }),
    flow({ period: '2024-Q1' }),
    flow({ commodity: '4001' }),
    flow({ reporter: 'LAO', partner: 'VNM' }),
    flow({ source: 'b', period: '2023' }),
  ];

  it('keeps flows matching every given field', () => {
    expect(selectFlows(flows, {})).toHaveLength(6);
    expect(selectFlows(flows, { reporter: 'VNM', flow: 'export' })).toHaveLength(4);
    expect(selectFlows(flows, { periodKind: 'quarter' })).toHaveLength(1);
    expect(selectFlows(flows, { commodity: null })).toHaveLength(5);
    expect(selectFlows(flows, { commodity: '4001' })).toHaveLength(1);
    expect(selectFlows(flows, { source: 'b' })).toHaveLength(1);
  });

  it('refuses filter fields no flow can have instead of keeping none (defect 6)', () => {
    const messageOf = (filter: unknown) => {
      try {
        selectFlows(flows, filter as FlowFilter);
      } catch (error) {
        return (error as BilateralError).message;
      }
      return 'accepted';
    };
    expect(messageOf({ flow: 'exports' })).toMatch(
      /use "export" \(a flow's direction is singular\)/,
    );
    expect(messageOf({ periodKind: 'years' })).toMatch(/use "year"/);
    expect(messageOf({ reporter: 'vnm' })).toMatch(/use "VNM"/);
    expect(messageOf({ commodity: 4001 })).toMatch(/not an HS code/);
    expect(messageOf(null)).toMatch(/expected a filter/);
  });
});

describe('buildSeries', () => {
  it('orders periods and sums turnover exactly where both directions are known', () => {
    const flows = [
      flow({ period: '2024', value: '0.2' }),
      flow({ period: '2023', value: '0.1' }),
      flow({ period: '2024', value: '0.1', flow: 'import' }),
      flow({ period: '2022', value: '5', flow: 'import' }),
    ];
    const exports = buildSeries(flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    });
    expect(exports.points.map((p) => formatPeriod(p.period))).toEqual(['2023', '2024']);
    const turnover = buildSeries(flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    expect(turnover.points.map((p) => [formatPeriod(p.period), p.value.amount.toString()])).toEqual(
      [['2024', '0.3']],
    );
    expect(turnover.currency).toBe('USD');
  });

  it('marks a turnover derived only when one of its parts is: a sum of published figures is not an estimate (issue 15 defect 6)', () => {
    const published = buildSeries(
      [flow({ value: '10' }), flow({ value: '20', flow: 'import' })],
      TURNOVER,
    ).points[0];
    expect(published?.value.amount.toString()).toBe('30');
    expect(published?.derivation).toBeUndefined();
    expect(published?.uncertain).toBeUndefined();
    const derived = buildSeries(
      [
        flow({ value: '10' }),
        flow({ value: '20', flow: 'import', derivation: 'imports from the partner, mirrored' }),
      ],
      TURNOVER,
    ).points[0];
    expect(derived?.derivation).toBe(
      'exports + imports (imports: imports from the partner, mirrored)',
    );
    const approximate = buildSeries(
      [flow({ value: '10', uncertain: true }), flow({ value: '20', flow: 'import' })],
      TURNOVER,
    ).points[0];
    expect([approximate?.derivation, approximate?.uncertain]).toEqual([undefined, true]);
  });

  it('chooses among sources by the documented rule and lists the others (defect 5)', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    const valueAndSource = (flows: TradeFlow[], extra: Partial<SeriesRequest> = {}) => {
      const [point] = buildSeries(flows, { ...request, ...extra }).points;
      return [point?.value.amount.toString(), point?.source];
    };
    // 1. The most final status wins, wherever it is listed.
    const ministry = flow({ source: 'ministry', status: 'preliminary', value: '118' });
    const customs = flow({ source: 'customs', status: 'official', value: '120' });
    expect(valueAndSource([ministry, customs])).toEqual(['120', 'customs']);
    expect(
      valueAndSource([flow({ source: 'r', status: 'revised', value: '121' }), customs]),
    ).toEqual(['121', 'r']);
    // 2. Then the source published last, 3. then the one listed first in the sources.
    const sources = [
      parseSource({ id: 'early', publisher: 'P', title: 'T', date: '2024-01-05', language: 'en' }),
      parseSource({ id: 'late', publisher: 'P', title: 'T', date: '2024-06', language: 'en' }),
      parseSource({ id: 'also-late', publisher: 'P', title: 'T', date: '2024-06', language: 'en' }),
    ];
    const late = flow({ source: 'late', value: '2' });
    const early = flow({ source: 'early', value: '1' });
    const alsoLate = flow({ source: 'also-late', value: '3' });
    expect(valueAndSource([early, late], { sources })).toEqual(['2', 'late']);
    expect(valueAndSource([alsoLate, late], { sources })).toEqual(['2', 'late']);
    // 4. Without sources, the flow listed first.
    expect(valueAndSource([alsoLate, late])).toEqual(['3', 'also-late']);
    // The others are kept, and `source` picks one instead of the rule.
    const [point] = buildSeries([ministry, customs], request).points;
    expect(point?.alternatives?.map((a) => [a.source, a.value.amount.toString()])).toEqual([
      ['ministry', '118'],
    ]);
    expect(valueAndSource([ministry, customs], { source: 'ministry' })).toEqual([
      '118',
      'ministry',
    ]);
    expect(
      buildSeries([ministry, customs], { ...request, source: 'ministry' }).points[0]?.alternatives,
    ).toBeUndefined();
  });

  it('sums turnover from the chosen flows and lists each other source that publishes both', () => {
    const flows = [
      flow({ source: 'customs', value: '100' }),
      flow({ source: 'customs', value: '50', flow: 'import' }),
      flow({ source: 'ministry', value: '99', status: 'preliminary' }),
      flow({ source: 'ministry', value: '49', status: 'preliminary', flow: 'import' }),
      flow({ source: 'partial', value: '1', status: 'preliminary' }),
    ];
    const [point] = buildSeries(flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    }).points;
    expect([point?.value.amount.toString(), point?.source]).toEqual(['150', 'customs']);
    expect(point?.alternatives?.map((a) => [a.source, a.value.amount.toString()])).toEqual([
      ['ministry', '148'],
    ]);
  });

  it('reads the measure in one vocabulary: exports, imports, turnover, with export/import as aliases (defect 6)', () => {
    const flows = [flow({ value: '100' }), flow({ value: '40', flow: 'import' })];
    const pair = { reporter: 'VNM', partner: 'LAO', periodKind: 'year' } as const;
    const amountOf = (measure: SeriesMeasureInput) => {
      const series = buildSeries(flows, { ...pair, measure });
      return [series.measure, series.points[0]?.value.amount.toString()];
    };
    expect(amountOf('exports')).toEqual(['exports', '100']);
    expect(amountOf('export')).toEqual(['exports', '100']);
    expect(amountOf('imports')).toEqual(['imports', '40']);
    expect(amountOf('import')).toEqual(['imports', '40']);
    expect(amountOf('turnover')).toEqual(['turnover', '140']);
  });

  it('refuses every bad field of a request at once, never giving an empty or another series', () => {
    const flows = [flow({})];
    const issuesOf = (request: unknown) => {
      try {
        buildSeries(flows, request as SeriesRequest);
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).issues.map((issue) => [
          issue.path.join('.'),
          issue.message,
        ]);
      }
      return 'accepted';
    };
    expect(
      issuesOf({ reporter: 'vnm', partner: 'LAO', measure: 'Exports', periodKind: 'years' }),
    ).toEqual([
      ['reporter', '"vnm": economy codes are upper case, use "VNM"'],
      ['measure', '"Exports" is not a measure: use "exports"'],
      ['periodKind', '"years" is not a period kind: use "year"'],
    ]);
    expect(
      issuesOf({ reporter: 'VNM', partner: 'LAO', measure: 'balance', periodKind: 'year' }),
    ).toEqual([['measure', '"balance" is not a measure: use "turnover", "exports" or "imports"']]);
    expect(
      issuesOf({
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        periodKind: 'year',
        commodity: 901,
      }),
    ).toEqual([
      [
        'commodity',
        'number 901 is not an HS code: give 2, 4, 6 or 8 digits as text, leading zeros kept ("0901")',
      ],
    ]);
    expect(issuesOf(undefined)).toEqual([
      [expect.any(String), expect.stringMatching(/expected a request/)],
    ]);
    expect(
      issuesOf({
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        periodKind: 'year',
        source: 7,
      }),
    ).toHaveLength(1);
  });

  it('refuses flows in their JSON form instead of matching none of them', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    const json = [tradeFlowToJson(flow({}))] as unknown as TradeFlow[];
    expect(() => buildSeries(json, request)).toThrowError(
      /JSON form \(period "2024"\): read the document with parseDataset/,
    );
    expect(() => buildSeries(undefined as unknown as TradeFlow[], request)).toThrowError(
      /expected an array of trade flows/,
    );
    expect(() => selectFlows(json, {})).toThrowError(BilateralError);
  });

  it('refuses mixed currencies', () => {
    const flows = [flow({}), flow({ period: '2023', currency: 'VND' })];
    expect(() =>
      buildSeries(flows, {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'exports',
        periodKind: 'year',
      }),
    ).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });

  it("adds the turnover's two rounding units exactly, or refuses a sum past 64 digits instead of rounding it", () => {
    const turnover = (exportUnit: string, importUnit: string) =>
      buildSeries(
        [
          flow({ value: '0', precision: exportUnit }),
          flow({ value: '0', precision: importUnit, flow: 'import' }),
        ],
        TURNOVER,
      );
    expect(turnover('1000', '0.01').points[0]?.precision?.toFixed()).toBe('1000.01');
    const coarse = `1${'0'.repeat(32)}`;
    const fine = `0.${'0'.repeat(33)}1`;
    expect(() => turnover(coarse, fine)).toThrowError(
      expect.objectContaining({ code: 'PRECISION_EXCEEDED' }),
    );
  });

  it("knows a turnover to its parts' units summed, an exact part adding none, as bilateral report's tables do", () => {
    const exported = flow({ value: '1234000000', precision: '1000000' });
    const precisionWith = (imported: Record<string, unknown>) =>
      buildSeries(
        [exported, flow({ flow: 'import', value: '1000000000', ...imported })],
        TURNOVER,
      ).points[0]?.precision?.toFixed();
    // Exact imports: the exports' million (it was none, so "US$2.234 billion" read "US$2.23 billion").
    expect(precisionWith({})).toBe('1000000');
    expect(precisionWith({ precision: '100000' })).toBe('1100000');
    // A derived or approximate part without a unit does not make the sum look known to the million.
    expect(precisionWith({ derivation: 'implied by a rate' })).toBeUndefined();
    expect(precisionWith({ uncertain: true })).toBeUndefined();
    // Two exact parts: an exact sum.
    const exact = buildSeries([flow({}), flow({ flow: 'import' })], TURNOVER).points[0];
    expect(exact?.precision).toBeUndefined();
  });

  it('builds the embedded Vietnam–Laos annual series', () => {
    const series = buildSeries(vietnamLaos.flows, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    expect(series.points.map((p) => [formatPeriod(p.period), p.value.amount.toString()])).toEqual([
      ['2017', '892900000'],
      ['2022', '1696400000'],
    ]);
  });
});
