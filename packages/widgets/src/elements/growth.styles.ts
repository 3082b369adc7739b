import { css } from 'lit';

/**
 * Styles of `<bilateral-growth>` beyond the shared frame. The legend's swatch for approximate or
 * derived values is drawn as those marks are: a hollow circle, or (`chart="bar"`, class `bar`) a
 * dashed outlined rectangle as the bars. The hollow and band swatches are named by their own
 * class alone: they follow `.swatch` here, which they override.
 */
export const growthStyles = css`
  .notes {
    color: var(--_muted);
    font-size: 0.9em;
    max-width: 24em;
  }
  .swatch {
    background: var(--_series);
  }
  .hollow-swatch {
    background: var(--_background);
    border: 2px solid var(--_series);
    border-radius: 50%;
  }
  .swatch.bar {
    background: var(--_surface);
    border-style: dashed;
    border-radius: 0.15em;
  }
  .band-swatch {
    background: color-mix(in srgb, var(--_band) 25%, transparent);
    border: 1px dashed var(--_band);
  }
`;
