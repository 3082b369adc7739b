/**
 * The public functions that no widget bundles and that check their arguments with
 * {@link wrongArgument} (or a check built on it), called with ordinary mistakes — nothing, null,
 * text, a number, an array, an empty object, a function — throw a BilateralError `INVALID_INPUT`
 * naming the argument, never a TypeError. The interval and figure functions and the `/node`
 * helpers have their own tests: `figures/misuse.test.ts`, `cli/node-helpers-misuse.test.ts`; so do
 * the functions whose unchecked faces every widget page loads (`@bilateral/core/internal`):
 * `face-checks.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import { interval } from '../figures/interval.js';
import { tradeConflict } from '../figures/trade-intervals.js';
import { writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/money.js';
import { writeMoney } from '../money/write-money.js';
import { wrongArgument } from './wrong-argument.js';

const usd = money('1500000', 'USD');
const one = interval('1', '2');

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
