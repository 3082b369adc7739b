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
 * (listed crossings). Their captions are `caption` and what they count. A table without rows is
 * not drawn (no class of a province none is listed in has a count; with no crossing shown, no
 * province has): no caption and header over nothing.
 */
export function gatesTables(
  view: GatesView,
  context: RenderContext,
  caption: string,
  label: (id: string) => string,
): TemplateResult {
  const { locale, m } = context;
  const table = (what: string, heads: readonly string[], rows: readonly TemplateResult[]) =>
    rows.length === 0
      ? nothing
      : html`<table>
      <caption>${caption}${m.punctuation.colon}${what.toLowerCase()}</caption>
      <thead>
        <tr>
          ${heads.map((head) => html`<th scope="col">${head}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
  return html`${table(
    m.class,
    [m.class, m.listed, m.official, m.missing],
    view.classes.map(
      (row) => html`<tr>
            <th scope="row">${label(row.id)} ${legalTermOf(view, row.id, context)}</th>
            ${countCell(row.listed, locale)}
            ${countCell(row.official, locale)}
            ${countCell(row.official === undefined ? undefined : Math.max(row.official - row.listed, 0), locale)}
          </tr>`,
    ),
  )}
    ${table(
      m.province,
      [m.province, m.listed],
      view.provinces.map(
        ([name, count]) => html`<tr>
            <th scope="row">${name}</th>
            ${countCell(count, locale)}
          </tr>`,
      ),
    )}`;
}
