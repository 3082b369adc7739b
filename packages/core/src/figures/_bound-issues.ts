// What a statement's figure may not say beside the bound its text states. Shared by the schema
// (`parseStatement`, `parseDataset`) and the compact reader (`datasetFromCompact`), which imports
// no schema: one rule, one message, one path for both.
import { Decimal } from '../_internal/decimal.js';
import { isDecimalText } from '../_internal/decimal-text.js';
import { quoteInput } from '../_internal/quote-input.js';
import { closingStep, readStatedLimit } from './_text.js';

/**
 * A figure's JSON as far as its bound goes: its text, and its rounding, bound and precision when
 * given.
 */
export interface BoundFields {
  readonly text: string;
  readonly rounding?: unknown;
  readonly bound?: unknown;
  readonly precision?: unknown;
}

/** A contradiction between a figure's text and its `rounding`, `bound` or `precision`. */
export interface BoundIssue {
  readonly path: 'rounding' | 'bound' | 'precision';
  readonly message: string;
}

/**
 * What contradicts the bound a figure's text states ({@link readStatedLimit}), in the order the
 * schema reports it: an amount's lower bound (given, or stated) rounded `'nearest'`; an upper
 * bound ("less than", "dưới", "ຕ່ຳກວ່າ", "不到"…) beside a `bound` (a lower one), else beside
 * `rounding: 'truncate'` (the figure or more), else alone: no rounding holds it ("less than US$300
 * million" known to 1 million is [299, 300) million, `'nearest'` would be [299.5, 300.5), and the
 * model has no upper bound), but for "nearly" and its like, which the figure readers take as
 * "about" ({@link readStatedLimit}); a `bound` other than the lower one the text states.
 * A rate states its bound after its direction ("up more than 30%", "增长超过30%") and has no
 * `bound`: its lower bound is rounded `'truncate'`, so `'nearest'` contradicts it, as
 * `'truncate'` contradicts its upper bound. Last, a `precision` finer than what a closing 多, 余 or
 * ກວ່າ leaves of the figure ({@link closingStep}: "30多亿美元" is 30 to 40 亿, not [3,000, 3,001)
 * million). Fields of the wrong type are the schema's to report.
 *
 * @example
 * ```ts
 * boundIssues({ text: 'dưới 5 triệu USD', bound: 'at-least' }, 'amount')[0]?.path;
 * //=> 'bound'
 * boundIssues({ text: '30多亿美元', precision: '1000000' }, 'amount')[0]?.path;
 * //=> 'precision'
 * ```
 */
export function boundIssues(json: BoundFields, figure: 'amount' | 'rate'): BoundIssue[] {
  const stated = readStatedLimit(json.text, figure);
  const lower = stated === 'at-least' || stated === 'more-than' ? stated : undefined;
  const upper =
    stated === 'nearly'
      ? 'less-than'
      : stated === 'at-most' || stated === 'less-than'
        ? stated
        : undefined;
  const given = figure === 'amount' ? json.bound : undefined;
  const text = quoteInput(json.text, 200);
  const issues: BoundIssue[] = [];
  const bound = given ?? lower;
  if (bound !== undefined && json.rounding === 'nearest') {
    issues.push({
      path: 'rounding',
      message: `${given === undefined ? `the text ${text} states` : 'it is'} a lower bound (${String(bound)}), which is rounded 'truncate', not 'nearest'`,
    });
  }
  if (upper !== undefined && given !== undefined) {
    issues.push({
      path: 'bound',
      message: `the text ${text} states an upper bound (${upper}), not the lower bound ${String(given)}`,
    });
  } else if (upper !== undefined && json.rounding === 'truncate') {
    issues.push({
      path: 'rounding',
      message: `the text ${text} states an upper bound (${upper}), which 'truncate' (the figure or more) contradicts`,
    });
  } else if (upper !== undefined && stated !== 'nearly') {
    issues.push({
      path: 'rounding',
      message: `the text ${text} states an upper bound (${upper}), which no rounding holds: 'nearest' reaches past it, 'truncate' is the figure or more (the model has no upper bound)`,
    });
  }
  if (given !== undefined && lower !== undefined && lower !== given) {
    issues.push({
      path: 'bound',
      message: `the text ${text} states the lower bound ${lower}, not ${String(given)}`,
    });
  }
  const step = closingStep(json.text, figure);
  const { precision } = json;
  if (
    step !== undefined &&
    typeof precision === 'string' &&
    isDecimalText(precision) &&
    new Decimal(precision).lt(step)
  ) {
    issues.push({
      path: 'precision',
      message: `the text ${text} gives its figure to ${step.toString()} (多, 余, ກວ່າ or -odd after its number or scale), so its precision is at least that, not ${precision}`,
    });
  }
  return issues;
}
