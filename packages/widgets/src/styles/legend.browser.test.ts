import { describe, expect, it } from 'vitest';
import { type AnyElement, mountLoaded, settled, shadow } from '../__tests__/helpers.js';
import '../all.js';

/** The entries of an element's legend, each with its swatch and the boxes of its words' lines. */
function entries(element: AnyElement) {
  return [...shadow(element).querySelectorAll('.legend > *')].map((entry) => {
    const swatch = entry.querySelector('.swatch') as Element;
    const range = document.createRange();
    const lines: DOMRect[] = [];
    for (const node of entry.childNodes) {
      if (!(node instanceof Text) || node.data.trim() === '') continue;
      range.selectNodeContents(node);
      lines.push(...[...range.getClientRects()].filter((box) => box.width > 0));
    }
    return { text: entry.textContent?.trim(), swatch: swatch.getBoundingClientRect(), lines };
  });
}

describe('a legend entry', () => {
  it.each(['en', 'vi'])(
    'wraps its words beside its swatch, never under it, in %s at 280 px',
    async (locale) => {
      // Seen at 280 px: "hollow: approximate" / "or derived" and the target band's "(Vietnam–Laos
      // Joint Statement," / "September 2024)" began their second line at the swatch's left, under
      // it; and the band's swatch, beside two lines of words, shrank to a sliver (flex items
      // shrink).
      const element = await mountLoaded(
        `<bilateral-growth dataset="vietnam-laos" locale="${locale}"
          target="vnm-lao-joint-statement-2024"></bilateral-growth>`,
        280,
      );
      await settled([element]);
      const drawn = entries(element);
      const band = drawn.at(-1);
      // The band's entry is the last and wraps: the test reads a second line.
      expect(new Set(band?.lines.map((line) => Math.round(line.top))).size).toBeGreaterThan(1);
      for (const { text, swatch, lines } of drawn) {
        expect(
          lines.filter((line) => line.left < swatch.right - 0.5).map((line) => line.left),
          text,
        ).toEqual([]);
        expect(swatch.width, text).toBeCloseTo(swatch.height, 0);
      }
    },
  );

  it('draws the balance series’ line swatch at the middle of its words’ line', async () => {
    // A legend entry is a flex row (its words wrap beside the swatch), where `vertical-align`
    // does nothing: the balance's line swatch, raised 0.2em by it, fell onto the baseline.
    const element = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
      640,
    );
    await settled([element]);
    const balance = entries(element).find(({ swatch }) => swatch.height < swatch.width);
    const line = balance?.lines[0];
    expect(line).toBeDefined();
    const em = Number.parseFloat(getComputedStyle(element).fontSize);
    const middle = (box: DOMRect) => box.top + box.height / 2;
    expect(Math.abs(middle(balance?.swatch as DOMRect) - middle(line as DOMRect))).toBeLessThan(
      0.2 * em,
    );
  });
});
