import { safeParsePublishedAmount } from './parse-published-amount.js';
import { safeParsePublishedRate } from './parse-published-rate.js';
import {
  type PublishedAmount,
  publishedAmount,
  type RoundingAssumption,
} from './published-amount.js';
import { type PublishedRate, publishedRate } from './published-rate.js';
import type { PublishedAmountJson } from './statement.js';

/** The JSON of a published rate, as statements carry it. */
export interface RateJson {
  readonly text: string;
  readonly value: string;
  readonly precision?: string | undefined;
  readonly rounding?: RoundingAssumption | undefined;
}

/** The text read as an amount in `currency`, or undefined when it is not one. */
export function readPublishedAmount(text: string, currency: string): PublishedAmount | undefined {
  const result = safeParsePublishedAmount(text, { currency });
  return result.success ? result.data : undefined;
}

/** The text read as a rate, or undefined when it is not one. */
export function readPublishedRate(text: string): PublishedRate | undefined {
  const result = safeParsePublishedRate(text);
  return result.success ? result.data : undefined;
}

/**
 * The published amount of validated JSON: the explicit fields, the text's scale, and the
 * precision and rounding the text shows unless the JSON gives them. A level statement's amount
 * (a {@link PublishedAmountJson}) read so, as the reconciliation and `bilateral report` read it:
 * its `interval` is what the published figure allows.
 *
 * @example
 * ```ts
 * const turnover = amountFromJson({ text: 'US$1.5 billion', value: '1500000000', currency: 'USD' });
 * formatInterval(turnover.interval, { unit: '1e6' }); //=> '[1450, 1550)'
 * turnover.precision.toFixed(); //=> '100000000'
 * ```
 *
 * @category Figures
 */
export function amountFromJson(json: PublishedAmountJson): PublishedAmount {
  const read = readPublishedAmount(json.text, json.currency);
  return publishedAmount({
    text: json.text,
    value: json.value,
    currency: json.currency,
    // Validation guarantees a precision when the text cannot be read.
    precision: json.precision ?? read?.precision ?? '1',
    rounding: json.rounding ?? read?.rounding ?? 'nearest',
    ...(read === undefined ? {} : { scale: read.scale }),
  });
}

/** The published rate of validated JSON. */
export function rateFromJson(json: RateJson): PublishedRate {
  const read = readPublishedRate(json.text);
  return publishedRate({
    text: json.text,
    value: json.value,
    precision: json.precision ?? read?.precision ?? '1',
    rounding: json.rounding ?? read?.rounding ?? 'nearest',
  });
}
