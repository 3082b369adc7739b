/**
 * How error messages quote what the user gave: JSON-quoted and capped, so a 50 MB string in a
 * bad field makes a message of a line, not of 50 MB. Every message that echoes input goes
 * through {@link quoteInput} or {@link describeInput}.
 *
 * @internal
 */

import { grouped } from './count-of.js';

/** How many characters of a text a message shows before eliding the rest. */
export const QUOTED_CHARACTERS = 60;

/** The first `limit` characters of `text`, without splitting a surrogate pair (one less then). */
export function head(text: string, limit: number): string {
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/**
 * `text` as JSON quotes it, cut after {@link QUOTED_CHARACTERS} characters with its length said
 * in digits grouped in thousands: `"2024-Q5"`, or `"xxxxxxxx…" (5,000,000 characters)`. Never
 * splits a surrogate pair. For `@bilateral/duckdb` too (from `@bilateral/core/node`), so both
 * engines quote input alike.
 *
 * @example
 * ```ts
 * import { quoteInput } from '@bilateral/core/node';
 * [quoteInput('2024-Q5'), quoteInput('x'.repeat(1500), 3)];
 * //=> ['"2024-Q5"', '"xxx…" (1,500 characters)']
 * ```
 * @category Node
 */
export function quoteInput(text: string, limit: number = QUOTED_CHARACTERS): string {
  if (text.length <= limit) return JSON.stringify(text);
  return `${JSON.stringify(`${head(text, limit)}…`)} (${grouped(text.length)} characters)`;
}

/**
 * `text` as it is when short (for messages that show input unquoted, such as `write 1.5`), cut
 * like {@link quoteInput} when long: `12345…` (5,000,000 characters).
 *
 * @example
 * ```ts
 * [capInput('-5'), capInput('1'.repeat(100), 3)];
 * //=> ['-5', '111… (100 characters)']
 * ```
 */
export function capInput(text: string, limit: number = QUOTED_CHARACTERS): string {
  if (text.length <= limit) return text;
  return `${head(text, limit)}… (${grouped(text.length)} characters)`;
}

/**
 * How a value of any type is named in a message: a string quoted (and capped), `null`, `an
 * array`, `an object`, or the type and value of anything else (`number 12`, `boolean true`).
 */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return quoteInput(value);
  if (value == null) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
  return `${typeof value} ${value}`;
}
