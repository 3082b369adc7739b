import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../base/bilateral-element.js';
import { cellValue } from '../base/cell-value.js';
import { noteRow, notesBelow } from '../base/table-notes.js';
import type { TimelinePoint } from '../base/timeline.js';
import type { publishedWords } from '../base/timeline-view.js';
import { formatAmountColumn } from '../i18n/amount-column.js';
import { derivationText } from '../i18n/derivation-text.js';
import { formatAmount, formatPeriodLabel, rateOf } from '../i18n/format.js';
import type { GrowthView } from './growth.js';

/**
 * `<bilateral-growth>`'s data table: a row per point of its timeline with its period, its value
 * (a column of amounts with the same decimals; "more than US$565 million" or "at least …" for a
 * figure published as a lower bound, as its source worded it, which the CSV and the spreadsheet's number format write so too), its year-on-year rate and its notes (uncertain or
 * derived, how, whether the rate is the one its source published — and what the levels give when
 * they contradict it —, and the publisher), in a Notes
 * column or, in a narrow box, on a line under the row. `published` is `publishedWords`, given by the
 * element: this chunk importing the first chunk's `timeline-view.ts` would split an app's first
 * chunk in two (a bundler gives the modules a first chunk shares with an on-demand one a chunk of
 * their own).
 */
export function growthTable(
  view: GrowthView,
  context: RenderContext,
  caption: string,
  published: typeof publishedWords,
): TemplateResult {
  const { locale, m, dataset } = context;
  const points = view.timeline.points.filter((point) => point !== null);
  const publisher = (id: string | undefined) =>
    dataset.sources.find((source) => source.id === id)?.publisher ?? '';
  // A rate the point's source published says so, as the tip does (in the notes: the rate's cell holds only the rate).
  const notes = (point: TimelinePoint) =>
    [
      point.uncertain ? (point.derivation === undefined ? m.uncertain : m.derived) : '',
      point.derivation === undefined ? '' : derivationText(point.derivation, locale, m),
      point.publishedRate === undefined
        ? ''
        : `${m.yearOnYear}${m.punctuation.colon}${published(point, context)}`,
      publisher(point.source),
    ]
      .filter(Boolean)
      .join(' · ');
  const values = formatAmountColumn(
    points.map((point) => point.value),
    locale,
    points.map((point) => point.precision),
  );
  const below = notesBelow(context.width);
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${m.period}</th>
        <th scope="col">${m.value}</th>
        <th scope="col">${m.yearOnYear}</th>
        ${below ? '' : html`<th scope="col" class="notes">${m.notes}</th>`}
      </tr>
    </thead>
    <tbody>
      ${points.map((point, index) => {
        const note = notes(point);
        const under = below && note !== '';
        return html`<tr class=${under ? 'noted' : ''}>
            <th scope="row" id=${under ? `row-${index}` : nothing}>${formatPeriodLabel(point.period, locale)}</th>
            <td data-value=${cellValue(point.value.amount, point.derivation !== undefined)}>${point.lowerBound ? m[point.lowerBound] + formatAmount(point.value, locale, point) : values[index]}</td>
            <td data-value=${cellValue(point.rate, true)}>${rateOf(point, locale)}</td>
            ${below ? '' : html`<td class="notes">${note}</td>`}
          </tr>
          ${below ? noteRow(note, 3, m, `row-${index}`) : ''}`;
      })}
    </tbody>
  </table>`;
}
