/**
 * `text` on one line as a reader reads it: each run of white space one plain space, a word joiner
 * (U+2060) that holds a space to the word before it read as part of that space, and no white
 * space at either end. A span of months (`formatPeriodLabel`: each space a word joiner and a
 * no-break space) reads with plain spaces; a joiner with no space after it (a target band's
 * `10⁠–⁠15 %`) stays.
 *
 * @param text - the text of an element (its `textContent`)
 * @returns the text collapsed
 * @example
 * ```ts
 * collapsedText(' in\nJan\u2060\u00a0–\u2060\u00a0Sep\u2060\u00a02024 ');
 * //=> 'in Jan – Sep 2024'
 * collapsedText('10\u2060–\u206015 %');
 * //=> '10\u2060–\u206015 %'
 * ```
 */
export function collapsedText(text: string): string {
  return text.replace(/(?:\u2060?\s)+/g, ' ').trim();
}
