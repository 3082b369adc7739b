import { css } from 'lit';

/** Styles of `<bilateral-dashboard>` beyond the shared frame. */
export const dashboardStyles = css`
  :host {
    --_reserve: 0;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    align-content: start;
    gap: 0.5em;
    color: var(--_muted);
  }
  .placeholder.growth {
    min-height: 30rem;
  }
  .placeholder.balance {
    min-height: 24rem;
  }
  .placeholder.target {
    min-height: 37rem;
  }
  .placeholder.gates {
    min-height: 56rem;
  }
  .loading-title {
    height: 1.6em;
  }
`;
