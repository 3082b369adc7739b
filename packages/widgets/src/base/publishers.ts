import type { Dataset } from '@bilateral/core/calc';
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { keepTogether } from './keep-together.js';

type Source = Dataset['sources'][number];

/**
 * The sources behind the figures shown (`ids`), one per publisher: "X" goes when "X, citing Y"
 * is there, which names X already.
 */
export function publishersOf(dataset: Dataset, ids: readonly string[]): Source[] {
  const sources = ids
    .map((id) => dataset.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  return [...new Map(sources.map((s) => [s.publisher, s])).values()].filter(
    (source, _, all) => !all.some((other) => other.publisher.startsWith(`${source.publisher}, `)),
  );
}

/**
 * The first two publishers (linked when their URL is http or https), then "; and N more" (kept
 * together: `keepTogether`, not "; và 4 nguồn kh" / "ác" at 200 % text in 280 px): one
 * template (a list of them cost Lit two comment nodes and a template instance more per item, in
 * every footer of a page).
 */
export function sourceLine(publishers: readonly Source[], m: Messages): TemplateResult {
  const named = (source: Source | undefined) =>
    /^https?:\/\//.test(source?.url ?? '')
      ? html`<a href=${source?.url} rel="noopener">${source?.publisher}</a>`
      : source?.publisher;
  const [first, second] = publishers;
  return html`${named(first)}${second ? m.punctuation.semicolon : ''}${named(second)}${
    publishers.length > 2 ? keepTogether(m.more(publishers.length - 2)) : ''
  }`;
}
