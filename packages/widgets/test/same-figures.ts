/**
 * Elements rendered twice by the browser tests: once by the script-tag bundle
 * on `/__bilateral__/same.html`, once by the app build in the test page (both on the core's
 * BigInt engine, `#decimal-engine` under the `browser` condition). Their
 * text and accessible labels must match to the character. Widths are fixed because the axes' ticks depend on them.
 * The bundle reads the trimmed data files (scripts/*-as-drawn.ts, without-unshown-notes.ts), the
 * app the core's whole datasets: every element on both embedded datasets is here, with its data
 * table (opened by the test) and footer, so a file that drops something an element shows fails.
 */
export const SAME_FIGURES = `
  <bilateral-dashboard dataset="vietnam-laos" style="width:900px"></bilateral-dashboard>
  <bilateral-dashboard dataset="vietnam-laos" lang="vi" style="width:900px" from="2016" to="2023"></bilateral-dashboard>
  <bilateral-growth dataset="laos-china" lang="zh" chart="bar" style="width:600px"></bilateral-growth>
  <bilateral-balance dataset="laos-china" view="series" lang="lo" style="width:600px"></bilateral-balance>
  <bilateral-target dataset="vietnam-laos" to="2022" style="width:400px"></bilateral-target>
  <bilateral-gates dataset="vietnam-laos" from="2014" to="2021" style="width:700px"></bilateral-gates>
  <bilateral-dashboard dataset="laos-china" style="width:900px"></bilateral-dashboard>
  <bilateral-dashboard dataset="vietnam-laos" lang="lo" style="width:900px"></bilateral-dashboard>
  <bilateral-growth dataset="vietnam-laos" chart="bar" target="vnm-lao-joint-statement-2024" style="width:600px"></bilateral-growth>
  <bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion" style="width:600px"></bilateral-target>
  <bilateral-gates dataset="vietnam-laos" country="LAO" lang="zh" style="width:700px"></bilateral-gates>`;

/** How many elements {@link SAME_FIGURES} holds (each fires one `bilateral-load`). */
export const SAME_FIGURES_COUNT = 11;
