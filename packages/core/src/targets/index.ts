export {
  evaluateTarget,
  type LevelBand,
  type TargetEvaluation,
  type TargetProjection,
  type TargetStatus,
} from './evaluate-target.js';
export { requiredRate } from './required-rate.js';
export {
  type AverageGrowthBandTarget,
  type GrowthBandTarget,
  type LevelTarget,
  parseTarget,
  type RateBand,
  safeParseTarget,
  type Target,
  type TargetCommon,
  type TargetJson,
  type TargetMeasure,
  TargetRateSchema,
  TargetSchema,
  targetToJson,
} from './target.js';
export { type TargetPath, type TargetPathPoint, targetPath } from './target-path.js';
