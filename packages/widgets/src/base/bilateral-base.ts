import type { BilateralError, Dataset, DatasetDocument, Locale } from '@bilateral/core';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
  unsafeCSS,
} from 'lit';
import {
  ResizeController,
  reportWidths,
  sharedObserver,
} from '../controllers/resize-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import {
  DatasetController,
  type DatasetInput,
  type ErrorEventDetail,
} from '../data/dataset-controller.js';
import { fail, type LoadError, toLoadError } from '../data/load-error.js';
import { pairName } from '../i18n/format.js';
import { resolveLocale } from '../i18n/locale.js';
import { type LoadFailure, loadMessages, type Messages, messagesFor } from '../i18n/messages.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { adoptSheet } from './adopt-sheet.js';
import type { failureAlert } from './failure-alert.js';
import { keepTogether } from './keep-together.js';
import { loadOnce } from './load-once.js';

/**
 * What a subclass gets to render with.
 *
 * @example
 * ```ts
 * import { type BalanceView, BilateralBalance, type RenderContext } from '@bilateral/widgets';
 *
 * // Every render hook of a subclass gets the context: here a short title in narrow columns.
 * class CompactBalance extends BilateralBalance {
 *   protected override headingText(view: BalanceView, context: RenderContext): string {
 *     const { m, width } = context; // also: locale, active (point or -1), dataset, root
 *     return width < 420 ? m.balance : super.headingText(view, context);
 *   }
 * }
 * customElements.define('compact-balance', CompactBalance);
 * // <compact-balance dataset="vietnam-laos"> in a 300 px column, English page: title 'Balance'
 * ```
 */
export interface RenderContext {
  readonly locale: Locale;
  readonly m: Messages;
  /**
   * Content width in CSS pixels at 16 px text: with larger text, the width over `fontSize / 16`
   * (195 for 390 px at 32 px text), so that a chart drawn for it and scaled to its box draws its
   * labels at the element's text size, and the layout is the one of 16 px text in as many em.
   */
  readonly width: number;
  /** The active point of the chart (-1: none). */
  readonly active: number;
  readonly dataset: Dataset;
  /**
   * The shadow root the element draws in, where a chart's tip is measured (its lines as drawn in
   * the element's font); absent where a figure is drawn without a page (the tip is estimated).
   */
  readonly root?: ParentNode | undefined;
}

const ENGLISH = messagesFor('en') as Messages;

/**
 * The error state's alert, once its module (`failure-alert.ts`) has loaded, or while its chunk
 * cannot be loaded (a 404, a lost connection) one plain sentence in English (`lang=en`, in the part
 * `error` the elements document), so that the element still leaves its loading state (the details
 * are in the `bilateral-error` event).
 */
let drawAlert: typeof failureAlert | undefined;
/** The alert's styles, adopted into a shadow root with its first alert. */
let alertSheet: CSSStyleSheet | undefined;

/**
 * Loads the error state's alert (with its English words), from a page's first failure on; if its
 * chunk fails, the next element that fails asks for it again.
 */
const loadAlert = loadOnce(() =>
  import('./failure-alert.js').then(
    ({ failureAlert, alertCss }) => {
      drawAlert = failureAlert;
      alertSheet = unsafeCSS(alertCss).styleSheet;
    },
    (error) => {
      drawAlert = () => html`<p part=error role=alert lang=en>The chart failed.`;
      throw error;
    },
  ),
);

/** The reporter–partner pair with the most flows in a dataset. */
export function mainPair(dataset: Dataset): readonly [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const flow of dataset.flows) {
    const key = `${flow.reporter} ${flow.partner}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best?.[0].split(' ') as [string, string] | undefined;
}

/**
 * The calendar year a `from`/`to` attribute names (`"2019"` → 2019), or `undefined` when it is
 * unset or empty.
 *
 * @throws LoadError `compute`, BilateralError `INVALID_INPUT` at `path` when it is not four digits
 *   (`"2O24"`, `"last year"`, `"2019-06"`) or is before `from` (a `to` before its `from`): the
 *   error state, never a range read from part of it
 */
function yearOf(text: string | undefined, path: string, from?: number): number | undefined {
  if (!text) return undefined;
  // (`n < undefined` is false: no `from`, no lower bound.)
  if (!/^\d{4}$/.test(text) || +text < (from as number)) {
    const since = from ? ` from ${from}` : '';
    throw fail('compute', 'INVALID_INPUT', path, `expected a year YYYY${since}, got "${text}"`);
  }
  return +text;
}

/** The connected elements: drawn again when the `lang` of an ancestor changes. */
const connected = new Set<BilateralBase<unknown>>();
/** One observer of every `lang` attribute of the page, from its first element on. */
let langObserver: MutationObserver | undefined;

/** The loaded figures drawn so far (a new one is held until it is measured). */
const seen = new WeakSet<Element>();
/** The held figures drawn in this wave of updates, to be measured at its end. */
const unsettled = new Set<Element>();

/** Whether `figure` leaves more than 24 px of its reserve blank under what it draws. */
function loose(figure: Element): boolean {
  const { top, bottom } = figure.getBoundingClientRect();
  // What it draws ends at its last child's bottom (its top when it has none).
  return (
    bottom -
      [...figure.children].reduce(
        (end, child) => Math.max(end, child.getBoundingClientRect().bottom),
        top,
      ) >
    24
  );
}

/**
 * Measures every figure held in a wave of updates, then lets go of the reserve of each whose
 * drawing leaves more than 24 px of it blank: all reads first (`filter`), then all writes (one
 * layout).
 */
function settleReserves(): void {
  for (const figure of [...unsettled].filter(loose)) figure.classList.remove('held');
  unsettled.clear();
}

/**
 * What every Bilateral element shares: where its data comes from (`dataset`, `src`, `data`),
 * the pair and range it shows, its language and theme, and the loading / empty / error / loaded
 * states with their events. Subclasses compute a view model from the dataset (with the core)
 * in `computeView` and draw it in `renderView`.
 *
 * @event bilateral-load - The dataset loaded and its figure rendered (not for settings the core
 *   refuses: those fire `bilateral-error` only); `detail.dataset` is the Dataset. (A
 *   subclass that draws Bilateral elements in its shadow root holds it until they have drawn when
 *   it calls `drawParts(this, this.loader)`, as the dashboard does.)
 * @event bilateral-error - Loading or computing failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @example
 * ```html
 * <!-- Attributes every element has (here a balance card, dark, without frame, in Vietnamese). -->
 * <div lang="vi-VN">
 *   <bilateral-balance dataset="vietnam-laos" reporter="VNM" partner="LAO" from="2017" to="2022"
 *     theme="dark" plain></bilateral-balance>
 * </div>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/all';
 * import type { BilateralBase } from '@bilateral/widgets';
 *
 * // Any of the five elements by what they share: one range for every element of the page.
 * const selector = 'bilateral-growth, bilateral-balance, bilateral-target, bilateral-dashboard';
 * for (const element of document.querySelectorAll<BilateralBase<unknown>>(selector)) {
 *   element.from = '2019';
 *   element.to = '2022';
 * }
 * document.querySelector<BilateralBase<unknown>>('bilateral-balance')?.activeLocale;
 * //=> 'vi' (no `locale` attribute: the `lang` of the nearest ancestor)
 * ```
 *
 * @cssproperty --bilateral-font-family - Font (default: inherited from the page).
 * @cssproperty --bilateral-font-size - Font size (default: inherited).
 * @cssproperty --bilateral-color-text - Text (light #1b1f24, dark #e6edf3).
 * @cssproperty --bilateral-color-muted - Secondary text, axis labels (light #545d68, dark #a5afba).
 * @cssproperty --bilateral-color-background - Background (light #ffffff, dark #161b22).
 * @cssproperty --bilateral-color-surface - Buttons, states, hollow bars (light #f4f6f8, dark #1f252d).
 * @cssproperty --bilateral-color-border - Borders and axes (light #c9d1d9, dark #3d444d).
 * @cssproperty --bilateral-color-grid - Grid lines (light #e3e7eb, dark #2b3139).
 * @cssproperty --bilateral-color-focus - Focus ring and active point (light #0b5cd5, dark #6cb6ff).
 * @cssproperty --bilateral-color-on-series - Text on a coloured bar (light #ffffff, dark #0d1117).
 * @cssproperty --bilateral-radius - Corner radius (default 0.5rem).
 * @cssproperty --bilateral-spacing - Padding and gaps (default 1rem).
 * @cssproperty --bilateral-min-height - Height of the content held while loading (default: by element and width, see docs/widgets.md).
 */
export abstract class BilateralBase<View> extends LitElement {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [tokens, base];

  static override properties: PropertyDeclarations = {
    datasetName: { attribute: 'dataset' },
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    reporter: {},
    partner: {},
    from: {},
    to: {},
    locale: {},
    theme: { reflect: true },
    plain: { type: Boolean, reflect: true },
    isStatic: { type: Boolean, attribute: 'static', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    title: {},
    subtitle: {},
    notes: {},
    source: {},
  };

  /** The name of an embedded dataset: `vietnam-laos` or `laos-china` (attribute `dataset`). */
  declare datasetName: string | undefined;

  /**
   * Read: the element's `data-*` attributes, the built-in `DOMStringMap` as on every element.
   * Set: the name of an embedded dataset, as the `dataset` attribute and {@link datasetName} name
   * it (`null` or `undefined`: none, as when the attribute is removed). Frameworks that set a
   * custom element's properties (Vue 3, React 19) set `dataset="vietnam-laos"` this way. Anything
   * else throws a TypeError and changes nothing, as assigning the built-in property does.
   *
   * @example
   * ```ts
   * const growth = document.createElement('bilateral-growth');
   * growth.dataset = 'laos-china'; // draws the embedded Laos–China dataset
   * growth.dataset.section = 'trade'; // still writes data-section="trade"
   * ```
   */
  override get dataset(): DOMStringMap {
    return super.dataset;
  }
  override set dataset(name: string | null | undefined) {
    this.datasetName = name?.trim();
  }

  /** The URL of a dataset document to fetch and validate (takes precedence over `dataset`). */
  declare src: string | undefined;
  /** A parsed Dataset or a dataset document (takes precedence over `src` and `dataset`). */
  declare data: Dataset | DatasetDocument | undefined;
  /** Milliseconds to wait for `src` before showing an error. Default 10,000. */
  declare timeout: number;
  /** ISO 3166-1 alpha-3 code of the reporter; default: the pair with the most flows. */
  declare reporter: string | undefined;
  /** ISO 3166-1 alpha-3 code of the partner. */
  declare partner: string | undefined;
  /** First year shown (e.g. `2017`). */
  declare from: string | undefined;
  /** Last year shown (e.g. `2024`). */
  declare to: string | undefined;
  /** `en`, `vi`, `lo` or `zh`; default: the `lang` of the nearest ancestor, else English. */
  declare locale: string | undefined;
  /** `auto` (follows `prefers-color-scheme`, the default), `light` or `dark`. */
  declare theme: 'auto' | 'light' | 'dark' | undefined;
  /**
   * Without title, border and padding (for composing into a page's own card); the notes and the
   * source line stay.
   */
  declare plain: boolean;
  /** No interaction: no keyboard navigation, no table toggle (the table stays for screen readers). */
  declare isStatic: boolean;
  /** The title's heading level, 1–6 (attribute `heading-level`); default 2. */
  declare headingLevel: number;
  /**
   * The title, instead of the generated one (it also names the chart for screen readers). The
   * figure shows no tooltip for it (an empty `title` on the figure stops the host's).
   */
  declare title: string;
  /** The sentence under the title, instead of the generated summary. */
  declare subtitle: string | undefined;
  /** A note shown above the source line (e.g. how the page's figures were chosen). */
  declare notes: string | undefined;
  /** The source line's text, instead of the publishers of the figures shown. */
  declare source: string | undefined;

  /**
   * @internal The content width its container lays it out at (CSS pixels at 16 px text), set
   * before it is connected: a dashboard's panel draws with its dashboard (see `LaidOut`).
   */
  declare layoutWidth: number | undefined;

  protected readonly loader = new DatasetController(this);
  // The element's own: a subclass has the width in its RenderContext.
  private readonly size = new ResizeController(this);
  private readonly viewport = new ViewportController(this);
  /** The computed view (`null`: nothing to show for this selection). */
  protected model: View | null = null;
  #computeError: LoadError | undefined;
  #computedFrom: Dataset | undefined;
  #pendingError: boolean | undefined;
  /** Whether the last render drew the loaded state (the figure or the empty state). */
  #drewView: boolean | undefined;
  /** The language last drawn in, kept while the messages of a new one load. */
  #drawnIn: { readonly locale: Locale; readonly m: Messages } | undefined;
  /**
   * Before any language is drawn in: the one whose messages could not be loaded (see
   * `loadMessages`), with the failure it shows in English.
   */
  #unsaid: { readonly locale: Locale; readonly m: Messages; readonly error: LoadError } | undefined;
  /** The language whose messages it last asked for: asked once each time its language changes. */
  #asked: Locale | undefined;
  /** Whether this element has asked for the error state's alert (see {@link loadAlert}). */
  #alertAsked: boolean | undefined;
  /** Loads the element draws again after, each with its settling (see {@link drawWhenLoaded}). */
  readonly #awaited = new Map<Promise<unknown>, Promise<void>>();

  constructor() {
    super();
    this.timeout = 10_000;
    this.plain = false;
    this.isStatic = false;
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // A site's language switcher sets `lang` on <html> or a wrapper: each element whose
    // language it changes draws again (in the shadow trees too: `activeLocale` crosses them).
    // (Observed again at each connection: the same options replace the registration.)
    langObserver ??= new MutationObserver(() => {
      for (const element of connected) {
        if (element.activeLocale !== element.#drawnIn?.locale) element.requestUpdate();
      }
    });
    langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }

  /**
   * Moved into another document (an iframe's, or back): its shadow root has lost its sheets,
   * which can be adopted only in the document they were made in. It makes its shadow root here
   * when it has none (made on the page and put first in an iframe: Lit's would adopt the page's
   * sheets there, which throws), and loads what draws it there as on the page
   * (`moved-document.ts`, on demand with the error alert's chunk: a page whose elements stay put
   * loads none of it).
   */
  adoptedCallback(): void {
    (this as { renderRoot: Element | ShadowRoot }).renderRoot ??= this.attachShadow({
      mode: 'open',
    });
    // What it needs of the ResizeController's module is given, not imported: an app's bundler
    // would split that module off into a file of its own, which the app would load first.
    // If the chunk cannot load, the element stays drawn without its styles there: no page error.
    import('./failure-alert.js').then(
      (chunk) => chunk.adopted(this, sharedObserver(), reportWidths),
      () => {},
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The `aria-level` of the title: `heading-level` when it is 1–6, else 2. */
  protected get titleLevel(): number {
    const level = Math.trunc(this.headingLevel);
    return level > 0 && level < 7 ? level : 2;
  }

  /** The title shown: the `title` attribute, else `generated`. */
  protected titleText(generated: string): string {
    return this.title?.trim() || generated;
  }

  /**
   * The footer: the `notes` attribute, then the source line (`Source: ` and the `source`
   * attribute, else `generated`), kept in `plain`; nothing when both are empty.
   */
  protected renderFooter(
    m: Messages,
    generated: TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing {
    const notes = this.notes?.trim();
    const source = this.source?.trim() || generated;
    if (!notes && source === nothing) return nothing;
    return html`<div part="footer" class="footer">
      ${notes ? html`<p part="notes">${notes}</p>` : nothing}
      ${source === nothing ? nothing : html`<p class="source">${m.source}${m.punctuation.colon}<span>${source}</span></p>`}
    </div>`;
  }

  /**
   * The title as a heading (found by heading navigation, level {@link titleLevel}), or nothing in
   * `plain`, where the figure carries the title as its name instead.
   */
  protected renderTitle(title: string, pair?: string): TemplateResult | typeof nothing {
    return this.plain
      ? nothing
      : html`<div part="title" class="title" id="title" role="heading" aria-level=${this.titleLevel}>
          ${keepTogether(title, pair)}
        </div>`;
  }

  /**
   * @internal Draws again once `loading` (a chunk the element draws with, e.g. the tip's placement)
   * has settled; until then `updateComplete` waits for it and the update it asks for.
   */
  drawWhenLoaded(loading: Promise<unknown>): void {
    if (this.#awaited.has(loading)) return;
    const settle = () => {
      this.#awaited.delete(loading);
      this.requestUpdate();
    };
    this.#awaited.set(loading, loading.then(settle, settle));
  }

  /** As Lit's, then after the loads {@link drawWhenLoaded} waits for and the updates they ask for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#awaited.size > 0) {
      await Promise.all(this.#awaited.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** @internal What the {@link DatasetController} loads. */
  get datasetInput(): DatasetInput {
    return { data: this.data, src: this.src, name: this.datasetName, timeout: this.timeout };
  }

  /**
   * @internal Whether the element draws its state now: the messages of its language have loaded,
   * for a loaded dataset it is near the viewport, and for a failure the error state's alert has
   * loaded. Until then it shows its loading state and holds its events.
   */
  get ready(): boolean {
    const drawn = this.viewport.near || this.loader.state.status !== 'loaded';
    const alert = !!drawAlert || !this.#failure;
    // Not `#language`, which keeps the language as drawn in: `ready` is read outside a render too
    // (a dashboard's last panel fires its held event).
    return drawn && alert && !!(this.#drawnIn ?? this.#unsaid ?? messagesFor(this.activeLocale));
  }

  /**
   * @internal Whether the view could not be computed from the loaded dataset, or the messages of
   * the element's language could not be loaded: the error state and `bilateral-error`, and no
   * `bilateral-load` until a figure is drawn (see `DatasetHost`). A view's failure only while that
   * dataset is loaded: a later load's failure fires its own `bilateral-error`.
   */
  get failed(): boolean {
    const failure = this.#failure;
    return !!failure && failure !== this.loader.state;
  }

  /**
   * What failed: to load the messages of the element's language (before it has drawn in any), the
   * dataset, or to compute the view; `undefined` when nothing did.
   */
  get #failure(): { readonly reason: LoadFailure; readonly error: BilateralError } | undefined {
    if (!this.#drawnIn && this.#unsaid) return this.#unsaid.error;
    const state = this.loader.state;
    if (state.status === 'error') return state;
    return state.status === 'loaded' ? this.#computeError : undefined;
  }

  /**
   * The language to draw in and its messages: the element's language, or while its messages load
   * after a change of language, the previous one (no flash of the loading state, no mixed
   * languages); English when the first one's messages could not be loaded; `undefined` before
   * any has loaded.
   */
  get #language(): { readonly locale: Locale; readonly m: Messages } | undefined {
    const locale = this.activeLocale;
    const m = messagesFor(locale);
    if (m) this.#drawnIn = { locale, m };
    return this.#drawnIn ?? this.#unsaid;
  }

  /** The language the element speaks now. */
  get activeLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  /** The active point of a chart (-1: none); charts override it. */
  protected get activeIndex(): number {
    return -1;
  }

  /** The pair shown: `reporter`/`partner`, or the dataset's main pair. */
  protected pair(dataset: Dataset): readonly [string, string] | undefined {
    if (this.reporter && this.partner) return [this.reporter, this.partner];
    const main = mainPair(dataset);
    if (!main) return undefined;
    if (this.reporter) return [this.reporter, main[0] === this.reporter ? main[1] : main[0]];
    return main;
  }

  /** The calendar year `from` names (`"2019"` → 2019), or `undefined` when unset; see {@link yearOf}. */
  protected get fromYear(): number | undefined {
    return yearOf(this.from, 'from');
  }

  /** The calendar year `to` names, or `undefined` when unset; not before `from` (see {@link yearOf}). */
  protected get toYear(): number | undefined {
    return yearOf(this.to, 'to', this.fromYear);
  }

  /** Whether calendar years `first`–`last` lie within `from`–`to`. */
  protected inRange(first: number, last = first): boolean {
    // `to` first: reading it checks `from` too, whatever the answer (willUpdate relies on it).
    // Either unset, `n > undefined` and `n < undefined` are false.
    return !(last > (this.toYear as number)) && !(first < (this.fromYear as number));
  }

  /** Computes the view with the core; throw a BilateralError to show the error state. */
  protected abstract computeView(dataset: Dataset): View | null;
  /** The loading state: a placeholder of about the loaded size, announced as a status. */
  protected renderLoading(m: Messages): TemplateResult {
    return html`<div part="loading" class="state loading" role="status">
      <span class="skeleton"></span><span class="skeleton"></span>
      <span>${m.loading}</span>
    </div>`;
  }

  /**
   * Whether the loaded figure keeps the height reserved while it loaded: yes when what it draws
   * fills that height to within 24 px (nothing on the page moves when the data arrives, and the
   * blank under it is at most 24 px), no when it draws less (another dataset, language or
   * filter): then it is as tall as what it draws. A new figure is held at once, and a held one is
   * measured again after each render; the measure waits for the end of the wave of updates it is
   * part of (a microtask: {@link settleReserves}), so the page lays out once for all the elements
   * drawn together, not once each, before anything paints or reads the event the render fires. A
   * figure let go stays as tall as what it draws.
   */
  #holdReserve(): void {
    // The figure is the shadow root's child (`:scope > figure` matches nothing on a ShadowRoot).
    const figure = [...this.renderRoot.children].find((child) => child.localName === 'figure');
    if (!figure) return;
    if (!seen.has(figure)) {
      seen.add(figure);
      figure.classList.add('held');
    }
    if (!figure.classList.contains('held')) return;
    if (unsettled.size === 0) queueMicrotask(settleReserves);
    unsettled.add(figure);
  }

  /** What an empty state names: the pair and the years asked for ("Vietnam–Laos, 2040–2041"). */
  #selectionName(dataset: Dataset, locale: Locale, m: Messages): string {
    const pair = this.pair(dataset);
    const names = pair ? [pairName(...pair, locale)] : [];
    if (this.from || this.to) names.push(`${this.from || '…'}–${this.to || '…'}`);
    return names.join(m.punctuation.comma);
  }

  /**
   * The sentence of an empty state: what is missing and what a reader can do ("" when it names
   * nothing). An element whose dataset may hold none of its records at all (targets, crossings)
   * says that instead, since other years would not help.
   */
  protected emptyHint(dataset: Dataset, m: Messages, locale: Locale): string {
    const name = this.#selectionName(dataset, locale, m);
    return name ? m.emptyHint(name) : '';
  }

  /** Draws the loaded view. */
  protected abstract renderView(view: View, context: RenderContext): TemplateResult;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.sync();
    const state = this.loader.state;
    if (!this.viewport.near) return; // computed when it comes near the viewport
    if (state.status !== 'loaded') {
      this.#computedFrom = undefined;
      return;
    }
    if (this.#computedFrom === state.dataset && changed.size === 0) return;
    const again = this.#computedFrom === state.dataset;
    this.#computedFrom = state.dataset;
    const before = this.#computeError;
    try {
      // A `from`/`to` that names no year, or a `to` before `from`, is the error state (not a range
      // read from part of it, nor an empty one): the dashboard's, before its panels. Read here
      // with a call (yearOf throws), which the minifier keeps where it drops a getter's read.
      this.inRange(0);
      this.model = this.computeView(state.dataset);
      this.#computeError = undefined;
    } catch (error) {
      // A chunk the view needs is loading (the core's checker, to word an error: see `seriesOf`):
      // the loading state until it settles, then the view computed again.
      if (error instanceof Promise) {
        this.#computedFrom = undefined;
        this.loader.hold(error);
        return;
      }
      this.model = null;
      this.#computeError = toLoadError(error, 'compute');
      this.#pendingError = !again || before?.message !== this.#computeError.message;
    }
  }

  protected override updated(): void {
    if (this.#drewView) this.#holdReserve();
    // The view's failure or the messages': the loader fires the dataset's.
    if (this.ready && this.#pendingError && this.failed) {
      this.#pendingError = false;
      const { error, reason } = this.#failure as LoadError;
      this.dispatchEvent(
        new CustomEvent<ErrorEventDetail>('bilateral-error', {
          bubbles: true,
          detail: { error, reason },
        }),
      );
    }
  }

  protected override render(): TemplateResult {
    const wanted = this.activeLocale;
    const language = this.#language;
    // Not at each render: words that failed to load are not asked for again (twice, by
    // `loadMessages`) at every render of an element drawn in another language.
    if (this.#asked !== wanted) {
      this.#asked = wanted;
      loadMessages(wanted).then(
        // Unless it has drawn in them meanwhile: the autoloader's load of the same chunk may settle
        // first (an `import()` of its own settles in a task of its own, later).
        () => this.#drawnIn?.locale !== wanted && this.requestUpdate(),
        (error) => {
          // Not loaded, asked for twice: before any language is drawn, the error state, in
          // English (asked for again when the language changes).
          if (this.#drawnIn) return;
          this.#unsaid = {
            locale: wanted,
            m: ENGLISH,
            // The path says what failed; the browser's message names the chunk's URL.
            error: fail('network', 'INVALID_INPUT', 'locale', `${error}`),
          };
          this.#pendingError = true;
          this.requestUpdate();
        },
      );
    }
    const state = this.loader.state;
    const failure = this.#failure;
    if (failure && !this.#alertAsked) {
      // Once (loaded already, it draws again at once): if the chunk cannot load, the plain alert
      // stays, and another element's failure asks for it again.
      this.#alertAsked = true;
      this.drawWhenLoaded(loadAlert());
    }
    // Loaded (a figure or the empty state): its reserve is settled after the render.
    this.#drewView = this.ready && state.status === 'loaded' && !failure;
    // Before its language's messages have loaded, the loading state without words.
    const { locale, m } = language ?? { locale: wanted, m: { ...ENGLISH, loading: '' } };
    if (language && state.status === 'loaded' && this.#drewView && this.model !== null) {
      return this.renderView(this.model, {
        locale,
        m,
        width: this.size.width,
        active: this.activeIndex,
        dataset: state.dataset,
        root: this.renderRoot,
      });
    }
    // Not ready to draw its state (or loading): the loading state, in the one template of every
    // state, so that its data loading far from the viewport changes nothing in the page.
    // (A failure to load the messages does not wait for the data.)
    const held = !this.ready || !language || (state.status === 'loading' && !failure);
    let body: TemplateResult;
    if (held) {
      body = this.renderLoading(m);
    } else if (failure) {
      adoptSheet(this.renderRoot as ShadowRoot, alertSheet);
      body = (drawAlert as typeof failureAlert)(failure, m, html);
    } else {
      // Loaded, with nothing to draw: a message the size of its text, not the figure's place.
      const dataset = state.status === 'loaded' ? state.dataset : undefined;
      const hint = dataset ? this.emptyHint(dataset, m, locale) : '';
      // Its pair's name never broken at the dash ('Thailand–' / 'Cambodia' at 280 px).
      const codes = dataset && this.pair(dataset);
      const pair = codes && pairName(...codes, locale);
      body = html`<div part="empty" class="state" role="status">
        <strong>${m.empty}</strong>
        ${hint ? html`<span>${keepTogether(hint, pair)}</span>` : nothing}
      </div>`;
    }
    // Loading, the figure holds the loaded figure's place (nothing below it moves); failed, the
    // alert's styles give that up once they have loaded (alert.ts: an error is final), so only the
    // plain alert of a chunk that failed keeps it; empty, it is the size of its message (see
    // holdReserve).
    return html`<figure part="figure" class=${held || failure ? 'held' : ''}
      aria-busy=${held ? 'true' : 'false'}>
      ${body}
    </figure>`;
  }
}
