import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  type AnyElement,
  expectAccessible,
  loadEvent,
  mount,
  mountLoaded,
  openTable,
  shadow,
} from '../__tests__/helpers.js';
import '../all.js';
import { BilateralGrowth } from '../elements/growth.js';
import { tableRows } from '../publish/table-csv.js';

const CHARTS = ['bilateral-growth', 'bilateral-balance', 'bilateral-target', 'bilateral-gates'];

/** The rows of every data table an element shows, cell by cell. */
const rowsOf = (element: Element) =>
  [...shadow(element).querySelectorAll<HTMLTableElement>('[part=table] table')].map(tableRows);

describe.each(CHARTS)('<%s> draws its data table when it is opened', (tag) => {
  it('has none in its shadow root before, and the same rows as a static twin after', async () => {
    const pair = mount<HTMLElement>(
      `<div><${tag} dataset="vietnam-laos"></${tag}><${tag} dataset="vietnam-laos" static></${tag}></div>`,
    );
    const [element, twin] = [...pair.children] as [AnyElement, AnyElement];
    await Promise.all([loadEvent(element), loadEvent(twin)]);
    await element.updateComplete;
    const toggle = $(element, '[part=toggle]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('table');
    expect(shadow(element).querySelector('[part=table]')).toBeNull();
    expect(shadow(element).querySelector('table, caption, tbody')).toBeNull();
    await openTable(element);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.hasAttribute('aria-busy')).toBe(false);
    const region = $(element, '#table');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toMatch(/: Data table$/);
    // A header row and at least one row of figures.
    expect(rowsOf(element).flat().length).toBeGreaterThanOrEqual(2);
    expect(rowsOf(element)).toEqual(rowsOf(twin));
    // Closed again, it leaves the shadow root.
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(element).querySelector('table')).toBeNull();
  });

  it('is there at once in static mode, for screen readers, when the element has loaded', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos" static></${tag}>`);
    expect(shadow(element).querySelector('[part=toggle]')).toBeNull();
    const region = $(element, '[part=table]');
    expect(region.classList.contains('sr-only')).toBe(true);
    expect(region.hasAttribute('role')).toBe(false);
    expect(region.querySelector('tbody tr')).not.toBeNull();
    // The tables' styles are adopted with it.
    const sheets = shadow(element).adoptedStyleSheets;
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.some((rule) => rule.startsWith('table {'))).toBe(true);
  });
});

describe('the data table toggle', () => {
  it.each(['Enter', 'Space'])(
    'opens and closes with %s, keeps the focus, and is axe clean open',
    async (key) => {
      const element = await mountLoaded(
        '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
      );
      const toggle = $(element, '[part=toggle]');
      toggle.focus();
      await userEvent.keyboard(key === 'Space' ? ' ' : '{Enter}');
      await openTable(element); // already opening: waits until it is drawn
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(shadow(element).activeElement).toBe(toggle);
      expect(toggle.textContent?.trim()).toBe('Hide data table');
      await expectAccessible(element);
      await userEvent.keyboard(key === 'Space' ? ' ' : '{Enter}');
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(shadow(element).querySelector('table')).toBeNull();
      expect(shadow(element).activeElement).toBe(toggle);
    },
  );
});

/** A growth chart whose table's code arrives when the test says, or never (`fail`). */
class HeldGrowth extends BilateralGrowth {
  static release: () => void = () => undefined;
  static fail = false;

  protected override loadTable(): Promise<void> {
    if (HeldGrowth.fail) return Promise.reject(new Error('the chunk could not load'));
    return new Promise<void>((resolve) => {
      HeldGrowth.release = resolve;
    }).then(() => super.loadTable());
  }
}
customElements.define('held-growth', HeldGrowth);

describe('while the table’s code loads', () => {
  it('keeps the toggle expanded and busy, then draws the table', async () => {
    HeldGrowth.fail = false;
    const element = await mountLoaded('<held-growth dataset="vietnam-laos"></held-growth>');
    const toggle = $(element, '[part=toggle]');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-busy')).toBe('true');
    expect(shadow(element).querySelector('table')).toBeNull();
    HeldGrowth.release();
    await openTable(element);
    expect(toggle.hasAttribute('aria-busy')).toBe(false);
    expect(shadow(element).querySelectorAll('tbody tr')).toHaveLength(10);
  });

  it('closes the table again when its code cannot load, and a static element draws without it', async () => {
    HeldGrowth.fail = true;
    const element = await mountLoaded('<held-growth dataset="vietnam-laos"></held-growth>');
    const toggle = $(element, '[part=toggle]');
    toggle.click();
    // The load fails at once: a task later the element has drawn its answer.
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-busy')).toBe(false);
    expect(shadow(element).querySelector('[part=table]')).toBeNull();
    // A static element whose table cannot load still draws (and fires bilateral-load).
    const still = await mountLoaded('<held-growth dataset="vietnam-laos" static></held-growth>');
    expect($(still, '[part=summary]').textContent).toContain('Vietnam–Laos turnover');
    expect(shadow(still).querySelector('[part=chart] svg')).not.toBeNull();
  });
});
