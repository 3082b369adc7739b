// `datasetFromCompact`, the one checking reader of `@bilateral/core/calc`, in a barrel of its own
// (re-exported by `calc.ts` with `export *`, as `calc-plain.ts` and `calc-rest.ts` are): it reads
// the bound a figure's text states (the en/vi/lo/zh words of `figures/_text.ts`, which the
// validator also uses), so an app that imports other names of `/calc` and loads the root entry
// on demand does not reach that reader from its first chunk (src/tree-shaking.test.ts checks it).
export { datasetFromCompact } from './dataset/dataset-from-compact.js';
