/**
 * The functions of intervals and of published figures that no widget bundles, called with
 * ordinary mistakes where an interval or a figure goes (nothing, null, text, a number, an array,
 * an empty object, a function, or a figure whose interval is missing), throw a BilateralError
 * `INVALID_INPUT` naming the argument, never a TypeError reading `lo` or `value` of `undefined`.
 * (`addIntervals`, `subtractIntervals`, `intervalWidth`, `intervalsOverlap` and the other
 * functions a page's dataset check loads are left to the widgets' byte budget.)
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import { divideIntervals } from './divide-intervals.js';
import { formatInterval } from './format-interval.js';
import { growthInterval } from './growth-interval.js';
import { impliedBalance } from './implied-balance.js';
import { impliedCurrentFigure } from './implied-current-figure.js';
import { impliedCurrentInterval } from './implied-current-interval.js';
import { impliedGrowth } from './implied-growth.js';
import { impliedPreviousFigure } from './implied-previous-figure.js';
import { impliedPreviousInterval } from './implied-previous-interval.js';
import { impliedShare } from './implied-share.js';
import { impliedSum } from './implied-sum.js';
import { impliedWhole } from './implied-whole.js';
import { interval } from './interval.js';
import { multiplyIntervals } from './multiply-intervals.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';

const range = interval('1', '2');
const amount = parsePublishedAmount('US$150 million');
const rate = parsePublishedRate('up 6.4%');
/** A figure whose interval is missing: the path then names its `interval`. */
const noInterval = { value: amount.value, currency: 'USD' };

/** Each function, with the argument a mistake goes in and that argument's name. */
const calls: readonly (readonly [name: string, call: (value: never) => unknown, path: string])[] = [
  ['divideIntervals', (a) => divideIntervals(a, range), 'a'],
  ['divideIntervals', (b) => divideIntervals(range, b), 'b'],
  ['multiplyIntervals', (a) => multiplyIntervals(a, range), 'a'],
  ['multiplyIntervals', (b) => multiplyIntervals(range, b), 'b'],
  ['growthInterval', (current) => growthInterval(current, range), 'current'],
  ['growthInterval', (previous) => growthInterval(range, previous), 'previous'],
  ['formatInterval', (value) => formatInterval(value), 'value'],
  ['impliedCurrentInterval', (previous) => impliedCurrentInterval(previous, range), 'previous'],
  ['impliedCurrentInterval', (r) => impliedCurrentInterval(range, r), 'rate'],
  ['impliedPreviousInterval', (current) => impliedPreviousInterval(current, range), 'current'],
  ['impliedPreviousInterval', (r) => impliedPreviousInterval(range, r), 'rate'],
  ['impliedBalance', (exports) => impliedBalance(exports, amount), 'exports'],
  ['impliedBalance', (imports) => impliedBalance(amount, imports), 'imports'],
  ['impliedCurrentFigure', (previous) => impliedCurrentFigure(previous, rate), 'previous'],
  ['impliedCurrentFigure', (r) => impliedCurrentFigure(amount, r), 'rate'],
  ['impliedPreviousFigure', (current) => impliedPreviousFigure(current, rate), 'current'],
  ['impliedPreviousFigure', (r) => impliedPreviousFigure(amount, r), 'rate'],
  ['impliedGrowth', (current) => impliedGrowth(current, amount), 'current'],
  ['impliedGrowth', (previous) => impliedGrowth(amount, previous), 'previous'],
  ['impliedShare', (part) => impliedShare(part, amount), 'part'],
  ['impliedShare', (whole) => impliedShare(amount, whole), 'whole'],
  ['impliedWhole', (part) => impliedWhole(part, rate), 'part'],
  ['impliedWhole', (share) => impliedWhole(amount, share), 'share'],
  ['impliedSum', (parts) => impliedSum(parts), 'parts'],
];

/** The figure functions, whose arguments are figures: a figure without an interval is a mistake. */
const FIGURES = /^implied(Balance|CurrentFigure|PreviousFigure|Growth|Share|Whole)$/;

describe('the functions of intervals and figures given a mistake', () => {
  for (const [name, call, path] of calls) {
    // impliedSum takes an empty array for no parts (EMPTY_SERIES): its mistake there is another.
    const mistakes = MISTAKES.filter(
      ([, value]) => !(name === 'impliedSum' && Array.isArray(value)),
    );
    it.each(mistakes)(`${name}: %s as ${path} is INVALID_INPUT at ${path}`, (_, value) => {
      const error = expectBilateralError(() => call(value as never), [path]);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.message).toMatch(/^expected .+, got /);
    });
    if (FIGURES.test(name)) {
      it(`${name}: a figure without its interval as ${path} is INVALID_INPUT at ${path}.interval`, () => {
        expectBilateralError(() => call(noInterval as never), [path, 'interval']);
      });
    }
  }

  it('impliedSum names the part that is no figure by its index', () => {
    expectBilateralError(() => impliedSum([amount, undefined as never]), ['parts', 1]);
    expectBilateralError(() => impliedSum([amount, noInterval as never]), ['parts', 1, 'interval']);
  });
});
