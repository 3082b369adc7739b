/**
 * The core's decimal engine in browsers: decimal.js-light (5.5 kB gzipped) in place of
 * decimal.js (12.6 kB), with the few members of decimal.js's API that the core uses and the
 * light build leaves out. Both come from the same author. What differs, and why it is safe here:
 *
 * - Arithmetic that is exact within the precision (every sum, difference and product of money
 *   in the core, which refuses inexact ones) gives the same digits. An inexact result (a
 *   quotient, a power) is cut after the 64th digit by the light build and rounded half to even
 *   by decimal.js: the two differ by one unit in the 64th digit at most. The core rounds every
 *   figure it shows explicitly to far fewer digits (`toSignificantDigits`, `toFixed`, which
 *   round the same way in both), and its own high-precision steps carry guard digits before
 *   rounding once.
 * - The light build has no NaN or Infinity (it throws where decimal.js would return one), no
 *   negative zero, no trigonometry and no non-decimal bases, none of which the core relies on.
 *
 * `pnpm test` runs the whole core test suite a second time on this module (the `core on
 * decimal.js-light` project), `decimal-light.test.ts` compares the two engines operation by
 * operation, and a browser test compares every figure the bundle draws with the app build's.
 *
 * `_internal/decimal.ts` imports its engine as `#decimal-engine`, which package.json `imports`
 * resolves to this module under the `browser` condition (a bundler building for browsers: the
 * widgets' script-tag bundle, an app bundling an element) and to decimal.js elsewhere (Node, the
 * CLI). The published build keeps that import, with this module as `dist/decimal-light.js`.
 *
 * @example
 * ```ts
 * // What `#decimal-engine` gives a browser bundle.
 * import { Decimal } from './decimal-light.js';
 * Decimal.clone({ precision: 64 }).isDecimal(new Decimal('1.5'));
 * //=> true
 * ```
 *
 * @internal
 * @module
 */
import Light, { type Config, type Numeric } from 'decimal.js-light';

/** A decimal.js-light constructor with the statics of decimal.js the core uses, also on clones. */
type Constructor = Omit<typeof Light, 'clone'> & {
  new (value: Numeric): Light;
  clone(config?: Config): Constructor;
  isDecimal(value: unknown): value is Light;
  add(x: Numeric, y: Numeric): Light;
  sub(x: Numeric, y: Numeric): Light;
  mul(x: Numeric, y: Numeric): Light;
  div(x: Numeric, y: Numeric): Light;
  max(...values: Numeric[]): Light;
};

// decimal.js-light values are always finite numbers: it throws where decimal.js would return
// NaN or ±Infinity, and the core checks its inputs before dividing. Zero: decimal.js calls +0
// positive (its sign is +), decimal.js-light calls 0 neither; here 0 is positive, as in
// decimal.js, so that a sign test takes the same branch on both engines.
Object.assign(Light.prototype, {
  isFinite: () => true,
  isNaN: () => false,
  isPositive(this: Light & { s: number }) {
    return this.s >= 0;
  },
});

/**
 * Gives `ctor` and every clone made from it the statics of decimal.js the core uses; as in
 * decimal.js, each computes with the settings (precision, rounding) of its own constructor.
 */
function withDecimalJsStatics(ctor: typeof Light): Constructor {
  const clone = ctor.clone;
  return Object.assign(ctor, {
    // All clones share one prototype, so `instanceof` recognises a value from any of them.
    isDecimal: (value: unknown): value is Light => value instanceof Light,
    add: (x: Numeric, y: Numeric) => new ctor(x).plus(y),
    sub: (x: Numeric, y: Numeric) => new ctor(x).minus(y),
    mul: (x: Numeric, y: Numeric) => new ctor(x).times(y),
    div: (x: Numeric, y: Numeric) => new ctor(x).div(y),
    max: (...values: Numeric[]) =>
      values.map((value) => new ctor(value)).reduce((max, value) => (value.gt(max) ? value : max)),
    clone: (config?: Config) => withDecimalJsStatics(clone.call(ctor, config)),
  });
}

/** decimal.js-light, shaped as the part of decimal.js the core uses. */
export const Decimal: Constructor = withDecimalJsStatics(Light);
export default Decimal;
