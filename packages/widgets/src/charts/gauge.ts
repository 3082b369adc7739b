import { nothing, type SVGTemplateResult, svg } from 'lit';

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
  /** The values written at the band's two ends, e.g. `10.0 %` and `15.0 %`. */
  readonly bandLabels?: { readonly from: string; readonly to: string };
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

/** A label just outside the arc at `share`, anchored away from the gauge. */
function endLabel(input: GaugeInput, share: number, text: string): SVGTemplateResult {
  const [x, y] = at(input, share, input.r + 14)
    .split(',')
    .map(Number) as [number, number];
  const anchor = share < 0.4 ? 'end' : share > 0.6 ? 'start' : 'middle';
  return svg`<text class="band-label" x=${x} y=${y + 4} text-anchor=${anchor}>${text}</text>`;
}

/**
 * A half-circle gauge: the track, the band (e.g. a target's 10–15 %) with its ends' values, and
 * a needle at the value. Values outside the scale are pinned to its ends.
 */
export function gauge(input: GaugeInput): SVGTemplateResult {
  const share = (value: number) => (value - input.min) / (input.max - input.min || 1);
  const labels = input.bandLabels;
  // Line breaks inside the tags, not between them (a text node each).
  return svg`<g class="gauge" aria-hidden="true"
    ><path class="gauge-track" d=${arc(input, 0, 1)} fill="none" stroke-width="14"></path
    ><path class="gauge-band" d=${arc(input, share(input.bandFrom), share(input.bandTo))} fill="none" stroke-width="14"></path
    ><path class="gauge-needle" d=${`M${at(input, share(input.value), input.r * 0.15)}L${at(input, share(input.value), input.r + 8)}`}
      stroke-width="3" stroke-linecap="round"></path
    ><circle class="gauge-needle-hub" cx=${input.cx} cy=${input.cy} r="5"></circle
    >${labels ? endLabel(input, share(input.bandFrom), labels.from) : nothing}${
      labels && labels.to !== labels.from
        ? endLabel(input, share(input.bandTo), labels.to)
        : nothing
    }</g
  >`;
}
