import { css } from 'lit';

/**
 * Styles of `<bilateral-dashboard>` beyond the shared frame.
 *
 * - The grid: growth spans it; the other panels share rows of at most as many columns as there
 *   are of them (`.beside-N`: a column is at least `--bilateral-dashboard-column` and more than
 *   1/(N+1) of the width), each panel as tall as its content (rows do not stretch them). Three
 *   panels in two columns: the third spans the row, no lone card in half of it.
 * - Across, the grid is in em (columns of 20em, a 1em gap, panels padded 1em each side), as the
 *   panels' reserves are: its columns change at the same text-relative widths as their heights,
 *   so the placeholder stylesheet can give the dashboard its loading height at every width and
 *   text size (`styles/dashboard-placeholder.ts`).
 * - Narrow (under 30em), the panels lose their side borders and padding: one frame, not two
 *   nested ones eating the width.
 * - A `.placeholder` is the frame of a panel while it loads and the container its reserved
 *   height is measured against: its inline padding less 1px, and 1/16em more, so that its
 *   padding and border are 2 + 2/16em at every text size, as the placeholder stylesheet counts
 *   them (with 1px and 13 px text, a panel exactly on a band's edge took the narrower band in
 *   the loading state and the wider in the stylesheet: 8 px apart); a `.loading-title` is as tall as the loaded title (1.3em at
 *   line-height 1.4; two lines up to 21em, where the embedded data's titles wrap in Vietnamese:
 *   the placeholder stylesheet's `TITLE_WRAPS`). In error, the dashboard is its alert, as every
 *   element is (`alert.ts`).
 */
export const dashboardStyles = css`
  :host {
    --_natural-width: 75em;
  }
  .title {
    font-size: 1.3em;
  }
  .grid {
    --_share: 26%;
    display: grid;
    gap: var(--_space) var(--bilateral-spacing, 1em);
    align-items: start;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, max(var(--bilateral-dashboard-column, 20em), var(--_share))), 1fr)
    );
  }
  .beside-2 {
    --_share: 34%;
  }
  .beside-1,
  .beside-0 {
    --_share: 100%;
  }
  .grid > .wide {
    grid-column: 1 / -1;
  }
  @container (max-width: 61.99em) {
    .beside-3 > :last-child,
    .loading > :last-child {
      grid-column: 1 / -1;
    }
  }
  .grid > * {
    padding: var(--_space) var(--bilateral-spacing, 1em);
  }
  .placeholder {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline: calc(var(--bilateral-spacing, 1em) + 0.0625em - 1px);
  }
  .reserve {
    display: grid;
    align-content: start;
    gap: 0.5em;
    color: var(--_muted);
  }
  .loading-title {
    font-size: 1.3em;
    height: 1.4em;
  }
  @container (max-width: 21em) {
    .loading-title {
      height: 2.8em;
    }
  }
  @container (max-width: 30em) {
    .grid > * {
      border-width: 1px 0 0;
      border-radius: 0;
      padding-inline: 0;
      padding-block-end: 0;
    }
  }
`;
