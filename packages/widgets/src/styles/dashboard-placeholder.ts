import { BANDS, bandOf, type Reserve } from './reserve.js';
import { RESERVES } from './reserves.js';

/**
 * A layout of the dashboard's loading grid (`dashboard.styles.ts`) at a content width `W` (em):
 * the widths of its panels' contents (em), one list per row, and the rest of its height (a CSS
 * length: the gaps, the panels' vertical padding and borders).
 */
interface Layout {
  readonly rows: readonly (readonly number[])[];
  readonly rest: string;
}

/**
 * The grid's height beside the panels' reserves: the gaps between rows and the panels' vertical
 * padding (in spacings), their borders (px). The title's line is the stylesheet's `--t`.
 */
const rest = (spacings: number, px: number) =>
  `calc(${spacings}*var(--bilateral-spacing,1rem) + ${px}px)`;

/** A panel's inline padding and borders (em) from 30em: 1em and 1px (1/16em at 16 px) a side. */
const PANEL_FRAME = 2 + 2 / 16;

/**
 * The loading grid at a content width of `w` em: growth across the grid, then balance, target
 * and gates, a column each from 41em (two of 20em and a 1em gap; the third across the row) and
 * from 62em (three). A panel's content is its column less its inline padding (1em each side) and
 * border (1px, 1/16em at 16 px); up to 30em, a panel has neither and only a top border.
 */
function layout(w: number): Layout {
  if (w <= 30) return { rows: [[w], [w], [w], [w]], rest: rest(7, 4) };
  const column = (n: number) => (w - (n - 1)) / n - PANEL_FRAME;
  if (w < 41)
    return { rows: [[column(1)], [column(1)], [column(1)], [column(1)]], rest: rest(11, 8) };
  if (w < 62) return { rows: [[column(1)], [column(2), column(2)], [column(1)]], rest: rest(8, 6) };
  return { rows: [[column(1)], [column(3), column(3), column(3)]], rest: rest(5, 4) };
}

/** The reserve (em) of the element of `row` for a content `width` em wide. */
const reserveAt = (row: Reserve, width: number): number => row[bandOf(width)] as number;

/**
 * Where the height of `<bilateral-dashboard>`'s loading state changes, and to what, for the
 * placeholder stylesheet: before it is defined, the dashboard takes the height of its own loading
 * state at every width and text size. That state is the title's line, then the grid of panel
 * placeholders, each holding its element's reserve at the panel's width (a shared row the tallest
 * of its panels). The grid and the panels' inline padding are in em, as the bands are, so the
 * height changes only at widths in em: where the layout changes or where a panel's content
 * crosses a bound of {@link BANDS}. Each step gives `--h` (the panels' reserves, in em: held at
 * their 16 px height where the text is smaller, as the panels hold them) and `--k` (the rest of the
 * grid), where they differ from the next wider step's; the title's line is apart (`--t`). The
 * widest step gives `--l` too, the sum of the panels' lines (`Reserve`): narrower than
 * `LINE_BELOW` (14em) each panel is as wide as the content and grows by its line, so the
 * panels' reserves grow by the sum.
 *
 * @param within - the widest content (em) to write steps for: wider takes its height
 * @returns the steps, widest first; the first has no bound (it holds beyond the others)
 */
export function dashboardSteps(
  within = 120,
): { readonly bound?: number; readonly declarations: string }[] {
  const panels = [RESERVES.growth, RESERVES.balance, RESERVES.target, RESERVES.gates];
  // The layouts' edges, and the content widths at which a panel 1, 2 or 3 to a row (or, narrow,
  // as wide as the grid) is as wide as a band bound.
  const edges = new Set([30, 40.99, 61.99]);
  for (const bound of BANDS) {
    edges.add(bound);
    // The grid width at which layout's column(n) is `bound`.
    for (const n of [1, 2, 3]) edges.add(n * (bound + PANEL_FRAME) + n - 1);
  }
  const line = panels.reduce((sum, row) => sum + (row.at(-1) as number), 0);
  const bounds = [...edges].filter((edge) => edge <= within).sort((a, b) => a - b);
  // A band's height, at its middle (clear of rounding at its edges).
  const heightAt = (w: number) => {
    const { rows, rest } = layout(w);
    let panel = 0;
    const h = rows.reduce(
      (total, widths) =>
        total + Math.max(...widths.map((width) => reserveAt(panels[panel++] as Reserve, width))),
      0,
    );
    return { h, rest };
  };
  const bands: { bound?: number; h: number; rest: string }[] = [
    ...bounds.map((bound, i) => ({ bound, ...heightAt((bound + (bounds[i - 1] ?? 0)) / 2) })),
    heightAt(within + 1),
  ].reverse();
  const steps: { bound?: number; declarations: string }[] = [];
  bands.forEach((band, i) => {
    const wider = bands[i - 1];
    const declarations = [
      wider?.h === band.h ? '' : `--h:${band.h}`,
      wider ? '' : `--l:${line}`,
      wider?.rest === band.rest ? '' : `--k:${band.rest}`,
    ]
      .filter(Boolean)
      .join(';');
    if (!declarations) return;
    steps.push(band.bound === undefined ? { declarations } : { bound: band.bound, declarations });
  });
  return steps;
}
