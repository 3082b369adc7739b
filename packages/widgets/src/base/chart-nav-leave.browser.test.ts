import { describe, expect, it } from 'vitest';
import { $, mountLoaded } from '../__tests__/helpers.js';
import { PointNavController } from '../controllers/point-nav-controller.js';
import '../elements/growth.define.js';

/** The element's navigation (protected): the stand-in until the controller has loaded. */
const navOf = (element: Element) =>
  (element as unknown as { readonly nav: { readonly index: number } }).nav;

// A file of its own: the navigation loads once per page, and this needs it not loaded yet.
describe('the chart navigation, loaded with a pointer that has left again', () => {
  it('shows no point once loaded when the mouse left the chart while it loaded', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    expect(navOf(element)).not.toBeInstanceOf(PointNavController);
    const chart = $(element, '[part=chart]');
    const point = chart.querySelector('[data-point="2"]') as Element;
    expect(point).not.toBeNull();
    const mouse = { pointerType: 'mouse', bubbles: true, composed: true };
    point.dispatchEvent(new PointerEvent('pointerover', mouse));
    chart.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await element.updateComplete;
    expect(navOf(element)).toBeInstanceOf(PointNavController);
    expect(navOf(element).index).toBe(-1);
    // Over a point and still there: it is shown once loaded (the same replay, without the leave).
    point.dispatchEvent(new PointerEvent('pointerover', mouse));
    await element.updateComplete;
    expect(navOf(element).index).toBe(2);
  });
});
