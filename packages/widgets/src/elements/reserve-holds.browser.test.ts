import { afterEach, expect, it } from 'vitest';
import '../all.js';
import { drawn, mount, mountLoaded, settled } from '../__tests__/helpers.js';

const TAGS = ['growth', 'balance', 'target', 'gates'] as const;
const LOCALES = ['en', 'vi', 'lo', 'zh'] as const;
const WIDTHS = [280, 390, 520, 768, 1080, 1400] as const;
/**
 * The element's text size (px): 17 to 20 px body text is common on news sites; 32 px is 200 %
 * text as a reader sets it (on the page's root: its rem grow too).
 */
const SIZES = [13, 15, 16, 18, 20, 32] as const;

const markup = (tag: string, source: string, locale: string, size: number) =>
  `<bilateral-${tag} ${source} locale="${locale}" style="font-size:${size === 32 ? 'inherit' : `${size}px`}"></bilateral-${tag}>`;
const height = (element: Element) => element.getBoundingClientRect().height;

afterEach(() => {
  document.documentElement.style.fontSize = '';
});

/**
 * Each element loaded in every language at a width and text size, against its loading height
 * there: no language draws taller than the reserve (nothing below moves down), and the tallest
 * keeps it (draws within 24 px of it: nothing below moves up). A reserve in em alone was too tall
 * at 18 and 20 px (the charts keep their pixel heights), so the tallest language let go of it
 * and moved the page up by up to 121 px, in 74 of these 120 cases; held at its 16 px height below
 * 16 px, it was too tall there as well. With a part in px per element, 26, but at 16 px text,
 * the browsers' default, growth and balance let go at 390 px (38 and 33 px) and target at 280 and
 * 390 px, where their 16 px heights had grown for other sizes. With px parts below and above
 * 16 px for two groups of bands (see `Reserve`), at 16 px by 24 px at most (gates at 1,400 px,
 * as before) and 23 in all. At 200 % text (32 px on the page) the charts' labels stayed 12 px,
 * and the elements outgrew their reserves (balance by 32 px at 1,080 px, target by 54 px at
 * 1,400 px, gates by 44 px at 768 px); now the charts scale with the text from 16 px up, and so
 * do the reserves (no px part there).
 */
it.each(TAGS)(
  '%s keeps its reserve at 13 to 20 px text and at 32 px on the page, 280 to 1,400 px wide, in the tallest language',
  async (tag) => {
    const letGo: string[] = [];
    // At 16 px text, how far the page moves up where the tallest language lets go.
    const movedAt16: string[] = [];
    let cases = 0;
    for (const size of SIZES) {
      document.documentElement.style.fontSize = size === 32 ? '32px' : '';
      // 200 % text at 280 and 390 px too (a phone: content 6.7 and 10.1em, in the narrowest band,
      // whose line in cqi holds it), not at 520 px (as at 768 px: a tablet's width, tested there).
      for (const width of size === 32 ? WIDTHS.filter((w) => w !== 520) : WIDTHS) {
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
        cases++;
        expect(Math.max(...heights) - reserved, name).toBeLessThanOrEqual(1);
        const moved = reserved - Math.max(...heights);
        if (moved > 1) letGo.push(`${name}: ${Math.round(moved)} px`);
        if (size === 16 && moved > 25) movedAt16.push(`${name}: ${Math.round(moved)} px`);
      }
    }
    // Bands in em cannot follow every height change (a chart 200 px tall under 420 px wide,
    // 240 px from there; text wrapping inside a band): some cases are short by more than 24 px.
    expect(letGo.length, letGo.join('; ')).toBeLessThanOrEqual(cases / 3);
    // At the browsers' default text size, each band's reserve is the tallest drawn in it: where
    // the tallest language lets go at all (gates at 1,400 px), the page moves by 24 px at most.
    expect(movedAt16).toEqual([]);
  },
  300_000,
);
