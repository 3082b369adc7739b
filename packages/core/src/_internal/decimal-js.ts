/**
 * The decimal engine outside browsers: decimal.js itself. `_internal/decimal.ts` imports its engine
 * as `#decimal-engine` (package.json `imports`): this module by default, `decimal-bigint.ts` under
 * the `browser` condition. Both pass the core's whole test suite.
 *
 * @internal
 * @module
 */
export { Decimal } from 'decimal.js';
