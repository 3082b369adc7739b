import { expect, it } from 'vitest';
import { BANDS, bandOf } from '../styles/reserve.js';
import { fitReserve } from './reserve-fit.js';

/** The height at text size `size` (px) of `heights[band]` (em at 16 px text) with `px` of it in px. */
const at = (height: number, px: number, size: number) => height * size + px * (1 - size / 16);

it('finds the px part of a height that grows by 2 px a px of text: the rest scales', () => {
  const samples = [13, 16, 20].map((size) => ({ size, content: 10, height: 2 * size + 300 }));
  const { heights, px, letGo } = fitReserve(samples);
  expect(px).toBe(300);
  expect(heights).toHaveLength(BANDS.length + 1);
  // 332 px at 16 px text: 20.75em, of which 300 px do not scale.
  expect(heights[0]).toBe(20.75);
  expect(heights.at(-1)).toBe(20.75);
  expect(letGo).toBe(0);
});

it('never reserves less than a sample draws, and keeps bands of equal height at 16 px equal', () => {
  // Two bands as tall at 16 px; at 20 px the narrower draws 40 px more than the wider.
  const samples = [
    { size: 16, content: 10, height: 400 },
    { size: 16, content: 40, height: 400 },
    { size: 20, content: 10, height: 480 },
    { size: 20, content: 40, height: 440 },
  ];
  const { heights, px, letGo } = fitReserve(samples);
  for (const { size, content, height } of samples) {
    const band = bandOf(content);
    expect(at(heights[band] as number, px, size)).toBeGreaterThanOrEqual(height);
  }
  expect(new Set(heights).size).toBe(1);
  // The wider band at 20 px is 40 px short of the narrower's reserve: it lets go there.
  expect(letGo).toBe(1);
});
