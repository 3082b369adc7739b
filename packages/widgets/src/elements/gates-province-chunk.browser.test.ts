import { describe, expect, it } from 'vitest';
import {
  loadEvent,
  mount,
  reportedRequests,
  shadow,
  text,
  watchedRequests,
} from '../__tests__/helpers.js';
import './gates.define.js';
import './growth.define.js';

/** Every file this page requests (see `watchedRequests`). */
const listed = watchedRequests();

/**
 * Whether this page has requested the provinces' names: their module, the widgets' one import of
 * the core's table (`@bilateral/core/provinces`). Not the table's own file: unbundled, any import
 * of the core's root entry requests it too (the entry re-exports `listProvinces`), as the
 * on-demand embedded datasets and messages do, where a build leaves it out of every chunk but the
 * names' (page-files.test holds the built pages to that).
 */
const namesRequested = async () =>
  (await reportedRequests(window, listed)).some((name) => /\/i18n\/province-names\.ts/.test(name));

/** The chart's text when the element first draws its figure (its `bilateral-load`). */
async function firstChart(markup: string): Promise<string> {
  const element = mount(markup);
  await loadEvent(element);
  return text(shadow(element).querySelector('[part=chart] svg') as Element);
}

// A file of its own: the names are loaded once per page, and these tests need a page without them.
describe('the provinces’ names load with a gates element in another language only (h209)', () => {
  it('are not requested by a Vietnamese growth chart, nor by an English gates element', async () => {
    const growth = mount(
      '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>',
    );
    await loadEvent(growth);
    await growth.updateComplete;
    expect(await namesRequested()).toBe(false);
    const english = await firstChart(
      '<bilateral-gates dataset="vietnam-laos" country="LAO"></bilateral-gates>',
    );
    expect(english).toContain('Khammouane');
    expect(await namesRequested()).toBe(false);
  });

  it('are requested by a Vietnamese gates element before its data, and drawn from its first figure on', async () => {
    // No data yet: it asks for them as it reads its language, when first drawn (h212).
    const element = mount('<bilateral-gates country="LAO" locale="vi"></bilateral-gates>');
    await element.updateComplete;
    expect(await namesRequested()).toBe(true);
    const loaded = loadEvent(element);
    element.setAttribute('dataset', 'vietnam-laos');
    await loaded;
    const chart = text(shadow(element).querySelector('[part=chart] svg') as Element);
    expect(chart).toContain('Khăm Muộn');
    expect(chart).not.toContain('Khammouane');
  });
});
