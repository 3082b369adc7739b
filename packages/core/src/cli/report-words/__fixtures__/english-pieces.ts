/**
 * The English of the report's catalogue, to find in a text that should have none of it:
 * `bilateral report --locale` and `bilateral reconcile --locale` in vi, lo and zh.
 */
import { REPORT_WORDS } from '../index.js';

/** Where a template puts an argument. */
const HOLE = '⟦⟧';

/**
 * An argument for any template: a string, a list (`years.join`) and an official count's row at
 * once; it writes as a hole, and counts as 1 where a template compares it.
 */
const SAMPLE = Object.assign([HOLE], {
  what: HOLE,
  official: 1,
  listed: 1,
  missing: 1,
  extra: 1,
  uncertain: 1,
  toString: () => HOLE,
  // The string method a template calls (possessive: `Vietnam's`, `Laos'`).
  endsWith: (end: string) => HOLE.endsWith(end),
});

/** Every text of a catalogue's value, its templates rendered with {@link SAMPLE} arguments. */
function rendered(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return [String(value(...Array.from({ length: value.length }, () => SAMPLE)))];
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(rendered);
  return [];
}

/**
 * The English words of the catalogue: each rendered text cut at its arguments and numbers, the
 * pieces that hold an English word (three letters or more).
 */
export const ENGLISH = [
  ...new Set(
    rendered(REPORT_WORDS.en)
      .flatMap((text) => text.split(/(?:⟦⟧|\d)+|undefined/))
      .map((piece) => piece.trim())
      .filter((piece) => /[a-z]{3,}/.test(piece)),
  ),
];

/** A piece as whole words: "per" is not in "periods". */
const asWords = (piece: string) =>
  new RegExp(`(?<![A-Za-z])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`);

/** The catalogue's English pieces that `text` holds, as whole words. */
export function englishIn(text: string): string[] {
  return ENGLISH.filter((piece) => asWords(piece).test(text));
}
