import { describe, expect, it, vi } from 'vitest';
import { $, loadEvent, mount, text } from '../__tests__/helpers.js';
import './gates.define.js';

// The chunk of the provinces' names, which holds the check of the filters, cannot load (a network
// error, a page's CSP): a file of its own, the module being refused for the whole page.
vi.mock('../i18n/province-names.js', () => {
  throw new Error('blocked');
});

/** The summary of a gates element once drawn (its `bilateral-load`). */
async function summary(markup: string): Promise<string> {
  const element = mount(markup);
  await loadEvent(element);
  await element.updateComplete;
  return text($(element, '[part=summary]'));
}

describe('<bilateral-gates> whose filters’ check cannot load (r36b)', () => {
  it('draws its figure, refusing no filter (no error, no loading state left)', async () => {
    // As docs/widgets.md says: no filter is refused then, a typo counting none.
    expect(
      await summary('<bilateral-gates dataset="vietnam-laos" province="Lao Ca"></bilateral-gates>'),
    ).toBe('0 crossings are listed on the Vietnam–Laos border, counted by Vietnam’s classes.');
    expect(
      await summary('<bilateral-gates dataset="vietnam-laos" gate-class="nope"></bilateral-gates>'),
    ).toBe('0 crossings are listed on the Vietnam–Laos border, counted by Vietnam’s classes.');
  });

  it('draws a Vietnamese element with the dataset’s names, its filter kept', async () => {
    const element = mount(
      '<bilateral-gates dataset="vietnam-laos" country="LAO" locale="vi" province="Khammouane"></bilateral-gates>',
    );
    await loadEvent(element);
    await element.updateComplete;
    const chart = text($(element, '[part=chart] svg'));
    expect(chart).toContain('Khammouane');
    expect(chart).not.toContain('Khăm Muộn');
  });
});
