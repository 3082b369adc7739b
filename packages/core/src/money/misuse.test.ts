/**
 * Every public function of money/ called with ordinary mistakes — nothing, null, text, a number,
 * an array or an object missing fields where Money or options are expected — throws a
 * BilateralError with a path, never a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import {
  add,
  assertSameCurrency,
  compare,
  equals,
  formatMoney,
  isCurrencyCode,
  money,
  subtract,
  sum,
} from './index.js';
import { moneyToJson, parseMoney, safeParseMoney } from './schemas.js';

const dollars = money('1', 'USD');
const json = { amount: '1', currency: 'USD' };
const moneyMistakes = [
  ...MISTAKES,
  ['the JSON form', json],
  ['Money without a currency', { amount: dollars.amount }],
] as const;

/** Each public function with one argument replaced by `bad`, and the path its error names. */
const calls: readonly (readonly [
  name: string,
  call: (bad: never) => unknown,
  path: readonly (string | number)[],
])[] = [
  ['add(bad, m)', (bad) => add(bad, dollars), [0]],
  ['add(m, bad)', (bad) => add(dollars, bad), [1]],
  ['subtract(bad, m)', (bad) => subtract(bad, dollars), [0]],
  ['compare(m, bad)', (bad) => compare(dollars, bad), [1]],
  ['equals(bad, m)', (bad) => equals(bad, dollars), [0]],
  ['equals(m, bad)', (bad) => equals(dollars, bad), [1]],
  ['sum([m, bad])', (bad) => sum([dollars, bad]), [1]],
  ['assertSameCurrency([bad])', (bad) => assertSameCurrency([bad]), [0]],
  ['formatMoney(bad)', (bad) => formatMoney(bad), ['value']],
  ['moneyToJson(bad)', (bad) => moneyToJson(bad), []],
];

describe('money: mistakes give a BilateralError, never a TypeError', () => {
  for (const [name, call, path] of calls) {
    it.each(moneyMistakes)(`${name} with %s`, (_, bad) => {
      expectBilateralError(() => call(bad as never), path);
    });
  }

  it.each(MISTAKES.filter(([, value]) => !Array.isArray(value)))('sum(%s)', (_, bad) => {
    expect(expectBilateralError(() => sum(bad as never)).code).toBe('INVALID_INPUT');
  });

  it('sum([]) is EMPTY_SERIES and a sparse array names its hole', () => {
    expect(expectBilateralError(() => sum([])).code).toBe('EMPTY_SERIES');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the mistake under test
    expectBilateralError(() => sum([dollars, , dollars] as never), [1]);
  });

  it.each(MISTAKES)('money("1", %s)', (_, bad) => {
    expectBilateralError(() => money('1', bad as never), ['currency']);
  });

  // Text and numbers are amounts; the other mistakes are not.
  it.each(MISTAKES.filter(([, value]) => value !== '12' && value !== 12))(
    'money(%s, "USD")',
    (_, bad) => {
      expectBilateralError(() => money(bad as never, 'USD'), ['amount']);
    },
  );

  it.each(MISTAKES)('parseMoney(%s) throws and safeParseMoney does not', (_, bad) => {
    expectBilateralError(() => parseMoney(bad));
    expect(safeParseMoney(bad).success).toBe(false);
  });

  it.each(MISTAKES)('isCurrencyCode(%s) is false', (_, bad) => {
    expect(isCurrencyCode(bad as never)).toBe(false);
  });

  it.each([
    ['null options', null, ['options']],
    ['text options', 'vi', ['options']],
    ['locale "fr"', { locale: 'fr' }, ['options', 'locale']],
    ['locale "en-US"', { locale: 'en-US' }, ['options', 'locale']],
    ['notation "short"', { notation: 'short' }, ['options', 'notation']],
    ['fractionDigits 1e9', { fractionDigits: 1e9 }, ['options', 'fractionDigits']],
    ['fractionDigits -1', { fractionDigits: -1 }, ['options', 'fractionDigits']],
    ['fractionDigits 1.5', { fractionDigits: 1.5 }, ['options', 'fractionDigits']],
    ['fractionDigits "2"', { fractionDigits: '2' }, ['options', 'fractionDigits']],
    ['roundingMode "up"', { roundingMode: 'up' }, ['options', 'roundingMode']],
  ] as const)('formatMoney(m, %s)', (_, options, path) => {
    expect(expectBilateralError(() => formatMoney(dollars, options as never), path).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('lists the supported locales when refusing one', () => {
    expect(
      expectBilateralError(() => formatMoney(dollars, { locale: 'fr' as never })).message,
    ).toBe(
      'options.locale: "fr" is not a locale formatMoney writes: use one of "en", "vi", "lo", "zh" (for "en-US" pass "en")',
    );
  });
});
