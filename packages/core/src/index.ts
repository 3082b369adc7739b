/**
 * `@bilateral/core`: typed models and exact calculations for bilateral and border trade
 * statistics — money and periods, economies, flows and datasets, growth, balance, targets,
 * published figures and their reconciliation, border infrastructure, and embedded datasets.
 *
 * @packageDocumentation
 */
export { DECIMAL_PRECISION, Decimal, type DecimalInput } from './_internal/decimal.js';
export * from './balance/index.js';
export * from './dataset/index.js';
export * from './dataset/schemas.js';
export * from './datasets/index.js';
export * from './economy/index.js';
export * from './economy/schemas.js';
export * from './errors/index.js';
export * from './figures/index.js';
export * from './figures/schemas.js';
export * from './flow/index.js';
export * from './flow/schemas.js';
export * from './growth/index.js';
export * from './hs/index.js';
export * from './indicators/index.js';
// Not from infrastructure/index.ts, which the dataset's checks import by name: through it an
// app's esbuild put the words in chunks of their own, imported by the dataset validator too.
export * from './infrastructure/crossing-words-lo.js';
export * from './infrastructure/crossing-words-vi.js';
export * from './infrastructure/crossing-words-zh.js';
export * from './infrastructure/index.js';
export * from './infrastructure/schemas.js';
export * from './io/index.js';
export * from './money/index.js';
// Not from money/index.ts either: through it the widgets' messages chunks in an app reached the
// money modules of its first load, and esbuild put those in a chunk of their own.
export * from './money/money-words-lo.js';
export * from './money/money-words-vi.js';
export * from './money/money-words-zh.js';
export * from './money/schemas.js';
export * from './period/index.js';
export * from './period/schemas.js';
export * from './rates/index.js';
export * from './table/index.js';
export * from './targets/index.js';
export * from './targets/schemas.js';
