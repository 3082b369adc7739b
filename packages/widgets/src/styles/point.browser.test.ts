import { describe, expect, it } from 'vitest';
import { $, mountLoaded } from '../__tests__/helpers.js';
import '../elements/growth.define.js';

/** Moves a chart's focus to its first point, as a reader's Right arrow does. */
async function focusFirstPoint(element: Element & { updateComplete: Promise<boolean> }) {
  const chart = $(element, '[part=chart]');
  chart.focus();
  chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
  await element.updateComplete;
}

describe('the focused point’s styles (styles/point.ts), loaded with the navigation', () => {
  it('style the ring and the tip of the first chart a reader moves in', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    await focusFirstPoint(element);
    const ring = getComputedStyle($(element, '.active-ring'));
    expect([ring.fill, ring.strokeWidth]).toEqual(['none', '2px']);
    expect(getComputedStyle($(element, '.tip')).fontWeight).toBe('600');
  });

  it('style the active bar of a chart created after the navigation had loaded', async () => {
    // Its navigation is the loaded controller from the start (no first event loads it).
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" chart="bar"></bilateral-growth>',
    );
    await focusFirstPoint(element);
    expect(getComputedStyle($(element, '.mark.active')).strokeWidth).toBe('3px');
  });
});
