/**
 * The public functions that no widget bundles and that check their arguments with
 * {@link wrongArgument} (or a check built on it), called with ordinary mistakes — nothing, null,
 * text, a number, an array, an empty object, a function — throw a BilateralError `INVALID_INPUT`
 * naming the argument, never a TypeError (those of the widgets' on-demand dataset check too:
 * `addIntervals`, `tradeIntervals`, `withTurnoverBounds`, …, where h388 left a TypeError for the
 * bytes of that chunk, which has no budget). The interval and figure functions and the `/node`
 * helpers have their own tests: `figures/misuse.test.ts`, `cli/node-helpers-misuse.test.ts`; so do
 * the functions whose unchecked faces every widget page loads (`@bilateral/core/internal`):
 * `face-checks.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import { withMirroredBounds } from '../dataset/mirrored-bounds.js';
import { withTurnoverBounds } from '../dataset/turnover-bounds.js';
import { withDisputedRates } from '../dataset/with-disputed-rates.js';
import { vietnamLaos } from '../datasets/index.js';
import { toSafeParse } from '../errors/to-safe-parse.js';
import { amountFromJson } from '../figures/_from-json.js';
import { addIntervals } from '../figures/add-intervals.js';
import { interval, intervalWidth } from '../figures/interval.js';
import { intervalsOverlap } from '../figures/intervals-overlap.js';
import { lowerBoundOf, statedLowerBound } from '../figures/lower-bound-of.js';
import { narrowedCoverage } from '../figures/narrowed-coverage.js';
import { publishedLevels, publishedTrade } from '../figures/published-trade.js';
import { subtractIntervals } from '../figures/subtract-intervals.js';
import { tradeConflict, tradeIntervals } from '../figures/trade-intervals.js';
import { intervalAmount, writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/money.js';
import { writeMoney } from '../money/write-money.js';
import { targetToJson } from '../targets/target.js';
import { Decimal } from './decimal.js';
import { wrongArgument } from './wrong-argument.js';

const usd = money('1500000', 'USD');
const one = interval('1', '2');
const five = new Decimal(5);
const flow = vietnamLaos.flows[0];

/** Each function, with the argument a mistake goes in, the path that names it, and the mistakes. */
const calls: readonly (readonly [
  name: string,
  call: (value: never) => unknown,
  path: readonly (string | number)[],
  skip?: (value: unknown) => boolean,
])[] = [
  ['writeMoney (value)', (value) => writeMoney(value, { locale: 'en', compact: false }), ['value']],
  ['writeMoney (options)', (options) => writeMoney(usd, options), ['options']],
  ['writeKnownAmount', (value) => writeKnownAmount(value, undefined, 'en'), ['value']],
  [
    'writeKnownAmount (unit)',
    (unit) => writeKnownAmount(usd, unit, 'en'),
    ['unit'],
    (value) => value === undefined,
  ],
  ['writeKnownAmount (locale)', (locale) => writeKnownAmount(usd, undefined, locale), ['locale']],
  ['tradeConflict', (figures) => tradeConflict(figures), ['figures']],
  // The functions of the widgets' on-demand dataset check (its chunk has no byte budget).
  ['tradeIntervals', (figures) => tradeIntervals(figures), ['figures']],
  ['addIntervals (a)', (a) => addIntervals(a, one), ['a']],
  ['addIntervals (b)', (b) => addIntervals(one, b), ['b']],
  ['subtractIntervals (a)', (a) => subtractIntervals(a, one), ['a']],
  ['subtractIntervals (b)', (b) => subtractIntervals(one, b), ['b']],
  ['intervalWidth', (range) => intervalWidth(range), ['range']],
  ['intervalsOverlap (a)', (a) => intervalsOverlap(a, one), ['a']],
  ['intervalsOverlap (b)', (b) => intervalsOverlap(one, b), ['b']],
  ['intervalAmount', (range) => intervalAmount(range), ['range']],
  ['amountFromJson', (json) => amountFromJson(json), ['json']],
  [
    'lowerBoundOf',
    (amount) => lowerBoundOf(amount),
    ['amount'],
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  ],
  [
    'statedLowerBound (levels)',
    (levels) => statedLowerBound(levels, 'exports', five),
    ['levels'],
    Array.isArray,
  ],
  ['statedLowerBound (value)', (value) => statedLowerBound([], 'exports', value), ['value']],
  [
    'narrowedCoverage (exported)',
    (x) => narrowedCoverage(x, five, { exports: one, imports: one }),
    ['exported'],
  ],
  ['narrowedCoverage (kept)', (kept) => narrowedCoverage(five, five, kept), ['kept']],
  ['publishedLevels', (statements) => publishedLevels(statements), ['statements'], Array.isArray],
  [
    'publishedTrade (exported)',
    (exported) => publishedTrade(exported, flow as never, []),
    ['exported'],
  ],
  [
    'publishedTrade (levels)',
    (levels) => publishedTrade(flow as never, flow as never, levels),
    ['levels'],
    Array.isArray,
  ],
  ['toSafeParse', (parse) => toSafeParse(parse), ['parse'], (value) => typeof value === 'function'],
  [
    'withMirroredBounds (flows)',
    (flows) => withMirroredBounds(flows, []),
    ['flows'],
    Array.isArray,
  ],
  [
    'withMirroredBounds (statements)',
    (statements) => withMirroredBounds([], statements),
    ['statements'],
    Array.isArray,
  ],
  ['withTurnoverBounds', (dataset) => withTurnoverBounds(dataset), ['dataset']],
  ['withDisputedRates', (dataset) => withDisputedRates(dataset), ['dataset']],
  [
    'withDisputedRates (statements)',
    (statements) => withDisputedRates(vietnamLaos, statements),
    ['statements'],
    (value) => value === undefined || Array.isArray(value),
  ],
  ['targetToJson', (target) => targetToJson(target), ['target']],
];

describe('the functions guarded with wrongArgument, given a mistake', () => {
  for (const [name, call, path, skip] of calls) {
    const mistakes = MISTAKES.filter(([, value]) => !skip?.(value));
    it.each(mistakes)(`${name}: %s is INVALID_INPUT at ${path.join('.')}`, (_, value) => {
      const error = expectBilateralError(() => call(value as never), path);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.message).toMatch(/^expected .+, got /);
    });
  }

  it("names the interval of tradeConflict's figures that is wrong by its side and index", () => {
    expectBilateralError(
      () => tradeConflict({ exports: [one], imports: [{} as never] }),
      ['figures', 'imports', 0],
    );
    expectBilateralError(
      () => tradeConflict({ exports: [one], imports: [one], turnover: 1 as never }),
      ['figures', 'turnover'],
    );
  });

  it('says what was expected and what came, at the path it is given', () => {
    const error = wrongArgument(['figures', 'exports', 2], 'an interval', 'x');
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      { path: ['figures', 'exports', 2], message: 'expected an interval, got "x"' },
    ]);
  });
});
