import { describe, expect, it } from 'vitest';
import {
  VIETNAM_BORDER_GATE_SYSTEM,
  VIETNAM_LAOS_GATE_PLAN_1201,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
} from './index.js';
import {
  PartialDateSchema,
  parseBorderTradeFacility,
  parseClassificationSystem,
  parseCrossingPlan,
  safeParseBorderTradeFacility,
  safeParseClassificationSystem,
  safeParseCrossingPlan,
  safeParseCrossingTrade,
  safeParseOfficialCrossingCount,
} from './schemas.js';

const issuesOf = (result: {
  success: boolean;
  error?: { code: string; issues: readonly unknown[] };
}) => (result.success ? undefined : { code: result.error?.code, issues: result.error?.issues });

describe('models', () => {
  it('PartialDateSchema accepts days, months and years that exist', () => {
    for (const text of ['2024', '2014-06', '2024-02-29'])
      expect(PartialDateSchema.safeParse(text).success).toBe(true);
    for (const text of ['24', '2014-6', '2023-02-29', '2014-00', 'June 2014']) {
      expect(PartialDateSchema.safeParse(text).success).toBe(false);
    }
  });

  it('a classification system has unique classes and partOf naming its own classes', () => {
    const duplicate = {
      ...VIETNAM_BORDER_GATE_SYSTEM,
      classes: [...VIETNAM_BORDER_GATE_SYSTEM.classes, VIETNAM_BORDER_GATE_SYSTEM.classes[1]],
    };
    expect(issuesOf(safeParseClassificationSystem(duplicate))).toEqual({
      code: 'INVALID_INPUT',
      issues: [
        { path: ['classes', 5, 'id'], message: 'class "main" is already defined at classes[1]' },
      ],
    });
    const lane = VIETNAM_BORDER_GATE_SYSTEM.classes[4];
    const badPartOf = {
      ...VIETNAM_BORDER_GATE_SYSTEM,
      classes: [
        ...VIETNAM_BORDER_GATE_SYSTEM.classes.slice(0, 4),
        { ...lane, partOf: ['main', 'port'] },
      ],
    };
    expect(issuesOf(safeParseClassificationSystem(badPartOf))?.code).toBe('UNKNOWN_CLASS');
    expect(() =>
      parseClassificationSystem({ ...VIETNAM_BORDER_GATE_SYSTEM, country: 'Vietnam' }),
    ).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['country'] })] }),
    );
  });

  it('a facility is linked to a crossing or a province', () => {
    const base = { id: 'market', kind: 'border-market', names: { en: 'Market' }, sources: ['s'] };
    expect(issuesOf(safeParseBorderTradeFacility(base))).toEqual({
      code: 'INVALID_INPUT',
      issues: [
        {
          path: ['crossingId'],
          message: 'a facility is linked to a crossing (crossingId) or a province',
        },
      ],
    });
    expect(
      parseBorderTradeFacility({ ...base, province: { country: 'LAO', name: 'Savannakhet' } }).id,
    ).toBe('market');
    expect(
      issuesOf(safeParseBorderTradeFacility({ ...base, kind: 'casino', crossingId: 'x' }))?.issues,
    ).toEqual([expect.objectContaining({ path: ['kind'] })]);
  });

  it("a plan's totals are the sums of its counts", () => {
    const wrong = {
      ...VIETNAM_LAOS_GATE_PLAN_1201,
      targets: [{ by: '2030', total: 45, counts: { international: 15, main: 10, secondary: 21 } }],
    };
    expect(issuesOf(safeParseCrossingPlan(wrong))).toEqual({
      code: 'INVALID_INPUT',
      issues: [{ path: ['targets', 0, 'total'], message: 'is 45 but the counts add up to 46' }],
    });
    expect(parseCrossingPlan(VIETNAM_LAOS_GATE_PLAN_1201).upgrades?.[0]?.to).toBe('international');
  });

  it('official counts and trade observations are validated', () => {
    expect(
      issuesOf(
        safeParseOfficialCrossingCount({
          ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
          countries: ['VNM', 'LAO', 'CHN'],
        }),
      )?.issues,
    ).toEqual([expect.objectContaining({ path: ['countries'] })]);
    expect(
      issuesOf(
        safeParseCrossingTrade({
          crossingId: 'x',
          period: '2022',
          value: '1e9',
          currency: 'CNY',
          sources: ['s'],
        }),
      )?.issues,
    ).toEqual([expect.objectContaining({ path: ['value'] })]);
  });
});
