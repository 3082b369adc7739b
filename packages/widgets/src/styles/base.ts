import { css } from 'lit';

/**
 * The frame every element shares: card, header, legend, states, footer, focus, print (the data
 * tables' styles load with the tables: `table.ts`, the error alert's with it: `alert.ts`).
 *
 * - The host is an inline-size container, for the width-banded loading reserves. As one, its
 *   width cannot come from its content, so it gets a natural width (`--_natural-width`, 40em) in
 *   shrink-to-fit places (flex rows, auto grid columns, inline-blocks); in a block it fills the
 *   width it is given.
 * - An error is a message, not a wall: the figure gives up its reserved height and is as tall
 *   as its alert (an error is final: one layout shift), whose styles load with it (`alert.ts`).
 * - Every element is border-box (`*`: no element draws a `::before` or `::after`).
 * - Text for screen readers only (`.sr-only`) is a 1 px box out of the flow, clipped away
 *   (`clip-path`, not the deprecated `clip`): absolutely positioned and clipped, it takes no room
 *   in the flow and shows nothing. Its margins, padding and border are not undone, as none of the
 *   elements that carry it has any inside a scroll container (the keys' `p`, the live region, the
 *   closed table, a note's "Notes:" span); an element with padding or a border would be that big,
 *   and inside `.table-wrap` would lengthen its scroll.
 * - A pair's name, the balance card's amount and a phrase of no-break spaces (`.keep`,
 *   `keepTogether`) are each one piece on a line (an inline block): a line breaks around them,
 *   and inside them only where they alone are wider than the line (200 % text: "ຫວຽດນາມ" /
 *   "– ລາວ", "−490" / "triệu USD", "about US$823" / "million"), between words. One is never
 *   wider than its line (`max-width`): an inline block is as wide as its longest word, and a word
 *   wider than the line ran past the card's edge, not broken by the title's `overflow-wrap` (the
 *   dashboard's "Vietnam–" by 2 px and Lao "ຫວຽດນາມ" by 6 px at 280 px with 200 % text). The
 *   balance card's economies and positions (`bdi`) are such pieces too, and a word of theirs
 *   wider than the line breaks anywhere (`balance.styles.ts` says why; only the balance has
 *   `bdi`, but the rule costs the dashboard's page fewer bytes in this shared sheet).
 * - Text wraps `pretty`: no paragraph ends on a lone word (the source line's "…; and 4" / "more"
 *   at 768 px; Chinese "…目标区" / "间。").
 * - In a title, a summary, a note or the source line, a word longer than its line breaks inside
 *   (`overflow-wrap: break-word`) rather than run out of the card: with 200 % text in a 390 px
 *   column, "about US$823 million" and ", thg 1 – thg 7 2025" (held together by no-break spaces)
 *   and a source's web address ("english.thesaigontimes.vn") did.
 * - A legend's entry is a flex row, its swatch's foot on its words' baseline, so that its words
 *   wrap beside the swatch, not under it (at 280 px "hollow: approximate" / "or derived", and
 *   Vietnamese "…chưa chắc chắn" / "hoặc suy ra"; at 200 % text Lao too, and the gates'
 *   "Official (Oct" / "24, 2024)" under its tick). Every swatch is in one: a flex item (a block), which
 *   never shrinks (the band's, beside two lines, was a sliver). A legend is a paragraph; the
 *   gates' list drops its own bullets and indent (`gates.styles.ts`).
 * - The focused point's tip, mark and ring come with the navigation (`point.ts`).
 *
 * (Comments stay out of the CSS itself: what is inside a `css` template ships in the bundle.)
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    container-type: inline-size;
    contain-intrinsic-inline-size: var(--_natural-width, 40em);
    font-family: var(--bilateral-font-family, inherit);
    font-size: var(--bilateral-font-size, inherit);
    line-height: 1.4;
    text-wrap: pretty;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    contain: layout;
  }
  :host([plain]) {
    border: 0;
    padding: 0;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .title {
    font-size: 1.1em;
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .keep,
  bdi {
    display: inline-block;
    max-width: 100%;
  }
  bdi {
    overflow-wrap: anywhere;
  }
  .summary,
  .muted,
  .footer {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: break-word;
  }
  .footer {
    font-size: 0.85em;
  }
  .footer a {
    color: inherit;
  }
  .footer p {
    margin: 0;
  }
  .legend {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  .legend > * {
    display: flex;
    align-items: baseline;
  }
  .state {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
    max-width: 40em;
  }
  .state.loading {
    flex: 1;
    min-height: var(--_chart-height);
    max-width: none;
    place-content: center;
    text-align: center;
  }
  .skeleton {
    display: block;
    height: 0.9em;
    width: 60%;
    border-radius: 0.25em;
    background: var(--_grid);
  }
  .loading .skeleton {
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  .chart {
    position: relative;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .chart:focus-visible,
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .axis line,
  .axis path {
    stroke: var(--_border);
  }
  .export,
  .exports {
    --_series: var(--_export);
  }
  .import,
  .imports {
    --_series: var(--_import);
  }
  .turnover {
    --_series: var(--_turnover);
  }
  .line {
    stroke: var(--_series);
  }
  .mark {
    fill: var(--_series);
    stroke: var(--_series);
  }
  .mark.hollow {
    fill: var(--_background);
    stroke-width: 2;
  }
  .bar.hollow {
    fill: var(--_surface);
    stroke-dasharray: 3 2;
  }
  .hit {
    fill: transparent;
  }
  .value-label,
  .band-label {
    fill: var(--_text);
  }
  .band-area {
    fill: var(--_band);
    fill-opacity: 0.18;
  }
  .band-edge {
    stroke: var(--_band);
    stroke-width: 1.5;
    stroke-dasharray: 6 3;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  button,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.25em 0.6em;
  }
  button {
    cursor: pointer;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .swatch {
    width: 0.8em;
    height: 0.8em;
    border-radius: 0.15em;
    margin-inline-end: 0.3em;
    flex: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .loading .skeleton {
      animation: none;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .actions,
    .live {
      display: none;
    }
  }
`;
