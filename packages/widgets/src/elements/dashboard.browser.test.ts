import { describe, expect, it } from 'vitest';
import { $, type AnyElement, loadEvent, mount, shadow, text } from '../__tests__/helpers.js';
import './dashboard.define.js';

/** The element's height once it has not changed for five animation frames (at most 300 frames). */
async function settledHeight(element: Element): Promise<number> {
  let last = Number.NaN;
  let steady = 0;
  for (let frame = 0; frame < 300 && steady < 5; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const height = element.getBoundingClientRect().height;
    steady = height === last ? steady + 1 : 0;
    last = height;
  }
  return last;
}

describe('<bilateral-dashboard>', () => {
  it('loads once and hands the dataset to its four panels', async () => {
    const element = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
    let loads = 0;
    document.addEventListener('bilateral-load', () => loads++);
    const { dataset } = (await loadEvent(element)).detail;
    await element.updateComplete;
    const panels = [...shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')];
    expect(panels.map((panel) => panel.localName)).toEqual([
      'bilateral-growth',
      'bilateral-balance',
      'bilateral-target',
      'bilateral-gates',
    ]);
    for (const panel of panels) {
      await panel.updateComplete;
      expect(panel.data).toBe(dataset);
      expect(panel.getAttribute('reporter')).toBe('VNM');
      expect(shadow(panel).querySelector('[part=summary]')).not.toBeNull();
    }
    expect(text($(element, '[part=title]'))).toBe('Vietnam–Laos trade');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).toBe(1);
  });

  it('passes locale, theme and range to its panels', async () => {
    const element = mount(
      '<bilateral-dashboard dataset="vietnam-laos" locale="zh" theme="dark" from="2020" to="2022"></bilateral-dashboard>',
    );
    await loadEvent(element);
    await element.updateComplete;
    const growth = $(element, 'bilateral-growth') as unknown as AnyElement;
    await growth.updateComplete;
    expect(growth.getAttribute('theme')).toBe('dark');
    // 2020 is implied by a rounded rate, 2022 sums parts known to US$0.1 and 10 million: "about".
    expect(text($(growth, '[part=summary]'))).toBe(
      '越南–老挝贸易额从约10.3亿美元（2020）增至约17亿美元（2022）。',
    );
    expect(text($(element, '[part=title]'))).toBe('越南–老挝贸易');
  });

  it('shows its grid of panels as placeholders while loading, and nothing below moves down', async () => {
    const element = mount(
      '<bilateral-dashboard src="/__bilateral__/fixtures/valid.json"></bilateral-dashboard>',
      1200,
    );
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part=loading] .placeholder')).toHaveLength(4);
    const loading = element.getBoundingClientRect().height;
    await loadEvent(element);
    await element.updateComplete;
    for (const panel of shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')) {
      await panel.updateComplete;
    }
    // The panels learn their width from one shared ResizeObserver; on a busy machine that can take
    // a few frames, so measure once the height has held for five frames in a row.
    const loaded = await settledHeight(element);
    // This dataset has no targets: the target panel goes and the grid gets shorter, not taller.
    expect(loaded).toBeLessThanOrEqual(loading + 1);
  });
});
