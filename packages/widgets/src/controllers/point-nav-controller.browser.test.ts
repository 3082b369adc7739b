import { describe, expect, it } from 'vitest';
import { $, mountLoaded, shadow, text } from '../__tests__/helpers.js';
import { tooltipReady } from '../charts/tooltip.js';
import '../elements/growth.define.js';
import type { BilateralGrowth } from '../elements/growth.js';

describe('the tip over the active point', () => {
  it('loads with the first pointer over a chart, and updateComplete waits until it is drawn', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    // Drawn, and nobody has pointed at it yet: the page has not loaded the tip's placement.
    expect(shadow(element).querySelector('svg')).not.toBeNull();
    expect(tooltipReady()).toBe(false);
    const column = shadow(element).querySelectorAll('rect.hit')[2] as Element;
    column.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(tooltipReady()).toBe(true);
    expect(text($(element, '.tip'))).toMatch(/^2018: /);
  });

  it('does not keep updateComplete waiting for a load that failed', async () => {
    const element = await mountLoaded<BilateralGrowth>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    element.drawWhenLoaded(Promise.reject(new Error('offline')));
    await expect(element.updateComplete).resolves.toBe(true);
  });
});
