import { describe, expect, it } from 'vitest';
import { $, mountLoaded } from '../__tests__/helpers.js';
import { tooltipReady } from '../charts/tooltip.js';
import '../elements/growth.define.js';

/** The element's navigation (protected): a plain stand-in object until the controller has loaded. */
const navOf = (element: Element) => (element as unknown as { readonly nav: object }).nav;

describe("a chart's first point: the tip's chunk loads beside the navigation's", () => {
  it('is asked for with the navigation, before the navigation has come', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    // Neither has loaded: this file is the page's first move to a point.
    expect(navOf(element).constructor).toBe(Object);
    expect(tooltipReady()).toBe(false);
    // Each time the element starts the tip's load, whether its navigation had loaded by then
    // (decided by the order of calls, not by the requests' times, which the browser's caches
    // and a loaded machine change).
    const host = element as unknown as { loadTip(): void };
    const start = host.loadTip.bind(host);
    const navLoaded: boolean[] = [];
    host.loadTip = () => {
      navLoaded.push(navOf(element).constructor !== Object);
      start();
    };
    const chart = $(element, '[part=chart]');
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
    // Asked for at once, with the navigation's load: one round trip for both, not two.
    expect(navLoaded).toEqual([false]);
    await element.updateComplete;
    await element.updateComplete; // drawn again when the tip's chunk has come
    expect($(element, '.tip').textContent).toMatch(/2016/);
  });
});
