import { afterEach, describe, expect, it } from 'vitest';
import { mountLoaded, settled, shadow } from '../__tests__/helpers.js';
import '../all.js';

/**
 * The size (px) each label of an element's chart is drawn at on the screen: its font size in the
 * chart's units, times the chart's scale to its box.
 */
function labelSizes(element: Element): number[] {
  return [...shadow(element).querySelectorAll<SVGTextElement>('[part=chart] svg text')].map(
    (label) =>
      Number.parseFloat(getComputedStyle(label).fontSize) * (label.getScreenCTM()?.a ?? Number.NaN),
  );
}

/** Mounts `tag` on the embedded dataset at `width`, the page's text at `text` px. */
async function mountAt(tag: string, width: number, text: number): Promise<Element> {
  document.documentElement.style.fontSize = `${text}px`;
  const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`, width);
  // A test of a chart without labels would pass by drawing none.
  expect(labelSizes(element).length, `${tag} at ${width} px, ${text} px text`).toBeGreaterThan(0);
  return element;
}

/** Polls the smallest label of `element` until it is drawn at least `px` (5 s at most). */
const atLeast = (element: Element, px: number) =>
  expect
    .poll(() => Math.min(...labelSizes(element)), { timeout: 5_000 })
    .toBeGreaterThanOrEqual(px);

afterEach(() => {
  document.documentElement.style.fontSize = '';
});

describe('chart labels at 200 % text (WCAG 1.4.4)', () => {
  // Seen: at 200 % text (32 px on the page) everything grew but the charts' labels, 12 px: axis
  // ticks and units, rate labels, band values, balance amounts, the gates' class and province
  // names. Now a chart is drawn for the width its box would have at 16 px text and scaled to
  // its box: its labels grow with the text.
  it.each([
    ['bilateral-growth', 390],
    ['bilateral-growth', 768],
    ['bilateral-balance', 390],
    ['bilateral-balance', 768],
    ['bilateral-target', 390],
    ['bilateral-target', 768],
    ['bilateral-gates', 390],
    ['bilateral-gates', 768],
  ] as const)(
    '<%s> at %s px draws every label at least 1.9 times its size at 100 %',
    async (tag, width) => {
      const normal = await mountAt(tag, width, 16);
      await settled([normal]);
      const before = Math.max(...labelSizes(normal));
      await atLeast(await mountAt(tag, width, 32), 1.9 * before);
    },
  );

  it('keeps the labels at their size with text smaller than 16 px', async () => {
    // The charts keep their pixel sizes below 16 px text (their 12 px labels stay readable).
    const small = await mountAt('bilateral-growth', 390, 13);
    await settled([small]);
    expect(new Set(labelSizes(small))).toEqual(new Set([12]));
  });

  it('draws the chart again when only the text size changes', async () => {
    // The shared ResizeObserver reports it: the host's height changes with its text.
    const element = await mountAt('bilateral-growth', 390, 16);
    await settled([element]);
    const before = Math.max(...labelSizes(element));
    document.documentElement.style.fontSize = '32px';
    await atLeast(element, 1.9 * before);
  });
});
