import { BANDS, bandOf, LINE_BELOW } from '../styles/reserve.js';

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
 * The px parts tried below 16 px text: 0 to 600 by 4 (so that `height - px/16` stays a quarter of
 * an em). Above 16 px text there is none: the charts scale with the text there (`Reserve`).
 */
const PARTS = Array.from({ length: 151 }, (_, i) => 4 * i);

/** The px part `below` (px at 16 px text) of a height at text size `size`: none from 16 px up. */
const partAt = (below: number, size: number) => (size < 16 ? below * (1 - size / 16) : 0);

/** A fit's counts: let go at 16 px text, let go at any size, the largest blank (px). */
interface Score {
  readonly at16: number;
  readonly letGo: number;
  readonly blank: number;
}

const better = (a: Score, b: Score) =>
  a.at16 !== b.at16 ? a.at16 < b.at16 : a.letGo !== b.letGo ? a.letGo < b.letGo : a.blank < b.blank;

/** As {@link better}, the largest blank before how many let go (`fitNarrowest`). */
const smallerShift = (a: Score, b: Score) =>
  a.at16 !== b.at16 ? a.at16 < b.at16 : a.blank !== b.blank ? a.blank < b.blank : a.letGo < b.letGo;

/** Nothing counted yet. */
const NONE: Score = { at16: 0, letGo: 0, blank: 0 };

/** `a` and `b` counted together. */
const plus = (a: Score, b: Score): Score => ({
  at16: a.at16 + b.at16,
  letGo: a.letGo + b.letGo,
  blank: Math.max(a.blank, b.blank),
});

/** One sample's count: `over` px of reserve above what it draws at text size `size`. */
const sampleScore = (over: number, size: number): Score => ({
  at16: over > HOLD && size === 16 ? 1 : 0,
  letGo: over > HOLD ? 1 : 0,
  blank: over,
});

/**
 * What a fitted row (`Reserve` in `styles/reserve.ts`) reserves, in px, for content `content` em
 * wide at text size `size` (px): the band's height in em, and its px part below 16 px text or,
 * where more, the row's line (its last number, hundredths of an em) times how much narrower than
 * {@link LINE_BELOW} the content is, in em.
 *
 * @example
 * ```ts
 * reservedAt(RESERVES.growth, 30, 16); // RESERVES.growth[bandOf(30)] × 16
 * reservedAt(RESERVES.growth, 6.7, 32); // (height + line / 100 × (14 − 6.7)) × 32: 200 % text at 280 px
 * ```
 */
export function reservedAt(row: readonly number[], content: number, size: number): number {
  const band = bandOf(content);
  const [wide, split, narrow, line] = row.slice(BANDS.length + 1) as number[];
  const below = (band < (split as number) ? narrow : wide) as number;
  const grown = ((line as number) / 100) * Math.max(0, LINE_BELOW - content) * size;
  return (row[band] as number) * size + Math.max(partAt(below, size), grown);
}

/**
 * The narrowest band's height in em and its line (the hundredths of an em it grows by for each
 * em of content narrower than {@link LINE_BELOW}, whole) from samples in it at 16 px text and up,
 * where an element's height in em depends on its content width in em alone (its charts are drawn
 * for the width it would have at 16 px text): at 200 % text on a phone the content is 6.7em wide
 * at 280 px and an element draws half as tall again as with 20 px text at 15em. Each height tried
 * takes the least line that holds every sample. Never shorter than a sample; short of it by more
 * than 24 px at as few samples at 16 px text as it can, then by as little as it can: at 200 %
 * text the figure's height steps with each line of text it wraps, which no line follows, so most
 * samples there are short of it by more than 24 px whatever the fit, and the largest blank (the
 * largest shift when one lets go) decides, then how many let go.
 *
 * @example
 * ```ts
 * // 40em from 14em on, 4em more for each em narrower; 16 to 32 px text.
 * const drawn = (content: number) => 40 + 4 * Math.max(0, 14 - content);
 * const samples = [7, 9, 12, 15].map((content) => ({ size: 32, content, height: 32 * drawn(content) }));
 * fitNarrowest(samples); //=> { height: 40, line: 400 }
 * ```
 */
export function fitNarrowest(samples: readonly Sample[]): { height: number; line: number } {
  const drawn = samples.map((sample) => ({ ...sample, em: sample.height / sample.size }));
  let best: { height: number; line: number; score: Score } | undefined;
  const lowest = quarter(Math.min(...drawn.map(({ em }) => em)));
  const tallest = quarter(Math.max(...drawn.map(({ em }) => em)));
  for (let height = lowest; height <= tallest; height += 0.25) {
    const above = drawn.filter(({ em }) => em > height);
    // A sample taller than the height at LINE_BELOW or wider: no line holds it.
    if (above.some(({ content }) => content >= LINE_BELOW)) continue;
    // Whole, rounded up (less a float's remainder: 0.07 × 100 is 7.000…01, not above 7).
    const line = Math.ceil(
      Math.round(
        1e4 *
          Math.max(0, ...above.map(({ em, content }) => (em - height) / (LINE_BELOW - content))),
      ) / 100,
    );
    const score = drawn.reduce(
      (sum, { size, content, height: px }) =>
        plus(
          sum,
          sampleScore(
            (height + (line / 100) * Math.max(0, LINE_BELOW - content)) * size - px,
            size,
          ),
        ),
      NONE,
    );
    if (best === undefined || smallerShift(score, best.score)) best = { height, line, score };
  }
  return { height: best?.height ?? 0, line: best?.line ?? 0 };
}

/**
 * The reserve (`Reserve` in `styles/reserve.ts`) that fits the samples: per band of
 * {@link BANDS} a height in em at 16 px text, then the wider bands' px part, the first band of
 * the wider group, and the narrower bands' px part (tried from 0 to 600 by 4), the height at text
 * size `s` being `height × s + px × (1 − s/16)` below 16 px, `height × s` from 16 px up, and last
 * the narrowest band's line ({@link fitNarrowest}: from 16 px up its samples are fitted there,
 * apart; the band's height is the greater of the two fits'). Never
 * shorter than a sample; short of the tallest by more than 24 px (the tallest language lets go
 * of it there) at as few samples at 16 px text (the browsers' default) as it can, then at as few
 * in all, ties to the smallest largest blank. The heights start from the tallest drawn at 16 px
 * in each band (rounded up to a quarter) and grow where another text size needs more; then a
 * band takes its neighbour's greater height wherever that lets go no more often (each rule the
 * placeholder stylesheet writes is a change of height from one band to the next: no more of
 * them than that needs).
 *
 * @example
 * ```ts
 * // 300 px of chart below 16 px text; from 16 px up, all of it scales with the text.
 * const height = (size: number) => (size < 16 ? 2 * size + 300 : 20.75 * size);
 * const samples = [13, 16, 20].map((size) => ({ size, content: 16, height: height(size) }));
 * fitReserve(samples); //=> { heights: [20.75, …, 20.75, 300, 0, 300, 0], at16: 0, letGo: 0 }
 * ```
 */
export function fitReserve(samples: readonly Sample[]): {
  heights: number[];
  at16: number;
  letGo: number;
} {
  const bands = BANDS.length + 1;
  // The narrowest band from 16 px text up: its height and line (fitNarrowest); the other samples
  // by band and px part.
  const first = (sample: Sample) => bandOf(sample.content) === 0 && sample.size >= 16;
  const narrowest = fitNarrowest(samples.filter(first));
  const rest = samples.filter((sample) => !first(sample));
  const at16 = new Array<number>(bands).fill(0);
  for (const { size, content, height } of rest) {
    const band = bandOf(content);
    if (size === 16) at16[band] = Math.max(at16[band] as number, quarter(height / 16));
  }
  // A band no sample falls in (beyond the widest) takes the band before it.
  for (let i = 1; i < bands; i++) if (at16[i] === 0) at16[i] = at16[i - 1] as number;
  // Each band a run of its own: a run of bands as tall at 16 px took the tallest of its heights
  // at every text size, and where one band drew taller at 18 px (a line wrapping at its edge),
  // the whole run let go at 16 px (growth from 50em: 45 of 161 widths, by 37 px); the merging
  // below joins them again wherever that lets go no more often.
  const runs = at16.map((_, band) => [band]);
  // For each run and px part: its height and counts.
  const fits = runs.map((run) => {
    const mine = rest.filter(({ content }) => run.includes(bandOf(content)));
    return PARTS.map((below) => {
      const part = (size: number) => partAt(below, size);
      let height = at16[run[0] as number] as number;
      for (const { size, height: drawn } of mine) {
        height = Math.max(height, quarter((drawn - part(size)) / size));
      }
      const score = mine.reduce(
        (sum, { size, height: drawn }) =>
          plus(sum, sampleScore(height * size + part(size) - drawn, size)),
        NONE,
      );
      return { height, score };
    });
  });
  // The best px part for runs `from` to `to` (exclusive).
  const group = (from: number, to: number) => {
    let best: { part: number; score: Score } | undefined;
    for (let part = 0; part < PARTS.length; part++) {
      let score = NONE;
      for (let run = from; run < to; run++) score = plus(score, fits[run]?.[part]?.score as Score);
      if (best === undefined || better(score, best.score)) best = { part, score };
    }
    return best as { part: number; score: Score };
  };
  let best: { split: number; narrow: number; wide: number; score: Score } | undefined;
  for (let split = 0; split <= runs.length; split++) {
    const wide = group(split, runs.length);
    // With no narrower group (split 0), its part is the wider's and it counts nothing.
    const narrow = split === 0 ? { part: wide.part, score: NONE } : group(0, split);
    const score = plus(narrow.score, wide.score);
    if (best === undefined || better(score, best.score)) {
      best = { split, narrow: narrow.part, wide: wide.part, score };
    }
  }
  const { split, narrow, wide } = best as NonNullable<typeof best>;
  const heights: number[] = [];
  runs.forEach((run, index) => {
    const fit = fits[index]?.[index < split ? narrow : wide];
    for (const _ of run) heights.push(fit?.height as number);
  });
  heights[0] = Math.max(heights[0] as number, narrowest.height);
  const row = [
    ...heights,
    PARTS[wide] as number,
    // The first band of the wider group (all bands narrower: beyond the last).
    runs[split]?.[0] ?? bands,
    PARTS[narrow] as number,
    narrowest.line,
  ];
  // Fewer changes of height (fewer rules, in the stylesheet and the dashboard's steps): a band
  // takes its wider or narrower neighbour's greater height wherever that lets go no more often.
  let score = scoreOf(row, samples);
  for (let merged = true; merged; ) {
    merged = false;
    for (let band = 0; band < bands - 1; band++) {
      const [a, b] = [row[band] as number, row[band + 1] as number];
      if (a === b) continue;
      const taller = row.slice();
      taller.fill(Math.max(a, b), a < b ? band : band + 1, a < b ? band + 1 : band + 2);
      const next = scoreOf(taller, samples);
      if (next.at16 <= score.at16 && next.letGo <= score.letGo) {
        row.splice(0, row.length, ...taller);
        score = next;
        merged = true;
      }
    }
  }
  return { heights: row, at16: score.at16, letGo: score.letGo };
}

/** How often the tallest language lets go of `row`'s reserve, at 16 px text and in all. */
function scoreOf(row: readonly number[], samples: readonly Sample[]): Score {
  return samples.reduce(
    (sum, { size, content, height }) =>
      plus(sum, sampleScore(reservedAt(row, content, size) - height, size)),
    NONE,
  );
}
