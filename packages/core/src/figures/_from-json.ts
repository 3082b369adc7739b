import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { readBound } from './_text.js';
import { lowerBoundOf } from './lower-bound-of.js';
import { safeParsePublishedAmount } from './parse-published-amount.js';
import { safeParsePublishedRate } from './parse-published-rate.js';
import {
  type PublishedAmount,
  publishedAmount,
  type RoundingAssumption,
} from './published-amount.js';
import { type PublishedRate, publishedRate } from './published-rate.js';
import type {
  PublishedAmountFields,
  PublishedAmountJson,
  Statement,
  StatementFields,
} from './statement.js';

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
 * A published amount's JSON with its lower bound recorded: `bound` ('at-least' or 'more-than')
 * and `rounding: 'truncate'`, each unless given. The bound is the one given, else the one its
 * text states ({@link readBound}), else, for a figure given `rounding: 'truncate'` whose words
 * state none ("US$565 million", truncated), `'more-than'`, as `bilateral report` words it
 * ({@link lowerBoundOf}, the one place that rule is written), so that what reads a statement
 * reads its `bound` and guesses nothing. The JSON itself when there is nothing to add (no bound,
 * or both given); a `rounding: 'nearest'` given is kept (the schema refuses it beside a bound).
 *
 * @example
 * ```ts
 * amountWithBound({ text: 'ít nhất 565 triệu USD', value: '565000000', currency: 'USD' });
 * //=> { text: 'ít nhất 565 triệu USD', value: '565000000', currency: 'USD', rounding: 'truncate', bound: 'at-least' }
 * amountWithBound({ text: 'US$565 million', value: '565000000', currency: 'USD', rounding: 'truncate' }).bound;
 * //=> 'more-than'
 * ```
 */
export function amountWithBound(json: PublishedAmountFields): PublishedAmountJson {
  const bound = json.bound ?? readBound(json.text) ?? lowerBoundOf(json);
  // No bound: rounded 'nearest' (a 'truncate' has one); both given: 'truncate' (the schema
  // refuses 'nearest' beside a bound).
  if (bound === undefined || (json.bound !== undefined && json.rounding !== undefined)) {
    return json as PublishedAmountJson;
  }
  return { ...json, rounding: 'truncate', bound };
}

/**
 * A published rate's JSON with the lower bound its text states ("up more than 30%", "tăng hơn
 * 30%", "增长超过30%": {@link readBound}) recorded as `rounding: 'truncate'` (the rate or a
 * little more, as `parsePublishedRate` reads "more than 30%": [30, 31) %), unless a rounding is
 * given. A rate has no `bound`: which kind of lower bound it was ('at-least' or 'more-than') is
 * not kept, but the rate is not read as rounded to the nearest. The JSON itself when there is
 * nothing to add.
 *
 * @example
 * ```ts
 * rateWithBound({ text: '增长超过30%', value: '30', precision: '1' });
 * //=> { text: '增长超过30%', value: '30', precision: '1', rounding: 'truncate' }
 * ```
 */
export function rateWithBound<R extends RateJson>(json: R): R {
  if (json.rounding !== undefined || readBound(json.text, 'rate') === undefined) return json;
  return { ...json, rounding: 'truncate' };
}

/**
 * The statement with the lower bound its figure's text states recorded: an amount's
 * ({@link amountWithBound}), a growth rate's or a share's ({@link rateWithBound}). What
 * `parseStatement` and `parseDataset` return, so that what reads a statement reads its `bound`
 * and `rounding`, never its text. The statement itself when there is nothing to add.
 *
 * @example
 * ```ts
 * const [level] = vietnamLaosDocument.statements.filter((s) => s.id === 'lao-vn-2023-h1-exports');
 * const read = statementWithBound(level!);
 * read.kind === 'level' && [read.amount.rounding, read.amount.bound];
 * //=> ['truncate', 'more-than']
 * ```
 */
export function statementWithBound(statement: StatementFields): Statement {
  if (statement.kind === 'growth') {
    const rate = rateWithBound(statement.rate);
    return rate === statement.rate ? statement : { ...statement, rate };
  }
  if (statement.kind === 'share') {
    const share = rateWithBound(statement.share);
    return share === statement.share ? statement : { ...statement, share };
  }
  const { amount } = statement;
  const read = amount && amountWithBound(amount);
  // The statement itself where its amount (if any) records what it says.
  return (read === amount ? statement : { ...statement, amount: read }) as Statement;
}

/**
 * The published amount of validated JSON: the explicit fields, the text's scale, and the
 * precision, rounding and lower bound the text shows unless the JSON gives them (a JSON that
 * `parseStatement` or `parseDataset` returned records its bound, one the amount reader cannot read
 * too). A level statement's amount (a {@link PublishedAmountJson}) read so, as the
 * reconciliation and `bilateral report` read it: its `interval` is what the published figure
 * allows.
 *
 * @example
 * ```ts
 * const turnover = amountFromJson({ text: 'US$1.5 billion', value: '1500000000', currency: 'USD' });
 * formatInterval(turnover.interval, { unit: '1e6' }); //=> '[1450, 1550)'
 * turnover.precision.toFixed(); //=> '100000000'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `json` for what is no object with a text and a
 *   currency
 *
 * @category Figures
 */
export function amountFromJson(json: PublishedAmountJson): PublishedAmount {
  if (!isRecord(json) || typeof json.text !== 'string' || typeof json.currency !== 'string') {
    throw wrongArgument(
      ['json'],
      "a published amount's JSON ({ text, value, currency }, as a level statement carries it)",
      json,
    );
  }
  const read = readPublishedAmount(json.text, json.currency);
  return publishedAmount({
    text: json.text,
    value: json.value,
    currency: json.currency,
    // Validation guarantees a precision when the text cannot be read.
    precision: json.precision ?? read?.precision ?? '1',
    // Unless given, 'truncate' for a bound and 'nearest' otherwise, as the text reads.
    rounding: json.rounding,
    bound: json.bound ?? read?.bound,
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
