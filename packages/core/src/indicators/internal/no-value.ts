import type { IndicatorValue, NoIndicatorReason } from '../indicator-value.js';

/** The {@link IndicatorValue} of an indicator that has none, with its reason and message. */
export function noValue(reason: NoIndicatorReason, message: string): IndicatorValue {
  return { value: null, reason, message };
}
