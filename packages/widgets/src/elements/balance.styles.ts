import { css } from 'lit';

/** Styles of `<bilateral-balance>` beyond the shared frame. */
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
  .swatch.export {
    background: var(--_export);
  }
  .swatch.import {
    background: var(--_import);
  }
  .swatch.balance-swatch {
    background: var(--_text);
    height: 0.2em;
    vertical-align: 0.2em;
  }
`;
