import { css } from 'lit';

/**
 * Styles of `<bilateral-gates>` beyond the shared frame. The two filters are one grid, each label
 * (`display: contents`, still naming its select) giving its text and select to a row: stacked,
 * their texts share a column and their selects another, as wide as the wider select needs or
 * the room left (was a wrapping flex row: at 280 and 390 px in English "Class" had a 201 px
 * select at 45 px and "Province" a 159 px one at 70 px). From 38em, where the widest pair
 * (Vietnam's classes in English, 37.4em) fits, they sit side by side, 1em apart; below 12em
 * (text at twice its size in a 390 px column: 9.6em) each text sits above its select, so the
 * select shows its choice whole (was "All pro▾"). Not from 13.3em, where "Province" and "All
 * provinces" stop fitting one line: 20 px text in a 280 px card is 12.3em, and its loading
 * reserve holds the filters side by side. Texts sit on their selects' baseline. `.legal-term` is the legal term under a translated class name in the
 * table, in the law's own language. The legend is a list, without bullets or indent (the other
 * elements' legends are paragraphs: `base.ts`). (Comments stay out of the CSS: what is inside a
 * `css` template ships in the bundle.)
 */
export const gatesStyles = css`
  .legend {
    list-style: none;
    padding: 0;
  }
  .filters {
    display: grid;
    grid-template-columns: max-content minmax(0, max-content);
    align-items: baseline;
    gap: 0.5em 0.4em;
  }
  .filters label {
    display: contents;
  }
  @container (width < 12em) {
    .filters {
      grid-template-columns: minmax(0, max-content);
    }
  }
  @container (min-width: 38em) {
    .filters {
      grid-template-columns: max-content minmax(0, max-content) max-content minmax(0, max-content);
    }
    .filters select {
      margin-inline-end: 0.6em;
    }
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
