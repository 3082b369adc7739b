import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import {
  type BorderCrossing,
  type BorderTradeFacility,
  CROSSING_TRADE_OBSERVATIONS,
  type CrossingTrade,
  DEFAULT_RANK_WEIGHTS,
  LAOS_CHINA_CROSSINGS,
  RANK_TERMS,
  rankCrossings,
  VIETNAM_LAOS_CROSSINGS,
  VIETNAM_LAOS_ECONOMIC_ZONES,
  VIETNAM_LAOS_GATE_PLAN_1201,
} from './index.js';

const criteria = { plan: VIETNAM_LAOS_GATE_PLAN_1201, facilities: VIETNAM_LAOS_ECONOMIC_ZONES };

describe('rankCrossings', () => {
  it('explains every score term by term (term, weight, raw value, contribution)', () => {
    const ranking = rankCrossings(VIETNAM_LAOS_CROSSINGS, criteria);
    expect(ranking).toHaveLength(28);
    for (const entry of ranking) {
      expect(entry.terms.map((term) => term.term)).toEqual([...RANK_TERMS]);
      let sum = new Decimal(0);
      for (const term of entry.terms) {
        expect(term.contribution.eq(term.weight.times(term.normalized))).toBe(true);
        expect(term.normalized.gte(0) && term.normalized.lte(1)).toBe(true);
        expect(term.known).toBe(term.raw !== null);
        expect(term.explanation.length).toBeGreaterThan(5);
        sum = sum.plus(term.contribution);
      }
      expect(entry.score.eq(sum)).toBe(true);
    }
    const thanhThuy = ranking.find((entry) => entry.crossingId === 'vnm-lao-thanh-thuy');
    expect(thanhThuy?.score.toString()).toBe('0.2');
    expect(thanhThuy?.terms.find((t) => t.term === 'planned-upgrade')).toMatchObject({
      raw: 'international',
      known: true,
      explanation: 'planned upgrade to international by 2030',
    });
    expect(thanhThuy?.terms.find((t) => t.term === 'class')?.explanation).toBe(
      'VNM class secondary: level 2 of 4',
    );
    expect(thanhThuy?.terms.find((t) => t.term === 'trade')).toMatchObject({
      raw: null,
      known: false,
    });
  });

  it('puts the international gates with economic zones first, equal scores sharing a rank', () => {
    const ranking = rankCrossings(VIETNAM_LAOS_CROSSINGS, criteria);
    expect(ranking.slice(0, 5).map((r) => [r.rank, r.crossingId, r.score.toString()])).toEqual([
      [1, 'vnm-lao-bo-y', '0.3'],
      [1, 'vnm-lao-cau-treo', '0.3'],
      [1, 'vnm-lao-lao-bao', '0.3'],
      [1, 'vnm-lao-nam-giang', '0.3'],
      [5, 'vnm-lao-cha-lo', '0.2'],
    ]);
    expect(ranking.at(-1)?.score.toString()).toBe('0.1');
  });

  it('scores trade and growth where known (Mohan, 2022) and the class as on a day', () => {
    const ranking = rankCrossings(LAOS_CHINA_CROSSINGS, {
      side: 'CHN',
      trade: CROSSING_TRADE_OBSERVATIONS,
      date: '2024-10-24',
    });
    const mohan = ranking[0];
    expect(mohan?.crossingId).toBe('lao-chn-boten-mohan');
    expect(mohan?.terms.find((t) => t.term === 'trade')).toMatchObject({
      raw: '43340000000',
      known: true,
    });
    expect(mohan?.terms.find((t) => t.term === 'growth')?.contribution.toString()).toBe('0.2');
    expect(mohan?.score.toString()).toBe('0.7');
    expect(ranking.map((r) => r.crossingId)).toEqual([
      'lao-chn-boten-mohan',
      'lao-chn-pang-hai-mengman',
      'lao-chn-lantui-mengkang',
    ]);
    expect(ranking[1]?.score.toString()).toBe(
      new Decimal('0.2').times(new Decimal(2).div(3)).toString(),
    );
  });

  it('derives growth from a previous value and counts facilities', () => {
    const trade: CrossingTrade[] = [
      {
        crossingId: 'vnm-lao-lao-bao',
        period: '2024',
        value: '150',
        previousValue: '100',
        currency: 'USD',
        sources: ['t'],
      },
      {
        crossingId: 'vnm-lao-cau-treo',
        period: '2024',
        value: '300',
        previousValue: '400',
        currency: 'USD',
        sources: ['t'],
      },
    ];
    const facilities: BorderTradeFacility[] = [
      {
        id: 'm1',
        kind: 'border-market',
        names: { en: 'M1' },
        crossingId: 'vnm-lao-cau-treo',
        sources: ['t'],
      },
      {
        id: 'm2',
        kind: 'warehouse',
        names: { en: 'M2' },
        crossingId: 'vnm-lao-cau-treo',
        sources: ['t'],
      },
      {
        id: 'm3',
        kind: 'warehouse',
        names: { en: 'M3' },
        crossingId: 'vnm-lao-lao-bao',
        sources: ['t'],
      },
    ];
    const ranking = rankCrossings(VIETNAM_LAOS_CROSSINGS, {
      trade,
      facilities,
      weights: { 'economic-zone': 0 },
    });
    const term = (id: string, name: string) =>
      ranking.find((r) => r.crossingId === id)?.terms.find((t) => t.term === name);
    expect(term('vnm-lao-lao-bao', 'growth')?.raw).toBe('0.5');
    expect(term('vnm-lao-lao-bao', 'growth')?.normalized.toString()).toBe('1');
    expect(term('vnm-lao-cau-treo', 'growth')?.normalized.toString()).toBe('0');
    expect(term('vnm-lao-cau-treo', 'trade')?.normalized.toString()).toBe('1');
    expect(term('vnm-lao-lao-bao', 'trade')?.normalized.toString()).toBe('0.5');
    expect(term('vnm-lao-cau-treo', 'facilities')?.normalized.toString()).toBe('1');
    expect(term('vnm-lao-lao-bao', 'facilities')?.normalized.toString()).toBe('0.5');
    expect(term('vnm-lao-lao-bao', 'economic-zone')?.contribution.toString()).toBe('0');
    expect(ranking[0]?.crossingId).toBe('vnm-lao-cau-treo');
  });

  it('uses the default weights, which add up to 1', () => {
    const total = Object.values(DEFAULT_RANK_WEIGHTS).reduce(
      (sum, w) => sum.plus(w),
      new Decimal(0),
    );
    expect(total.toString()).toBe('1');
  });

  it(
    'is deterministic: any order of the input gives the same ranking',
    () => {
      const all = [...VIETNAM_LAOS_CROSSINGS];
      const reference = rankCrossings(all, criteria).map((r) => [
        r.rank,
        r.crossingId,
        r.score.toString(),
      ]);
      fc.assert(
        fc.property(
          fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
          (shuffled) => {
            const again = rankCrossings(shuffled, criteria).map((r) => [
              r.rank,
              r.crossingId,
              r.score.toString(),
            ]);
            expect(again).toEqual(reference);
          },
        ),
        propertyRuns(1247, { ci: 300, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'property: scores lie in [0, sum of weights] and never increase down the ranking',
    () => {
      const weight = fc.integer({ min: 0, max: 100 }).map((n) => (n / 10).toString());
      fc.assert(
        fc.property(
          fc.record({
            trade: weight,
            growth: weight,
            class: weight,
            'planned-upgrade': weight,
            'economic-zone': weight,
            facilities: weight,
          }),
          fc.subarray([...VIETNAM_LAOS_CROSSINGS], { minLength: 1 }),
          (weights, subset) => {
            const ranking = rankCrossings(subset, { ...criteria, weights });
            const max = Object.values(weights).reduce((sum, w) => sum.plus(w), new Decimal(0));
            ranking.forEach((entry, index) => {
              expect(entry.score.gte(0) && entry.score.lte(max)).toBe(true);
              const next = ranking[index + 1];
              if (next !== undefined) expect(entry.score.gte(next.score)).toBe(true);
            });
          },
        ),
        propertyRuns(1201, { ci: 500, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('refuses bad criteria with the right code and path', () => {
    const expectError = (run: () => unknown, code: string, path: (string | number)[]) =>
      expect(run).toThrowError(
        expect.objectContaining({ code, issues: [expect.objectContaining({ path })] }),
      );
    expectError(
      () => rankCrossings(VIETNAM_LAOS_CROSSINGS, { weights: { trade: -1 } }),
      'INVALID_INPUT',
      ['weights', 'trade'],
    );
    expectError(
      () => rankCrossings(VIETNAM_LAOS_CROSSINGS, { weights: { trade: Number.NaN } }),
      'INVALID_DECIMAL',
      ['weights', 'trade'],
    );
    expectError(
      () => rankCrossings(VIETNAM_LAOS_CROSSINGS, { weights: { luck: 1 } as never }),
      'INVALID_INPUT',
      ['weights', 'luck'],
    );
    const mohan = CROSSING_TRADE_OBSERVATIONS[0] as CrossingTrade;
    expectError(() => rankCrossings(VIETNAM_LAOS_CROSSINGS, { trade: [mohan] }), 'INVALID_INPUT', [
      'trade',
      0,
      'crossingId',
    ]);
    expectError(
      () => rankCrossings(LAOS_CHINA_CROSSINGS, { trade: [mohan, mohan] }),
      'INVALID_INPUT',
      ['trade', 1, 'crossingId'],
    );
    expectError(
      () =>
        rankCrossings(LAOS_CHINA_CROSSINGS, {
          trade: [mohan, { ...mohan, crossingId: 'lao-chn-pang-hai-mengman', currency: 'USD' }],
        }),
      'CURRENCY_MISMATCH',
      ['trade', 1, 'currency'],
    );
    expectError(
      () => rankCrossings(LAOS_CHINA_CROSSINGS, { trade: [{ ...mohan, value: '43.34 billion' }] }),
      'INVALID_INPUT',
      ['trade', 0, 'value'],
    );
    expectError(
      () =>
        rankCrossings(VIETNAM_LAOS_CROSSINGS, {
          plan: {
            ...VIETNAM_LAOS_GATE_PLAN_1201,
            upgrades: [{ crossingId: 'vnm-lao-coc', country: 'VNM', to: 'mega', sources: ['x'] }],
          },
        }),
      'UNKNOWN_CLASS',
      ['plan', 'upgrades', 0, 'to'],
    );
    expectError(() => rankCrossings(VIETNAM_LAOS_CROSSINGS, { side: 'CHN' }), 'INVALID_INPUT', [
      'side',
    ]);
    expectError(() => rankCrossings(VIETNAM_LAOS_CROSSINGS, { date: '2024' }), 'INVALID_INPUT', [
      'date',
    ]);
    expectError(
      () =>
        rankCrossings(VIETNAM_LAOS_CROSSINGS, {
          facilities: [{ id: 'x', kind: 'border-market', names: { en: 'X' }, sources: ['s'] }],
        }),
      'INVALID_INPUT',
      ['facilities', 0, 'crossingId'],
    );
    const bad = { ...(VIETNAM_LAOS_CROSSINGS[0] as BorderCrossing), modes: [] };
    expectError(() => rankCrossings([bad]), 'INVALID_CROSSING', ['crossings', 0, 'modes']);
  });
});
