/**
 * Every public function of balance/ called with ordinary mistakes — nothing, null, text, a number,
 * an array or an object missing fields where a pair of flows, Money, a Series or options are
 * expected — throws a BilateralError with a path, never a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import { balanceSeries, coverageRatio, mirrorGap, shareOf, tradeBalance } from './index.js';

const usd = (amount: string) => money(amount, 'USD');
const exportsSeries: Series<'USD'> = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  currency: 'USD',
  points: [{ period: parsePeriod('2024'), value: usd('2') }],
};
const importsSeries: Series<'USD'> = { ...exportsSeries, measure: 'imports' };

/** Mistakes where a level is expected: text and numbers are levels, so they are left out. */
const notLevels = [
  ...MISTAKES.filter(([, value]) => value !== '12' && value !== 12),
  ['the JSON form of Money', { amount: '1', currency: 'USD' }],
] as const;

const levelCalls: readonly (readonly [
  name: string,
  call: (bad: never) => unknown,
  path: (string | number)[],
])[] = [
  ['shareOf(bad, 2)', (bad) => shareOf(bad, '2'), ['part']],
  ['shareOf(1, bad)', (bad) => shareOf('1', bad), ['total']],
  ['coverageRatio(bad, 2)', (bad) => coverageRatio(bad, '2'), ['exports']],
  ['coverageRatio(1, bad)', (bad) => coverageRatio('1', bad), ['imports']],
  ['mirrorGap(bad, 2)', (bad) => mirrorGap(bad, '2'), ['reporterExports']],
  ['mirrorGap(1, bad)', (bad) => mirrorGap('1', bad), ['partnerImports']],
  [
    'tradeBalance({ exports: bad })',
    (bad) => tradeBalance({ exports: bad, imports: '1' }),
    ['exports'],
  ],
  [
    'tradeBalance({ imports: bad })',
    (bad) => tradeBalance({ exports: '1', imports: bad }),
    ['imports'],
  ],
];

describe('balance: mistakes give a BilateralError, never a TypeError', () => {
  for (const [name, call, path] of levelCalls) {
    it.each(notLevels)(`${name} with %s`, (_, bad) => {
      expectBilateralError(() => call(bad as never), path);
    });
  }

  it.each(MISTAKES)('tradeBalance(%s)', (_, bad) => {
    expectBilateralError(() => tradeBalance(bad as never));
  });

  it('tradeBalance() says what to pass', () => {
    expect(expectBilateralError(() => (tradeBalance as () => unknown)()).message).toBe(
      'expected { exports, imports }, got undefined',
    );
  });

  // An empty object is valid options.
  const isPlainObject = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  it.each(MISTAKES.filter(([, value]) => value !== undefined && !isPlainObject(value)))(
    'mirrorGap(1, 1, %s)',
    (_, bad) => {
      expectBilateralError(() => mirrorGap('1', '1', bad as never), ['options']);
    },
  );

  it.each([
    ['a factor that is text', { cifFobFactor: 'ten percent' }, ['options', 'cifFobFactor']],
    ['a range that is text', { typicalRange: '1.05-1.2' }, ['options', 'typicalRange']],
    ['a range of one end', { typicalRange: ['1.05'] }, ['options', 'typicalRange']],
    ['a range with an object', { typicalRange: [{}, '1.2'] }, ['options', 'typicalRange', 0]],
  ] as const)('mirrorGap(1, 1, %s)', (_, options, path) => {
    expectBilateralError(() => mirrorGap('1', '1', options as never), path);
  });

  it.each(MISTAKES)('balanceSeries(%s, imports) and balanceSeries(exports, %s)', (_, bad) => {
    expectBilateralError(() => balanceSeries(bad as never, importsSeries), ['exportsSeries']);
    expectBilateralError(() => balanceSeries(exportsSeries, bad as never), ['importsSeries']);
  });

  it('balanceSeries names the point that is wrong', () => {
    const broken = { ...importsSeries, points: [{ period: '2024-13', value: usd('1') }] };
    expectBilateralError(
      () => balanceSeries(exportsSeries, broken as never),
      ['importsSeries', 'points', 0, 'period'],
    );
    const noValue = { ...importsSeries, points: [{ period: parsePeriod('2024') }] };
    expectBilateralError(
      () => balanceSeries(exportsSeries, noValue as never),
      ['importsSeries', 'points', 0, 'value'],
    );
  });
});
