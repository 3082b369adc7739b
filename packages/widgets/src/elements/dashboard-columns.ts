/**
 * The content widths (CSS pixels at 16 px text, as `ResizeController` measures them) of a
 * dashboard's panels, growth first, then the `beside` panels under it in their order, as its grid
 * (`dashboard.styles.ts`) lays them out in a dashboard whose content is `width` wide, with the
 * default spacing and column (`--bilateral-spacing`, `--bilateral-dashboard-column`): growth
 * across the grid; under it as many columns of at least 20em as fit with 1em gaps, and no more
 * than the panels beside growth, the third of three across the grid below 62em; each panel's content its column less its inline padding (1em a side) and
 * border (1px), neither up to 30em. The panels draw at these widths with their dashboard, without
 * waiting a frame to be measured; a panel measured at another width (other spacing or column, text
 * smaller than 16 px) draws again at its own.
 *
 * @example
 * ```ts
 * panelWidths(950, 3); //=> [916, 433, 433, 916] (59.4em: two columns, gates across)
 * panelWidths(1200, 3); //=> [1166, 355, 355, 355]
 * panelWidths(400, 3); //=> [400, 400, 400, 400] (25em: one column, no padding)
 * ```
 */
export function panelWidths(width: number, beside: number): number[] {
  // In px at 16 px text: 20em is 320 px, a gap 16, a panel's padding and borders 34. The
  // grid's 26 % and 34 % never leave more columns than panels beside growth: at most `beside`.
  const columns = Math.min(beside, Math.floor((width + 16) / 336)) || 1;
  const frame = width > 480 ? 34 : 0;
  const widths = [width - frame];
  for (let panel = 1; panel <= beside; panel++) {
    widths.push(
      Math.round((panel > 2 && width < 992 ? width : (width + 16) / columns - 16) - frame),
    );
  }
  return widths;
}
