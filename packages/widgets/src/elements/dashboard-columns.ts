/**
 * The content widths of a dashboard's panels, growth first, then the panels under it in their
 * order, as its grid (`dashboard.styles.ts`) lays them out in a dashboard whose content is
 * `width` wide, in its text of `fontSize` px, with `beside` panels under growth and the default
 * spacing and column (`--bilateral-spacing`, `--bilateral-dashboard-column`): growth across the
 * grid; under it as many columns of at least 20em as fit with 1em gaps, and no more than the
 * panels beside growth, the third of three across the grid below 62em; each panel's content its
 * column less its inline padding (1em a side) and border (1px), neither up to 30em. Always four
 * widths: a dashboard takes as many as it draws panels (the fourth is the third beside panel's).
 * Widths are in CSS pixels at 16 px text, as `ResizeController` measures them (above 16 px text,
 * px over `fontSize / 16`). The panels draw at these widths with their dashboard, without
 * waiting a frame to be measured; a panel measured at another width (another spacing or column)
 * draws again at its own.
 *
 * @example
 * ```ts
 * panelWidths(950, 3, 16); //=> [916, 433, 433, 916] (59.4em: two columns, gates across)
 * panelWidths(1200, 3, 16); //=> [1166, 355, 355, 355]
 * panelWidths(400, 3, 16); //=> [400, 400, 400, 400] (25em: one column, no padding)
 * panelWidths(950, 3, 14); //=> [920, 277, 277, 277] (67.9em of 14 px: three columns)
 * ```
 */
export function panelWidths(width: number, beside: number, fontSize: number): number[] {
  // An em in those units (16 above 16 px text); the two borders (1px each) are 2em / fontSize.
  const em = Math.min(fontSize, 16);
  // The grid's 26 % and 34 % never leave more columns than panels beside growth: at most `beside`.
  const columns = Math.min(beside, Math.floor((width + em) / (21 * em))) || 1;
  const frame = width > 30 * em ? 2 * em + (2 * em) / fontSize : 0;
  const across = width - frame;
  const column = (width + em) / columns - em - frame;
  // A third beside panel is in a column only where three fit (from 62em).
  return [across, column, column, width < 62 * em ? across : column].map(Math.round);
}
