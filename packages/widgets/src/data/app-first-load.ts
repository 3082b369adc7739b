/**
 * What a series element's first load holds beyond Lit, the formats and the core, re-exported by
 * each chunk a growth chart loads on demand and that the first load shares code with (the growth
 * band, the growth table, the dataset validator), so that those chunks reach it too. Nothing
 * imports it from them: it shapes an app's chunks. esbuild puts the code of a first load into its
 * entry unless an on-demand chunk reaches it, and the code that the first load shares with
 * on-demand chunks into one chunk per set of chunks reaching it (see the re-exports of
 * `validate-document.ts`): an app bundling `@bilateral/widgets/growth` loaded the element base,
 * its controllers, styles and messages, the timeline and the chart in its entry, beside Lit, the
 * formats and the core in a chunk, each file gzipped on its own. Reached by the three, they join
 * that chunk, and the entry keeps growth's own modules: 29,918 -> 29,462 B gzipped first
 * (`scripts/app-bundle.test.ts` checks what the entry holds). A module that growth.ts imports,
 * other than Lit, the formats, the core and growth's own, belongs here by one of its names.
 *
 * The script-tag build regroups its chunks itself (`scripts/merge-chunks.ts`) and reads this
 * module as empty (`appChunksOnly` in `tsup.config.ts`): its chunks stay as they were.
 *
 * @example
 * ```ts
 * // In each of growth-band.ts, growth-table.ts and validate-document.ts:
 * export * from '../data/app-first-load.js';
 * ```
 *
 * @internal
 * @module
 */
export { BilateralElement } from '../base/bilateral-element.js';
export { withCommodity } from '../base/commodity.js';
export { firstPeriodKind } from '../base/first-period-kind.js';
export { publishedRates } from '../base/published-rates.js';
export { timeline } from '../base/timeline.js';
export { timelineChart } from '../base/timeline-view.js';
export { reserve } from '../styles/reserve.js';
export { seriesOf } from './dataset-memo.js';
