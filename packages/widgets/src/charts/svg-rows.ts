import { type SVGTemplateResult, svg } from 'lit';

/**
 * One value per `{}` of a row's markup, as a tuple: `Holes<'<text x={}>{}</text>'>` is
 * `readonly [unknown, unknown]`. A row typed `string` (not a literal) has none, so only empty rows
 * could be passed for it.
 */
type Holes<Row extends string> = Row extends `${string}{}${infer Rest}`
  ? readonly [unknown, ...Holes<Rest>]
  : readonly [];

/** The strings of each row template repeated, by count and row (see {@link svgRows}). */
const repeated = new Map<string, TemplateStringsArray>();

/**
 * Draws one SVG element per row as a single template: `row` is the element's markup with `{}`
 * where a template literal would have a binding (`'<circle cx={} cy={} r="4"></circle>'`), and
 * each row of `values` one value per `{}`. A list of templates costs Lit a template instance and
 * two comment nodes per item; this costs one instance for the whole list (a chart's marks, ticks
 * and labels), and draws the same elements. The template's strings are made once per row and
 * count, so that Lit prepares it once for each length a list takes; both are kept for the page's
 * life (one prepared template of n rows per length n drawn), and when a list's length changes
 * between two draws Lit sees another template and replaces all of its elements (a list of
 * templates would keep them and add or remove the difference): fine for charts, whose lists take
 * a few lengths and are redrawn whole; not for a list that grows one item at a time.
 *
 * `row` must be a string literal in the call, never text from data or a page: it is markup, as a
 * template literal's strings are. Lit refuses strings that no template literal made (the `raw`
 * they carry), so that markup cannot be built from data; `svgRows` makes its strings from `row`
 * and adds `raw`, which passes that check, so `svg-rows.node.test.ts` fails when `svgRows` is used
 * in src/ other than in a direct call whose row is a string literal (or its import under its own
 * name): no alias, variable, `.call`, `?.()`, re-export, namespace import or `import()`. Values are bound as in a template
 * (labels stay text); each row of `values` has one per `{}` (its type, {@link Holes}, is a tuple
 * of that length: a row with one too few or too many is a type error, not values shifted).
 *
 * @example
 * ```ts
 * import { render } from 'lit';
 * import { svgRows } from './svg-rows.js';
 *
 * const svgElement = document.querySelector('svg');
 * const dots = svgRows('<circle cx={} cy={} r="4"></circle>', [[10, 20], [30, 40]]);
 * if (svgElement !== null) render(dots, svgElement);
 * // svgElement.querySelectorAll('circle').length //=> 2
 * ```
 */
export function svgRows<Row extends string>(
  row: Row,
  values: readonly Holes<Row>[],
): SVGTemplateResult {
  // The space keeps `1` + `2<x>` apart from `12` + `<x>`.
  const key = `${values.length} ${row}`;
  let strings = repeated.get(key);
  if (strings === undefined) {
    const parts = row.repeat(values.length).split('{}');
    strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    repeated.set(key, strings);
  }
  return svg(strings, ...values.flat());
}
