/**
 * `@bilateral/widgets`: the element classes without registering them, and their types. Import
 * `@bilateral/widgets/all` (or `/growth`, `/balance`, `/target`, `/gates`, `/dashboard`) to
 * register, or load `dist/bilateral-widgets.js` with one script tag.
 *
 * Where to start: the elements, {@link BilateralGrowth}, {@link BilateralBalance},
 * {@link BilateralTarget}, {@link BilateralGates} and {@link BilateralDashboard} — each class's page
 * lists its attributes (as properties), the events it dispatches, its parts and its custom
 * properties; [widgets.md](../../../docs/widgets.md) has them with screenshots. What every element
 * shares (where its data comes from, the pair and range, the language and theme, the load states
 * and their events) is on {@link BilateralBase}; {@link BilateralElement} and {@link drawParts}
 * are for an element of your own. The interfaces and types are what the elements' properties and
 * events carry.
 *
 * @packageDocumentation
 */
export { BilateralBase, type RenderContext } from './base/bilateral-base.js';
export { BilateralElement, type ChartParts, type PointNav } from './base/bilateral-element.js';
export type { Timeline, TimelinePoint } from './base/timeline.js';
export type {
  DatasetController,
  DatasetHost,
  DatasetInput,
  ErrorEventDetail,
  LoadEventDetail,
  LoadState,
} from './data/dataset-controller.js';
export { drawParts } from './data/parts-drawn.js';
export {
  type BalancePosition,
  type BalanceRow,
  type BalanceView,
  BilateralBalance,
} from './elements/balance.js';
export { BilateralDashboard, type DashboardView } from './elements/dashboard.js';
export {
  BilateralGates,
  type ClassChangeRow,
  type ClassRow,
  type GatesView,
} from './elements/gates.js';
export { BilateralGrowth, type GrowthView } from './elements/growth.js';
export { BilateralTarget, type TargetView } from './elements/target.js';
export type { LoadFailure, Messages } from './i18n/messages.js';
