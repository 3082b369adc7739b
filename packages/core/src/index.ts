/**
 * `@bilateral/core`: typed models and exact calculations for bilateral and border trade
 * statistics.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './flow/index.js';
export * from './money/index.js';
export * from './period/index.js';
export { Decimal, DECIMAL_PRECISION, type DecimalInput } from './_internal/decimal.js';
