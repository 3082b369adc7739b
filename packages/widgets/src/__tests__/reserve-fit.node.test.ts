import { expect, it } from 'vitest';
import { BANDS, bandOf } from '../styles/reserve.js';
import { fitReserve, type Sample } from './reserve-fit.js';

/** The height at text size `size` (px) of a fitted row's band for content `content` em wide. */
function at(row: readonly number[], content: number, size: number): number {
  const band = bandOf(content);
  const [wide, split, narrow] = row.slice(BANDS.length + 1) as number[];
  const below = (band < (split as number) ? narrow : wide) as number;
  return (row[band] as number) * size + (size < 16 ? below * (1 - size / 16) : 0);
}

/** 300 px of chart that keep their size below 16 px text; from 16 px up all of 332 px scales. */
const scaling = (size: number) => (size < 16 ? 2 * size + 300 : 20.75 * size);

it('finds the px part of a height below 16 px text; from 16 px up the height is in em', () => {
  const samples = [13, 15, 16, 18, 20].map((size) => ({
    size,
    content: 10,
    height: scaling(size),
  }));
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights).toHaveLength(BANDS.length + 1 + 3);
  // 332 px at 16 px text: 20.75em, of which 300 px do not scale below it (one part: all bands).
  expect(heights[0]).toBe(20.75);
  expect(heights[BANDS.length]).toBe(20.75);
  expect(heights.slice(BANDS.length + 1)).toEqual([300, 0, 300]);
  for (const { size, content, height } of samples) expect(at(heights, content, size)).toBe(height);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps the 16 px height where a chart in px would grow less than the text above 16 px', () => {
  // A chart that kept its 300 px above 16 px text (as before the charts scaled): the reserve in
  // em is too tall there, by 48 px at 20 px text; it lets go there and does not shrink at 16 px.
  const samples: Sample[] = [13, 16, 20].map((size) => ({
    size,
    content: 10,
    height: 2 * size + 300,
  }));
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights[0]).toBe(20.75);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  expect([at16, letGo]).toEqual([0, 1]);
});

it('grows the height in em where a larger text size draws taller in em than 16 px', () => {
  // At 20 px text the chart is 40 px taller than 20.75em (it switched heights): 22.75em.
  const samples: Sample[] = [
    { size: 13, content: 10, height: 326 },
    { size: 16, content: 10, height: 332 },
    { size: 20, content: 10, height: 455 },
  ];
  const { heights } = fitReserve(samples);
  expect(heights[0]).toBe(22.75);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
});

it('gives narrower and wider bands their own px parts, never reserving less than a sample', () => {
  // Narrow (10em): 300 px that do not scale below 16 px; wide (40em): 100 px.
  const samples = [13, 16, 20].flatMap((size) => [
    { size, content: 10, height: size < 16 ? 2 * size + 300 : 20.75 * size },
    { size, content: 40, height: size < 16 ? 4 * size + 100 : 10.25 * size },
  ]);
  const { heights, at16, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  const [wide, split, narrow] = heights.slice(BANDS.length + 1);
  expect(bandOf(10)).toBeLessThan(split as number);
  expect(bandOf(40)).toBeGreaterThanOrEqual(split as number);
  expect([wide, narrow]).toEqual([100, 300]);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps bands of equal height at 16 px equal, and counts who lets go', () => {
  // Two bands as tall at 16 px; at 20 px the narrower draws 40 px more than the wider.
  const samples = [
    { size: 16, content: 10, height: 400 },
    { size: 16, content: 40, height: 400 },
    { size: 20, content: 10, height: 500 },
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
  // As tall at 16 px (25em), but at 10em a line wraps at 18 px (25.9em). Taken as one run, every
  // band grew to 26em, and at 44em (24em drawn) the reserve let go at 16 px, by 32 px.
  const samples: Sample[] = [
    { size: 16, content: 10, height: 400 },
    { size: 18, content: 10, height: 466.2 },
    { size: 16, content: 41, height: 400 },
    { size: 16, content: 44, height: 384 },
  ];
  const { heights, at16 } = fitReserve(samples);
  expect(heights[bandOf(10)]).toBe(26);
  expect(heights[bandOf(44)]).toBe(25);
  expect(at16).toBe(0);
});
