import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { parseDataset } from '../dataset/dataset.js';
import type { Locale } from '../economy/locale.js';
import { parsePeriod } from '../period/index.js';
import { localCurrencyLines } from './format-local-currency.js';
import { formatReport } from './format-report.js';
import { buildReport } from './report.js';
import { localCurrencySection } from './report-currency.js';

// Vietnam's trade with Laos (US$ million, exact) where one year's imports were published only as
// "more than US$565 million" and its exports as exactly 500: a turnover in (1,065, 1,066) million,
// not 1,065. The rates, the average growth and a target on turnover rest on that interval, as
// they do in a growth table of one side. Ends checked with Python's decimal.
const flow = (side: 'export' | 'import', period: string, millions: string, precision?: string) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: side,
  period,
  value: `${millions}000000`,
  currency: 'USD',
  status: 'official',
  source: 'customs',
  ...(precision === undefined ? {} : { precision: `${precision}000000` }),
});

/** Imports of `year` stated `text` ("more than", "at least") US$565 million. */
const stated = (year: string, text = 'more than') => ({
  id: `imports-${year}`,
  source: 'customs',
  kind: 'level',
  reporter: 'VNM',
  partner: 'LAO',
  period: year,
  subject: 'imports',
  amount: { text: `${text} US$565 million`, value: '565000000', currency: 'USD' },
});

/**
 * Turnovers of 950 (2023), 500 + "more than 565" (2024) and 1,100 (2025), with `targets`; 2024's
 * exports rounded to `exportsPrecision` million where given.
 */
function boundIn2024(
  targets: readonly object[] = [],
  text = 'more than',
  exportsPrecision?: string,
) {
  return parseDataset({
    id: 'bound-side',
    title: { en: 'bound side' },
    sources: [
      { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2026-03', language: 'en' },
    ],
    flows: [
      flow('export', '2023', '450'),
      flow('import', '2023', '500'),
      flow('export', '2024', '500', exportsPrecision),
      flow('import', '2024', '565'),
      flow('export', '2025', '550'),
      flow('import', '2025', '550'),
    ],
    statements: [stated('2024', text)],
    targets,
  });
}

const growthLine = (dataset: ReturnType<typeof parseDataset>, locale: Locale, year: string) =>
  formatReport(buildReport(dataset, { locale }), locale, false)
    .split('\n')
    .filter((text) => text.startsWith(`  ${year} `))[1];

describe('a turnover growth table on a year with a side published as a lower bound (h336)', () => {
  it('gives the rates the turnover interval allows, in --json', () => {
    const rows = buildReport(boundIn2024()).growth?.rows ?? [];
    const [y2023, y2024, y2025] = rows;
    expect(y2023?.computedRange).toBeUndefined();
    // 1,065 / 950 − 1 = 12.105 % to 1,066 / 950 − 1 = 12.211 %, outward to a tenth.
    expect(y2024?.computedRange).toEqual({ lo: '0.121', hi: '0.123' });
    // 1,100 / 1,066 − 1 = 3.189 % to 1,100 / 1,065 − 1 = 3.286 % (was +3.3 %, at the bound).
    expect(y2025?.computedRange).toEqual({ lo: '0.031', hi: '0.033' });
    // The year's turnover interval, as the trade row gives it; no field changes its meaning: the
    // turnover is no statement's bound.
    expect(y2024?.turnoverBound).toEqual({ lo: '1065000000', hi: '1066000000', bounds: '()' });
    expect(y2024?.lowerBound).toBeUndefined();
    expect(y2024?.value).toBe('1065000000');
    expect(y2024?.marks).toEqual([{ kind: 'lowerBound', flow: 'import' }]);
    expect(y2025?.turnoverBound).toBeUndefined();
  });

  it("keeps an 'at least' side's bottom in the interval", () => {
    const [, y2024] = buildReport(boundIn2024([], 'at least')).growth?.rows ?? [];
    expect(y2024?.turnoverBound).toEqual({ lo: '1065000000', hi: '1066000000', bounds: '[)' });
  });

  it("widens the interval by a rounded other side's", () => {
    // Exports "US$500 million" to the million, [499.5, 500.5): (1,064.5, 1,066.5) million; 2025
    // 1,100 / 1,066.5 − 1 = 3.141 % to 1,100 / 1,064.5 − 1 = 3.335 %.
    const [, y2024, y2025] = buildReport(boundIn2024([], 'more than', '1')).growth?.rows ?? [];
    expect(y2024?.turnoverBound).toEqual({ lo: '1064500000', hi: '1066500000', bounds: '()' });
    expect(y2025?.computedRange).toEqual({ lo: '0.031', hi: '0.034' });
    // Known to the bound's million plus the exports' (the trade table's unit), not to the
    // exports' million alone, as the series knows a sum whose bound side has no precision.
    expect([y2024?.precision, y2024?.unit]).toEqual(['2000000', '2000000']);
  });

  it.each([
    ['en', '+3.1 % to +3.3 %'],
    ['vi', '+3,1% đến +3,3%'],
    ['lo', '+3,1% ຫາ +3,3%'],
    ['zh', '+3.1%至+3.3%'],
  ] as const)('writes the rate on such a year as a range (%s)', (locale, range) => {
    expect(growthLine(boundIn2024(), locale, '2025')).toContain(range);
  });

  it.each([
    ['en', 'US$1.065 billion to US$1.066 billion'],
    ['zh', '10.65亿美元至10.66亿美元'],
  ] as const)(
    'writes such a year as the interval it lies in (%s, r26e review)',
    (locale, level) => {
      // Not its flows' sum to three digits (US$1.07 billion), as if known so.
      expect(growthLine(boundIn2024(), locale, '2024')).toContain(` ${level} `);
    },
  );

  it('gives the average growth a range where its last year is such a year', () => {
    // 2023 950, 2024 1,000, 2025 500 + "more than 565": (1,065 / 950)^½ − 1 = 5.880 % to
    // (1,066 / 950)^½ − 1 = 5.929 %.
    const dataset = parseDataset({
      ...boundIn2024(),
      flows: [
        flow('export', '2023', '450'),
        flow('import', '2023', '500'),
        flow('export', '2024', '500'),
        flow('import', '2024', '500'),
        flow('export', '2025', '500'),
        flow('import', '2025', '565'),
      ],
      statements: [stated('2025')],
    });
    const report = buildReport(dataset);
    expect(report.growth?.cagr?.range).toEqual({ lo: '0.058', hi: '0.06' });
    expect(formatReport(report, 'en', false)).toContain(
      'Average growth 2023–2025 (CAGR): +5.8 % to +6.0 % a year',
    );
    // Between two exact years, a bound year between them moves no average.
    expect(buildReport(boundIn2024()).growth?.cagr?.range).toBeUndefined();
  });
});

/** A band of growth in 2025 on turnover, from `lower` to `upper`. */
const band = (lower: string, upper = '0.15') => ({
  kind: 'growth-band',
  id: 'band-2025',
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'customs',
  setBy: 'Committee',
  year: '2025',
  band: { lower, upper },
});

describe('a target on a turnover with a side published as a lower bound (h336)', () => {
  // 10–15 % on 2024's (1,065, 1,066) million: 2025's 1,100 is 3.19 % to 3.29 % up.
  const target = (lower: string) => buildReport(boundIn2024([band(lower)])).targets[0];

  it('cannot decide a verdict the interval does not decide', () => {
    // At least 3.2 %: met on a 2024 near 1,065 million, missed near 1,066.
    const row = target('0.032');
    expect(row?.status).toBeNull();
    expect(row?.message).toBe('cannot evaluate: 2024: more than US$1.065 billion: missed to met');
  });

  it.each([
    ['vi', 'không đánh giá được: 2024: hơn 1,065 tỷ USD: không đạt đến đạt'],
    ['lo', 'ບໍ່ສາມາດປະເມີນ: 2024: ຫຼາຍກວ່າ 1,065 ຕື້ USD: ບໍ່ບັນລຸ ຫາ ບັນລຸ'],
    ['zh', '无法评估：2024：超过10.65亿美元：未达成至已达成'],
  ] as const)(
    'names the year in the text as its table writes it (%s, r26e review)',
    (locale, line) => {
      // 1,065 with a decimal comma, not 1.065 (a thousand and sixty-five tỷ in Vietnamese).
      const dataset = boundIn2024([band('0.032')]);
      const text = formatReport(buildReport(dataset, { locale }), locale, false);
      expect(text.split('\n').map((l) => l.trim())).toContain(line);
    },
  );

  it('keeps a verdict the interval decides, its growth the range it allows', () => {
    const row = target('0.03');
    expect(row?.status).toBe('met');
    expect(row?.message).toBe(
      '2025: +3.1 % to +3.3 % a year since 2024 against a band of 3–15 % a year: met',
    );
  });
});

describe("a target at the bottom of a turnover's interval (r26e review)", () => {
  // 2024: exports "US$500 million" to the million, [499.5, 500.5), and imports published as a
  // bound on 500 million: [999.5, 1,001.5) million where the bound says "at least" (a rounded
  // side's ends are reached), (999.5, 1,001.5) where it says "more than". 2025's 1,099.45 million
  // is 10 % up on 999.5 exactly: a band of 10–20 % is met there alone.
  const dataset = (text: string) =>
    parseDataset({
      ...boundIn2024(),
      flows: [
        flow('export', '2023', '500'),
        flow('import', '2023', '500'),
        flow('export', '2024', '500', '1'),
        flow('import', '2024', '500'),
        flow('export', '2025', '500'),
        { ...flow('import', '2025', '0'), value: '599450000' },
      ],
      statements: [
        {
          ...stated('2024', text),
          amount: { text: `${text} US$500 million`, value: '500000000', currency: 'USD' },
        },
      ],
      targets: [band('0.1', '0.2')],
    });

  it("cannot decide where the bottom is reached ('at least')", () => {
    const report = buildReport(dataset('at least'));
    expect(report.growth?.rows[1]?.turnoverBound).toEqual({
      lo: '999500000',
      hi: '1001500000',
      bounds: '[)',
    });
    expect(report.targets[0]?.status).toBeNull();
    // Its bottom, 999.5 million, written to the million: below it, so "more than".
    expect(report.targets[0]?.message).toBe(
      'cannot evaluate: 2024: more than US$999 million: missed to met',
    );
  });

  it("misses where the bottom is not ('more than')", () => {
    const report = buildReport(dataset('more than'));
    expect(report.growth?.rows[1]?.turnoverBound?.bounds).toBe('()');
    expect(report.targets[0]?.status).toBe('missed');
  });
});

describe('a turnover with a side published as a lower bound, in the --currency table (h336)', () => {
  it('gives the local growth the range the converted interval allows', () => {
    // Test rates of 23,000, 24,000 and 25,000 dong a dollar (2023–2025): 2024 in (25.56, 25.584)
    // trillion, 2025 27.5 trillion: 27.5 / 25.584 − 1 = 7.489 % to 27.5 / 25.56 − 1 = 7.590 %.
    const rates = ['2023', '2024', '2025'].map((year, index) => ({
      from: 'USD',
      to: 'VND',
      period: parsePeriod(year),
      rate: new Decimal(23000 + 1000 * index),
      kind: 'period-average' as const,
      source: 'test-rates',
    }));
    const growth = buildReport(boundIn2024()).growth;
    if (growth === null) throw new Error('no growth table');
    const section = localCurrencySection(growth, 'VND', { rates, name: 'rates.json', sources: [] });
    const row = section.rows.find((r) => r.period === '2025');
    expect(row?.growthRange).toEqual({ lo: '0.031', hi: '0.033' });
    expect(row?.localGrowthRange).toEqual({ lo: '0.074', hi: '0.076' });
    // The year itself, as the growth table writes it, in both currencies (r26e review).
    const y2024 = section.rows.find((r) => r.period === '2024');
    expect(y2024?.turnoverBound).toEqual({ lo: '1065000000', hi: '1066000000', bounds: '()' });
    expect(y2024?.localTurnoverBound).toEqual({
      lo: '25560000000000',
      hi: '25584000000000',
      bounds: '()',
    });
    const line = localCurrencyLines(section, 'en', false)
      .join('\n')
      .split('\n')
      .find((l) => l.startsWith('  2024 '));
    expect(line).toContain('US$1.065 billion to US$1.066 billion');
    expect(line).toContain('VND 25.560 trillion to VND 25.584 trillion');
  });
});
