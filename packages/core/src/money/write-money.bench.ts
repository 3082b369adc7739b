/**
 * What the widgets do with every amount, on each engine: `writeMoney` in compact notation (five
 * divisions by powers of ten and their roundings, then the digits) of 2,000 amounts in English,
 * Vietnamese and Chinese, and `toNumber` of the same amounts (what the charts draw). Run with
 * `pnpm bench`; numbers in docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { money, writeMoney } from '../index.js';

/** 2,000 amounts as the datasets publish them: whole, 4 to 12 digits, many ending in zeros. */
const amounts = Array.from({ length: 2_000 }, (_, index) => {
  const digits = 4 + (index % 9);
  const units = String((index * 7_919 + 104_729) % 10 ** digits);
  const published = index % 3 === 0 ? units.replace(/\d{3}$/, '000') : units;
  return money(index % 5 === 0 ? `-${published}` : published, 'USD');
});

test('writeMoney (compact) and toNumber of 2,000 amounts', async ({ bench }) => {
  expect(writeMoney(money('1491900000', 'USD'), { locale: 'en', compact: true })).toBe(
    'US$1.49 billion',
  );
  expect(amounts[1]?.amount.toNumber()).toBe(12_648);
  // Every text the benchmark writes, on either engine, is decimal.js's (their digest, the same on
  // both projects), and every number is the one its text reads (exact: below 2^53).
  const texts = (['en', 'vi', 'zh'] as const).flatMap((locale) =>
    amounts.map((value) => writeMoney(value, { locale, compact: true })),
  );
  expect(createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 16)).toBe(
    '13bfad7f9cc6a150',
  );
  for (const value of amounts) expect(value.amount.toNumber()).toBe(Number(value.amount.toFixed()));

  await bench.compare(
    ...(['en', 'vi', 'zh'] as const).map((locale) =>
      bench(`writeMoney, compact, ${locale}: 2,000 amounts`, () => {
        for (const value of amounts) writeMoney(value, { locale, compact: true });
      }),
    ),
    bench('toNumber: 2,000 amounts', () => {
      let total = 0;
      for (const value of amounts) total += value.amount.toNumber();
      return total;
    }),
    { iterations: 20, time: 0, warmupIterations: 3, throws: true },
  );
});
