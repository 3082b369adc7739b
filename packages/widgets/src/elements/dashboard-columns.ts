/**
 * The content widths of a dashboard's panels, growth first, then the `beside` panels under it in
 * their order, as its grid (`dashboard.styles.ts`) lays them out in a dashboard whose content is
 * `width` wide, in its text of `fontSize` px, with the default spacing and column
 * (`--bilateral-spacing`, `--bilateral-dashboard-column`): growth across the grid; under it as
 * many columns of at least 20em as fit with 1em gaps, and no more than the panels beside growth,
 * the third of three across the grid below 62em; each panel's content its column less its inline
 * padding (1em a side) and border (1px), neither up to 30em. Widths are in CSS pixels at 16 px
 * text, as `ResizeController` measures them (above 16 px text, px over `fontSize / 16`). The
 * panels draw at these widths with their dashboard, without waiting a frame to be measured; a
 * panel measured at another width (another spacing or column) draws again at its own.
 *
 * @example
 * ```ts
 * panelWidths(950, 3); //=> [916, 433, 433, 916] (59.4em: two columns, gates across)
 * panelWidths(1200, 3); //=> [1166, 355, 355, 355]
 * panelWidths(400, 3); //=> [400, 400, 400, 400] (25em: one column, no padding)
 * panelWidths(950, 3, 14); //=> [920, 277, 277, 277] (67.9em of 14 px: three columns)
 * ```
 */
export function panelWidths(width: number, beside: number, fontSize = 16): number[] {
  // An em and the two borders (1px each) in those units.
  const scale = Math.max(1, fontSize / 16);
  const em = fontSize / scale;
  // The grid's 26 % and 34 % never leave more columns than panels beside growth: at most `beside`.
  const columns = Math.min(beside, Math.floor((width + em) / (21 * em))) || 1;
  const frame = width > 30 * em ? 2 * em + 2 / scale : 0;
  const widths = [Math.round(width - frame)];
  for (let panel = 1; panel <= beside; panel++) {
    widths.push(
      Math.round((panel > 2 && width < 62 * em ? width : (width + em) / columns - em) - frame),
    );
  }
  return widths;
}
