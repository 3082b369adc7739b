import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderStylesheet } from './placeholder-stylesheet.js';
import { BANDS, DASHBOARD_BANDS, DASHBOARD_RESERVE, type Reserve } from './reserve.js';
import { RESERVES } from './reserves.js';

/** Every placeholder: its tag, band bounds and heights (the tables the stylesheet is made from). */
const PLACEHOLDERS = [
  ...Object.entries(RESERVES).map(
    ([tag, heights]) => [`bilateral-${tag}`, BANDS, heights] as const,
  ),
  ['bilateral-dashboard', DASHBOARD_BANDS, DASHBOARD_RESERVE] as const,
] as const satisfies readonly (readonly [string, readonly number[], Reserve])[];

/** Padding (1rem each side) and border (1px each side) of an element not defined yet. */
const FRAME = 2 * 16 + 2;

/** The height in em the tables give content `width` em wide: the narrowest band it fits in. */
function tableHeight(bounds: readonly number[], heights: Reserve, width: number): number {
  const band = bounds.findIndex((bound) => width <= bound);
  return heights[band === -1 ? bounds.length : band] as number;
}

describe('the placeholder stylesheet (bilateral-widgets.css)', () => {
  const style = document.createElement('style');
  const host = document.createElement('div');

  beforeAll(() => {
    style.textContent = placeholderStylesheet();
    document.head.append(style);
    host.style.font = '16px sans-serif';
    document.body.append(host);
  });
  afterAll(() => {
    style.remove();
    host.remove();
  });

  it("gives every element not defined yet its reserve's height at every band edge", () => {
    for (const [tag, bounds, heights] of PLACEHOLDERS) {
      expect(customElements.get(tag)).toBeUndefined();
      const element = document.createElement(tag);
      host.replaceChildren(element);
      // Each bound exactly (content width in whole px), a pixel either side, and far beyond.
      const widths = [
        ...bounds.flatMap((bound) => [bound * 16 - 1, bound * 16, bound * 16 + 1]),
        2000,
      ];
      const drawn = widths.map((width) => {
        element.style.width = `${width + FRAME}px`;
        return Number.parseFloat(getComputedStyle(element, '::before').height) / 16;
      });
      expect(drawn, tag).toEqual(widths.map((width) => tableHeight(bounds, heights, width / 16)));
    }
  });

  it('gives them the frame they will have: padding and border, none when plain or hidden', () => {
    host.innerHTML =
      '<bilateral-growth></bilateral-growth><bilateral-dashboard plain></bilateral-dashboard>' +
      '<bilateral-gates hidden></bilateral-gates>';
    const [growth, dashboard, gates] = [...host.children].map((element) =>
      getComputedStyle(element),
    );
    expect(growth?.display).toBe('block');
    expect(growth?.paddingTop).toBe('16px');
    expect(growth?.borderTopWidth).toBe('1px');
    expect(growth?.containIntrinsicWidth).toBe('640px');
    expect(dashboard?.paddingTop).toBe('0px');
    expect(dashboard?.borderTopWidth).toBe('0px');
    expect(dashboard?.containIntrinsicWidth).toBe('1200px');
    expect(gates?.display).toBe('none');
  });
});
