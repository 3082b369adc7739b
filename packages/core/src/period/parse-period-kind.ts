import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { PERIOD_KINDS, type PeriodKind } from './period.js';

/** What a near miss probably meant: another case, a plural, or a common synonym. */
function guess(text: string): PeriodKind | undefined {
  const lower = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  for (const candidate of [lower, singular]) {
    if ((PERIOD_KINDS as readonly string[]).includes(candidate)) return candidate as PeriodKind;
  }
  const synonyms: Readonly<Record<string, PeriodKind>> = {
    annual: 'year',
    yearly: 'year',
    semester: 'half',
    'half-year': 'half',
    quarterly: 'quarter',
    monthly: 'month',
    ytd: 'year-to-date',
  };
  return Object.hasOwn(synonyms, singular) ? synonyms[singular] : undefined;
}

/**
 * Reads a period kind (`year`, `half`, `quarter`, `month`, `year-to-date`, `range`), refusing
 * anything else — so a misspelt kind is an error, never an empty series.
 *
 * @param input - the kind as given
 * @param path - where it sits, for the error (default `['periodKind']`)
 * @returns the kind
 * @throws {@link BilateralError} `INVALID_PERIOD` naming the value, the kinds there are and, for a
 * near miss (`'years'`, `'Quarter'`, `'ytd'`), the one probably meant
 *
 * @example
 * ```ts
 * parsePeriodKind('quarter');
 * //=> 'quarter'
 * parsePeriodKind('years');
 * // throws BilateralError [INVALID_PERIOD]: periodKind: "years" is not a period kind: use "year"
 * ```
 *
 * @category Periods
 */
export function parsePeriodKind(input: unknown, path: IssuePath = ['periodKind']): PeriodKind {
  if (typeof input === 'string' && (PERIOD_KINDS as readonly string[]).includes(input)) {
    return input as PeriodKind;
  }
  const hint = typeof input === 'string' ? guess(input) : undefined;
  throw new BilateralError('INVALID_PERIOD', [
    {
      path,
      message:
        hint === undefined
          ? `${describeInput(input)} is not a period kind: use one of ${PERIOD_KINDS.map((kind) => `"${kind}"`).join(', ')}`
          : `${describeInput(input)} is not a period kind: use "${hint}"`,
    },
  ]);
}
