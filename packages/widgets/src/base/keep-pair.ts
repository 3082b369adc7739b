import { html, type TemplateResult } from 'lit';

/**
 * `text` with each occurrence of the pair's name ("Laos–China") in a `.pair` span that does not
 * wrap, so a title or summary breaks between words, never at the pair's dash ("Laos–" / "China").
 * Only markup is added: the text copied, searched and read aloud stays the same. One template
 * per occurrence, the text after it in its last part (a list of parts cost Lit two comment nodes
 * and a template instance more per item, in every title and summary of a page).
 *
 * @example
 * ```ts
 * import { render } from 'lit';
 * import { keepPairTogether } from './keep-pair.js';
 *
 * const title = document.createElement('div');
 * render(keepPairTogether('Laos–China turnover', 'Laos–China'), title);
 * // title.querySelector('.pair')?.textContent //=> 'Laos–China'; title.textContent //=> 'Laos–China turnover'
 * ```
 */
export function keepPairTogether(text: string, pair: string | undefined): string | TemplateResult {
  const [first, ...rest] = pair ? text.split(pair) : [text];
  return rest.length
    ? html`${first}<span class="pair">${pair}</span>${keepPairTogether(rest.join(pair), pair)}`
    : text;
}
