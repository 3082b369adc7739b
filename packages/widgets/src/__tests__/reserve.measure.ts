import { expect, it } from 'vitest';
import '../all.js';
import { RESERVES } from '../styles/reserves.js';
import { drawn, mountLoaded, settled, shadow } from './helpers.js';
import { fitReserve, type Sample } from './reserve-fit.js';

/**
 * The text sizes (px) a reserve is fitted to: the element's, on a page of 16 px text; and 200 %
 * text as a reader sets it (32 px on the page: its padding and gaps in rem grow too).
 */
const SIZES = [13, 15, 16, 18, 20, 32];

/**
 * `pnpm --filter @bilateral/widgets reserve`: measures how tall each element draws the embedded
 * Vietnam–Laos dataset in every language at widths from 256 to 1,560 px (every 8 px) with 13,
 * 15, 16, 18 and 20 px text, and from 280 px with 200 % text (32 px on the page), and prints the
 * reserves of `src/styles/reserve-<element>.ts`: per width band, its height in em at 16 px text,
 * then its groups of bands and their px parts ({@link fitReserve}). The dashboard's placeholder is computed from them
 * (`src/styles/dashboard-placeholder.ts`).
 */
it('measures the height to reserve for each element, by width band', async () => {
  const table: Record<string, string> = {};
  for (const name of Object.keys(RESERVES)) {
    const samples: Sample[] = [];
    for (const size of SIZES) {
      const page = size === 32;
      document.documentElement.style.fontSize = page ? '32px' : '';
      // From 256 px (a dashboard on a 280 px page: content 14.4em at 16 px text), 200 % text from
      // 280 px (content 6.7em): the narrowest band (up to 15em) holds both what 200 % text draws
      // on a phone (growth 68em at 280 px, 51em at 390 px) and what 16 to 20 px text draws in it
      // (41em), with a line below LINE_BELOW (fitNarrowest; docs/widgets.md, States).
      for (let width = page ? 280 : 256; width <= 1560; width += 8) {
        let tallest = 0;
        let content = 0;
        for (const locale of ['en', 'vi', 'lo', 'zh']) {
          const tag = `bilateral-${name}`;
          // The elements are measured without their reserves.
          const element = await mountLoaded(
            `<${tag} dataset="vietnam-laos" locale="${locale}" style="--bilateral-min-height:0;font-size:${page ? 'inherit' : `${size}px`}"></${tag}>`,
            width,
          );
          // Charts first draw at a default width; measure once they are drawn at their own.
          await settled([element]);
          await drawn();
          const padding = Number.parseFloat(getComputedStyle(element).paddingLeft);
          content = (element.clientWidth - 2 * padding) / size;
          const figure = shadow(element).querySelector('[part=figure]');
          tallest = Math.max(tallest, figure?.getBoundingClientRect().height ?? 0);
        }
        samples.push({ size, content, height: tallest });
      }
    }
    document.documentElement.style.fontSize = '';
    const { heights, at16, letGo } = fitReserve(samples);
    table[name] =
      `reserve-${name}.ts: export const ${name.toUpperCase()}_RESERVE: Reserve = [${heights.join(', ')}];` +
      ` (the tallest language lets go at ${at16} of ${samples.filter(({ size }) => size === 16).length} widths at 16 px text,` +
      ` ${letGo} of ${samples.length} widths and sizes in all)`;
    // Each as it is measured (a run takes minutes an element).
    console.log(table[name]);
  }
  expect(Object.keys(table)).toHaveLength(4);
}, 3_600_000);
