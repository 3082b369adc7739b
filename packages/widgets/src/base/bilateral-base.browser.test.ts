import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  errorEvent,
  expectAccessible,
  LOADS,
  loadEvent,
  mount,
  mountLoaded,
  settled,
  shadow,
  text,
} from '../__tests__/helpers.js';
import '../all.js';
import { BilateralGrowth } from '../index.js';

/** The blank under the content of an element's figure, in CSS pixels. */
function blankUnder(element: Element): number {
  const figure = $(element, '[part=figure]');
  const content = [...figure.children].reduce(
    (bottom, child) => Math.max(bottom, child.getBoundingClientRect().bottom),
    figure.getBoundingClientRect().top,
  );
  return figure.getBoundingClientRect().bottom - content;
}

describe('the loading reserve', () => {
  it('goes when a filter leaves the figure shorter: no blank band under a filtered gates panel', async () => {
    const element = await mountLoaded(
      '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
      390,
    );
    await settled([element]);
    const before = element.getBoundingClientRect().height;
    const [byClass] = shadow(element).querySelectorAll('select');
    await userEvent.selectOptions(byClass as HTMLSelectElement, 'international');
    await element.updateComplete;
    await settled([element]);
    expect(element.getBoundingClientRect().height).toBeLessThan(before - 24);
    expect(blankUnder(element)).toBeLessThanOrEqual(24);
  });
});

describe('the empty state', () => {
  it.each([
    ['en', 'No figures for this selection.', 'Vietnam–Laos, 2040–2041'],
    ['vi', 'Không có số liệu cho lựa chọn này.', 'Việt Nam – Lào, 2040–2041'],
  ])(
    'has a title and a sentence of what is missing, at the size of its text (%s)',
    async (locale, title, what) => {
      const element = await mountLoaded(
        `<bilateral-balance dataset="vietnam-laos" from="2040" to="2041" locale="${locale}"></bilateral-balance>`,
        768,
      );
      const empty = $(element, '[part=empty]');
      expect(empty.getAttribute('role')).toBe('status');
      expect(text(empty.querySelector('strong') as Element)).toBe(title);
      expect(text(empty.querySelector('span') as Element)).toContain(what);
      // Sized to its text: no grey box of the figure's reserved height, and nothing under it.
      const box = empty.getBoundingClientRect();
      expect(box.height).toBeLessThan(160);
      const figure = $(element, '[part=figure]').getBoundingClientRect();
      expect(figure.bottom - box.bottom).toBeLessThanOrEqual(1);
      await expectAccessible(element);
    },
  );

  it('says only its title when no dataset is given', async () => {
    const element = document.createElement('bilateral-growth');
    document.body.replaceChildren(element);
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const empty = shadow(element).querySelector('[part=empty]');
    expect(empty?.querySelectorAll('strong')).toHaveLength(1);
    expect(empty?.querySelector('span')).toBeNull();
  });
});

describe('the error alert', () => {
  it.each([
    ['light', 'rgb(143, 29, 29)', 'rgb(253, 228, 228)'],
    ['dark', 'rgb(255, 193, 186)', 'rgb(74, 21, 19)'],
  ])(
    'brings its styles with it: in the colours of a failure (%s)',
    async (theme, color, background) => {
      const element = mount(
        `<bilateral-growth dataset="atlantis" theme="${theme}"></bilateral-growth>`,
      );
      await errorEvent(element);
      const alert = $(element, '[role=alert]');
      expect(getComputedStyle(alert).color).toBe(color);
      expect(getComputedStyle(alert).backgroundColor).toBe(background);
      expect(shadow(element).adoptedStyleSheets.length).toBeGreaterThan(0);
    },
  );
});

/** A growth chart that says how far its dataset has loaded. */
class WatchedGrowth extends BilateralGrowth {
  get status(): string {
    return this.loader.state.status;
  }
}
customElements.define('watched-growth', WatchedGrowth);

describe('an element far from the viewport', () => {
  it('keeps the loading figure it drew when its data loads (the same nodes), and draws its figure once near', async () => {
    const element = mount<WatchedGrowth>(
      '<watched-growth dataset="vietnam-laos" style="display: block; margin-top: 40000px"></watched-growth>',
    );
    await element.updateComplete;
    const loading = $(element, '[part=loading]');
    expect($(element, '[part=figure]').getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => element.status, LOADS).toBe('loaded');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await element.updateComplete;
    // Loaded but not drawn yet: the same loading state, not a copy of it.
    expect($(element, '[part=loading]')).toBe(loading);
    expect($(element, '[part=figure]').getAttribute('aria-busy')).toBe('true');
    const loaded = loadEvent(element);
    element.scrollIntoView();
    await loaded;
    expect(shadow(element).querySelector('[part=loading]')).toBeNull();
    expect(shadow(element).querySelector('[part=chart] svg')).not.toBeNull();
  });
});
