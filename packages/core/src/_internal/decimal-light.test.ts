import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal as Light } from './decimal-light.js';

// Both engines set up as the core sets up decimal.js (64 digits, half-even).
const settings = { precision: 64, rounding: 6, toExpNeg: -40, toExpPos: 64 } as const;
const Js = DecimalJs.clone(settings);
const Lt = Light.clone(settings);

/** Decimal strings from 0 to about 10^15 with up to 6 decimals, either sign. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, scale]) => {
    const text = (digits < 0n ? -digits : digits).toString().padStart(scale + 1, '0');
    const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    return digits < 0n ? `-${body}` : body;
  });

describe("decimal-light, the browsers' engine", () => {
  it('adds, subtracts and multiplies exactly as decimal.js does', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const [x, y, u, v] = [new Js(a), new Js(b), new Lt(a), new Lt(b)];
        expect(u.plus(v).toString()).toBe(x.plus(y).toString());
        expect(u.minus(v).toString()).toBe(x.minus(y).toString());
        expect(u.times(v).toString()).toBe(x.times(y).toString());
        expect(u.abs().pow(3).toString()).toBe(x.abs().pow(3).toString());
        expect(u.cmp(v)).toBe(x.cmp(y));
        expect(u.toFixed(2)).toBe(x.toFixed(2));
        expect(u.toSignificantDigits(5).toString()).toBe(x.toSignificantDigits(5).toString());
      }),
      { seed: 64, numRuns: 1000 },
    );
  });

  it('truncates an inexact 64-digit quotient where decimal.js rounds it: one unit in the 64th digit at most', () => {
    const Wide = DecimalJs.clone({ ...settings, precision: 90 });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        fc.pre(!new Js(b).isZero());
        const exact = new Wide(a).div(b);
        const light = new Lt(a).div(b).toString();
        // decimal.js-light cuts the quotient after 64 digits; decimal.js rounds it half to even.
        expect(light).toBe(exact.toSignificantDigits(64, DecimalJs.ROUND_DOWN).toString());
        expect(new Js(a).div(b).toString()).toBe(exact.toSignificantDigits(64).toString());
        // Every figure the core shows is rounded to far fewer digits, where the two agree.
        expect(new Lt(light).toSignificantDigits(12).toString()).toBe(
          new Js(a).div(b).toSignificantDigits(12).toString(),
        );
      }),
      { seed: 646, numRuns: 1000 },
    );
  });

  it('answers sign questions as decimal.js does, zero included', () => {
    for (const text of ['0', '-1.5', '2', '0.000']) {
      const [x, u] = [new Js(text), new Lt(text)];
      expect([u.isPositive(), u.isNegative(), u.isZero()]).toEqual([
        x.isPositive(),
        x.isNegative(),
        x.isZero(),
      ]);
    }
  });

  it("has decimal.js's statics, on every clone, with the clone's own settings", () => {
    const Down = Lt.clone({ rounding: Light.ROUND_FLOOR });
    const JsDown = Js.clone({ rounding: DecimalJs.ROUND_FLOOR });
    expect(Down.div(2, 3).toString()).toBe(JsDown.div(2, 3).toString());
    expect(Lt.add('0.1', '0.2').toString()).toBe('0.3');
    expect(Lt.sub(1, '0.9').toString()).toBe('0.1');
    expect(Lt.mul('1.5', 4).toString()).toBe('6');
    expect(Lt.max(1, '7.5', -3).toString()).toBe('7.5');
    expect(Down.isDecimal(new Lt(1))).toBe(true);
    expect(Lt.isDecimal('1')).toBe(false);
    expect((new Lt(1) as unknown as { isFinite(): boolean }).isFinite()).toBe(true);
  });
});
