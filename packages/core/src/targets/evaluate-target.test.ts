import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { turnover } from '../__fixtures__/series.js';
import type { Series } from '../flow/index.js';
import { aggregateSeries, impliedPrevious } from '../growth/index.js';
import { money } from '../money/index.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import { evaluateTarget } from './index.js';
import { parseTarget } from './schemas.js';

const common = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'seed-004',
} as const;
const band = { lower: '0.10', upper: '0.15' };
const growthBand2024 = parseTarget({
  kind: 'growth-band',
  id: 'vnm-lao-2024-growth',
  ...common,
  setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
  year: '2024',
  band,
});
const jointStatement = parseTarget({
  kind: 'average-growth-band',
  id: 'vnm-lao-joint-statement-2024',
  ...common,
  source: 'seed-002',
  setBy: 'Vietnam–Laos Joint Statement, September 2024',
  baseYear: '2023',
  endYear: '2026',
  band,
});
const fourBillionJson = {
  kind: 'level',
  id: 'vnm-lao-4bn-2020',
  ...common,
  source: 'sggp-2019-12-31',
  setBy: 'Vietnam and Laos governments',
  level: { amount: '4000000000', currency: 'USD' },
  byYear: '2020',
} as const;
const fourBillion = parseTarget(fourBillionJson);

const code = errorCode;

describe('evaluateTarget, partial-year mode', () => {
  // Seed 004: first nine months of 2024, US$1.5 billion, up 25.5 % (base implied: 1.195 billion).
  const nineMonths: Series = {
    reporter: 'VNM',
    partner: 'LAO',
    measure: 'turnover',
    currency: 'USD',
    points: [
      {
        period: parsePeriod('2023-01/2023-09'),
        value: impliedPrevious(money('1500000000', 'USD'), '0.255'),
      },
      { period: parsePeriod('2024-01/2024-09'), value: money('1500000000', 'USD') },
    ],
  };

  it('acceptance: 9M 2024 growth of 25.5 % against the 10–15 % band is ahead (partial)', () => {
    const result = evaluateTarget(growthBand2024, nineMonths);
    expect(result.status).toBe('ahead');
    expect(result.partial).toBe(true);
    expect(result.growthToDate.toFixed(60)).toBe(`0.255${'0'.repeat(57)}`);
    expect(result.base.value.amount.toFixed(0)).toBe('1195219124');
    expect(result.bandToDate.lower.amount.toFixed(0)).toBe('1314741036');
    expect(result.bandToDate.upper.amount.toFixed(0)).toBe('1374501992');
    expect(result.gap.toUpper.amount.toFixed(0)).toBe('125498008');
    expect([result.bandAtEnd, result.requiredRate, result.projections]).toEqual([
      null,
      null,
      { cagrToDate: null, lastYearOnYear: null },
    ]);
    expect(result.message).toBe(
      '2024-01/2024-09: +25.5 % on 2023-01/2023-09 against a band of 10.0–15.0 % a year: ahead (partial year)',
    );
    const average = evaluateTarget(jointStatement, nineMonths);
    expect([average.status, average.partial, average.yearsLeft]).toEqual(['ahead', true, 2]);
  });

  it('is on-track within the band and behind below it', () => {
    const at = (rate: string) => ({
      ...nineMonths,
      points: [
        { period: parsePeriod('2023-01/2023-09'), value: money('1000', 'USD') },
        {
          period: parsePeriod('2024-01/2024-09'),
          value: money(String(1000 * (1 + Number(rate))), 'USD'),
        },
      ],
    });
    expect(evaluateTarget(growthBand2024, at('0.10')).status).toBe('on-track');
    expect(evaluateTarget(growthBand2024, at('0.15')).status).toBe('on-track');
    expect(evaluateTarget(growthBand2024, at('0.05')).status).toBe('behind');
  });

  it('refuses a level target, a year outside the target and a missing base', () => {
    expect(code(() => evaluateTarget(fourBillion, nineMonths))).toBe('PERIOD_MISMATCH');
    const twentyFive = turnover([
      ['2024-01/2024-09', '1'],
      ['2025-01/2025-09', '1'],
    ]);
    expect(code(() => evaluateTarget(growthBand2024, twentyFive))).toBe('PERIOD_MISMATCH');
    expect(code(() => evaluateTarget(growthBand2024, turnover([['2024-01/2024-09', '1']])))).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('evaluateTarget, full-year mode', () => {
  it('a one-year growth band is met or missed once its year is observed', () => {
    const met = evaluateTarget(
      growthBand2024,
      turnover([
        ['2023', '1640000000'],
        ['2024', '2200000000'],
      ]),
    );
    expect(met.status).toBe('met');
    expect(met.growthToDate.toFixed(3)).toBe('0.341');
    expect(met.requiredRate).toBeNull();
    expect(met.message).toBe(
      '2024: +34.1 % a year since 2023 against a band of 10.0–15.0 % a year: met',
    );
    const missed = evaluateTarget(
      growthBand2024,
      turnover([
        ['2023', '100'],
        ['2024', '109'],
      ]),
    );
    expect(missed.status).toBe('missed');
    expect(missed.gap.toLower.amount.toString()).toBe('-1');
  });

  it('an average band in progress is ahead, on-track, at-risk or behind', () => {
    const ahead = evaluateTarget(
      jointStatement,
      turnover([
        ['2023', '100'],
        ['2024', '120'],
      ]),
    );
    expect(ahead.status).toBe('ahead');
    expect(ahead.yearsLeft).toBe(2);
    expect(ahead.bandAtEnd?.lower.amount.toString()).toBe('133.1');
    expect(ahead.bandAtEnd?.upper.amount.toString()).toBe('152.0875');
    expect(ahead.requiredRate?.toLower.toFixed(4)).toBe('0.0532');
    expect(ahead.projections.cagrToDate?.endValue.amount.toFixed(2)).toBe('172.80');

    const onTrack = evaluateTarget(
      jointStatement,
      turnover([
        ['2023', '100'],
        ['2024', '112'],
        ['2025', '125.44'],
      ]),
    );
    expect([onTrack.status, onTrack.elapsedYears, onTrack.yearsLeft]).toEqual(['on-track', 2, 1]);
    expect(onTrack.lastYearOnYear?.toString()).toBe('0.12');

    // Below the lower path (121) in 2025, but the last year grew 20 %: kept up, 2026 reaches 133.1.
    const atRisk = evaluateTarget(
      jointStatement,
      turnover([
        ['2023', '100'],
        ['2024', '98'],
        ['2025', '117.6'],
      ]),
    );
    expect(atRisk.status).toBe('at-risk');
    expect(atRisk.projections.lastYearOnYear?.reachesLower).toBe(true);
    expect(atRisk.projections.cagrToDate?.reachesLower).toBe(false);

    const behind = evaluateTarget(
      jointStatement,
      turnover([
        ['2023', '100'],
        ['2024', '103'],
        ['2025', '105'],
      ]),
    );
    expect(behind.status).toBe('behind');
    expect(behind.requiredRate?.toLower.toFixed(4)).toBe('0.2676');
    expect(behind.message).toBe(
      '2025: +2.5 % a year since 2023 against a band of 10.0–15.0 % a year, 1 year left: behind',
    );
  });

  it('a level target counts from the first observed year and is met as soon as it is reached', () => {
    const history = turnover([
      ['2016', '800000000'],
      ['2017', '892900000'],
      ['2018', '1030000000'],
      ['2019', '1150000000'],
      ['2020', '1000000000'],
    ]);
    const missed = evaluateTarget(fourBillion, history);
    expect(missed.status).toBe('missed');
    expect(formatPeriod(missed.base.period)).toBe('2016');
    expect(missed.band.lower.toFixed(4)).toBe('0.4953');
    expect(missed.band.lower.eq(missed.band.upper)).toBe(true);
    const early = evaluateTarget(
      fourBillion,
      turnover([
        ['2017', '1000000000'],
        ['2018', '4100000000'],
      ]),
    );
    expect(early.status).toBe('met');
    const ahead = evaluateTarget(
      fourBillion,
      turnover([
        ['2017', '1000000000'],
        ['2018', '2000000000'],
      ]),
    );
    expect(ahead.status).toBe('ahead');
  });

  it('accepts year-to-date sums through December as full years', () => {
    const result = evaluateTarget(
      growthBand2024,
      turnover([
        ['2023-01/2023-12', '100'],
        ['2024-01/2024-12', '112'],
      ]),
    );
    expect([result.status, result.partial]).toEqual(['met', false]);
  });

  it('refuses mismatched series, missing bases and unusable periods', () => {
    const ok = turnover([
      ['2023', '100'],
      ['2024', '112'],
    ]);
    expect(code(() => evaluateTarget(growthBand2024, { ...ok, measure: 'exports' }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => evaluateTarget(growthBand2024, { ...ok, partner: 'CHN' }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => evaluateTarget(growthBand2024, turnover([['2024', '1']])))).toBe(
      'INVALID_INPUT',
    );
    expect(evaluateTarget(growthBand2024, turnover([['2023', '1']])).status).toBe('awaiting-data');
    expect(code(() => evaluateTarget(growthBand2024, turnover([])))).toBe('EMPTY_SERIES');
    expect(
      code(() =>
        evaluateTarget(
          growthBand2024,
          turnover([
            ['2023', '0'],
            ['2024', '1'],
          ]),
        ),
      ),
    ).toBe('NON_POSITIVE_BASE');
    expect(code(() => evaluateTarget(growthBand2024, turnover([['2024-Q1', '1']])))).toBe(
      'PERIOD_MISMATCH',
    );
    expect(
      code(() =>
        evaluateTarget(
          fourBillion,
          turnover(
            [
              ['2017', '1'],
              ['2018', '2'],
            ],
            'VND',
          ),
        ),
      ),
    ).toBe('CURRENCY_MISMATCH');
    const partial = aggregateSeries(
      turnover([
        ['2023-01', '1'],
        ['2024-01', '1'],
      ]),
      'year',
      { allowIncomplete: true },
    );
    expect(code(() => evaluateTarget(growthBand2024, partial))).toBe('INCOMPLETE_PERIOD');
  });
});

describe('evaluateTarget the day a target is set (defect 14)', () => {
  it('gives the required rate and says nothing is observed yet, instead of EMPTY_SERIES', () => {
    // US$4 billion by 2020, set at the end of 2019 when 2019 was known: US$1.15 billion.
    const result = evaluateTarget(fourBillion, turnover([['2019', '1150000000']]));
    expect(result.status).toBe('awaiting-data');
    expect([result.elapsedYears, result.yearsLeft, result.endYear]).toEqual([0, 1, 2020]);
    expect(formatPeriod(result.current.period)).toBe('2019');
    // (4 ÷ 1.15)^(1/1) − 1 = 2.4782608695652173913… ≈ 248 % a year.
    expect(result.requiredRate?.toLower.toFixed(4)).toBe('2.4783');
    expect(result.requiredRate?.toUpper.toFixed(4)).toBe('2.4783');
    expect(result.band.lower.toFixed(4)).toBe('2.4783');
    expect(result.growthToDate.toString()).toBe('0');
    expect(result.projections.cagrToDate).toBeNull();
    expect(result.bandAtEnd?.lower.amount.toFixed(0)).toBe('4000000000');
    expect(result.gap.toLower.amount.toString()).toBe('0');
    expect(result.message).toBe(
      'nothing observed after 2019 yet; the 247.8 % a year the level needs, 1 year left: 247.8 % a year needed from 2019: awaiting-data',
    );
  });

  it('keeps the last year-on-year pace before the base as a projection', () => {
    const result = evaluateTarget(
      fourBillion,
      turnover([
        ['2018', '1000000000'],
        ['2019', '1150000000'],
      ]),
    );
    // Without a base year the first observed year counts: 2018, so 2019 is observed after it.
    expect(result.status).not.toBe('awaiting-data');
    const fromLast = evaluateTarget(
      parseTarget({ ...fourBillionJson, baseYear: '2019' }),
      turnover([
        ['2018', '1000000000'],
        ['2019', '1150000000'],
      ]),
    );
    expect(fromLast.status).toBe('awaiting-data');
    expect(fromLast.projections.lastYearOnYear?.rate.toFixed(2)).toBe('0.15');
    expect(fromLast.projections.lastYearOnYear?.reachesLower).toBe(false);
  });
});
