import { type SVGTemplateResult, svg } from 'lit';

/** A point of a band: x and the pixel rows of its lower and upper edge. */
export interface BandPoint {
  readonly x: number;
  readonly lower: number;
  readonly upper: number;
}

/** A shaded band between a lower and an upper edge (a target path), with both edges drawn. */
export function band(points: readonly BandPoint[], className: string): SVGTemplateResult {
  if (points.length === 0) return svg``;
  const upper = points.map((p) => `${p.x.toFixed(1)},${p.upper.toFixed(1)}`);
  const lower = points.map((p) => `${p.x.toFixed(1)},${p.lower.toFixed(1)}`).reverse();
  return svg`<g class=${className} aria-hidden="true"
    ><path class="band-area" d=${`M${upper.join('L')}L${lower.join('L')}Z`}></path
    ><path class="band-edge" d=${`M${upper.join('L')}`} fill="none"></path
    ><path class="band-edge" d=${`M${[...lower].reverse().join('L')}`} fill="none"></path
  ></g>`;
}
