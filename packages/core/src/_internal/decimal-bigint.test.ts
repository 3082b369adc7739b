import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal as BigDecimal, digitCount, pow10 } from './decimal-bigint.js';
import { power } from './decimal-bigint-power.js';

// Runs on the 'core' project only: on the browser engine's project `decimal.js` is this engine.

/** Decimal text: up to 30 digits, the point anywhere, an exponent from −60 to 60, either sign. */
const decimalText = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.integer({ min: -60, max: 60 }),
    fc.boolean(),
  )
  .map(([digits, exponent, plain]) => {
    if (!plain || exponent > 0) return `${digits}e${exponent}`;
    const unsigned = (digits < 0n ? -digits : digits).toString().padStart(-exponent + 1, '0');
    const point = unsigned.length + exponent;
    const body = exponent === 0 ? unsigned : `${unsigned.slice(0, point)}.${unsigned.slice(point)}`;
    return digits < 0n ? `-${body}` : body;
  });

/** Settings for a pair of constructors: a precision from 1 to 90 and any of the nine roundings. */
const settings = fc.record({
  precision: fc.integer({ min: 1, max: 90 }),
  rounding: fc.integer({ min: 0, max: 8 }),
  toExpNeg: fc.integer({ min: -30, max: 0 }),
  toExpPos: fc.integer({ min: 0, max: 40 }),
});

type Settings = { precision: number; rounding: number; toExpNeg: number; toExpPos: number };

/** decimal.js and this engine with the same settings. */
function engines(config: Settings) {
  return [DecimalJs.clone({ ...config } as DecimalJs.Config), BigDecimal.clone(config)] as const;
}

describe("decimal-bigint, the browsers' engine", () => {
  it('adds, subtracts, multiplies and divides as decimal.js does: correctly rounded, at any precision and rounding', () => {
    fc.assert(
      fc.property(settings, decimalText, decimalText, (config, a, b) => {
        const [Js, Big] = engines(config);
        const [x, y, u, v] = [new Js(a), new Js(b), new Big(a), new Big(b)];
        expect(u.plus(v).toString()).toBe(x.plus(y).toString());
        expect(u.minus(v).toString()).toBe(x.minus(y).toString());
        expect(u.times(v).toString()).toBe(x.times(y).toString());
        if (!y.isZero()) expect(u.div(v).toString()).toBe(x.div(y).toString());
        expect(u.cmp(v)).toBe(x.cmp(y));
        expect([u.eq(v), u.gt(v), u.gte(v), u.lt(v), u.lte(v)]).toEqual([
          x.eq(y),
          x.gt(y),
          x.gte(y),
          x.lt(y),
          x.lte(y),
        ]);
      }),
      propertyRuns(3601, { ci: 300, full: 3000 }),
    );
  });

  it('adds a term far below the other one as decimal.js rounds it, in every mode', () => {
    fc.assert(
      fc.property(settings, fc.integer({ min: 20, max: 300 }), (config, gap) => {
        const [Js, Big] = engines(config);
        for (const [a, b] of [
          ['1', `1e-${gap}`],
          ['1', `-1e-${gap}`],
          ['-9.99', `1e-${gap}`],
          ['5e-1', `-3e-${gap}`],
        ] as const) {
          expect(new Big(a).plus(b).toString()).toBe(new Js(a).plus(b).toString());
        }
      }),
      propertyRuns(3602, { ci: 100, full: 1000 }),
    );
  });

  it('counts the digits of a coefficient on both sides of every power of ten', () => {
    for (let k = 0; k <= 420; k++) {
      for (const c of [10n ** BigInt(k) - 1n, 10n ** BigInt(k), 10n ** BigInt(k) + 1n]) {
        if (c > 0n) expect(digitCount(c)).toBe(c.toString().length);
      }
    }
    expect(digitCount(0n)).toBe(1);
  });

  it('gives each power of ten, kept or not, the same twice', () => {
    for (const round of [1, 2]) {
      for (let k = 0; k <= 700; k++)
        expect([round, k, pow10(k)]).toEqual([round, k, 10n ** BigInt(k)]);
    }
  });

  it('multiplies and divides values next to a power of ten as decimal.js does, in every mode', () => {
    fc.assert(
      fc.property(
        settings,
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 1, max: 45 }),
        fc.constantFrom('9', '1', '5'),
        (config, m, n, digit) => {
          const [Js, Big] = engines(config);
          // 99…9 × 99…9, 10…01 ÷ 99…9 and the like: products and quotients whose number of digits
          // is at either end of what the operands' lengths allow.
          const a = `${'9'.repeat(m)}.${digit}`;
          const b = `${digit}${'0'.repeat(n)}1e-${n}`;
          const pairs: [string, string][] = [
            [a, a],
            [a, b],
            [b, a],
            [`-${'9'.repeat(n)}`, `1${'0'.repeat(m)}`],
          ];
          for (const [x, y] of pairs) {
            expect(new Big(x).times(y).toString()).toBe(new Js(x).times(y).toString());
            expect(new Big(x).div(y).toString()).toBe(new Js(x).div(y).toString());
            expect(new Big(y).div(x).toString()).toBe(new Js(y).div(x).toString());
          }
        },
      ),
      propertyRuns(3611, { ci: 100, full: 1000 }),
    );
  });

  it('divides by a power of ten, without long division, as long division and decimal.js do, in every mode', () => {
    // Coefficients of up to 31 digits (decimalText) and of up to 121, to be rounded at any precision.
    const long = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 120n), max: 10n ** 120n }),
        fc.integer({ min: -300, max: 300 }),
      )
      .map(([digits, exponent]) => `${digits}e${exponent}`);
    fc.assert(
      fc.property(
        settings,
        fc.oneof(decimalText, long),
        fc.integer({ min: -80, max: 80 }),
        fc.constantFrom('', '-'),
        (config, a, k, sign) => {
          const [Js, Big] = engines(config);
          const quotient = new Big(a).div(`${sign}1e${k}`);
          // The same exact quotient by a divisor that is no power of ten: the long division, from
          // the dividend doubled exactly (no constructor rounds what it reads).
          const twice = new Big(new (Big.clone({ precision: 300 }))(a).times(2));
          expect(quotient.toString()).toBe(twice.div(`${sign}2e${k}`).toString());
          expect(quotient.toString()).toBe(new Js(a).div(`${sign}1e${k}`).toString());
        },
      ),
      propertyRuns(3612, { ci: 300, full: 3000 }),
    );
  });

  it('divides by a power of ten a dividend whose digits past the precision are a tie or next to one, as decimal.js does, in every mode', () => {
    // Random dividends almost never stop exactly halfway: these keep `precision` digits (ending
    // even or odd), then …5, …50…0, …49…9 or …50…01, so each half mode decides the last digit.
    const tail = fc.oneof(
      fc.nat(40).map((zeros) => `5${'0'.repeat(zeros)}`),
      fc.integer({ min: 1, max: 40 }).map((nines) => `4${'9'.repeat(nines)}`),
      fc.nat(40).map((zeros) => `5${'0'.repeat(zeros)}1`),
    );
    fc.assert(
      fc.property(
        settings,
        fc.bigInt({ min: 1n, max: 10n ** 90n }),
        tail,
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -80, max: 80 }),
        fc.constantFrom('', '-'),
        fc.constantFrom('', '-'),
        (config, kept, rest, exponent, k, sign, divisorSign) => {
          const [Js, Big] = engines(config);
          const digits = kept.toString().slice(0, config.precision);
          const a = `${sign}${digits}${rest}e${exponent}`;
          const quotient = new Big(a).div(`${divisorSign}1e${k}`).toString();
          const twice = new Big(new (Big.clone({ precision: 300 }))(a).times(2));
          expect(quotient).toBe(twice.div(`${divisorSign}2e${k}`).toString());
          expect(quotient).toBe(new Js(a).div(`${divisorSign}1e${k}`).toString());
        },
      ),
      propertyRuns(3614, { ci: 300, full: 3000 }),
    );
  });

  it('converts to the nearest number as reading its text does, bit for bit, on both sides of the shortcut', () => {
    // The shortcut takes whole numbers of up to 15 significant digits times 10^0 to 10^22: these
    // are on both sides of each, fractions, 2^53 and values whose text rounds.
    const edges = [1n, 5n, 9n, 10n ** 15n - 1n, 10n ** 15n + 1n, 2n ** 53n - 1n, 2n ** 53n + 1n];
    const coefficient = fc.oneof(
      fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }),
      fc.bigInt({ min: 10n ** 15n, max: 10n ** 17n }),
      fc.bigInt({ min: 1n, max: 10n ** 40n }),
      fc.constantFrom(...edges),
    );
    const check = (text: string) => {
      const u = new BigDecimal(text);
      expect(u.toNumber()).toBe(Number(u.toString()));
    };
    for (let q = -25; q <= 25; q++) for (const c of edges) check(`-${c}e${q}`);
    check('0');
    fc.assert(
      fc.property(coefficient, fc.integer({ min: -30, max: 30 }), fc.boolean(), (c, q, negative) =>
        check(`${negative ? '-' : ''}${c}e${q}`),
      ),
      propertyRuns(3613, { ci: 3000, full: 30000 }),
    );
  });

  it('rounds and writes numbers as decimal.js does', () => {
    fc.assert(
      fc.property(
        settings,
        decimalText,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (config, a, dp, sd, rounding) => {
          const [Js, Big] = engines(config);
          const [x, u] = [new Js(a), new Big(a)];
          expect([u.toString(), u.valueOf(), u.toJSON()]).toEqual([
            x.toString(),
            x.valueOf(),
            x.toJSON(),
          ]);
          expect(u.toFixed()).toBe(x.toFixed());
          expect(u.toFixed(dp, rounding)).toBe(x.toFixed(dp, rounding as DecimalJs.Rounding));
          expect(u.toExponential()).toBe(x.toExponential());
          expect(u.toExponential(dp, rounding)).toBe(
            x.toExponential(dp, rounding as DecimalJs.Rounding),
          );
          expect(u.toPrecision()).toBe(x.toPrecision());
          expect(u.toPrecision(sd, rounding)).toBe(
            x.toPrecision(sd, rounding as DecimalJs.Rounding),
          );
          expect(u.toSignificantDigits(sd, rounding).toString()).toBe(
            x.toSignificantDigits(sd, rounding as DecimalJs.Rounding).toString(),
          );
          expect(u.toSignificantDigits().toString()).toBe(x.toSignificantDigits().toString());
          expect(u.toDecimalPlaces(dp, rounding).toString()).toBe(
            x.toDecimalPlaces(dp, rounding as DecimalJs.Rounding).toString(),
          );
          for (const method of ['abs', 'neg'] as const) {
            expect(u[method]().toString()).toBe(x[method]().toString());
          }
          expect([u.e, u.precision(), u.precision(true), u.decimalPlaces()]).toEqual([
            x.e,
            x.precision(),
            x.precision(true),
            x.decimalPlaces(),
          ]);
          expect([u.isInteger(), u.isNegative(), u.isPositive(), u.isZero()]).toEqual([
            x.isInteger(),
            x.isNegative() && !x.isZero(),
            x.isPositive() || x.isZero(),
            x.isZero(),
          ]);
          expect(u.toNumber()).toBe(x.toNumber() === 0 ? 0 : x.toNumber());
        },
      ),
      propertyRuns(3603, { ci: 300, full: 3000 }),
    );
  });

  it('raises to integer powers with one rounding of the exact power (power: the engine has no pow method)', () => {
    fc.assert(
      fc.property(
        settings,
        decimalText,
        fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -3000, max: 3000 })),
        (config, a, k) => {
          fc.pre(!(k < 0 && new DecimalJs(a).isZero()));
          const [Js, Big] = engines(config);
          // decimal.js rounds integer powers "almost always" correctly; at 40 more digits its
          // result rounded once more is the correctly rounded power.
          const Wide = Js.clone({ precision: config.precision + 40 });
          const exact = new Wide(a).pow(k).toSignificantDigits(config.precision);
          expect(power(new Big(a), k).toString()).toBe(new Js(exact).toString());
        },
      ),
      propertyRuns(3604, { ci: 60, full: 1000 }),
    );
  });

  it('raises to large integer powers, with guard digits past the exact power, as decimal.js does', () => {
    const settings = { precision: 64, rounding: DecimalJs.ROUND_HALF_EVEN } as const;
    const [Js, Big] = [DecimalJs.clone(settings), BigDecimal.clone(settings)];
    for (const [x, k] of [
      ['2', 100_000],
      ['1.0000001', 123_456_789],
      ['0.5', 3e15],
      ['123.456', -77],
      ['-1.5', 30_001],
      ['1.000000000000000000001', -1e15],
      ['-1.5', -50_000],
    ] as const) {
      expect(power(new Big(x), k).toString()).toBe(new Js(x).pow(k).toString());
    }
    expect(() => power(new Big(10), Number.MAX_SAFE_INTEGER)).toThrow(/Exponent out of range/);
  });

  it('raises to fractional powers correctly rounded, through ln and exp (power, not a method)', () => {
    const positive = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: -40, max: 30 }))
      .map(([digits, exponent]) => `${digits}e${exponent}`);
    const fractional = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: -14, max: -1 }))
      .map(([digits, exponent]) => `${digits}e${exponent}`);
    fc.assert(
      fc.property(settings, positive, fractional, (config, a, b) => {
        const [Js, Big] = engines(config);
        const Wide = Js.clone({ precision: config.precision + 40 });
        const exact = new Wide(a).pow(b).toSignificantDigits(config.precision);
        expect(power(new Big(a), b).toString()).toBe(new Js(exact).toString());
      }),
      propertyRuns(3605, { ci: 40, full: 1000 }),
    );
  });

  it('gives exact roots exactly, and the powers the core computes rates with', () => {
    const High = BigDecimal.clone({ precision: 100, rounding: BigDecimal.ROUND_HALF_EVEN });
    expect(power(new High('1.21'), '0.5').toString()).toBe('1.1');
    expect(power(new High(4), '0.5').toString()).toBe('2');
    expect(power(new High('1.728'), new High(1).div(3)).toSignificantDigits(64).toString()).toBe(
      '1.2',
    );
    expect(power(new High('0.0016'), '0.25').toString()).toBe('0.2');
    expect(power(new High(10), '-0.5').toSignificantDigits(20).toString()).toBe(
      '0.3162277660168379332',
    );
    // The CAGR of 100 → 161.051 over five years.
    expect(power(new High('1.61051'), '0.2').minus(1).toString()).toBe('0.1');
  });

  it('answers sign questions as decimal.js does, zero included, and has no negative zero', () => {
    for (const text of ['0', '-0', '-1.5', '2', '0.000', '-0e5']) {
      const [x, u] = [new DecimalJs(text), new BigDecimal(text)];
      expect([u.isPositive(), u.isNegative(), u.isZero()]).toEqual([
        x.isPositive() || x.isZero(),
        x.isNegative() && !x.isZero(),
        x.isZero(),
      ]);
    }
    expect(new BigDecimal('-1').plus(1).toString()).toBe('0');
    expect(new BigDecimal(-0).isNegative()).toBe(false);
  });

  it('reads what decimal.js reads and refuses the rest with a DecimalError', () => {
    for (const text of ['1.', '.5', '+7', '-0.0', '1E3', '12.5e-3', '000123']) {
      expect(new BigDecimal(text).toString()).toBe(new DecimalJs(text).toString());
    }
    for (const number of [0.1, 1e21, 5e-7, -123.456, Number.MAX_SAFE_INTEGER]) {
      expect(new BigDecimal(number).toString()).toBe(new DecimalJs(number).toString());
    }
    for (const bad of ['', '.', '1..2', ' 1', '1e', 'NaN', 'Infinity', '0x10', NaN, Infinity]) {
      expect(() => new BigDecimal(bad)).toThrow(/^\[DecimalError\] Invalid argument/);
    }
    for (const other of [{}, ['5'], 5n, { toString: () => '5' }]) {
      expect(() => new BigDecimal(other as unknown as string)).toThrow(/Invalid argument/);
    }
    expect(() => new BigDecimal('1e99999999999999999')).toThrow(/Exponent out of range/);
    expect(new BigDecimal('1e9000000000000001').e).toBe(9000000000000001);
  });

  it('throws a DecimalError where decimal.js answers NaN or Infinity', () => {
    expect(() => new BigDecimal(1).div(0)).toThrow('[DecimalError] Division by zero');
    expect(() => power(new BigDecimal(0), -1)).toThrow('[DecimalError] Division by zero');
    expect(() => power(new BigDecimal(-2), '0.5')).toThrow(/^\[DecimalError\] Power of a negative/);
    expect(() => power(new BigDecimal(10), '1e20')).toThrow('[DecimalError] Exponent out of range');
    // Powers are a function of their own, not carried by every bundle.
    expect('pow' in new BigDecimal(2)).toBe(false);
    expect(power(new BigDecimal(0), '0.5').toString()).toBe('0');
    expect(() => power(new BigDecimal(0), '-0.5')).toThrow('[DecimalError] Division by zero');
    expect(() => new BigDecimal(1).toFixed(-1)).toThrow('[DecimalError] Invalid argument: -1');
    expect(() => BigDecimal.clone({ precision: 0 })).toThrow(/Invalid argument/);
    expect(power(new BigDecimal(0), 2).toString()).toBe('0');
    expect(power(new BigDecimal(-2), 3).toString()).toBe('-8');
    expect(power(new BigDecimal('123.4'), 0).toString()).toBe('1');
  });

  it("has the statics the core uses on every clone, with the clone's own settings, and one instanceof", () => {
    const D = BigDecimal.clone({ precision: 64, rounding: BigDecimal.ROUND_HALF_EVEN });
    const Down = D.clone({ rounding: BigDecimal.ROUND_FLOOR });
    expect([Down.precision, Down.rounding, Down.toExpPos]).toEqual([64, 3, 21]);
    expect(new Down(2).div(3).toString()).toBe(
      new (DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_FLOOR }))(2)
        .div(3)
        .toString(),
    );
    expect(new D(1) instanceof Down && new Down(1) instanceof D).toBe(true);
    expect(Down.isDecimal(new D(1))).toBe(true);
    expect(D.isDecimal('1')).toBe(false);
    // An operation computes with the settings of the value's own constructor.
    expect(new Down(2).div(3).toString()).not.toBe(new D(2).div(3).toString());
    expect(new D(new Down(2).div(3)).toString()).toBe(new Down(2).div(3).toString());
    expect(new D('1.5').sd()).toBe(2);
    expect(new D('1.5').comparedTo('1.50')).toBe(0);
  });
});
