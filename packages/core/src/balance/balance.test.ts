import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import type { Series } from '../flow/index.js';
import { aggregateSeries } from '../growth/index.js';
import { money } from '../money/index.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import { balanceSeries, mirrorGap, shareOf } from './index.js';

const code = errorCode;

describe('shareOf', () => {
  it('is part ÷ total as a fraction (seed 004: 1.65 of 16.5 is 10 %)', () => {
    expect(shareOf(money('1.65', 'USD'), money('16.5', 'USD')).toString()).toBe('0.1');
    expect(shareOf('159.6', '6650').toFixed(3)).toBe('0.024');
  });

  it('allows a part above the total or below 0 (not flagged: that is reconciliation)', () => {
    expect(shareOf('3', '2').toString()).toBe('1.5');
    expect(shareOf('-508.1', '1491.9').toFixed(4)).toBe('-0.3406');
  });

  it('refuses a total of 0 with DIVISION_BY_ZERO and a negative total with NON_POSITIVE_BASE', () => {
    expect(code(() => shareOf('1', '0'))).toBe('DIVISION_BY_ZERO');
    expect(code(() => shareOf('1', '-2'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => shareOf(money('1', 'USD'), money('2', 'THB') as never))).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});

describe('mirrorGap', () => {
  it('reports the raw gap and ratio and the gap left after CIF/FOB (default 1.10)', () => {
    const m = mirrorGap(money('500', 'USD'), money('560', 'USD'));
    expect(m.gap.amount.toString()).toBe('60');
    expect(m.ratio?.toString()).toBe('1.12');
    expect(m.cifFobFactor.toString()).toBe('1.1');
    expect(m.expectedImports.amount.toString()).toBe('550');
    expect(m.adjustedGap.amount.toString()).toBe('10');
    expect(m.adjustedRatio?.toFixed(6)).toBe('1.018182');
    expect(m.withinTypicalRange).toBe(true);
  });

  it('takes another factor and range, and flags ratios outside the range', () => {
    const m = mirrorGap('565', '400', { cifFobFactor: '1.05', typicalRange: ['1', '1.1'] });
    expect(m.gap.toString()).toBe('-165');
    expect(m.ratio?.toFixed(4)).toBe('0.7080');
    expect(m.adjustedGap.toString()).toBe('-193.25');
    expect(m.withinTypicalRange).toBe(false);
  });

  it('gives null ratios when the exports are 0', () => {
    const m = mirrorGap('0', '10');
    expect([m.ratio, m.adjustedRatio, m.withinTypicalRange]).toEqual([null, null, null]);
    expect(m.gap.toString()).toBe('10');
  });

  it('refuses bad options and negative flows', () => {
    expect(code(() => mirrorGap('1', '1', { cifFobFactor: 0 }))).toBe('INVALID_INPUT');
    expect(code(() => mirrorGap('1', '1', { typicalRange: ['1.2', '1.05'] }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => mirrorGap('-1', '1'))).toBe('INVALID_INPUT');
  });

  it('names the option and the values in its refusals (the checks mirrorFlows shares)', () => {
    const issues = (options: object) => {
      try {
        mirrorGap('1', '1', options);
      } catch (error) {
        return (error as { issues: unknown }).issues;
      }
      return 'no error';
    };
    expect(issues({ cifFobFactor: '-0.5' })).toEqual([
      { path: ['options', 'cifFobFactor'], message: 'a CIF/FOB factor of -0.5 is not > 0' },
    ]);
    expect(issues({ typicalRange: ['1.2', '1.05'] })).toEqual([
      { path: ['options', 'typicalRange'], message: 'the range 1.2–1.05 is reversed' },
    ]);
  });
});

describe('balanceSeries', () => {
  const base = { reporter: 'VNM', partner: 'LAO', currency: 'USD' } as const;
  const points = (list: [string, string][]) =>
    list.map(([period, amount]) => ({ period: parsePeriod(period), value: money(amount, 'USD') }));
  const exportsSeries: Series<'USD'> = {
    ...base,
    measure: 'exports',
    points: points([
      ['2017', '524.5'],
      ['2022', '656.4'],
    ]),
  };
  const importsSeries: Series<'USD'> = {
    ...base,
    measure: 'imports',
    points: points([
      ['2017', '368.4'],
      ['2021', '780'],
      ['2022', '1040'],
    ]),
  };

  it('balances matching periods and lists the others', () => {
    const result = balanceSeries(exportsSeries, importsSeries);
    expect(result.points.map((p) => [formatPeriod(p.period), p.balance.amount.toString()])).toEqual(
      [
        ['2017', '156.1'],
        ['2022', '-383.6'],
      ],
    );
    expect(result.points[1]?.position.reporter).toBe('deficit');
    expect(result.unmatched.map((u) => [formatPeriod(u.period), u.reason, u.message])).toEqual([
      ['2021', 'missing-exports', '2021 has no exports'],
    ]);
  });

  it('refuses series that do not belong together', () => {
    expect(code(() => balanceSeries(importsSeries, exportsSeries))).toBe('INVALID_INPUT');
    expect(code(() => balanceSeries(exportsSeries, { ...importsSeries, partner: 'CHN' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      code(() =>
        balanceSeries(exportsSeries, {
          ...importsSeries,
          points: points([['2017-Q1', '1']]),
        }),
      ),
    ).toBe('PERIOD_MISMATCH');
    const lak = { ...importsSeries, currency: 'LAK', points: [] };
    expect(code(() => balanceSeries(exportsSeries, lak as never))).toBe('EMPTY_SERIES');
    const inKip = {
      ...importsSeries,
      currency: 'LAK',
      points: [{ period: parsePeriod('2017'), value: money('1', 'LAK') }],
    };
    expect(code(() => balanceSeries(exportsSeries, inKip as never))).toBe('CURRENCY_MISMATCH');
  });

  it('does not balance partial aggregates that cover different months', () => {
    const months = (measure: 'exports' | 'imports', list: string[]): Series => ({
      ...base,
      measure,
      points: list.map((period) => ({ period: parsePeriod(period), value: money('1', 'USD') })),
    });
    const x = aggregateSeries(months('exports', ['2024-01', '2024-02', '2024-03']), 'quarter');
    const m = aggregateSeries(months('imports', ['2024-01', '2024-03']), 'quarter', {
      allowIncomplete: true,
    });
    const result = balanceSeries(x, m);
    expect(result.points).toHaveLength(0);
    expect(result.unmatched[0]?.reason).toBe('partial-period');
  });
});
