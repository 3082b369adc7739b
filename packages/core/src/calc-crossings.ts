// The border-crossing functions of `@bilateral/core/calc` that read crossings already checked
// (`summarizeCheckedCrossings`, and `sideClassOn` and `statusOn` for one side on a day): no
// crossing rules, no classification systems, no schema. Re-exported with `export *`, as
// `calc.ts` re-exports its other barrels: an app that bundles `<bilateral-gates>` imported them
// from the root entry, whose barrels brought zod and the classification systems into what it
// loads first (+24.9 kB gzipped, measured with esbuild); an app importing other names of `/calc`
// reaches none of these modules.
export * from './infrastructure/side-class-on.js';
export * from './infrastructure/status-on.js';
export * from './infrastructure/summarize-checked-crossings.js';
