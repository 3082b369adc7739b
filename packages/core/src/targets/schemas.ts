/** The targets module's schemas, parsers and JSON writer, apart so that evaluations never load zod. */
export {
  parseTarget,
  safeParseTarget,
  TargetRateSchema,
  TargetSchema,
  targetToJson,
} from './target.js';
