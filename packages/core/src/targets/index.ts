/**
 * `@bilateral/core/targets`: the target calculations ({@link evaluateTarget}, {@link targetPath},
 * {@link requiredRate}, their checked faces and a band's decimals), the target types, and the
 * statuses' words in Lao, Vietnamese and Chinese, in an entry of their own: an element that draws
 * a target band only on demand keeps them out of what an app loads first. The root entry exports
 * the same.
 *
 * @packageDocumentation
 */
export { bandDecimals } from './band-decimals.js';
export { checkedTargetPath } from './checked-target-path.js';
export { evaluateCheckedTarget } from './evaluate-checked-target.js';
export {
  type CheckedTargetEvaluation,
  evaluateTarget,
  type LevelBand,
  type TargetEvaluation,
  type TargetProjection,
  type TargetStatus,
} from './evaluate-target.js';
export { requiredRate } from './required-rate.js';
// The statuses' words by `export *`: a bundler that splits code (an app's esbuild) then reaches
// only the words from the widgets' vi/lo/zh messages, not every module this file names (the
// target calculations, which a named re-export put on the messages' path: 503 B more on a growth
// app's first load).
export * from './status-words-lo.js';
export * from './status-words-vi.js';
export * from './status-words-zh.js';
export type {
  AverageGrowthBandTarget,
  GrowthBandTarget,
  LevelTarget,
  RateBand,
  Target,
  TargetCommon,
  TargetJson,
  TargetMeasure,
} from './target.js';
export { type TargetPath, type TargetPathPoint, targetPath } from './target-path.js';
