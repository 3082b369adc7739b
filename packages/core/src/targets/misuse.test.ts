import { describe, expect, it } from 'vitest';
import { datasetSeries } from '../dataset/index.js';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { evaluateTarget, requiredRate, type Target, targetPath } from './index.js';
import { parseTarget, safeParseTarget, targetToJson } from './schemas.js';

const turnover = datasetSeries(vietnamLaos, {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
});
const [target] = vietnamLaos.targets as [Target];
const [targetJson] = vietnamLaosDocument.targets as [unknown];

/** What a call throws: its code and the path of its first issue, or what it returned. */
function outcome(call: () => unknown): [string, unknown] {
  try {
    return ['returned', call()];
  } catch (error) {
    if (!(error instanceof BilateralError)) return ['raw', error];
    return [error.code, error.issues[0]?.path];
  }
}

describe('target functions given the wrong thing (defect 7)', () => {
  it('evaluateTarget refuses target JSON and says to read it with parseTarget first', () => {
    const refusal = () => evaluateTarget(targetJson as Target, turnover);
    expect(outcome(refusal)).toEqual(['INVALID_TARGET', ['target']]);
    expect(refusal).toThrow(/read it with parseTarget first/);
    expect(evaluateTarget(parseTarget(targetJson), turnover)).toEqual(
      evaluateTarget(target, turnover),
    );
  });

  it('targetPath refuses target JSON too', () => {
    const [plan] = vietnamLaos.targets.filter((t) => t.kind === 'average-growth-band');
    const base = { year: 2023, value: money('1650000000', 'USD') };
    const json = targetToJson(plan as Target) as unknown as Target;
    expect(outcome(() => targetPath(json, base))).toEqual(['INVALID_TARGET', ['target']]);
    expect(targetPath(parseTarget(json), base)).toEqual(targetPath(plan as Target, base));
  });

  const cases: readonly [string, () => unknown, string, unknown][] = [
    [
      'evaluateTarget(undefined)',
      () => evaluateTarget(undefined as never, turnover),
      'INVALID_TARGET',
      ['target'],
    ],
    [
      'evaluateTarget("vnm-lao-2024-growth")',
      () => evaluateTarget('vnm-lao-2024-growth' as never, turnover),
      'INVALID_TARGET',
      ['target'],
    ],
    [
      'evaluateTarget(JSON with a bad rate)',
      () =>
        evaluateTarget(
          { ...(targetJson as object), band: { lower: '10', upper: '15' } } as never,
          turnover,
        ),
      'INVALID_TARGET',
      ['target'],
    ],
    [
      'evaluateTarget(rich target, year as text → JSON)',
      () => evaluateTarget({ ...target, year: '2024' } as never, turnover),
      'INVALID_TARGET',
      ['target'],
    ],
    [
      'evaluateTarget(rich target, rates as numbers)',
      () => evaluateTarget({ ...target, band: { lower: 0.1, upper: 0.15 } } as never, turnover),
      'INVALID_TARGET',
      ['target', 'band', 'lower'],
    ],
    [
      'evaluateTarget(rich target, unknown kind)',
      () => evaluateTarget({ ...target, kind: 'growth' } as never, turnover),
      'INVALID_TARGET',
      ['target', 'kind'],
    ],
    [
      'evaluateTarget(rich target, lower-case code)',
      () => evaluateTarget({ ...target, reporter: 'vnm' } as never, turnover),
      'INVALID_TARGET',
      ['target', 'reporter'],
    ],
    [
      'evaluateTarget(target, undefined)',
      () => evaluateTarget(target, undefined as never),
      'INVALID_INPUT',
      ['observed'],
    ],
    [
      'evaluateTarget(target, points missing)',
      () => evaluateTarget(target, { ...turnover, points: undefined } as never),
      'INVALID_INPUT',
      ['observed'],
    ],
    [
      'evaluateTarget(target, series of text periods)',
      () =>
        evaluateTarget(target, {
          ...turnover,
          points: [{ period: '2023', value: money('1', 'USD') }],
        } as unknown as Series),
      'INVALID_PERIOD',
      expect.any(Array),
    ],
    [
      'targetPath(null)',
      () => targetPath(null as never, { year: 2023, value: '1' }),
      'INVALID_TARGET',
      ['target'],
    ],
    [
      'targetPath(target, undefined)',
      () => targetPath(target, undefined as never),
      'INVALID_INPUT',
      ['base'],
    ],
    [
      'targetPath(target, { year: "2023" })',
      () => targetPath(target, { year: '2023', value: '1' } as never),
      'INVALID_INPUT',
      ['base'],
    ],
    ['parseTarget(undefined)', () => parseTarget(undefined), 'INVALID_TARGET', []],
    [
      'requiredRate("abc", …)',
      () => requiredRate('abc', '2', 1),
      'INVALID_DECIMAL',
      expect.any(Array),
    ],
  ];

  for (const [name, call, code, path] of cases) {
    it(`${name} is ${code} with a path, never a TypeError`, () => {
      expect(outcome(call)).toEqual([code, path]);
    });
  }

  it('safeParseTarget never throws', () => {
    for (const input of [undefined, null, 7, 'x', [], { kind: 'level' }, { kind: '__proto__' }]) {
      expect(safeParseTarget(input).success).toBe(false);
    }
  });
});
