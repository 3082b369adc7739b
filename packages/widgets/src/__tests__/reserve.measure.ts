import { expect, it } from 'vitest';
import '../all.js';
import { BANDS, bandOf } from '../styles/reserve.js';
import { RESERVES } from '../styles/reserves.js';
import { mountLoaded, settled, shadow } from './helpers.js';

/**
 * `pnpm --filter @bilateral/widgets reserve`: measures how tall each element draws the embedded
 * Vietnam–Laos dataset in every language at widths from 240 to 1,240 px, and prints the
 * reserves of `src/styles/reserve-<element>.ts` (the tallest height of each width band, in em,
 * rounded up to a quarter). The dashboard's placeholder is computed from them
 * (`src/styles/dashboard-placeholder.ts`).
 */
it('measures the height to reserve for each element, by width band', async () => {
  const table: Record<string, number[]> = {};
  for (const name of Object.keys(RESERVES)) {
    // The elements are measured without their reserves.
    const heights = new Array<number>(BANDS.length + 1).fill(0);
    for (let width = 240; width <= 1240; width += 8) {
      for (const locale of ['en', 'vi', 'lo', 'zh']) {
        const tag = `bilateral-${name}`;
        const element = await mountLoaded(
          `<${tag} dataset="vietnam-laos" locale="${locale}" style="--bilateral-min-height:0"></${tag}>`,
          width,
        );
        // Charts first draw at a default width; measure once they are drawn at their own.
        await settled([element]);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
        const em = Number.parseFloat(getComputedStyle(element).fontSize);
        const padding = Number.parseFloat(getComputedStyle(element).paddingLeft);
        const content = (element.clientWidth - 2 * padding) / em;
        const index = bandOf(content);
        const figure = shadow(element).querySelector('[part=figure]');
        const height = (figure?.getBoundingClientRect().height ?? 0) / em;
        heights[index] = Math.max(heights[index] ?? 0, Math.ceil(height * 4) / 4);
      }
    }
    // A band no measured width falls in (beyond the widest) takes the band before it.
    for (let i = 1; i < heights.length; i++) {
      if (heights[i] === 0) heights[i] = heights[i - 1] ?? 0;
    }
    table[name] = heights;
  }
  console.log(
    Object.entries(table)
      .map(
        ([name, heights]) =>
          `reserve-${name}.ts: export const ${name.toUpperCase()}_RESERVE: Reserve = [${heights.join(', ')}];`,
      )
      .join('\n'),
  );
  expect(Object.keys(table)).toHaveLength(4);
}, 600_000);
