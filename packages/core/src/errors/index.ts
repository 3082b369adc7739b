export {
  BilateralError,
  type BilateralErrorCode,
  type BilateralIssue,
  formatIssuePath,
  type IssuePath,
  type SafeParseResult,
  toSafeParse,
} from './bilateral-error.js';
