/**
 * `sum` of 1 M amounts: decimal.js (the public path, exact) against an exact BigInt minor-units
 * baseline and an inexact float baseline. Run with `pnpm bench`; numbers in docs/performance.md.
 */
import { expect, test } from 'vitest';
import { type Money, money, sum } from '../index.js';

const COUNT = 1_000_000;

/** 1 M decimal strings with two decimals, up to US$1 billion each (the total passes 2^53 cents). */
const texts = Array.from({ length: COUNT }, (_, index) => {
  const units = (index * 7_919 + 104_729) % 1_000_000_000;
  return `${units}.${String((index * index + 13 * index) % 97).padStart(2, '0')}`;
});

/** Decimal string with exactly two decimals → integer cents. */
const cents = (text: string): bigint => BigInt(text.replace('.', ''));

function sumCents(values: readonly string[]): bigint {
  let total = 0n;
  for (const value of values) total += cents(value);
  return total;
}

function sumFloats(values: readonly string[]): number {
  let total = 0;
  for (const value of values) total += Number(value);
  return total;
}

test('sum of 1,000,000 amounts: Decimal vs BigInt minor units vs float', async ({ bench }) => {
  const amounts: Money[] = texts.map((text) => money(text, 'USD'));
  const minorUnits = texts.map(cents);

  // Both exact paths agree to the cent (the float path may not: its total passes 2^53 cents).
  const exact = sum(amounts).amount.toFixed(2);
  expect(exact.replace('.', '')).toBe(sumCents(texts).toString());

  await bench.compare(
    bench('Decimal: money() + sum() from 1 M decimal strings', () => {
      sum(texts.map((text) => money(text, 'USD')));
    }),
    bench('Decimal: sum() of 1 M Money values', () => {
      sum(amounts);
    }),
    bench('BigInt cents: parse + add 1 M decimal strings', () => {
      sumCents(texts);
    }),
    bench('BigInt cents: add 1 M bigints', () => {
      let total = 0n;
      for (const value of minorUnits) total += value;
      return total;
    }),
    bench('float (inexact): Number() + add 1 M strings', () => {
      sumFloats(texts);
    }),
    { iterations: 5, time: 0, warmupIterations: 1, throws: true },
  );
});
