import { describe, expect, it } from 'vitest';
import { outcome } from '../__fixtures__/error-code.js';
import { turnover } from '../__fixtures__/series.js';
import { datasetSeries } from '../dataset/index.js';
import { embeddedDatasets } from '../datasets/index.js';
import { impliedPrevious } from '../growth/index.js';
import { money } from '../money/index.js';
import { type PeriodKind, parsePeriod } from '../period/index.js';
import {
  checkedTargetPath,
  evaluateCheckedTarget,
  evaluateTarget,
  type Target,
  targetPath,
} from './index.js';
import { parseTarget } from './schemas.js';

/** What evaluateTarget gives, without the English sentence evaluateCheckedTarget leaves out. */
function checkedOutcome(call: () => unknown): unknown {
  const result = outcome(call);
  if (Array.isArray(result)) return result;
  const { message, ...rest } = result as { message: string };
  expect(message).toEqual(expect.any(String));
  return rest;
}

/** Every target of the embedded datasets with its series by year and by year to date. */
const cases = Object.entries(embeddedDatasets).flatMap(([name, dataset]) =>
  dataset.targets.flatMap((target) =>
    (['year', 'year-to-date'] satisfies PeriodKind[]).map((periodKind) => ({
      label: `${name}: ${target.id}, ${periodKind}`,
      target,
      series: datasetSeries(dataset, {
        reporter: target.reporter,
        partner: target.partner,
        measure: target.measure,
        periodKind,
        impliedBases: true,
      }),
    })),
  ),
);

const levelTarget = parseTarget({
  kind: 'level',
  id: 'vnm-lao-4bn-2020',
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'sggp-2019-12-31',
  setBy: 'Vietnam and Laos governments',
  level: { amount: '4000000000', currency: 'USD' },
  byYear: '2020',
});
const bandTarget = parseTarget({
  kind: 'growth-band',
  id: 'vnm-lao-2024-growth',
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'seed-004',
  setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
  year: '2024',
  band: { lower: '0.10', upper: '0.15' },
});

describe('evaluateCheckedTarget', () => {
  it('has cases to compare: every embedded target, by year and year to date', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)(
    'gives what evaluateTarget gives (result or error): $label',
    ({ target, series }) => {
      expect(outcome(() => evaluateCheckedTarget(target, series))).toEqual(
        checkedOutcome(() => evaluateTarget(target, series)),
      );
    },
  );

  it.each([
    [
      'a partial year',
      bandTarget,
      {
        ...turnover([]),
        points: [
          {
            period: parsePeriod('2023-01/2023-09'),
            value: impliedPrevious(money('1500000000', 'USD'), '0.255'),
          },
          { period: parsePeriod('2024-01/2024-09'), value: money('1500000000', 'USD') },
        ],
      },
    ],
    ['only the base (awaiting data)', levelTarget, turnover([['2019', '1150000000']])],
    ['no points', bandTarget, turnover([])],
    [
      'a level in another currency',
      levelTarget,
      turnover(
        [
          ['2019', '1150'],
          ['2020', '1300'],
        ],
        'EUR',
      ),
    ],
    ['the base not observed', bandTarget, turnover([['2024', '1800000000']])],
    ['a partial year outside the target', bandTarget, turnover([['2025-01/2025-06', '900']])],
    [
      'a base of 0',
      bandTarget,
      turnover([
        ['2023', '0'],
        ['2024', '10'],
      ]),
    ],
  ] as const)('gives what evaluateTarget gives for %s', (_, target, series) => {
    expect(outcome(() => evaluateCheckedTarget(target, series))).toEqual(
      checkedOutcome(() => evaluateTarget(target, series)),
    );
  });

  it('throws INVALID_INPUT for a value of the wrong shape, never a TypeError: it is not a check', () => {
    const series = turnover([
      ['2023', '1650000000'],
      ['2024', '1800000000'],
    ]);
    for (const call of [
      () => evaluateCheckedTarget(null as never, series),
      () => evaluateCheckedTarget(bandTarget, undefined as never),
      () => evaluateCheckedTarget({ ...bandTarget, band: undefined } as never, series),
    ]) {
      expect(outcome(call)).toEqual([
        'INVALID_INPUT',
        [
          {
            path: [],
            message: expect.stringMatching(/^evaluateCheckedTarget takes a validated target/),
          },
        ],
      ]);
    }
  });
});

describe('checkedTargetPath', () => {
  it.each(cases.filter(({ series }) => series.points[0]?.period.kind === 'year'))(
    'gives what targetPath gives from the evaluation’s base: $label',
    ({ target, series }) => {
      const evaluation = evaluateTarget(target, series);
      const base = {
        year: evaluation.base.period.kind === 'year' ? evaluation.base.period.year : 0,
        value: evaluation.base.value,
      };
      expect(checkedTargetPath(target, base)).toEqual(targetPath(target, base));
    },
  );

  it.each([
    ['a year other than the base', { year: 2022, value: money('1650000000', 'USD') }],
    ['a year not before the last', { year: 2024, value: money('1650000000', 'USD') }],
    ['a base of 0', { year: 2023, value: money('0', 'USD') }],
  ] as const)('gives what targetPath gives for %s', (_, base) => {
    expect(outcome(() => checkedTargetPath(bandTarget, base))).toEqual(
      outcome(() => targetPath(bandTarget, base)),
    );
  });

  it('throws INVALID_INPUT for a value of the wrong shape, never a TypeError: it is not a check', () => {
    const base = { year: 2023, value: money('1650000000', 'USD') };
    for (const call of [
      () => checkedTargetPath(undefined as never, base),
      () => checkedTargetPath(bandTarget, null as never),
      () => checkedTargetPath(bandTarget as Target, { year: 2023, value: null as never }),
    ]) {
      expect(outcome(call)).toEqual([
        'INVALID_INPUT',
        [
          {
            path: [],
            message: expect.stringMatching(/^checkedTargetPath takes a validated target/),
          },
        ],
      ]);
    }
  });
});
