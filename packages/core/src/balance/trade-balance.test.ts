import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode, outcome } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { scaledAmount, scaledText, significantDigits } from '../__fixtures__/scaled-amount.js';
import { Decimal } from '../_internal/decimal.js';
import { impliedPrevious } from '../growth/index.js';
import { add, money } from '../money/index.js';
import { coverageRatio, tradeBalance } from './index.js';

/** Non-negative decimal strings of up to 18 significant digits. */
const flow = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }), fc.integer({ min: 0, max: 18 }))
  .map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    const whole = text.slice(0, text.length - scale);
    const fraction = text.slice(text.length - scale);
    return `${whole}${fraction ? `.${fraction}` : ''}`;
  });

const code = errorCode;

describe('tradeBalance', () => {
  it('gives turnover, balance, ratios and positions (seed 004, first nine months of 2024)', () => {
    const b = tradeBalance({ exports: money('491.9', 'USD'), imports: money('1000', 'USD') });
    expect(b.turnover.amount.toString()).toBe('1491.9');
    expect(b.turnover.currency).toBe('USD');
    expect(b.balance.amount.toString()).toBe('-508.1');
    expect(b.coverageRatio?.toString()).toBe('0.4919');
    expect(b.relativeBalance?.toFixed(4)).toBe('-0.3406');
    expect(b.position).toEqual({ reporter: 'deficit', partner: 'surplus' });
  });

  it('handles zeros without Infinity or NaN', () => {
    const noImports = tradeBalance({ exports: '10', imports: '0' });
    expect(noImports.coverageRatio).toBeNull();
    expect(noImports.relativeBalance?.toString()).toBe('1');
    expect(noImports.position).toEqual({ reporter: 'surplus', partner: 'deficit' });
    const nothing = tradeBalance({ exports: 0, imports: 0 });
    expect(nothing.coverageRatio).toBeNull();
    expect(nothing.relativeBalance).toBeNull();
    expect(nothing.position).toEqual({ reporter: 'balanced', partner: 'balanced' });
    expect(nothing.turnover.toString()).toBe('0');
  });

  it('balances values implied from growth rates (64 digits each) exactly', () => {
    const exports = impliedPrevious(money('159600000', 'USD'), '0.064');
    const imports = impliedPrevious(money('179000000', 'USD'), '0.417');
    const b = tradeBalance({ exports, imports });
    expect(b.turnover.amount.div(1e6).toFixed(3)).toBe('276.323');
    expect(b.balance.amount.div(1e6).toFixed(3)).toBe('23.677');
    expect(b.position.reporter).toBe('surplus');
  });

  it('refuses, rather than rounds, a turnover past 64 digits, as add refuses the sum', () => {
    // 10^35 + 10^-30 + 1 needs 66 digits: it was rounded to 100000000000000000000000000000000001.
    const large = money(`1${'0'.repeat(35)}.${'1'.padStart(30, '0')}`, 'USD');
    const one = money('1', 'USD');
    for (const [exports, imports] of [
      [large, one],
      [one, large],
    ] as const) {
      const refusal = outcome(() => tradeBalance({ exports, imports }));
      expect(refusal).toEqual(outcome(() => add(exports, imports)));
      expect(refusal).toMatchObject([
        'PRECISION_EXCEEDED',
        [
          {
            message: `${exports.amount} + ${imports.amount} needs more than 64 significant digits to be exact`,
          },
        ],
      ]);
    }
    expect(code(() => tradeBalance({ exports: large.amount, imports: 1 }))).toBe(
      'PRECISION_EXCEEDED',
    );
  });

  it('gives a turnover of exactly 64 digits, where the sum carries into a new digit', () => {
    // 7e27 − 1e-36 and 3e27 + 1e-36, 64 digits each: add refuses them (it counts a digit for a
    // carry); the sum is 10^28, the difference 4e27 − 2e-36 (64 digits).
    const exports = money(`6${'9'.repeat(27)}.${'9'.repeat(36)}`, 'USD');
    const imports = money(`3${'0'.repeat(27)}.${'1'.padStart(36, '0')}`, 'USD');
    expect(code(() => add(exports, imports))).toBe('PRECISION_EXCEEDED');
    const b = tradeBalance({ exports, imports });
    expect(b.turnover.amount.toFixed()).toBe(`1${'0'.repeat(28)}`);
    expect(b.balance.amount.toFixed()).toBe(`3${'9'.repeat(27)}.${'9'.repeat(35)}8`);
  });

  it('refuses negative flows and mixed currencies', () => {
    expect(code(() => tradeBalance({ exports: '-1', imports: '1' }))).toBe('INVALID_INPUT');
    expect(
      code(() => tradeBalance({ exports: money('1', 'USD'), imports: money('1', 'LAK') as never })),
    ).toBe('CURRENCY_MISMATCH');
    expect(code(() => tradeBalance({ exports: money('1', 'USD') as never, imports: '1' }))).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});

describe('coverageRatio', () => {
  it('is exports ÷ imports, null when imports are 0 (seed 003: 159.6 ÷ 179)', () => {
    expect(coverageRatio(money('159.6', 'USD'), money('179', 'USD'))?.toFixed(4)).toBe('0.8916');
    expect(coverageRatio('10', '0')).toBeNull();
    expect(coverageRatio('0', '10')?.toString()).toBe('0');
    expect(code(() => coverageRatio('1', '-1'))).toBe('INVALID_INPUT');
  });
});

describe('balance properties', () => {
  it('balance + imports = exports, exactly', () => {
    fc.assert(
      fc.property(flow, flow, (x, m) => {
        const b = tradeBalance({ exports: money(x, 'USD'), imports: money(m, 'USD') });
        expect(b.balance.amount.plus(b.imports.amount).eq(new Decimal(x))).toBe(true);
        expect(b.balance.currency).toBe('USD');
      }),
      propertyRuns(5_087, { ci: 1000, full: 2000 }),
    );
  });

  it('turnover = exports + imports, exactly', () => {
    fc.assert(
      fc.property(flow, flow, (x, m) => {
        const b = tradeBalance({ exports: x, imports: m });
        expect(b.turnover.eq(new Decimal(x).plus(m))).toBe(true);
        expect(b.turnover.minus(b.exports).eq(b.imports)).toBe(true);
      }),
      propertyRuns(3_386, { ci: 1000, full: 2000 }),
    );
  });

  it('turnover and balance are exact where the exact sum fits 64 digits, else refused', () => {
    fc.assert(
      fc.property(scaledAmount, scaledAmount, (x, m) => {
        const scale = Math.max(x.scale, m.scale);
        const [xs, ms] = [x, m].map((a) => a.digits * 10n ** BigInt(scale - a.scale)) as [
          bigint,
          bigint,
        ];
        const exact = (digits: bigint) => new Decimal(`${digits}e-${scale}`).toFixed();
        const flows = { exports: scaledText(x), imports: scaledText(m) };
        if (significantDigits(xs + ms) > 64) {
          expect(code(() => tradeBalance(flows))).toBe('PRECISION_EXCEEDED');
          return;
        }
        let b: ReturnType<typeof tradeBalance>;
        try {
          b = tradeBalance(flows);
        } catch {
          // A turnover or a coverage ratio of 10^36 or more is past the supported range.
          expect(code(() => tradeBalance(flows))).toBe('OUT_OF_RANGE');
          const past = 10n ** 36n;
          expect(xs + ms >= past * 10n ** BigInt(scale) || (ms > 0n && xs >= past * ms)).toBe(true);
          return;
        }
        expect([b.turnover.toFixed(), b.balance.toFixed()]).toEqual([
          exact(xs + ms),
          exact(xs - ms),
        ]);
      }),
      propertyRuns(6_402, { ci: 1000, full: 5000 }),
    );
  });

  it('the relative balance lies in [−1, 1] and the two positions mirror each other', () => {
    fc.assert(
      fc.property(flow, flow, (x, m) => {
        const b = tradeBalance({ exports: x, imports: m });
        if (b.relativeBalance !== null) {
          expect(b.relativeBalance.abs().lte(1)).toBe(true);
        }
        const mirror = { surplus: 'deficit', deficit: 'surplus', balanced: 'balanced' };
        expect(b.position.partner).toBe(mirror[b.position.reporter]);
      }),
      propertyRuns(1_650, { ci: 1000, full: 1000 }),
    );
  });
});
