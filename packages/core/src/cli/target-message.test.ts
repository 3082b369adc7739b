import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import { evaluateTarget } from '../targets/index.js';
import { parseTarget } from '../targets/schemas.js';
import { REPORT_WORDS } from './report-words/index.js';
import { bandText, targetGrowth, targetMessage } from './target-message.js';

const common = { reporter: 'VNM', partner: 'LAO', measure: 'turnover', source: 's' } as const;
const band = { lower: '0.10', upper: '0.15' };
const oneYear = parseTarget({
  kind: 'growth-band',
  id: 'one-year',
  ...common,
  setBy: 'a committee',
  year: '2024',
  band,
});
const average = parseTarget({
  kind: 'average-growth-band',
  id: 'average',
  ...common,
  setBy: 'a joint statement',
  baseYear: '2023',
  endYear: '2026',
  band,
});

/** A yearly turnover in billions, known to `precision` billion (exact without). */
const year = (period: string, billions: string, precision?: string, uncertain = false) => ({
  period: parsePeriod(period),
  value: money(new Decimal(billions).times(1e9).toFixed(), 'USD'),
  ...(precision === undefined ? {} : { precision: new Decimal(precision).times(1e9) }),
  ...(uncertain ? { uncertain } : {}),
});
const series = (points: Series['points']): Series => ({
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  currency: 'USD',
  points,
});
const message = (target: typeof oneYear, points: Series['points']) =>
  targetMessage(target, evaluateTarget(target, series(points)));

describe('targetMessage: the growth to date as the growth table writes it (QA h120 F1)', () => {
  it('writes "about +30 %" for "US$2.2 billion" on US$1.65 billion, not "+33.3 %"', () => {
    expect(message(oneYear, [year('2023', '1.65', '0.01'), year('2024', '2.2', '0.1')])).toBe(
      '2024: about +30 % a year since 2023 against a band of 10–15 % a year: met',
    );
  });

  it('writes a compound rate of an approximate figure as "about" one: "about +34 %"', () => {
    // US$2.98 billion in 2025 on "US$1.65 billion" (approximate) in 2023: 34.1–34.7 % a year.
    expect(
      message(average, [year('2023', '1.65', '0.01', true), year('2025', '2.98', '0.01')]),
    ).toBe(
      '2025: about +34 % a year since 2023 against a band of 10–15 % a year, 1 year left: ahead',
    );
  });

  it('writes exact figures with one decimal, halves up as the growth table (review h130 F2)', () => {
    expect(message(oneYear, [year('2023', '1.64'), year('2024', '2.2')])).toContain(
      '+34.1 % a year since 2023',
    );
    // 1,102.5 on 1,000: +10.25 %, written "+10.3 %" by the growth table (was "+10.2 %", half even).
    expect(message(oneYear, [year('2023', '1'), year('2024', '1.1025')])).toContain(
      '2024: +10.3 % a year since 2023',
    );
  });

  it("writes the growth in the words' language when no growth is given (review r6c)", () => {
    const evaluation = evaluateTarget(
      oneYear,
      series([year('2023', '1.65', '0.01'), year('2024', '2.2', '0.1')]),
    );
    expect(targetMessage(oneYear, evaluation, undefined, REPORT_WORDS.vi)).toBe(
      '2024: khoảng +30% mỗi năm kể từ 2023, mục tiêu 10–15 % mỗi năm: đạt',
    );
  });
});

describe('targetGrowth: the growth to date for --json and the line alike (review h130 F12)', () => {
  it('gives the exact growth, its digits and the rounded value the line writes', () => {
    const growth = targetGrowth(
      evaluateTarget(oneYear, series([year('2023', '1.65', '0.01'), year('2024', '2.2', '0.1')])),
    );
    expect(growth).toEqual({
      computed: '0.333333333333',
      digits: 2,
      rounded: '0.3',
      text: 'about +30 %',
    });
  });
});

describe('bandText: a band with the decimals the dataset gave it (QA h135 Q13)', () => {
  it('writes "10–15 %" for 0.10–0.15, one decimal at most, one rate for equal ends', () => {
    expect(bandText(new Decimal('0.10'), new Decimal('0.15'))).toBe('10–15 %');
    expect(bandText(new Decimal('0.105'), new Decimal('0.15'))).toBe('10.5–15.0 %');
    expect(bandText(new Decimal('0.10125'), new Decimal('0.15'))).toBe('10.1–15.0 %');
    expect(bandText(new Decimal('0.1025'), new Decimal('0.15'))).toBe('10.3–15.0 %');
    expect(bandText(new Decimal('0.08'), new Decimal('0.08'))).toBe('8 %');
  });
});
