/**
 * Issue 12, defect 1 (money): values past the supported range are refused with OUT_OF_RANGE at
 * once — never Infinity, a formatting that runs for minutes, or memory exhausted — and -0 is 0.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError } from '../__fixtures__/misuse.js';
import { Decimal } from '../_internal/decimal.js';
import { add, formatMoney, type Money, money, subtract, sum } from './index.js';
import { moneyToJson, parseMoney } from './schemas.js';

const usd = (amount: string) => money(amount, 'USD');
const nines = `9${'0'.repeat(35)}`;

describe('money past the supported range', () => {
  it.each(['1e9000000000000001', '1e9999999', '1e36', '-1e36', '1e-37', '1e-9999999'])(
    'money(%s) is OUT_OF_RANGE, so formatMoney never sees it',
    (amount) => {
      expect(expectBilateralError(() => usd(amount), ['amount']).code).toBe('OUT_OF_RANGE');
    },
  );

  it('refuses Money built by hand with an amount past the range', () => {
    const forged = { amount: new Decimal('1e9000000000000001'), currency: 'USD' } as Money;
    expect(expectBilateralError(() => formatMoney(forged), ['value', 'amount']).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(expectBilateralError(() => moneyToJson(forged), ['amount']).code).toBe('OUT_OF_RANGE');
  });

  it('refuses sums and differences that reach 10^36', () => {
    expect(expectBilateralError(() => add(usd(nines), usd(nines))).code).toBe('OUT_OF_RANGE');
    expect(expectBilateralError(() => sum([usd(nines), usd('1'), usd(nines)])).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(expectBilateralError(() => subtract(usd(`-${nines}`), usd(nines))).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(sum([usd(nines), usd(nines), usd(`-${nines}`)]).amount.toFixed()).toBe(nines);
  });

  it('refuses JSON amounts past the range with the field named', () => {
    const error = expectBilateralError(
      () => parseMoney({ amount: `1${'0'.repeat(36)}`, currency: 'USD' }),
      ['amount'],
    );
    expect(error.message).toContain('past the supported range');
  });

  it('writes the largest and smallest supported amounts in full', () => {
    expect(formatMoney(usd(`${'9'.repeat(36)}`))).toBe(`US$${'999,'.repeat(11)}999`);
    expect(formatMoney(usd('1e-36'), { fractionDigits: 20 })).toBe(`US$0.${'0'.repeat(20)}`);
    expect(formatMoney(usd('1.5'), { fractionDigits: 20 })).toBe(`US$1.5${'0'.repeat(19)}`);
  });
});

describe('negative zero', () => {
  it('is zero, written "0", everywhere money reads it', () => {
    for (const amount of ['-0', '-0.00', -0, new Decimal('-0')]) {
      const zero = money(amount, 'USD');
      expect(zero.amount.isNegative()).toBe(false);
      expect(moneyToJson(zero)).toEqual({ amount: '0', currency: 'USD' });
      expect(formatMoney(zero)).toBe('US$0');
    }
    expect(parseMoney({ amount: '-0', currency: 'USD' }).amount.toString()).toBe('0');
  });
});
