import type { Messages } from './messages.js';

/**
 * A text the data holds in English (who set a target, its note) in the reader's language: the
 * project's translation when the messages have one for exactly that text, else the data's own
 * words; `translated` says which, so the caller can mark it. Either way a range of numbers stays on
 * one line, as the project's own texts keep it: a word joiner (U+2060) on each side of its dash
 * and a no-break space before a percent sign ('An average of 10–' / '15 % a year' was seen at
 * 280 px; '2024–2030' broke too).
 *
 * @example
 * ```ts
 * dataText('An average of 10–15 % a year', en);
 * //=> { text: 'An average of 10\u2060–\u206015\u00a0% a year', translated: false }
 * ```
 */
export function dataText(
  text: string,
  m: Messages,
): { readonly text: string; readonly translated: boolean } {
  const texts = m.translations?.texts;
  const translated = texts !== undefined && Object.hasOwn(texts, text);
  return {
    text: (translated ? (texts[text] as string) : text)
      .replace(/(\d)–(?=\d)/g, '$1\u2060–\u2060')
      .replace(/(\d) %/g, '$1\u00a0%'),
    translated,
  };
}
