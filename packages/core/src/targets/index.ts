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
