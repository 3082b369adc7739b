/**
 * The title `bilateral import` gives a dataset when `--title` gives none: that of its sources.
 *
 * @internal
 */

import { wordList } from '../_internal/word-list.js';
import type { Source } from '../flow/index.js';

/**
 * The title of a dataset after all its sources: the one title they share, or theirs listed in
 * the order the rows cite them (`A, B and C`, `A, B, C and 2 more`), so that a flows CSV of rows
 * from several sources is not titled as if all came from the first. Undefined for no sources.
 *
 * @example
 * ```ts
 * sourcesTitle([{ title: 'Border trade' }, { title: 'Statistical yearbook' }]);
 * //=> 'Border trade and Statistical yearbook'
 * ```
 */
export function sourcesTitle(sources: readonly Pick<Source, 'title'>[]): string | undefined {
  if (sources.length === 0) return undefined;
  return wordList([...new Set(sources.map((source) => source.title))]);
}
