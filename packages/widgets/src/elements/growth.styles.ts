import { css } from 'lit';

/** Styles of `<bilateral-growth>` beyond the shared frame. */
export const growthStyles = css`
  .notes {
    color: var(--_muted);
    font-size: 0.9em;
    max-width: 24em;
  }
  .swatch {
    background: var(--_series);
  }
  .swatch.hollow-swatch {
    background: var(--_background);
    border: 2px solid var(--_series);
    border-radius: 50%;
  }
  .swatch.band-swatch {
    background: color-mix(in srgb, var(--_band) 25%, transparent);
    border: 1px dashed var(--_band);
  }
`;
