/**
 * `@bilateral/core/internal`: not public API. The functions here are the widgets' faces of public
 * functions without the checks of their arguments' shape (`uncheckedWritePeriod` is `writePeriod`
 * without its check that the period is shaped as one): the widgets pass them values they read and
 * checked once, and every page loads them, where a check would be bytes for no mistake it could
 * catch. Each may change or go in any release; use the public function each names. Three barrels,
 * re-exported with `export *` as `/calc`'s are (see `calc-plain.ts`): an app's bundler places a
 * module by the modules that import it, and through one barrel of named re-exports the modules
 * only an on-demand element uses (the target band's decimals, the balance's digits) went into what
 * an app loads first (+103 B gzipped, measured); and the band's decimals beside the balance's
 * digits, which the validator reaches too, went into a chunk the band shares with the validator.
 *
 * @internal
 * @packageDocumentation
 */
export * from './internal-band.js';
export * from './internal-first.js';
export * from './internal-rest.js';
