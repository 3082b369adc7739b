/**
 * The messages of `UNKNOWN_ECONOMY` and the readers of numeric codes, over the indexes of
 * `economy-index.ts`. Private to the module.
 *
 * @internal
 */

import { quoteInput } from '../_internal/quote-input.js';
import type { BilateralIssue, IssueHint } from '../errors/index.js';
import type { Economy } from './economy.js';
import { ALL_ECONOMIES } from './economy-index.js';

/** How a value that is not a string is named in a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteInput(value);
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/**
 * The code someone probably meant when they wrote `text`: the code in other letter case, an
 * alpha-2 code, the code Comtrade prints (`W00`), or a name in any locale.
 */
function suggestCode(text: string): string | undefined {
  const folded = text.trim().toLocaleLowerCase('en');
  if (folded === '') return undefined;
  for (const economy of ALL_ECONOMIES) {
    const candidates = [
      economy.code,
      economy.iso2 ?? '',
      economy.comtradeIso,
      ...Object.values(economy.names),
    ];
    if (candidates.some((candidate) => candidate.toLocaleLowerCase('en') === folded)) {
      return economy.code;
    }
  }
  return undefined;
}

/** The hint of a code that names no economy Bilateral knows: the list of those it knows. */
const LIST_ECONOMIES: IssueHint = Object.freeze({
  code: 'LIST_ECONOMIES',
  message: 'listEconomies() lists them all',
});

/** `problem`, then the hint to the list of the economies Bilateral knows, with which it ends. */
export function listedEconomiesIssue(problem: string): Pick<BilateralIssue, 'message' | 'hint'> {
  return { message: `${problem}; ${LIST_ECONOMIES.message}`, hint: LIST_ECONOMIES };
}

/**
 * Why `input` names no known economy, naming the input and, when it can, what was meant; for a
 * well-formed code no economy has, the hint to the list of those Bilateral knows.
 */
export function unknownCodeIssue(input: unknown): Pick<BilateralIssue, 'message' | 'hint'> {
  const shown = describeValue(input);
  const malformed = {
    message: `${shown} is not an economy code: expected three capital letters (ISO 3166-1 alpha-3) such as "VNM"`,
  };
  if (typeof input !== 'string') return malformed;
  const suggestion = suggestCode(input);
  if (suggestion !== undefined && suggestion !== input) {
    return {
      message: `${shown} is not an economy code: did you mean "${suggestion}"? (codes are ISO 3166-1 alpha-3 in capitals)`,
    };
  }
  if (/^[A-Z]{3}$/.test(input)) {
    return listedEconomiesIssue(
      `${shown} is not a known economy code: known codes are ISO 3166-1 alpha-3 such as "VNM", "LAO", "CHN"`,
    );
  }
  return malformed;
}

/** The message of {@link unknownCodeIssue}: a schema's issues carry a message only. */
export function unknownCodeMessage(input: unknown): string {
  return unknownCodeIssue(input).message;
}

/**
 * Reads a numeric code given as a number or as digits (`704`, `"704"`, `"004"`); `undefined`
 * when it is neither an integer from 0 to 999 nor one to three digits.
 */
export function readNumericCode(input: unknown): number | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 0 && input <= 999 ? input : undefined;
  }
  if (typeof input === 'string' && /^\d{1,3}$/.test(input.trim())) return Number(input.trim());
  return undefined;
}

/** `Vietnam (VNM)`: how an economy is named inside a message. */
export function label(economy: Economy): string {
  return `${economy.names.en} (${economy.code})`;
}
