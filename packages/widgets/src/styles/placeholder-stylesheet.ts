import {
  BANDS,
  DASHBOARD_BANDS,
  DASHBOARD_RESERVE,
  heightSteps,
  inBand,
  RESERVE_PX,
} from './reserve.js';
import { RESERVES } from './reserves.js';

/**
 * The stylesheet `bilateral-widgets.css` (`dist/`): before the script has defined the elements,
 * a page would show them as empty inline boxes and move everything below when they appear. Linked
 * in the page's `<head>`, it gives every `bilateral-*` element that is not defined yet the frame
 * it will have (padding, border) and, through a `::before` box and the same container queries as
 * the loading state, the height of its loaded figure at its width. Content inside an element
 * (a fallback for pages where the script does not run, such as a link to the same figure) shows
 * at the top of that reserve without making it taller; once the element is defined it is no
 * longer drawn (the elements have no slot). Compact: one rule for the
 * frame of every element, and one `@container` rule per width bound holding the heights of the
 * elements whose height changes there (see {@link heightSteps}), widest first.
 *
 * @returns the stylesheet's text
 */
export function placeholderStylesheet(): string {
  const placeholders = [
    ...Object.entries(RESERVES).map(([tag, heights]) => [tag, BANDS, heights] as const),
    ['dashboard', DASHBOARD_BANDS, DASHBOARD_RESERVE] as const,
  ];
  const every = `:is(${placeholders.map(([tag]) => `bilateral-${tag}`).join()}):not(:defined)`;
  const byBound = new Map<number | undefined, string>();
  for (const [tag, bands, heights] of placeholders) {
    for (const { bound, height } of heightSteps(bands, heights)) {
      const rule = `bilateral-${tag}:not(:defined)::before{--h:${height}}`;
      byBound.set(bound, (byBound.get(bound) ?? '') + rule);
    }
  }
  const widestFirst = [...byBound].sort(
    ([a], [b]) => (b ?? Number.POSITIVE_INFINITY) - (a ?? Number.POSITIVE_INFINITY),
  );
  return [
    `${every}:not([hidden]){display:flow-root;box-sizing:border-box;container-type:inline-size;` +
      'padding:var(--bilateral-spacing,1rem);border:1px solid transparent;line-height:1.4;' +
      'contain-intrinsic-inline-size:40em}',
    // As specific as the rule above, and after it.
    'bilateral-dashboard:not(:defined):not([hidden]){contain-intrinsic-inline-size:75em}',
    `${every}[plain]{padding:0;border:0}`,
    // The reserve is a float of no width: fallback content (text or elements) starts at the top,
    // beside it, and adds no height unless it is taller than the reserve.
    // Its height: the band's `--h` in em, never less than at RESERVE_PX, as the loading state's.
    `${every}::before{content:"";float:left;height:max(var(--h)*1em,var(--h)*${RESERVE_PX}px)}`,
    ...widestFirst.map(([bound, rules]) => inBand(bound, rules)),
    '',
  ].join('\n');
}
