import { css } from 'lit';

/**
 * Styles of `<bilateral-balance>` beyond the shared frame. A figure's lines are balanced, and in
 * the position each economy and each position (`bdi`) is whole: a line ends after a semicolon,
 * and between an economy and its position only where one line cannot hold both ('Trung Quốc:' /
 * 'nhập siêu' at 280 px); each `bdi` is one piece on a line as a `.keep` is (`base.ts`): where
 * one alone is wider than the line (200 % text at 280 px: "Việt Nam:", "nhập siêu;" ran out of
 * the card when they were `nowrap`), it breaks inside, at its no-break spaces (`keepTogether`)
 * or, a word wider than the line (Lao "ຫວຽດນາມ:"), inside the word (`anywhere`, not
 * `break-word`, which left the figure as wide as that word: wider than the card; the rule is in
 * `base.ts`, whose sheet every element shares, where it costs a page fewer bytes). The balance's
 * amount is a `.keep`.
 * A legend's swatch takes its series' colour (`.export`, `.import`: the frame's `--_series`;
 * `.balance`: the text's); the balance's, a line, sits at the middle of its entry's line (a legend
 * entry is a flex row: `base.ts`).
 */
export const balanceStyles = css`
  .figures {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .figures dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-weight: 600;
    text-wrap: balance;
  }
  .figures dd:first-of-type {
    font-size: 1.3em;
  }
  .deficit {
    color: var(--_negative);
  }
  .surplus {
    color: var(--_positive);
  }
  .balance {
    --_series: var(--_text);
  }
  .on-bar {
    fill: var(--_on-series);
    font-weight: 600;
  }
  .zero {
    stroke: var(--_muted);
  }
  .swatch {
    background: var(--_series);
  }
  .swatch.balance {
    height: 0.2em;
    align-self: center;
  }
`;
