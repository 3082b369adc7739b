import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

/**
 * Whether a data table drawn at this content width (CSS pixels) puts each row's notes on a line
 * of their own under the row, across the whole row, instead of in a Notes column: in a narrow
 * box a Notes column would only be reached by scrolling sideways, past the numbers.
 */
export function notesBelow(width: number): boolean {
  return width < 480;
}

/**
 * The row under a table row that holds its notes (`notesBelow`): one cell across all the table's
 * `columns`, from under the period, whose row header is the period's (`header`, the id of the
 * row's `th`), starting with "Notes:" for screen readers; its text is kept in view and as wide
 * as the box shows while the numbers scroll sideways, a long word or web address broken where
 * need be. Nothing when there is no note.
 *
 * @example
 * ```ts
 * html`<tr><th scope="row" id="row-3">2024</th><td>US$2.2 billion</td><td>+30 %</td></tr>
 *   ${noteRow('approximate · The Saigon Times (english.thesaigontimes.vn)', 3, m, 'row-3')}`;
 * ```
 */
export function noteRow(
  note: string,
  columns: number,
  m: Messages,
  header: string,
): TemplateResult | typeof nothing {
  return note === ''
    ? nothing
    : html`<tr class="note-row">
        <td class="notes" colspan=${columns} headers=${header}>
          <span class="note"><span class="sr-only">${m.notes}${m.punctuation.colon}</span>${note}</span>
        </td>
      </tr>`;
}
