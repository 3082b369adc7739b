import { BANDS, bandOf } from '../styles/reserve.js';

/** How tall the tallest language draws an element at one width and text size. */
export interface Sample {
  /** The text size, px. */
  readonly size: number;
  /** The element's content width, em. */
  readonly content: number;
  /** The figure's height, px. */
  readonly height: number;
}

/** How far (px) a figure may draw short of its reserve and keep it (`settleReserves`). */
const HOLD = 24;

/** `x` rounded up to a quarter. */
const quarter = (x: number) => Math.ceil(x * 4) / 4;

/**
 * The reserve (`Reserve` in `styles/reserve.ts`) that fits the samples: per band of
 * {@link BANDS} a height in em at 16 px text, and one px part for the element (the charts' pixel
 * heights, tried from 0 to 600), the height at text size `s` being `height × s + px × (1 − s/16)`.
 * Never shorter than a sample; short of as few as possible by more than 24 px (the tallest
 * language lets go of it there), ties to the smallest largest blank. The heights start from the
 * tallest drawn at 16 px in each band (rounded up to a quarter) and grow where another text size
 * needs more; bands of equal height at 16 px stay equal (each rule the placeholder stylesheet
 * writes is a change of height from one band to the next: no more of them).
 *
 * @example
 * ```ts
 * const samples = [16, 20].map((size) => ({ size, content: 10, height: 2 * size + 300 }));
 * fitReserve(samples); //=> { heights: [20.75, …, 20.75], px: 300, letGo: 0 } (332 px at 16 px text)
 * ```
 */
export function fitReserve(samples: readonly Sample[]): {
  heights: number[];
  px: number;
  letGo: number;
} {
  const at16 = new Array<number>(BANDS.length + 1).fill(0);
  for (const { size, content, height } of samples) {
    const band = bandOf(content);
    if (size === 16) at16[band] = Math.max(at16[band] as number, quarter(height / 16));
  }
  // A band no sample falls in (beyond the widest) takes the band before it.
  for (let i = 1; i < at16.length; i++) if (at16[i] === 0) at16[i] = at16[i - 1] as number;
  let best: { heights: number[]; px: number; letGo: number; blank: number } | undefined;
  for (let px = 0; px <= 600; px++) {
    const heights = [...at16];
    for (const { size, content, height } of samples) {
      const band = bandOf(content);
      heights[band] = Math.max(
        heights[band] as number,
        quarter((height - px * (1 - size / 16)) / size),
      );
    }
    // Bands of equal height at 16 px take the tallest of them.
    for (let i = heights.length - 2; i >= 0; i--) {
      if (at16[i] === at16[i + 1]) {
        const tallest = Math.max(heights[i] as number, heights[i + 1] as number);
        for (let j = i; j < heights.length && at16[j] === at16[i]; j++) heights[j] = tallest;
      }
    }
    const blanks = samples.map(
      ({ size, content, height }) =>
        (heights[bandOf(content)] as number) * size + px * (1 - size / 16) - height,
    );
    const letGo = blanks.filter((blank) => blank > HOLD).length;
    const blank = Math.max(...blanks);
    if (best === undefined || letGo < best.letGo || (letGo === best.letGo && blank < best.blank)) {
      best = { heights, px, letGo, blank };
    }
  }
  const { heights, px, letGo } = best as NonNullable<typeof best>;
  return { heights, px, letGo };
}
