/**
 * `@bilateral/core/calc`: the calculations alone — growth, balance, targets, periods, money,
 * commodity indicators,
 * series from a parsed dataset — for code that already holds plain typed
 * values (a dataset read with `datasetFromCompact`, or parsed once with `parseDataset`). Nothing
 * here imports a zod schema, a parser that builds one, or an embedded dataset, so a bundle that
 * imports only this entry carries none of them (`src/tree-shaking.test.ts` checks it). Everything
 * here is also exported by the root entry, `@bilateral/core`. The border-crossing functions
 * (`crossingClassOn`, `summarizeCrossings`, …) check the crossings they are given field by field,
 * without a schema, but are exported by the root entry only: an app's bundler places a module by
 * the modules that import it, file by file, so a `/calc` that re-exported them would bring the
 * crossing rules (which the validator also uses) into every app that imports `/calc`. Those that
 * read crossings already checked (`summarizeCheckedCrossings`, `sideClassOn`, `statusOn`: what
 * `<bilateral-gates>` draws with) are here, in a barrel of their own (`calc-crossings.ts`). For the
 * same reason the target calculations (`evaluateTarget`, `targetPath`, `requiredRate`) have an
 * entry of their own, `@bilateral/core/targets`: an element that draws a target band only on
 * demand keeps them out of what an app loads first. `/calc` keeps the target types. `economyLabel`
 * (the economy table's names, about 8 kB minified) is in the root entry only, for the same reason:
 * the widgets load it on demand. So is `datasetSeries`, which reads published-figure text with the
 * figure parser (which the validator also uses), and `datasetSeriesWith` (the same with the reader
 * of that text from its caller), which checks its request: an app that loads the checker only to
 * word an error would otherwise carry it first. `/calc` has `checkedDatasetSeries`, for requests
 * the caller made valid, with the reader from its caller.
 * The digits a computed rate's figures support (`rateDigits`, `roundedRate`, `knownUnit`,
 * `yearOnYearDigits`) are in the root entry and in `@bilateral/core/rate-digits`, a module of its
 * own: re-exported here, they sat in the chunk an app shares with every on-demand chunk that
 * imports `/calc`, 50 B more of what an app with a growth figure loads first than in the app's
 * own file (h115).
 * `parsePeriod` (period text checked, with a message for every mistake; the validator's period
 * schema reads with it) is in the root entry only too: `/calc` has `readPeriodText`, which reads
 * text known to be valid and gives `undefined` for any other.
 *
 * @packageDocumentation
 */

export * from './calc-compact.js';
export * from './calc-crossings.js';
export * from './calc-plain.js';
export * from './calc-rest.js';
