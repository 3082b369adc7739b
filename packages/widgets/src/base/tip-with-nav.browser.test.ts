import { describe, expect, it } from 'vitest';
import { $, mountLoaded } from '../__tests__/helpers.js';
import { tooltipReady } from '../charts/tooltip.js';
import '../elements/growth.define.js';

/** The page's request for a module whose URL contains `part`, if it made one. */
const requestOf = (part: string) =>
  performance.getEntriesByType('resource').find((entry) => entry.name.includes(part)) as
    | PerformanceResourceTiming
    | undefined;

/** The element's navigation (protected): a plain stand-in object until the controller has loaded. */
const navOf = (element: Element) => (element as unknown as { readonly nav: object }).nav;

describe("a chart's first point: the tip's chunk loads beside the navigation's", () => {
  it('is requested before the navigation has arrived, not after it', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    // Neither has loaded: this file is the page's first move to a point.
    expect(navOf(element).constructor).toBe(Object);
    expect(tooltipReady()).toBe(false);
    // The test server's modules filled the resource timing buffer: start a fresh one.
    performance.setResourceTimingBufferSize(1000);
    performance.clearResourceTimings();
    const chart = $(element, '[part=chart]');
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
    await element.updateComplete;
    await element.updateComplete; // drawn again when the tip's chunk has come
    expect($(element, '.tip').textContent).toMatch(/2016/);
    const nav = requestOf('point-nav-controller');
    const tip = requestOf('point-tip');
    expect(nav).toBeDefined();
    expect(tip).toBeDefined();
    // One round trip for both: the tip was asked for before the navigation's module had come.
    expect((tip as PerformanceResourceTiming).startTime).toBeLessThan(
      (nav as PerformanceResourceTiming).responseEnd,
    );
  });
});
