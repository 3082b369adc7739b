import { expect, it } from 'vitest';
import { BANDS, bandOf, LINE_BELOW } from '../styles/reserve.js';
import { reservedAt as at, fitNarrowest, fitReserve, type Sample } from './reserve-fit.js';

/** 300 px of chart that keep their size below 16 px text; from 16 px up all of 332 px scales. */
const scaling = (size: number) => (size < 16 ? 2 * size + 300 : 20.75 * size);

it('finds the px part of a height below 16 px text; from 16 px up the height is in em', () => {
  const samples = [13, 15, 16, 18, 20].map((size) => ({
    size,
    content: 16,
    height: scaling(size),
  }));
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights).toHaveLength(BANDS.length + 1 + 4);
  // 332 px at 16 px text: 20.75em, of which 300 px do not scale below it (one part: all bands).
  expect(heights[1]).toBe(20.75);
  expect(heights[BANDS.length]).toBe(20.75);
  // No line in the narrowest band (no samples there).
  expect(heights.slice(BANDS.length + 1)).toEqual([300, 0, 300, 0]);
  for (const { size, content, height } of samples) expect(at(heights, content, size)).toBe(height);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps the 16 px height where a chart in px would grow less than the text above 16 px', () => {
  // A chart that kept its 300 px above 16 px text (as before the charts scaled): the reserve in
  // em is too tall there, by 48 px at 20 px text; it lets go there and does not shrink at 16 px.
  const samples: Sample[] = [13, 16, 20].map((size) => ({
    size,
    content: 16,
    height: 2 * size + 300,
  }));
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights[1]).toBe(20.75);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  expect([at16, letGo]).toEqual([0, 1]);
});

it('grows the height in em where a larger text size draws taller in em than 16 px', () => {
  // At 20 px text the chart is 40 px taller than 20.75em (it switched heights): 22.75em.
  const samples: Sample[] = [
    { size: 13, content: 16, height: 326 },
    { size: 16, content: 16, height: 332 },
    { size: 20, content: 16, height: 455 },
  ];
  const { heights } = fitReserve(samples);
  expect(heights[1]).toBe(22.75);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
});

it('gives narrower and wider bands their own px parts, never reserving less than a sample', () => {
  // Narrow (10em): 300 px that do not scale below 16 px; wide (40em): 100 px.
  const samples = [13, 16, 20].flatMap((size) => [
    { size, content: 16, height: size < 16 ? 2 * size + 300 : 20.75 * size },
    { size, content: 40, height: size < 16 ? 4 * size + 100 : 10.25 * size },
  ]);
  const { heights, at16, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  const [wide, split, narrow] = heights.slice(BANDS.length + 1);
  expect(bandOf(16)).toBeLessThan(split as number);
  expect(bandOf(40)).toBeGreaterThanOrEqual(split as number);
  expect([wide, narrow]).toEqual([100, 300]);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps bands of equal height at 16 px equal, and counts who lets go', () => {
  // Two bands as tall at 16 px; at 20 px the narrower draws 40 px more than the wider.
  const samples = [
    { size: 16, content: 16, height: 400 },
    { size: 16, content: 40, height: 400 },
    { size: 20, content: 16, height: 500 },
    { size: 20, content: 40, height: 460 },
  ];
  const { heights, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  expect(new Set(heights.slice(0, BANDS.length + 1)).size).toBe(1);
  // The wider band at 20 px is 40 px short of the narrower's reserve: it lets go there.
  expect(letGo).toBe(1);
});

it('lets a band that draws taller at another text size grow alone, not every band as tall', () => {
  // As tall at 16 px (25em), but at 16em a line wraps at 18 px (25.9em). Taken as one run, every
  // band grew to 26em, and at 44em (24em drawn) the reserve let go at 16 px, by 32 px.
  const samples: Sample[] = [
    { size: 16, content: 16, height: 400 },
    { size: 18, content: 16, height: 466.2 },
    { size: 16, content: 41, height: 400 },
    { size: 16, content: 44, height: 384 },
  ];
  const { heights, at16 } = fitReserve(samples);
  expect(heights[bandOf(16)]).toBe(26);
  expect(heights[bandOf(44)]).toBe(25);
  expect(at16).toBe(0);
});

/**
 * An element's height (em) from 16 px text up in the narrowest band, by content width (em): as
 * growth draws, steeply taller below 12em (200 % text on a phone), 40 to 42em from there to 15em
 * (16 to 20 px text).
 */
const narrowest = (content: number) =>
  content < 12 ? 44 + 5 * (12 - content) : 42 - (content - 12) / 1.5;

/** Samples of {@link narrowest} at 18, 20 and 32 px text, as `pnpm reserve` takes them. */
const phone: Sample[] = [18, 20, 32].flatMap((size) =>
  Array.from({ length: 35 }, (_, i) => 280 + 8 * i)
    .map((width) => (width - 2 * (size === 32 ? 32 : 16) - 2) / size)
    .filter((content) => content <= 15)
    .map((content) => ({ size, content, height: narrowest(content) * size })),
);

it('holds the narrowest band with a height and a line below LINE_BELOW, never shorter than a sample', () => {
  const { height, line } = fitNarrowest(phone);
  const reserved = (content: number) => height + (line / 100) * Math.max(0, LINE_BELOW - content);
  for (const { size, content, height: drawn } of phone) {
    expect(reserved(content) * size).toBeGreaterThanOrEqual(drawn);
  }
  // The height holds the flat part (16 to 20 px text), the line the steep one (200 % text) and
  // meets its narrowest sample (32 px text at 280 px: 6.7em of content, 70.5em drawn) within a
  // hundredth of an em a em; one height alone would be 70.5em: 28em too tall at 15em.
  expect(height).toBeLessThanOrEqual(42.25);
  const [narrowest] = phone.filter(({ size }) => size === 32);
  const { size, content, height: drawn } = narrowest as Sample;
  expect(reserved(content) - drawn / size).toBeLessThan((LINE_BELOW - content) / 100);
  const { heights, letGo } = fitReserve(phone);
  expect(heights.at(-1)).toBe(line);
  expect(heights[0]).toBe(height);
  for (const { size, content, height: drawn } of phone) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(drawn);
  }
  // Short of the line by more than 24 px where the drawn height turns flat (12 to 14em); one
  // height alone (70.5em) would be short of it by more nearly everywhere.
  const alone = phone.filter(({ size, height: px }) => 70.5 * size - px > 24).length;
  expect(letGo).toBeLessThan(alone - 10);
});
