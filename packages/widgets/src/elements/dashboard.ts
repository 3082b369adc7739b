/**
 * `@bilateral/widgets/dashboard/class`: the class of `<bilateral-dashboard>`,
 * {@link BilateralDashboard}, and the types of its view, without registering the element (to
 * register it under a tag of your own, or to extend it). `@bilateral/widgets/dashboard` registers
 * it.
 *
 * @packageDocumentation
 */
import type { Dataset } from '@bilateral/core';
import {
  type CSSResultGroup,
  html,
  nothing,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { BilateralBase, mainPair, type RenderContext } from '../base/bilateral-base.js';
import { fontSizeOf } from '../controllers/resize-controller.js';
import { drawParts } from '../data/parts-drawn.js';
import { dashboardWords } from '../i18n/dashboard-words.js';
import { pairName } from '../i18n/format.js';
import { addEnglish, type Messages } from '../i18n/messages.js';
import { reserve } from '../styles/reserve.js';
import { RESERVES } from '../styles/reserves.js';
import { dashboardStyles } from './dashboard.styles.js';
import { panelWidths } from './dashboard-columns.js';

// This element's own words, for a page drawn in English (the other languages' chunks have them).
addEnglish(dashboardWords);

/**
 * What `<bilateral-dashboard>` shows: one dataset and the pair its panels are about.
 *
 * @example
 * ```ts
 * import type { Dataset } from '@bilateral/core';
 * import type { DashboardView } from '@bilateral/widgets';
 * import { BilateralDashboard } from '@bilateral/widgets/dashboard';
 *
 * // A subclass computes the view in `computeView`: here a dashboard without the gates panel.
 * class TradeDashboard extends BilateralDashboard {
 *   protected override computeView(dataset: Dataset): DashboardView | null {
 *     const view = super.computeView(dataset);
 *     // dataset="vietnam-laos": view?.reporter //=> 'VNM', view?.partner //=> 'LAO',
 *     // view?.hasBalance //=> true, view?.hasTargets //=> true, view?.hasCrossings //=> true
 *     return view === null ? null : { ...view, hasCrossings: false };
 *   }
 * }
 * customElements.define('trade-dashboard', TradeDashboard);
 * // <trade-dashboard dataset="vietnam-laos">: growth, balance and target panels
 * ```
 */
export interface DashboardView {
  readonly dataset: Dataset;
  readonly reporter: string;
  readonly partner: string;
  /** Whether the pair publishes both exports and imports, so a balance can be drawn. */
  readonly hasBalance: boolean;
  readonly hasTargets: boolean;
  readonly hasCrossings: boolean;
}

/**
 * A dashboard's generated title: the dataset's own in this language when the dashboard shows the
 * dataset's main pair, else "<pair> trade" ("Vietnam–Laos trade").
 *
 * @internal For the pages without script (`embed-page.ts`), which title theirs alike.
 */
export function dashboardTitle(
  view: DashboardView,
  { locale, m }: Pick<RenderContext, 'locale' | 'm'>,
): string {
  const [mainReporter, mainPartner] = mainPair(view.dataset) ?? [];
  const own = view.reporter === mainReporter && view.partner === mainPartner;
  return (
    (own ? view.dataset.title[locale] : undefined) ??
    m.dashboardTitle(pairName(view.reporter, view.partner, locale))
  );
}

/**
 * Growth, balance, target and border crossings of one reporter–partner pair, composed from
 * `<bilateral-growth>`, `<bilateral-balance>`, `<bilateral-target>` and `<bilateral-gates>`.
 * The dashboard loads the dataset once and hands it to its panels; the target and gates panels
 * appear when the dataset has targets and crossings for the pair. The registering entry
 * `@bilateral/widgets/dashboard` registers the four panels too; the class-only entry does not.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@bilateral/widgets/dist/bilateral-widgets.js"></script>
 *
 * <bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>
 * <bilateral-dashboard dataset="vietnam-laos" from="2020" to="2024" locale="zh"
 *   target="vnm-lao-5-billion"></bilateral-dashboard>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/dashboard'; // registers the dashboard and its four panels
 *
 * // <bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>
 * const dashboard = document.querySelector('bilateral-dashboard'); // BilateralDashboard | null
 * dashboard?.addEventListener('bilateral-load', () => {
 *   const panels = dashboard.shadowRoot?.querySelectorAll('[part=grid] > *') ?? [];
 *   console.log([...panels].map((panel) => panel.localName));
 *   //=> ['bilateral-growth', 'bilateral-balance', 'bilateral-target', 'bilateral-gates']
 * });
 * ```
 *
 * @summary The four elements composed for one reporter–partner pair.
 * @tag bilateral-dashboard
 *
 * @event bilateral-load - The dataset loaded and rendered; `detail.dataset` is the Dataset.
 * @event bilateral-error - Loading failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @csspart figure - The figure that wraps everything.
 * @csspart title - The title.
 * @csspart summary - The `subtitle` attribute's sentence, under the title.
 * @csspart grid - The grid of panels.
 * @csspart growth - The `<bilateral-growth>` panel (its own parts are not exported).
 * @csspart balance - The `<bilateral-balance>` panel.
 * @csspart target - The `<bilateral-target>` panel.
 * @csspart gates - The `<bilateral-gates>` panel.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error message.
 * @csspart footer - The `notes` and `source` attributes' lines, under the panels.
 * @csspart notes - The `notes` attribute's line.
 *
 * @cssproperty --bilateral-dashboard-column - The narrowest a panel column gets (default 20em).
 */
export class BilateralDashboard extends BilateralBase<DashboardView> {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [
    BilateralBase.styles,
    dashboardStyles,
    ...(['growth', 'balance', 'target', 'gates'] as const).map((name) =>
      reserve(RESERVES[name], `.placeholder.${name} > .reserve`, []),
    ),
  ];

  static override properties: PropertyDeclarations = {
    target: {},
    commodity: {},
  };

  /** Id of the target the target panel shows (default: its own choice). */
  declare target: string | undefined;
  /** HS code the growth and balance panels show (default: their own choice; see each). */
  declare commodity: string | undefined;

  constructor() {
    super();
    // Its `bilateral-load` waits for its panels (each an element with its own dataset controller).
    // Its panels take the Dataset it hands them as `data` in the update that sets it, as one an
    // element of the page has loaded already: no reader of the `data` property to download.
    drawParts(this, this.loader);
  }

  protected computeView(dataset: Dataset): DashboardView | null {
    const pair = this.pair(dataset);
    if (pair === undefined) return null;
    const [reporter, partner] = pair;
    const involves = (codes: readonly string[]) =>
      codes.includes(reporter) && codes.includes(partner);
    const ofPair = (item: { reporter: string; partner: string }) =>
      item.reporter === reporter && item.partner === partner;
    const hasFlows = dataset.flows.some(ofPair);
    // Exports and imports, as flows or as published levels (a commodity's flows count too).
    const publishes = (flow: 'export' | 'import', subject: 'exports' | 'imports') =>
      dataset.flows.some((f) => f.flow === flow && ofPair(f)) ||
      dataset.statements.some((s) => s.kind === 'level' && s.subject === subject && ofPair(s));
    const hasCrossings = dataset.crossings.some((c) =>
      involves(c.sides.map((side) => side.country)),
    );
    if (!hasFlows && !hasCrossings) return null;
    return {
      dataset,
      reporter,
      partner,
      hasBalance: publishes('export', 'exports') && publishes('import', 'imports'),
      hasTargets: dataset.targets.some(ofPair),
      hasCrossings,
    };
  }

  /**
   * While loading: the title's line (none when `plain`, which draws no title), the subtitle (it
   * needs no data: drawn as loaded, so its lines are held at every width), then the grid of
   * panels as placeholders, each reserving the height its element will take at that width, so
   * the page does not shift when the data arrives.
   */
  protected override renderLoading(m: Messages): TemplateResult {
    const panel = (name: string, label: string | typeof nothing = nothing) =>
      html`<div class="placeholder ${name}"><div class="reserve">
        <span class="skeleton"></span>${label}</div></div>`;
    return html`${
      this.plain
        ? nothing
        : html`<div class="loading-title" aria-hidden="true"><span class="skeleton"></span></div>`
    }${this.#summary()}
      <div part="loading" class="grid loading" role="status">
        ${panel('wide growth', m.loading)} ${panel('balance')} ${panel('target')} ${panel('gates')}
      </div>`;
  }

  /** The `subtitle` attribute's line under the title, if it has words. */
  #summary(): TemplateResult | typeof nothing {
    const subtitle = this.subtitle?.trim();
    return subtitle ? html`<p part="summary" class="summary">${subtitle}</p>` : nothing;
  }

  protected renderView(view: DashboardView, { locale, m, width }: RenderContext): TemplateResult {
    // The `title` attribute, else the generated one.
    const pair = pairName(view.reporter, view.partner, locale);
    const title = this.titleText(dashboardTitle(view, { locale, m }));
    const common = {
      data: view.dataset,
      reporter: view.reporter,
      partner: view.partner,
    };
    const theme = this.theme ?? nothing;
    const from = this.from ?? nothing;
    const to = this.to ?? nothing;
    const commodity = this.commodity ?? nothing;
    const panelLevel = Math.min(this.titleLevel + 1, 6);
    // How many panels share the rows under growth: the grid has no more columns than that.
    const beside = [view.hasBalance, view.hasTargets, view.hasCrossings].filter(Boolean).length;
    // Each panel's width in the grid, in the panels' order: they draw with the dashboard.
    const widths = panelWidths(width, beside, fontSizeOf(this));
    return html`<figure part="figure" title="" aria-labelledby=${this.plain ? nothing : 'title'}>
      ${this.renderTitle(title, pair)}
      ${this.#summary()}
      <div part="grid" class="grid beside-${beside}">
        <bilateral-growth part="growth" class="wide" .layoutWidth=${widths.shift()} .data=${common.data} reporter=${common.reporter}
          partner=${common.partner} from=${from} to=${to} locale=${locale} theme=${theme}
          commodity=${commodity} ?static=${this.isStatic} heading-level=${panelLevel}></bilateral-growth>
        ${
          view.hasBalance
            ? html`<bilateral-balance part="balance" .layoutWidth=${widths.shift()} .data=${common.data} reporter=${common.reporter}
              partner=${common.partner} from=${from} to=${to} locale=${locale} theme=${theme}
              commodity=${commodity} ?static=${this.isStatic} heading-level=${panelLevel}></bilateral-balance>`
            : nothing
        }
        ${
          view.hasTargets
            ? html`<bilateral-target part="target" .layoutWidth=${widths.shift()} .data=${common.data} reporter=${common.reporter}
              partner=${common.partner} from=${from} to=${to} locale=${locale} theme=${theme}
              target=${this.target ?? nothing} ?static=${this.isStatic} heading-level=${panelLevel}></bilateral-target>`
            : nothing
        }
        ${
          view.hasCrossings
            ? html`<bilateral-gates part="gates" .layoutWidth=${widths.shift()} .data=${common.data} reporter=${common.reporter}
              partner=${common.partner} from=${from} to=${to} locale=${locale} theme=${theme}
              ?static=${this.isStatic} heading-level=${panelLevel}></bilateral-gates>`
            : nothing
        }
      </div>
      ${this.renderFooter(m, nothing)}
    </figure>`;
  }
}
