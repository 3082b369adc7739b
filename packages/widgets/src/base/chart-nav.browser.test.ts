import { describe, expect, it } from 'vitest';
import { $, mountLoaded, text } from '../__tests__/helpers.js';
import { PointNavController } from '../controllers/point-nav-controller.js';
import '../elements/growth.define.js';

/** The element's navigation (protected): the stand-in until the controller has loaded. */
const navOf = (element: Element) => (element as unknown as { readonly nav: object }).nav;

describe('the chart navigation, loaded with its first event', () => {
  it('moves by the keys pressed before it had loaded, and keeps them from scrolling the page', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    expect(navOf(element)).not.toBeInstanceOf(PointNavController);
    const chart = $(element, '[part=chart]');
    chart.focus();
    const first = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true });
    chart.dispatchEvent(first);
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    chart.dispatchEvent(tab);
    expect(first.defaultPrevented).toBe(true);
    expect(tab.defaultPrevented).toBe(false);
    await element.updateComplete;
    expect(navOf(element)).toBeInstanceOf(PointNavController);
    // Two steps from none: the second point.
    expect(text($(element, '.live'))).toMatch(/^2017: /);
  });
});
