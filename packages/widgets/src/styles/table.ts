/**
 * The data tables' styles, adopted into an element's shadow root with its first table (they load
 * with it, on demand): tabular figures, the period column and the caption kept in view while the
 * table scrolls sideways in its region (`.table-wrap`, whose right edge fades while there is more
 * to scroll to), and the notes in a column of their own or on a line under their row, kept in
 * view (`notesBelow`), a long web address broken where need be. Plain CSS text, not Lit's `css`: an on-demand chunk
 * that imports nothing of Lit leaves Lit in one first file with the charts (see
 * docs/performance-history.md, "2026-12-03 later: fewer first files: what is left, and the
 * styles' bytes"); the pages without script inline it.
 *
 * @example
 * ```ts
 * import { tableCss } from './table.js';
 *
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(tableCss);
 * (sheet.cssRules[0] as CSSStyleRule).selectorText; //=> '.table-wrap'
 * ```
 */
export const tableCss = `
.table-wrap {
  overflow-x: auto;
  background:
    linear-gradient(90deg, #0000, var(--_background) 1em) 100% / 2em no-repeat local,
    linear-gradient(270deg, var(--_grid), #0000) 100% / 1em no-repeat;
}
table {
  border-collapse: collapse;
  width: 100%;
  font-size: 0.9em;
  font-variant-numeric: tabular-nums;
}
caption {
  text-align: start;
  font-weight: 600;
  padding-block-end: 0.25em;
  position: sticky;
  inset-inline-start: 0;
  max-inline-size: 100cqi;
}
th,
td {
  padding: 0.25em 0.5em;
  border-bottom: 1px solid var(--_grid);
  text-align: end;
  vertical-align: top;
  white-space: nowrap;
}
th:first-child,
td:first-child,
.text,
.notes {
  text-align: start;
}
th:first-child,
.text,
.notes {
  white-space: normal;
}
.notes {
  min-inline-size: 10em;
  overflow-wrap: anywhere;
}
.noted > * {
  border-bottom: 0;
}
.note-row > td {
  padding-block-start: 0;
  color: var(--_muted);
}
.note {
  display: block;
  position: sticky;
  inset-inline-start: 0.5em;
  max-inline-size: calc(100cqi - 1em);
}
tbody th:first-child {
  position: sticky;
  inset-inline-start: 0;
  background: var(--_background);
}
`;
