import type { ReactiveControllerHost } from 'lit';
import type { DatasetController } from './dataset-controller.js';

/** An element a container draws: a Bilateral element has its controller as `loader`. */
type Part = Element & { readonly loader?: DatasetController };

/**
 * Makes a container's events wait for the elements it draws in its shadow root, each with a
 * dataset controller of its own (a dashboard's panels): its `bilateral-load` or `bilateral-error`
 * fires once every one has drawn its own state (it has started loading, has loaded or failed, and
 * has fired its event), so it says that everything in it has rendered. The panels draw once they
 * are near the viewport and their width is known (with the container when it gives them the
 * width it lays them out at, as the dashboard does: `LaidOut`; else once the viewport's observer
 * reports them, after they are laid out and measured); the last one's
 * event fires the container's held event (the container draws its figure once). Only a container
 * calls it (the dashboard, or a subclass of `BilateralBase` that draws Bilateral elements), so a
 * page without one carries none of this; a container that does not call it fires its event once
 * it has drawn itself, before its parts have.
 *
 * @param host - the container
 * @param controller - the container's dataset controller
 * @example
 * ```ts
 * import { BilateralBase, drawParts } from '@bilateral/widgets';
 * import '@bilateral/widgets/growth';
 * import type { Dataset } from '@bilateral/core';
 * import { html } from 'lit';
 *
 * // Two growth charts of one dataset: `bilateral-load` once both have drawn their figures.
 * class TwoCharts extends BilateralBase<Dataset> {
 *   constructor() {
 *     super();
 *     drawParts(this, this.loader);
 *   }
 *   protected computeView(dataset: Dataset): Dataset {
 *     return dataset;
 *   }
 *   protected renderView(dataset: Dataset) {
 *     return html`<bilateral-growth .data=${dataset}></bilateral-growth>
 *       <bilateral-growth .data=${dataset} measure="exports"></bilateral-growth>`;
 *   }
 * }
 * customElements.define('two-charts', TwoCharts);
 * ```
 */
export function drawParts(
  host: Element & ReactiveControllerHost,
  controller: DatasetController,
): void {
  let root: ShadowRoot | undefined;
  const drawing = (): boolean => {
    if (root === undefined && host.shadowRoot !== null) {
      root = host.shadowRoot;
      // A part's event stops at the shadow root (not composed): the container hears it there,
      // and fires its own if it holds one (it is loaded by then) and that part was the last,
      // without drawing itself again (its figure is the same).
      const drawn = () => {
        if (controller.waiting && !drawing()) controller.hostUpdated();
      };
      root.addEventListener('bilateral-load', drawn);
      root.addEventListener('bilateral-error', drawn);
    }
    return [...(root?.querySelectorAll<Part>('*') ?? [])].some((part) => part.loader?.waiting);
  };
  controller.partsDrawing = drawing;
}
