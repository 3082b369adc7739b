import { html, type TemplateResult } from 'lit';

/**
 * `text` with each occurrence of the pair's name ("Laos–China") in a `.keep` span (`base.ts`):
 * one piece on a line where a line can hold it, so a title or summary breaks between words, not
 * at the pair's dash ("Laos–" / "China"); only where the name alone is wider than the line (200 %
 * text at 390 px: Lao "ຫວຽດນາມ – ລາວ" in the dashboard's title) does it break inside, at its
 * dash ("ຫວຽດນາມ" / "– ລາວ", "Vietnam–" / "Laos"), and inside a name only where that alone is
 * wider than the line ("Việt" / "Nam –" / "Lào" at 280 px). A comma, full stop, colon or semicolon
 * right after the name goes in its span: a line may break before an inline block's punctuation,
 * and did (Lao, at 390 px a gates summary's line began ", ຈັດປະເພດຕາມ", at 1,200 px the target
 * title's ": ເປົ້າໝາຍ"). Only markup is added: the text copied, searched and read aloud stays the
 * same. One template per occurrence, the text after it in its last part (a list of parts cost
 * Lit two comment nodes and a template instance more per item, in every title and summary of a
 * page).
 *
 * @example
 * ```ts
 * import { render } from 'lit';
 * import { keepPairTogether } from './keep-pair.js';
 *
 * const title = document.createElement('div');
 * render(keepPairTogether('Laos–China, 2024', 'Laos–China'), title);
 * // title.querySelector('.keep')?.textContent //=> 'Laos–China,'; title.textContent //=> 'Laos–China, 2024'
 * ```
 */
export function keepPairTogether(text: string, pair: string | undefined): string | TemplateResult {
  const [first, ...rest] = pair ? text.split(pair) : [text];
  const [, mark, after] = rest.join(pair).match(/^([,.:;]?)(.*)$/s) as [string, string, string];
  return rest.length
    ? html`${first}<span class="keep">${pair}${mark}</span>${keepPairTogether(after, pair)}`
    : text;
}
