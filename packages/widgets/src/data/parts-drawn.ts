import type { ReactiveControllerHost } from 'lit';
import type { DatasetController } from './dataset-controller.js';

/** An element a container draws: a Bilateral element has its controller as `loader`. */
type Part = Element & { readonly loader?: DatasetController };

/**
 * Makes a container's events wait for the elements it draws in its shadow root, each with a
 * dataset controller of its own (a dashboard's panels): its `bilateral-load` or `bilateral-error`
 * fires once every one has drawn its own state (it has started loading, has loaded or failed, and
 * has fired its event), so it says that everything in it has rendered. The panels draw once they
 * are near the viewport and their width is known, a frame after the container; the last one's
 * event has the container draw again, which fires the container's held event. Only a container
 * calls it, so a page without one carries none of this.
 *
 * @param host - the container
 * @param controller - the container's dataset controller
 * @example
 * ```ts
 * class Panels extends BilateralBase<View> {
 *   constructor() {
 *     super();
 *     drawParts(this, this.loader);
 *   }
 * }
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
      // and draws again to fire its own if it holds one (it is loaded by then) and was the last.
      const drawn = () => {
        if (controller.waiting && !drawing()) host.requestUpdate();
      };
      root.addEventListener('bilateral-load', drawn);
      root.addEventListener('bilateral-error', drawn);
    }
    return [...(root?.querySelectorAll<Part>('*') ?? [])].some((part) => part.loader?.waiting);
  };
  controller.partsDrawing = drawing;
}
