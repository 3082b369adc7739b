/**
 * Elements rendered twice by the browser tests: once by the script-tag bundle
 * on `/__bilateral__/same.html`, once by the app build in the test page (both on the core's
 * BigInt engine, `#decimal-engine` under the `browser` condition). Their
 * text and accessible labels must match to the character. Widths are fixed because the axes' ticks depend on them.
 */
export const SAME_FIGURES = `
  <bilateral-dashboard dataset="vietnam-laos" style="width:900px"></bilateral-dashboard>
  <bilateral-dashboard dataset="vietnam-laos" lang="vi" style="width:900px" from="2016" to="2023"></bilateral-dashboard>
  <bilateral-growth dataset="laos-china" lang="zh" chart="bar" style="width:600px"></bilateral-growth>
  <bilateral-balance dataset="laos-china" view="series" lang="lo" style="width:600px"></bilateral-balance>
  <bilateral-target dataset="vietnam-laos" to="2022" style="width:400px"></bilateral-target>
  <bilateral-gates dataset="vietnam-laos" from="2014" to="2021" style="width:700px"></bilateral-gates>`;

/** How many elements {@link SAME_FIGURES} holds (each fires one `bilateral-load`). */
export const SAME_FIGURES_COUNT = 6;
