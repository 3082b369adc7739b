import { type SVGTemplateResult, svg } from 'lit';

/** What a gauge shows: a value on a scale from `min` to `max`, with a highlighted band. */
export interface GaugeInput {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly bandFrom: number;
  readonly bandTo: number;
  /** Centre and radius in pixels. */
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The point at `share` (0–1) of a half circle from left to right. */
function at(input: GaugeInput, share: number, radius = input.r): string {
  const angle = Math.PI * (1 - clamp(share, 0, 1));
  return `${(input.cx + radius * Math.cos(angle)).toFixed(2)},${(input.cy - radius * Math.sin(angle)).toFixed(2)}`;
}

function arc(input: GaugeInput, from: number, to: number): string {
  return `M${at(input, from)}A${input.r},${input.r} 0 0 1 ${at(input, to)}`;
}

/**
 * A half-circle gauge: the track, the band (e.g. a target's 10–15 %), and a needle at the value.
 * Values outside the scale are pinned to its ends.
 */
export function gauge(input: GaugeInput): SVGTemplateResult {
  const share = (value: number) => (value - input.min) / (input.max - input.min || 1);
  return svg`<g class="gauge" aria-hidden="true">
    <path class="gauge-track" d=${arc(input, 0, 1)} fill="none" stroke-width="14"></path>
    <path class="gauge-band" d=${arc(input, share(input.bandFrom), share(input.bandTo))} fill="none" stroke-width="14"></path>
    <path class="gauge-needle" d=${`M${at(input, share(input.value), input.r * 0.15)}L${at(input, share(input.value), input.r + 8)}`}
      stroke-width="3" stroke-linecap="round"></path>
    <circle class="gauge-needle-hub" cx=${input.cx} cy=${input.cy} r="5"></circle>
  </g>`;
}
