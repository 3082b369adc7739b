import { css } from 'lit';

/**
 * Styles of `<bilateral-gates>` beyond the shared frame. A filter's label stays beside its select,
 * which narrows to the room left (at 280 px the long class names would otherwise push one select
 * under its label and leave the other beside it); `.legal-term` is the legal term under a
 * translated class name in the table, in the law's own language. (Comments stay out of the CSS:
 * what is inside a `css` template ships in the bundle.)
 */
export const gatesStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .filters label {
    max-width: 100%;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .filters select {
    min-width: 0;
    max-width: 100%;
    flex: 0 1 auto;
  }
  .legal-term {
    display: block;
    font-weight: normal;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .changes {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .tone-1 {
    --_series: var(--_class-1);
  }
  .tone-2 {
    --_series: var(--_class-2);
  }
  .tone-3 {
    --_series: var(--_class-3);
  }
  .tone-4 {
    --_series: var(--_class-4);
  }
  .tone-5 {
    --_series: var(--_class-5);
  }
  .swatch {
    background: var(--_series);
  }
  .swatch.official-swatch {
    width: 0.2em;
    background: var(--_text);
  }
  .province {
    --_series: var(--_muted);
  }
  .official {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .group-label {
    fill: var(--_text);
    font-weight: 600;
  }
  table + table {
    margin-block-start: 1em;
  }
`;
