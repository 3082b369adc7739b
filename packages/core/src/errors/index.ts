// `export *`, not named re-exports: a bundler then resolves an import of `BilateralError` through
// this barrel to its file alone, so code that only throws does not reach `toSafeParse`.
export * from './bilateral-error.js';
export * from './to-safe-parse.js';
