import { describe, expect, it } from 'vitest';
import { checkedDatasetSeries } from '../dataset/checked-dataset-series.js';
import { vietnamLaos } from '../datasets/index.js';
import { shownPrecision } from './_shown-precision.js';
import { lowerBoundOf } from './lower-bound-of.js';
import type { LowerBound, RoundingAssumption } from './published-amount.js';
import type { Statement } from './statement.js';

const roundings = [undefined, 'nearest', 'truncate'] as const;
const bounds = [undefined, 'at-least', 'more-than'] as const;
const cases = roundings.flatMap((rounding) => bounds.map((bound) => [rounding, bound] as const));

describe('lowerBoundOf', () => {
  it.each([
    [undefined, undefined, undefined],
    ['nearest', undefined, undefined],
    ['truncate', undefined, 'more-than'],
    ['truncate', 'at-least', 'at-least'],
    ['truncate', 'more-than', 'more-than'],
    // Not a recorded amount (its type refuses it), as a Dataset built without types may give it.
    [undefined, 'at-least', 'at-least'],
  ] as const)('rounding %s, bound %s: %s', (rounding, bound, expected) => {
    expect(lowerBoundOf({ rounding, bound })).toBe(expected);
  });

  // The series writes the same rule in its first-load code (an import there costs an app's first
  // load bytes): held to the same answers, for a Dataset built without types too.
  it.each(cases)('rounding %s, bound %s: the series marks its point so', (rounding, bound) => {
    const index = vietnamLaos.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
    const level = vietnamLaos.statements[index];
    if (level?.kind !== 'level') throw new Error('no level lao-vn-2023-h1-exports');
    const { rounding: _, bound: __, ...figure } = level.amount;
    const amount: { rounding?: RoundingAssumption; bound?: LowerBound } = {
      ...figure,
      ...(rounding === undefined ? {} : { rounding }),
      ...(bound === undefined ? {} : { bound }),
    };
    const statements = vietnamLaos.statements.map((s, at) =>
      at === index ? ({ ...level, amount } as Statement) : s,
    );
    const request = {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'exports',
      periodKind: 'half',
    } as const;
    const point = checkedDatasetSeries(
      { ...vietnamLaos, statements },
      request,
      shownPrecision,
    ).points.find((p) => p.value.amount.toFixed() === '565000000');
    expect(point?.lowerBound).toBe(lowerBoundOf(amount));
  });
});
