import { html, type TemplateResult } from 'lit';

/**
 * `text` with each occurrence of the pair's name ("Laos–China") in a `.pair` span that does not
 * wrap, so a title or summary breaks between words, never at the pair's dash ("Laos–" / "China").
 * Only markup is added: the text copied, searched and read aloud stays the same.
 */
export function keepPairTogether(text: string, pair: string | undefined): string | TemplateResult {
  if (!pair || !text.includes(pair)) return text;
  return html`${text
    .split(pair)
    .map((part, index) => (index === 0 ? part : html`<span class="pair">${pair}</span>${part}`))}`;
}
