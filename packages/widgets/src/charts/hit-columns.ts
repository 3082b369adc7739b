import { type SVGTemplateResult, svg } from 'lit';

/**
 * Transparent full-height columns over a chart, one per point drawn, so that hovering anywhere
 * above or below a point makes it the active one. `data-point` holds the point's index among the
 * points drawn, which is what keyboard navigation counts. Draw them last: they must lie on top.
 */
export function hitColumns(
  xs: readonly (number | null)[],
  step: number,
  top: number,
  bottom: number,
): SVGTemplateResult {
  return svg`${xs
    .filter((x) => x !== null)
    .map(
      (
        x,
        index,
      ) => svg`<rect class="hit" data-point=${index} x=${x - step / 2} y=${top} width=${step}
          height=${bottom - top}></rect>`,
    )}`;
}
