import { css } from 'lit';

/** Styles of `<bilateral-target>` beyond the shared frame. */
export const targetStyles = css`
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .badge {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .badge.ok {
    color: var(--_ok);
    background: var(--_ok-background);
  }
  .badge.warn {
    color: var(--_warn);
    background: var(--_warn-background);
  }
  .badge.bad {
    color: var(--_bad);
    background: var(--_bad-background);
  }
  .required {
    margin: 0;
  }
  .set-by {
    font-size: 0.85em;
  }
  .gauge-track {
    stroke: var(--_grid);
  }
  .gauge-band {
    stroke: var(--_band);
  }
  .gauge-needle {
    stroke: var(--_text);
  }
  .gauge-needle-hub {
    fill: var(--_text);
  }
`;
