import { describe, expect, it, vi } from 'vitest';
import { $, LOADS, mountLoaded, shadow, text } from '../__tests__/helpers.js';
import './gates.define.js';
import type { BilateralGates } from './gates.js';

// A file of its own: when the language changes, the page has loaded neither the Vietnamese
// messages nor the provinces' names (they are loaded once per page).
describe('<bilateral-gates> when the page switches language (h212)', () => {
  it('keeps its English figure until the provinces’ names have loaded, then draws in Vietnamese', async () => {
    const root = document.documentElement;
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" country="LAO"></bilateral-gates>',
    );
    const chart = () => text($(element, '[part=chart]'));
    expect(chart()).toContain('Khammouane');
    // Whatever the element draws from the switch on: never its loading state (it was drawn
    // until the names had loaded).
    let held = false;
    const loading = (node: Node) =>
      node instanceof Element && node.matches('[part=loading], :has([part=loading])');
    const watch = new MutationObserver((records) => {
      held ||= records.some((record) => [...record.addedNodes].some(loading));
    });
    watch.observe(shadow(element), { childList: true, subtree: true });
    try {
      root.setAttribute('lang', 'vi');
      await vi.waitFor(() => expect(chart()).toContain('Khăm Muộn'), LOADS);
    } finally {
      watch.disconnect();
      root.setAttribute('lang', 'en');
    }
    expect(held).toBe(false);
    expect(text($(element, '[part=summary]'))).toMatch(/^Danh sách có 28 cửa khẩu/);
  });

  it('keeps the province the reader chose selected when a new language re-orders the options', async () => {
    const root = document.documentElement;
    const element = await mountLoaded<BilateralGates>(
      '<bilateral-gates dataset="vietnam-laos" country="LAO"></bilateral-gates>',
    );
    const select = () => shadow(element).querySelectorAll('select')[1] as HTMLSelectElement;
    // The provinces named (the crossings whose province is not known come last in every
    // language, after them).
    const names = () =>
      [...select().options].map((option) => option.value).filter((name) => name !== '(unknown)');
    // A reader going through the provinces with the arrow keys selects each in turn (each option
    // then no longer follows its `selected` attribute), and stops on the last named.
    for (const name of names().slice(1)) {
      select().value = name;
      select().dispatchEvent(new Event('change'));
      await element.updateComplete;
    }
    const chosen = names().at(-1) as string;
    expect(element.province).toBe(chosen);
    try {
      root.setAttribute('lang', 'zh');
      await vi.waitFor(() => expect(names().indexOf(chosen)).not.toBe(names().length - 1), LOADS);
      await element.updateComplete;
      expect(select().value).toBe(chosen);
    } finally {
      root.setAttribute('lang', 'en');
    }
    await vi.waitFor(() => expect(names().indexOf(chosen)).toBe(names().length - 1), LOADS);
    expect(select().value).toBe(chosen);
  });
});
