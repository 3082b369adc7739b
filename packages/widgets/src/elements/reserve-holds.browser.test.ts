import { expect, it } from 'vitest';
import '../all.js';
import { mount, mountLoaded, settled } from '../__tests__/helpers.js';

const TAGS = ['growth', 'balance', 'target', 'gates'] as const;
const LOCALES = ['en', 'vi', 'lo', 'zh'] as const;
const WIDTHS = [280, 390, 520, 768, 1080, 1400] as const;
/** The page's text size (px): 17 to 20 px body text is common on news sites. */
const SIZES = [13, 15, 16, 18, 20] as const;

const markup = (tag: string, source: string, locale: string, size: number) =>
  `<bilateral-${tag} ${source} locale="${locale}" style="font-size:${size}px"></bilateral-${tag}>`;
const height = (element: Element) => element.getBoundingClientRect().height;
const drawn = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/**
 * Each element loaded in every language at a width and text size, against its loading height
 * there: no language draws taller than the reserve (nothing below moves down), and the tallest
 * keeps it (draws within 24 px of it: nothing below moves up). A reserve in em alone was too tall
 * at 18 and 20 px (the charts keep their pixel heights), so the tallest language let go of it
 * and moved the page up by up to 121 px, in 74 of these 120 cases; held at its 16 px height below
 * 16 px, it was too tall there as well. With a part in px per element (see `Reserve`), 26.
 */
it.each(TAGS)(
  '%s keeps its reserve at 13 to 20 px text, 280 to 1,400 px wide, in the tallest language',
  async (tag) => {
    const letGo: string[] = [];
    for (const size of SIZES) {
      for (const width of WIDTHS) {
        const loading = mount(markup(tag, 'src="/__bilateral__/slow.json"', '', size), width);
        await loading.updateComplete;
        await drawn();
        expect(loading.shadowRoot?.querySelector('[part=loading]')).not.toBeNull();
        const reserved = height(loading);
        const heights: number[] = [];
        for (const locale of LOCALES) {
          const loaded = await mountLoaded(
            markup(tag, 'dataset="vietnam-laos"', locale, size),
            width,
          );
          await settled([loaded]);
          await drawn();
          heights.push(height(loaded));
        }
        const name = `${width} px, text ${size} px`;
        expect(Math.max(...heights) - reserved, name).toBeLessThanOrEqual(1);
        if (reserved - Math.max(...heights) > 1) {
          letGo.push(`${name}: ${Math.round(reserved - Math.max(...heights))} px`);
        }
      }
    }
    // Bands in em cannot follow every height change (a chart 200 px tall under 420 px wide,
    // 240 px from there; text wrapping inside a band): some cases are short by more than 24 px.
    expect(letGo.length, letGo.join('; ')).toBeLessThanOrEqual((SIZES.length * WIDTHS.length) / 3);
  },
  300_000,
);
