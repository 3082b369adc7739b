import { expect, it } from 'vitest';
import { BANDS, bandOf } from '../styles/reserve.js';
import { fitReserve, type Sample } from './reserve-fit.js';

/** The height at text size `size` (px) of a fitted row's band for content `content` em wide. */
function at(row: readonly number[], content: number, size: number): number {
  const band = bandOf(content);
  const [wide, split, ...narrow] = row.slice(BANDS.length + 1) as number[];
  const [below, above] = (band < (split as number) ? narrow : [wide, wide]) as [number, number];
  return (row[band] as number) * size + (size < 16 ? below : above) * (1 - size / 16);
}

it('finds the px part of a height that grows by 2 px a px of text: the rest scales', () => {
  const samples = [13, 16, 20].map((size) => ({ size, content: 10, height: 2 * size + 300 }));
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights).toHaveLength(BANDS.length + 1 + 4);
  // 332 px at 16 px text: 20.75em, of which 300 px do not scale (one part: all bands wider).
  expect(heights[0]).toBe(20.75);
  expect(heights[BANDS.length]).toBe(20.75);
  expect(heights.slice(BANDS.length + 1)).toEqual([300, 0, 300, 300]);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps the 16 px height where a chart switches to a taller height in px at larger text', () => {
  // 2 px a px of text and 300 px of chart, but the chart is 40 px taller at 20 px text (wider in
  // px): one px part would have to grow the 16 px height (13 px needs 300, 20 px at most 140).
  const samples: Sample[] = [
    { size: 13, content: 10, height: 326 },
    { size: 16, content: 10, height: 332 },
    { size: 20, content: 10, height: 380 },
  ];
  const { heights, at16, letGo } = fitReserve(samples);
  expect(heights[0]).toBe(20.75);
  // All bands narrower (the split beyond the last), 300 px below 16 px text and 140 above.
  expect(heights.slice(BANDS.length + 2)).toEqual([BANDS.length + 1, 300, 140]);
  for (const { size, content, height } of samples) expect(at(heights, content, size)).toBe(height);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('gives narrower and wider bands their own px parts, never reserving less than a sample', () => {
  // Narrow (10em): 300 px that do not scale; wide (40em): 100 px.
  const samples = [13, 16, 20].flatMap((size) => [
    { size, content: 10, height: 2 * size + 300 },
    { size, content: 40, height: 4 * size + 100 },
  ]);
  const { heights, at16, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  const [wide, split, ...narrow] = heights.slice(BANDS.length + 1);
  expect(bandOf(10)).toBeLessThan(split as number);
  expect(bandOf(40)).toBeGreaterThanOrEqual(split as number);
  expect([wide, ...narrow]).toEqual([100, 300, 300]);
  expect([at16, letGo]).toEqual([0, 0]);
});

it('keeps bands of equal height at 16 px equal, and counts who lets go', () => {
  // Two bands as tall at 16 px; at 20 px the narrower draws 40 px more than the wider.
  const samples = [
    { size: 16, content: 10, height: 400 },
    { size: 16, content: 40, height: 400 },
    { size: 20, content: 10, height: 480 },
    { size: 20, content: 40, height: 440 },
  ];
  const { heights, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    expect(at(heights, content, size)).toBeGreaterThanOrEqual(height);
  }
  expect(new Set(heights.slice(0, BANDS.length + 1)).size).toBe(1);
  // The wider band at 20 px is 40 px short of the narrower's reserve: it lets go there.
  expect(letGo).toBe(1);
});
