import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

/**
 * Whether a data table drawn at this content width (CSS pixels) puts each row's notes on a line
 * of their own under the row, across its value columns, instead of in a Notes column: in a narrow
 * box a Notes column would only be reached by scrolling sideways, past the numbers.
 */
export function notesBelow(width: number): boolean {
  return width < 480;
}

/**
 * The row under a table row that holds its notes (`notesBelow`): one cell across the row's
 * `columns` value columns (the row header spans both rows), starting with "Notes:" for screen
 * readers, and as wide as the box shows (the columns it spans may scroll). Nothing when there is
 * no note.
 */
export function noteRow(
  note: string,
  columns: number,
  m: Messages,
): TemplateResult | typeof nothing {
  return note === ''
    ? nothing
    : html`<tr class="note-row">
        <td class="notes" colspan=${columns}>
          <span class="note"><span class="sr-only">${m.notes}${m.punctuation.colon}</span>${note}</span>
        </td>
      </tr>`;
}
