import type { Locale } from '@bilateral/core/calc';
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../base/bilateral-element.js';
import { classesOf } from '../data/gates-crossings.js';
import { formatNumber } from '../i18n/format.js';
import { legalTerm } from '../i18n/legal-term.js';
import type { GatesView } from './gates.js';

/**
 * Under a class the reader sees in the project's translation (a Vietnamese class in Lao, a Lao
 * one in Chinese), its legal term in the law's language, so no label passes for an official
 * translation.
 */
function legalTermOf(view: GatesView, id: string, { locale }: RenderContext) {
  const names = classesOf(view.country)?.find(([candidate]) => candidate === id)?.[1];
  const term = legalTerm(names, view.country, locale);
  return term ? html`<span class="legal-term" lang=${term.lang}>${term.text}</span>` : nothing;
}

/** A count's cell: the count as the reader writes it, with its exact value for the spreadsheet
 * (`data-value`); `—` for none. */
const countCell = (count: number | undefined, locale: Locale) =>
  html`<td data-value=${count ?? nothing}>${count === undefined ? '—' : formatNumber(count, locale)}</td>`;

/**
 * `<bilateral-gates>`'s two data tables: the classes (each named by `label` as the element names
 * it, with its legal term under it; listed, official and missing crossings), then the provinces
 * (listed crossings). Their captions are `caption` and what they count.
 */
export function gatesTables(
  view: GatesView,
  context: RenderContext,
  caption: string,
  label: (id: string) => string,
): TemplateResult {
  const { locale, m } = context;
  return html`<table>
      <caption>${caption}${m.punctuation.colon}${m.class.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">${m.class}</th>
          <th scope="col">${m.listed}</th>
          <th scope="col">${m.official}</th>
          <th scope="col">${m.missing}</th>
        </tr>
      </thead>
      <tbody>
        ${view.classes.map(
          (row) => html`<tr>
            <th scope="row">${label(row.id)} ${legalTermOf(view, row.id, context)}</th>
            ${countCell(row.listed, locale)}
            ${countCell(row.official, locale)}
            ${countCell(row.official === undefined ? undefined : Math.max(row.official - row.listed, 0), locale)}
          </tr>`,
        )}
      </tbody>
    </table>
    ${
      // No crossing shown (a class none is listed in): no table of provinces without rows.
      view.provinces.length === 0
        ? nothing
        : html`<table>
      <caption>${caption}${m.punctuation.colon}${m.province.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">${m.province}</th>
          <th scope="col">${m.listed}</th>
        </tr>
      </thead>
      <tbody>
        ${view.provinces.map(
          ([name, count]) => html`<tr>
            <th scope="row">${name}</th>
            ${countCell(count, locale)}
          </tr>`,
        )}
      </tbody>
    </table>`
    }`;
}
