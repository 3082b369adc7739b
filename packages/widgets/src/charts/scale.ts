/** A linear scale from data values to pixels, with "nice" round ticks covering the domain. */
export interface LinearScale {
  (value: number): number;
  readonly ticks: readonly number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (
    power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10)
  );
}

/**
 * Maps `[min, max]` (widened to include 0 and to round ticks) onto `[bottom, top]` pixels.
 *
 * @param values - the values to cover
 * @param range - pixel positions of the lowest and the highest tick
 * @param count - about how many intervals between ticks
 */
export function linearScale(
  values: readonly number[],
  range: readonly [bottom: number, top: number],
  count = 4,
): LinearScale {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const step = niceStep(max - min || 1, count);
  const low = Math.floor(min / step) * step;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step)
    ticks.push(Number(tick.toPrecision(12)));
  const [bottom, top] = range;
  const scale = (value: number) => bottom + ((value - low) / (high - low)) * (top - bottom);
  return Object.assign(scale, { ticks });
}

/** Equal slots for `count` categories across `[start, end]`: each slot's centre and a bar width. */
export interface BandScale {
  (index: number): number;
  readonly bandwidth: number;
  readonly step: number;
}

/**
 * Splits `[start, end]` into `count` equal slots; `padding` (0–1) is the share of a slot left empty.
 */
export function bandScale(
  count: number,
  range: readonly [start: number, end: number],
  padding = 0.3,
): BandScale {
  const [start, end] = range;
  const step = (end - start) / Math.max(count, 1);
  const centre = (index: number) => start + step * (index + 0.5);
  return Object.assign(centre, { bandwidth: step * (1 - padding), step });
}
