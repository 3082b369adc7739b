// Powers outside browsers: decimal.js's own `pow`. `_internal/precise.ts` imports its power as
// `#decimal-power` (package.json `imports`): this module by default, `decimal-bigint-power.ts`
// under the `browser` condition (where the engine is `decimal-bigint.ts`). Plain JavaScript, so
// that Node runs it from the package as it is, with or without a build.

/** `x^y`, rounded to the precision and rounding mode of x's constructor. */
export function power(x, y) {
  return x.pow(y);
}
