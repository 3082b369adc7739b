/**
 * A chart element's figure drawn without script: the element's own view, title, summary,
 * legend, chart, data table (shown, not behind a button) and source line, computed by the same
 * methods the live element calls, in one template. `embed-html.ts` writes it as a page.
 */
import {
  CLASSIFICATION_SYSTEMS,
  checkDatasetCrossings,
  parsePublishedAmount,
} from '@bilateral/core';
import type { Dataset } from '@bilateral/core/calc';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ChartParts, RenderContext } from '../base/bilateral-element.js';
import { publishersOf, sourceLine } from '../base/publishers.js';
import { setCrossingRules } from '../data/checked-crossings.js';
import { setShownPrecision } from '../data/figure-reader.js';
import { LoadError } from '../data/load-error.js';
import { loadValidator } from '../data/load-validator.js';
import { withDisputedRatesAndBalances } from '../data/with-disputed-rates-and-balances.js';
import { BilateralBalance, loadBalanceSeriesChart } from '../elements/balance.js';
import {
  BilateralGates,
  type GatesView,
  gatesViewIn,
  loadProvinceNames,
} from '../elements/gates.js';
import { BilateralGrowth } from '../elements/growth.js';
import { BilateralTarget, loadTargetGauge } from '../elements/target.js';
import type { Messages } from '../i18n/messages.js';
import { tableCss } from '../styles/table.js';

// The pages without script draw data no build of ours checked: the gates check its crossings (and
// name classes) with the core's rules, and the series read level statements' precisions from
// their text with the core's figure parser, which this Node-side module loads at once.
setCrossingRules({ systems: CLASSIFICATION_SYSTEMS, checkDatasetCrossings });
setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);

/** The elements that can be embedded without script, by name. */
export const EMBEDDABLE = {
  growth: BilateralGrowth,
  balance: BilateralBalance,
  target: BilateralTarget,
  gates: BilateralGates,
} as const;

/** `growth`, `balance`, `target` or `gates`. */
export type EmbedName = keyof typeof EMBEDDABLE;

/** The element's drawing methods (protected on the class), called as the element calls them. */
interface Drawing extends YearRange {
  computeView(dataset: Dataset): unknown;
  titleText(generated: string): string;
  headingText(view: unknown, context: RenderContext): string;
  summaryText(view: unknown, context: RenderContext): string;
  renderExtras(view: unknown, context: RenderContext): TemplateResult | typeof nothing;
  renderChart(view: unknown, context: RenderContext): ChartParts;
  loadTable(): Promise<void>;
  renderTable(view: unknown, context: RenderContext): TemplateResult | typeof nothing;
  sourceIdsOf(view: unknown): readonly string[];
  renderFooter(
    m: Messages,
    generated: TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing;
  subtitle: string | undefined;
  readonly titleLevel: number;
  isStatic: boolean;
  locale: string | undefined;
}

/** The element's check of its `from`/`to` (`inRange` reads both). */
export interface YearRange {
  inRange(first: number): boolean;
}

/**
 * Throws, as a BilateralError (`INVALID_INPUT` at path `from` or `to`), a `from`/`to` that names
 * no year or a `to` before `from`: the element's error state, which it checks before computing its
 * view (a view that reads neither, a balance of one `period`, would draw the figure instead).
 *
 * @example
 * ```ts
 * checkYears(element); // throws for to="2O24"
 * const view = element.computeView(dataset);
 * ```
 */
export function checkYears(element: YearRange): void {
  try {
    element.inRange(0);
  } catch (error) {
    throw error instanceof LoadError ? error.error : error;
  }
}

/** A figure ready to write: its title, its template, and its styles (the element's, its chart kept to the width it was drawn at). */
export interface EmbedFigure {
  readonly title: string;
  readonly template: TemplateResult;
  readonly styles: readonly string[];
}

/**
 * Loads what the embeddable elements draw their data tables with, the balance's series chart,
 * the target's gauge, the gates' province names in Vietnamese, Lao and Chinese and the checker
 * that words the error of an attribute that is not plainly valid (as a live page does on demand).
 */
export async function loadEmbedTables(): Promise<void> {
  await Promise.all([
    loadValidator(),
    ...Object.values(EMBEDDABLE).map((type) => (new type() as unknown as Drawing).loadTable()),
    loadBalanceSeriesChart(),
    loadTargetGauge(),
    loadProvinceNames(), // the gates' provinces named in the page's language, as drawn live
  ]);
}

/** An unknown attribute name for `name`, with the ones it has. */
export class EmbedAttributeError extends Error {
  override readonly name = 'EmbedAttributeError';
}

/**
 * Sets attributes on an element as the browser would (by the element's declared attributes:
 * `heading-level="3"` sets `headingLevel` to 3, a boolean attribute is true when present);
 * throws an {@link EmbedAttributeError} naming an attribute the element does not have.
 */
export function setAttributes(
  element: ReactiveElement,
  tag: string,
  attributes: Readonly<Record<string, string>>,
): void {
  const type = element.constructor as typeof ReactiveElement;
  void type.observedAttributes; // finalizes the class: elementProperties is complete
  const byAttribute = new Map<string, [PropertyKey, unknown]>();
  for (const [property, options] of type.elementProperties) {
    if (options.state || options.attribute === false) continue;
    const attribute =
      typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
    byAttribute.set(attribute, [property, options.type]);
  }
  for (const [name, value] of Object.entries(attributes)) {
    const found = byAttribute.get(name);
    if (found === undefined || ['dataset', 'src'].includes(name)) {
      const known = [...byAttribute.keys()].filter((key) => !['dataset', 'src'].includes(key));
      throw new EmbedAttributeError(
        `<${tag}> has no attribute "${name}" to embed with (it has: ${known.sort().join(', ')})`,
      );
    }
    const [property, kind] = found;
    (element as unknown as Record<PropertyKey, unknown>)[property] =
      kind === Boolean ? true : kind === Number ? Number(value) : value;
  }
}

/** The cssText of an element class's styles, in order. */
function stylesOf(styles: unknown): string[] {
  if (Array.isArray(styles)) return styles.flatMap(stylesOf);
  const text = (styles as { cssText?: string } | undefined)?.cssText;
  return text === undefined ? [] : [text];
}

/**
 * The figure of element `name` for `dataset` with `attributes` (as on the element: `from`,
 * `to`, `reporter`, `title`, …) at `context.width` pixels, in `context.locale` (whose messages
 * must have loaded, as must the tables: {@link loadEmbedTables}); `null` when the element would
 * show its empty state. It marks each published rate the dataset's levels contradict and keeps
 * the balances its published turnover narrows with it (`withDisputedRatesAndBalances`), as the
 * elements' loaders do. Throws what the element would show as its error (a BilateralError), or an
 * {@link EmbedAttributeError}.
 */
export function embedFigure(
  name: EmbedName,
  dataset: Dataset,
  attributes: Readonly<Record<string, string>>,
  context: Omit<RenderContext, 'dataset' | 'active'>,
): EmbedFigure | null {
  const type = EMBEDDABLE[name];
  const element = new type();
  setAttributes(element, `bilateral-${name}`, attributes);
  const drawing = element as unknown as Drawing;
  drawing.isStatic = true; // no filters or buttons: nothing here runs
  drawing.locale = context.locale; // no document to take a lang from
  // As a page's loaders do: each published rate its levels contradict says so, and the balance
  // card writes the balances the published turnover narrows (as the build writes them into the
  // embedded data files and the validator's loader computes them for `src` and `data`).
  const checked = withDisputedRatesAndBalances(dataset);
  checkYears(drawing);
  const computed = drawing.computeView(checked);
  if (computed === null) return null;
  // The gates name and order their provinces in the language, as they draw them.
  const view = name === 'gates' ? gatesViewIn(computed as GatesView, context.locale) : computed;
  const full: RenderContext = { ...context, dataset: checked, active: -1 };
  const { m } = full;
  // The page's main heading, unless told otherwise (a dashboard page's panels are level 2).
  const level = attributes['heading-level'] === undefined ? 1 : drawing.titleLevel;
  const title = drawing.titleText(drawing.headingText(view, full));
  const chart = drawing.renderChart(view, full);
  const publishers = publishersOf(dataset, drawing.sourceIdsOf(view));
  const template = html`<figure part="figure">
    <div part="title" class="title" role="heading" aria-level=${level}>${title}</div>
    <p part="summary" class="summary" id="summary">
      ${drawing.subtitle?.trim() || drawing.summaryText(view, full)}
    </p>
    ${drawing.renderExtras(view, full)}
    <div part="chart" class="chart" role="img" aria-label=${title} aria-describedby="summary">
      <svg viewBox="0 0 ${full.width} ${chart.height}" width=${full.width} height=${chart.height}
        aria-hidden="true" focusable="false">${chart.content}</svg>
    </div>
    <div id="table" part="table" class="table-wrap" role="region" aria-label="${title}: ${m.table}"
      tabindex="0">${drawing.renderTable(view, full)}</div>
    ${drawing.renderFooter(m, publishers.length === 0 ? nothing : sourceLine(publishers, m))}
  </figure>`;
  // The element draws its chart as wide as it is, the SVG as wide as its box (base styles); here
  // it is drawn once, at `width`: as wide as the frame up to that width, never scaled up past it
  // (its 12 px labels twice as large in a window twice as wide).
  const chartWidth = `.chart > svg { max-width: ${full.width}px; }`;
  return { title, template, styles: [...stylesOf(type.styles), tableCss, chartWidth] };
}
