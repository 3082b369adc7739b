import { html, type TemplateResult } from 'lit';

/**
 * What {@link keepTogether} keeps: the pair (written `\0` meanwhile, so that no character of
 * its name is read as part of the pattern) with the punctuation after it (\p{P}: "," "，" "："),
 * or a phrase of no-break spaces: no Chinese character (a line may break between two), not
 * starting with a mark a line may not begin with (\p{Po} "，。：", \p{Pe} "）"; an opening "（"
 * goes in, as a line may end before an inline block).
 */
const PIECE = /(\0\p{P}*|[^ \p{Ideo}\p{Po}\p{Pe}][^ \p{Ideo}]*\u00a0[^ \p{Ideo}]*)/u;

/**
 * `text` with each occurrence of `pair` (a pair's name, "Laos–China", or the balance card's
 * amount; not empty: an empty one would put an empty span between every two characters, and
 * a line break with it; making that harmless cost 7 B in the dashboard's page) and each phrase
 * joined by no-break spaces ("about US$823 million", "Jan – Jul 2025", "; và 4 nguồn khác") in
 * a `.keep` span (`base.ts`): one piece on a line where a line can hold it, so a title, summary
 * or source line breaks between words, not at the pair's dash ("Laos–" / "China") nor inside a
 * phrase. Only where it alone is wider than the line (200 % text) does it break inside: the
 * pair at its dash or spaces ("ຫວຽດນາມ" / "– ລາວ"), a phrase at its no-break spaces (a
 * `<wbr>` after each: "about US$823" / "million"), never inside a number or a word a line
 * holds. A phrase of no-break spaces is one word to the line breaker,
 * which `overflow-wrap: break-word` cut anywhere once it was wider than the line ("US$823
 * milli" / "on" at 280 px with 32 px text); a word alone wider than the line (a web address)
 * still breaks inside. The punctuation right after the pair goes in its span, and a phrase's
 * in the phrase's ("2025/7），"): a line may break between an inline block and what follows it,
 * and did (Lao ", ຈັດປະເພດຕາມ" began a line at 390 px), which Chinese forbids for "，。：；、）"
 * (kinsoku); an opening "（" goes in the phrase's span, as no line may end with it. Only markup
 * is added: the text copied and searched stays the same; the accessible name Chromium gives a
 * title holds a space more after each `<wbr>` and before a span that follows no space ("，
 * 2025/1"). A list of parts, which costs Lit comment nodes (the 50-element page of
 * `page-profile.ts`, 80171a0b^ against 7205da95: 22,580 nodes, 6,583 comments before; 26,661
 * and 9,674 with it, and 322 `<wbr>`; busy CPU the same within noise in 8 pairs: c355063c's
 * message; but about 6–8 % more in 12 pairs against 1ae9acaa: docs/performance-history.md,
 * "The 50-element page now (2026-12-03 afternoon)", with h298's census), where one template per
 * occurrence with the rest of the text in its last part cost some 30 B more in every page.
 *
 * @example
 * ```ts
 * import { render } from 'lit';
 * import { keepTogether } from './keep-together.js';
 *
 * const title = document.createElement('div');
 * render(keepTogether('Laos–China, about\u00a0US$8\u00a0billion.', 'Laos–China'), title);
 * // [...title.querySelectorAll('.keep')].map((span) => span.textContent)
 * //=> ['Laos–China,', 'about\u00a0US$8\u00a0billion.']
 * // title.textContent //=> 'Laos–China, about\u00a0US$8\u00a0billion.'
 * ```
 */
export const keepTogether = (text: string, pair = '\0'): (string | TemplateResult)[] =>
  text
    .replaceAll(pair, '\0')
    .split(PIECE)
    .map((part, at) =>
      at % 2
        ? html`<span class="keep">${part
            .replaceAll('\0', pair)
            .split(/(?<=\u00a0)/)
            .map((words, after) => (after ? html`<wbr>${words}` : words))}</span>`
        : part,
    );
