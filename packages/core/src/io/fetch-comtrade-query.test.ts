import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import {
  type ComtradePart,
  describeQuery,
  firstParts,
  MAX_URL_LENGTH,
  PERIODS_PER_REQUEST,
  partUrl,
  planQuery,
  splitPart,
} from './fetch-comtrade-query.js';

/** Every (reporter, partner, period, flow, commodity) a part asks for. */
function cells(part: ComtradePart): string[] {
  const out: string[] = [];
  for (const r of part.reporters)
    for (const p of part.partners ?? ['*'])
      for (const t of part.periods)
        for (const f of part.flows)
          for (const c of part.commodities) out.push(`${r}|${p}|${t}|${f}|${c}`);
  return out;
}

/** Splits a part until no list has more than one entry. */
function splitAll(part: ComtradePart): ComtradePart[] {
  const halves = splitPart(part);
  return halves === undefined ? [part] : halves.flatMap(splitAll);
}

const partArbitrary = fc.record({
  reporters: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 4 }),
  partners: fc.option(
    fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 5 }),
    {
      nil: undefined,
    },
  ),
  periods: fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }).map(String), {
    minLength: 1,
    maxLength: 6,
  }),
  flows: fc.subarray(['X', 'M', 'RX'], { minLength: 1 }),
  commodities: fc.uniqueArray(fc.constantFrom('TOTAL', '01', '0901', '27', '2710'), {
    minLength: 1,
    maxLength: 3,
  }),
});

describe('planning UN Comtrade requests', () => {
  it('splitting a part asks for exactly what it asked, each cell once', () => {
    fc.assert(
      fc.property(partArbitrary, (part) => {
        const pieces = splitAll(part);
        const single = pieces.every((piece) =>
          (['reporters', 'periods', 'flows', 'commodities'] as const).every(
            (key) => piece[key].length === 1,
          ),
        );
        return single && pieces.flatMap(cells).sort().join() === cells(part).sort().join();
      }),
      propertyRuns(16, { ci: 200, full: 2000 }),
    );
  });

  it('never names more than 12 periods in a request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (count) => {
        const periods = Array.from({ length: count }, (_, i) => String(1962 + i));
        const parts = firstParts(planQuery({ reporter: 'THA', periods }));
        expect(parts.flatMap((part) => part.periods)).toEqual(periods);
        for (const part of parts)
          expect(part.periods.length).toBeLessThanOrEqual(PERIODS_PER_REQUEST);
      }),
      propertyRuns(17, { ci: 60, full: 1000 }),
    );
  });

  it('refuses a period before 1962, the first year UN Comtrade holds, without asking', () => {
    expect(() => planQuery({ reporter: 'THA', periods: ['1800', '1961', '1962'] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['periods', 0],
            message: '"1800" and 1 more are before 1962, the first year UN Comtrade holds',
          },
        ],
      }),
    );
  });

  it('refuses a period after the current year, UN Comtrade holding nothing for it yet', () => {
    expect(() =>
      planQuery({ reporter: 'THA', periods: ['2026', '2027', '2030'] }, 2026),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['periods', 1],
            message:
              '"2027" and 1 more are after 2026, the current year: UN Comtrade holds no data yet',
          },
        ],
      }),
    );
    expect(planQuery({ reporter: 'THA', periods: ['2026-12'] }, 2026).periods).toEqual(['202612']);
    // How many more, grouped in thousands as every count in a message.
    const far = Array.from({ length: 1201 }, (_, index) => String(2027 + index));
    expect(() => planQuery({ reporter: 'THA', periods: far }, 2026)).toThrowError(
      expect.objectContaining({
        issues: [
          {
            path: ['periods', 0],
            message:
              '"2027" and 1,200 more are after 2026, the current year: UN Comtrade holds no data yet',
          },
        ],
      }),
    );
    // The clock, by default: a year far ahead is refused whenever the test runs.
    expect(() => planQuery({ reporter: 'THA', periods: ['9999'] })).toThrowError('"9999" is after');
  });

  it('builds the URL with the key nowhere in it, and the limit as a constant', () => {
    const plan = planQuery({ reporter: 'THA', partner: 'KHM', periods: ['2024'] });
    const [part] = firstParts(plan);
    if (part === undefined) throw new Error('no part');
    const url = partUrl('http://127.0.0.1:1/base/', 'data/v1/get/C/A/HS', plan, part, 100_000);
    expect(url).toBe(
      'http://127.0.0.1:1/base/data/v1/get/C/A/HS?reporterCode=764&partnerCode=116&period=2024&flowCode=X%2CM&cmdCode=TOTAL&customsCode=C00&motCode=0&partner2Code=0&maxRecords=100000&format=JSON&includeDesc=true',
    );
    expect(MAX_URL_LENGTH).toBe(4095);
  });

  it("asks for the table's EU and special areas by their UN Comtrade codes", () => {
    const plan = planQuery({ reporter: 'THA', partner: ['EUN', 'XNS', 'XBK'], periods: ['2024'] });
    expect(firstParts(plan)[0]?.partners).toEqual([97, 899, 837]);
  });

  it('refuses a code no economy has with the hint to the list of those Bilateral knows', () => {
    expect(() => planQuery({ reporter: 'THA', partner: ['QQQ'], periods: ['2024'] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message:
          'partner[0]: "QQQ" is not an economy code Bilateral knows: give one it knows (ISO alpha-3) or a UN Comtrade code (a number such as 764); listEconomies() lists them all',
        issues: [
          expect.objectContaining({
            path: ['partner', 0],
            hint: { code: 'LIST_ECONOMIES', message: 'listEconomies() lists them all' },
          }),
        ],
      }),
    );
  });

  it('quotes a refused flow, commodity or classification as given, not upper-cased', () => {
    // They read "1E5", "Q" and "H9X", values the user never typed.
    expect(() =>
      planQuery({
        reporter: 'THA',
        periods: ['2024'],
        flows: ['x', 'q'],
        commodities: ['1e5'],
        classification: 'h9x',
      }),
    ).toThrowError(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['flows', 1],
            message: expect.stringMatching(/^"q" is not a UN Comtrade flow code/),
          }),
          expect.objectContaining({
            path: ['commodities', 0],
            message: expect.stringMatching(/^"1e5" is not a commodity code/),
          }),
          expect.objectContaining({
            path: ['classification'],
            message: expect.stringMatching(/^"h9x" /),
          }),
        ],
      }),
    );
  });

  it('describes months and gaps in words', () => {
    expect(
      describeQuery(planQuery({ reporter: 764, periods: ['2023-11', '2023-12', '2024-01'] })),
    ).toContain('period 202311–202401 (monthly)');
    expect(describeQuery(planQuery({ reporter: 764, periods: ['2019', '2021'] }))).toContain(
      'period 2019,2021 (annual)',
    );
  });
});
