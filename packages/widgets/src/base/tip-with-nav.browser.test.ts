import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { $, mountLoaded } from '../__tests__/helpers.js';
import { tooltipReady } from '../charts/tooltip.js';
import '../elements/growth.define.js';

/** The element's navigation (protected): a plain stand-in object until the controller has loaded. */
const navOf = (element: Element) => (element as unknown as { readonly nav: object }).nav;

describe("a chart's first point: the tip's chunk loads beside the navigation's", () => {
  it('is requested while the navigation is on its way, not after it has come', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    // Neither has loaded: this file is the page's first move to a point.
    expect(navOf(element).constructor).toBe(Object);
    expect(tooltipReady()).toBe(false);
    // The navigation's module is held until the page asks for the tip's (or 10 s have passed):
    // one that asked only once the navigation had come would wait the whole time, and fail.
    await commands.holdRequest('point-nav-controller', 'point-tip', 10_000);
    const chart = $(element, '[part=chart]');
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
    await element.updateComplete;
    await element.updateComplete; // drawn again when the tip's chunk has come
    expect(await commands.heldFor()).toBe(true);
    expect($(element, '.tip').textContent).toMatch(/2016/);
  });
});
