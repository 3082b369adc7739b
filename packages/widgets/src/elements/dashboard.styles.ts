import { css } from 'lit';

/**
 * Styles of `<bilateral-dashboard>` beyond the shared frame. A `.placeholder` is the frame of a
 * panel while it loads and the container its reserved height is measured against; a
 * `.loading-title` is as tall as the loaded title (1.3em at line-height 1.4).
 */
export const dashboardStyles = css`
  :host {
    --_natural-width: 75em;
  }
  .title {
    font-size: 1.3em;
  }
  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--bilateral-dashboard-column, 22rem)), 1fr)
    );
  }
  .grid > .wide {
    grid-column: 1 / -1;
  }
  .placeholder {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
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
`;
