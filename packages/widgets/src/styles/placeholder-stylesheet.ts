import { dashboardSteps } from './dashboard-placeholder.js';
import { BANDS, heightSteps, inBand, LINE_BELOW } from './reserve.js';
import { RESERVES } from './reserves.js';

/**
 * The content width (em) up to which the dashboard's loading title holds two lines
 * (`.loading-title` in `dashboard.styles.ts`): the embedded data's titles take two below 20.1em
 * in Vietnamese ("Thương mại Việt Nam – Lào"; 21.6em for Laos–China), in English below 14.6em;
 * a bound of {@link BANDS}, whose rule the stylesheet already writes. Between 20.1em and 21em
 * the title takes one line where two are held (29 px at 16 px text, 322 to 336 px of content).
 */
const TITLE_WRAPS = 21;

/**
 * The stylesheet `bilateral-widgets.css` (`dist/`): before the script has defined the elements,
 * a page would show them as empty inline boxes and move everything below when they appear. Linked
 * in the page's `<head>`, it gives every `bilateral-*` element that is not defined yet the frame
 * it will have (padding, border) and, through a `::before` box and the same container queries as
 * the loading state, the height of its loaded figure at its width. Content inside an element
 * (a fallback for pages where the script does not run, such as a link to the same figure) shows
 * at the top of that reserve without making it taller; once the element is defined it is no
 * longer drawn (the elements have no slot). Where scripting is off (`(scripting: none)`: scripts
 * disabled, a sandbox without them) there is no reserve: the element is as tall as its frame and
 * fallback. Compact: one rule for the
 * frame of every element, and one `@container` rule per width bound holding the heights of the
 * elements whose height changes there (see {@link heightSteps}), widest first: `--h` in em (at
 * 16 px text), and with its widest band and its narrower group's widest, the element's px part
 * below 16 px text, `--b` (what of `--h` does not scale with smaller text, see `Reserve`; from
 * 16 px up all of it does), and with its widest band its line `--l` (the hundredths of an em it
 * grows by for each em of content narrower than `LINE_BELOW`). The dashboard's heights are its
 * loading grid's, computed from its panels' rows ({@link dashboardSteps}), never less than at
 * 16 px (no `--b`: 16 × `--h`), with the rest of its grid (gaps, frames) in `--k`, its title's
 * line in `--t` (two lines up to {@link TITLE_WRAPS}) and its subtitle's in `--s` (one line:
 * the stylesheet cannot know how the text will wrap).
 *
 * @returns the stylesheet's text
 */
export function placeholderStylesheet(): string {
  const tags = [...Object.keys(RESERVES), 'dashboard'];
  const every = `:is(${tags.map((tag) => `bilateral-${tag}`).join()}):not(:defined)`;
  const byBound = new Map<number | undefined, string>();
  const add = (bound: number | undefined, tag: string, declarations: string) =>
    byBound.set(
      bound,
      `${byBound.get(bound) ?? ''}bilateral-${tag}:not(:defined)::before{${declarations}}`,
    );
  for (const [tag, heights] of Object.entries(RESERVES)) {
    const [wide, split, below, line] = heights.slice(BANDS.length + 1) as number[];
    const declarations = new Map<number | undefined, string>();
    for (const { bound, height } of heightSteps(BANDS, heights)) {
      declarations.set(
        bound,
        bound === undefined ? `--h:${height};--b:${wide};--l:${line}` : `--h:${height}`,
      );
    }
    // The narrower group's px part, from the bound under its widest band.
    if (split) {
      const bound = BANDS[split - 1] as number;
      const before = declarations.get(bound);
      declarations.set(bound, `${before === undefined ? '' : `${before};`}--b:${below}`);
    }
    for (const [bound, rules] of declarations) add(bound, tag, rules);
  }
  // The dashboard's: its loading grid of panel reserves, with the rest of its height (`--k`).
  for (const { bound, declarations } of dashboardSteps()) add(bound, 'dashboard', declarations);
  // Its title's two lines where the embedded data's titles take two (as `.loading-title`); none
  // when plain.
  add(TITLE_WRAPS, 'dashboard:not([plain])', '--t:calc(3.64em + .5*var(--bilateral-spacing,1rem))');
  const widestFirst = [...byBound].sort(
    ([a], [b]) => (b ?? Number.POSITIVE_INFINITY) - (a ?? Number.POSITIVE_INFINITY),
  );
  // One line: a line break between rules is as much as none, and gzip codes each apart (8 B of
  // every page's stylesheet; the file still ends with one).
  const sheet = [
    // `#0000` is `transparent`, in 3 B less of gzip.
    `${every}:not([hidden]){display:flow-root;box-sizing:border-box;container-type:inline-size;` +
      'padding:var(--bilateral-spacing,1rem);border:1px solid #0000;line-height:1.4;' +
      'contain-intrinsic-inline-size:40em}',
    // As specific as the rule above, and after it.
    'bilateral-dashboard:not(:defined):not([hidden]){contain-intrinsic-inline-size:75em}',
    // Its subtitle's line (plain or not) and the gap under it: one line, however the text will wrap.
    'bilateral-dashboard[subtitle]:not(:defined)::before{--s:calc(1.4em + .5*var(--bilateral-spacing,1rem))}',
    `${every}[plain]{padding:0;border:0}`,
    // The reserve is a float of no width: fallback content (text or elements) starts at the top,
    // beside it, and adds no height unless it is taller than the reserve.
    // Its height, as the loading state's: the band's `--h` (em at 16 px text), with an element's
    // px part below 16 px text (`--b`: px less its 16th in em, none from 16 px up) or, where
    // more, its line (`--l`, in hundredths of an em) times how much narrower than LINE_BELOW its
    // content is (1cqi: a hundredth of the element's own); the dashboard's never less than at
    // 16 px (unset, it is 16 `--h`), with the rest of its grid in `--k`.
    // A page may give its own custom properties these short names, and they inherit: this rule
    // sets them first (`initial` is unset: `var()` takes its fallback), then the band rules after
    // it (as specific) and the dashboard's (more specific) what the element has; every element's
    // rule without a bound sets `--h` and `--l`.
    `${every}::before{--t:0px;--s:0px;--k:0px;--b:initial;content:"";float:left;height:calc(var(--h)*1em + max(var(--b,var(--h)*16)*(1px - .0625em),0px,var(--l)*(${LINE_BELOW / 100}em - 1cqi)) + var(--k) + var(--t) + var(--s))}`,
    // Where scripting is off (scripts disabled, a sandbox without them) no script will draw the
    // element: no reserve, the element is as tall as its fallback. A negative query, so that a
    // browser that does not know the feature (before Chromium 120, Firefox 113, Safari 17) keeps
    // the reserve: there an unknown feature makes any query false, `not (scripting:none)` too.
    `@media (scripting:none){${every}::before{content:none}}`,
    // The dashboard's title line (1.3em at line-height 1.4) and the gap under it; none when plain.
    'bilateral-dashboard:not([plain]):not(:defined)::before{--t:calc(1.82em + .5*var(--bilateral-spacing,1rem))}',
    ...widestFirst.map(([bound, rules]) => inBand(bound, rules)),
  ];
  return `${sheet.join('')}\n`;
}
