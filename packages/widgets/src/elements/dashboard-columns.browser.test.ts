import { vietnamLaos } from '@bilateral/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AnyElement, LOADS, loadEvent, mount, shadow } from '../__tests__/helpers.js';
import { BilateralBase } from '../base/bilateral-base.js';
import { panelWidths } from './dashboard-columns.js';
import './dashboard.define.js';

/** An element's content width, as the ResizeController reads it at 16 px text. */
function contentWidth(element: Element): number {
  const style = getComputedStyle(element);
  const sides = ['Left', 'Right'].reduce(
    (sum, side) =>
      sum +
      Number.parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) +
      Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    0,
  );
  return element.getBoundingClientRect().width - sides;
}

const EXPORTS_ONLY = {
  ...vietnamLaos,
  flows: vietnamLaos.flows.filter((flow) => flow.flow === 'export'),
  statements: [],
  targets: [],
};

describe('panelWidths', () => {
  const cases = (['vietnam-laos', 'laos-china', 'exports only'] as const).flatMap((name, index) =>
    [14, 16, 32].map((text) => [name, 3 - index, text] as const),
  );
  it.each(cases)(
    'is where the grid lays out the panels of %s (%i beside growth) at %i px text, 280 to 1,600 px',
    async (name, beside, text) => {
      for (const width of [280, 390, 500, 640, 700, 768, 1000, 1040, 1200, 1600]) {
        const markup =
          name === 'exports only'
            ? '<bilateral-dashboard></bilateral-dashboard>'
            : `<bilateral-dashboard dataset="${name}"></bilateral-dashboard>`;
        const element = mount<AnyElement>(markup, width);
        (element.parentElement as HTMLElement).style.fontSize = `${text}px`;
        if (name === 'exports only') element.data = EXPORTS_ONLY;
        await loadEvent(element);
        const panels = [...shadow(element).querySelectorAll('[part=grid] > *')];
        expect(panels, `${width} px`).toHaveLength(beside + 1);
        // As the ResizeController measures: px, over the text size / 16 above 16 px.
        const scale = Math.max(1, text / 16);
        const measured = (box: Element) => Math.round(contentWidth(box) / scale);
        expect(panels.map(measured), `${width} px`).toEqual(
          panelWidths(measured(element), beside, text).slice(0, beside + 1),
        );
      }
    },
  );
});

describe("<bilateral-dashboard>'s panels", () => {
  type Drawing = { renderLoading: (...args: []) => unknown; renderView: (...args: []) => unknown };
  const base = BilateralBase.prototype as unknown as Drawing;
  const panels = ['growth', 'balance', 'target', 'gates'].map(
    (tag) => customElements.get(`bilateral-${tag}`)?.prototype as Drawing,
  );
  const own = { renderLoading: base.renderLoading, views: panels.map((p) => p.renderView) };
  afterEach(() => {
    base.renderLoading = own.renderLoading;
    panels.forEach((proto, index) => {
      proto.renderView = own.views[index] as Drawing['renderView'];
    });
  });

  // The gates panel draws its loading state while its language's province names load (the
  // first Chinese page here): not for its width. Loaded first, so each case counts its own draws.
  beforeAll(async () => {
    await loadEvent(mount('<bilateral-gates dataset="laos-china" locale="zh"></bilateral-gates>'));
  });
  const cases = [
    '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
    '<bilateral-dashboard dataset="laos-china" plain locale="zh" theme="dark"></bilateral-dashboard>',
  ].flatMap((markup) =>
    [14, 16, 32].flatMap((text) =>
      [280, 390, 768, 1000, 1200].map((width) => [text, width, markup] as const),
    ),
  );
  it.each(cases)(
    'draw with their dashboard, at their width (%i px text, %i px, %s): never their loading state, each figure once',
    async (text, width, markup) => {
      const drawn = { loading: 0, views: 0 };
      const counted = (key: 'loading' | 'views', draw: (...args: []) => unknown) =>
        function (this: Element, ...args: []) {
          if (this.getRootNode() instanceof ShadowRoot) drawn[key] += 1;
          return draw.apply(this, args);
        };
      base.renderLoading = counted('loading', own.renderLoading);
      panels.forEach((proto, index) => {
        proto.renderView = counted('views', own.views[index] as Drawing['renderView']);
      });
      const element = mount<AnyElement>(markup, width);
      (element.parentElement as HTMLElement).style.fontSize = `${text}px`;
      await loadEvent(element);
      // Three frames later: a panel measured at another width than it drew at would draw again.
      for (let frame = 0; frame < 3; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const grid = shadow(element).querySelectorAll('[part=grid] > *');
      expect(drawn).toEqual({ loading: 0, views: grid.length });
    },
  );
});

describe("<bilateral-dashboard>'s panels, laid out again", () => {
  type Draw = (view: unknown, context: { width: number }) => unknown;
  const panels = ['growth', 'balance', 'target', 'gates'].map(
    (tag) => customElements.get(`bilateral-${tag}`)?.prototype as { renderView: Draw },
  );
  const views = panels.map((proto) => proto.renderView);
  /** The width each panel last drew at. */
  const drawnAt = new Map<Element, number>();
  beforeEach(() => {
    drawnAt.clear();
    panels.forEach((proto, index) => {
      const draw = views[index] as Draw;
      proto.renderView = function (this: Element, view, context) {
        drawnAt.set(this, context.width);
        return draw.call(this, view, context);
      };
    });
  });
  afterEach(() => {
    panels.forEach((proto, index) => {
      proto.renderView = views[index] as Draw;
    });
  });
  const frames = async () => {
    for (let frame = 0; frame < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  };
  /** Each panel's [width it last drew at, width it is laid out at]. */
  const drawn = (element: Element) =>
    [...shadow(element).querySelectorAll('[part=grid] > *')].map((panel) => [
      drawnAt.get(panel),
      Math.round(contentWidth(panel)),
    ]);

  it('draw at the width they are laid out at where the grid gives each the width it was first given', async () => {
    // A page's wider column (one column at 1,000 px, where the default gives two): the balance
    // and target panels are laid out wider than the widths the dashboard gave them.
    const wrapper = mount<HTMLElement>(
      '<div style="--bilateral-dashboard-column: 30em"><bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard></div>',
      1000,
    );
    const element = wrapper.firstElementChild as AnyElement;
    await loadEvent(element);
    await frames();
    const atColumn = drawn(element);
    for (const [at, width] of atColumn) expect(at).toBe(width);
    // Moved beside the wrapper, as wide, without the page's column: the default grid, which
    // lays the panels out at the widths the dashboard gave them, but not those they drew at.
    (wrapper.parentElement as HTMLElement).append(element);
    await frames();
    const moved = drawn(element);
    expect(moved.map(([, width]) => width)).not.toEqual(atColumn.map(([, width]) => width));
    for (const [at, width] of moved) expect(at).toBe(width);
  });

  it("draw at the width they are laid out at with a page's spacing, resized, and in another language", async () => {
    const element = mount<AnyElement>(
      '<bilateral-dashboard dataset="vietnam-laos" style="--bilateral-spacing: 1.5rem"></bilateral-dashboard>',
      1200,
    );
    await loadEvent(element);
    await frames();
    const spaced = drawn(element);
    for (const [at, width] of spaced) expect(at).toBe(width);
    // Narrower: every panel is laid out at another width and draws again at it.
    drawnAt.clear();
    (element.parentElement as HTMLElement).style.width = '700px';
    await frames();
    const narrower = drawn(element);
    for (const [index, [at, width]] of narrower.entries()) {
      expect(width).not.toBe(spaced[index]?.[1]);
      expect(at).toBe(width);
    }
    // In Vietnamese (its messages load on demand): each panel draws again, at its width.
    drawnAt.clear();
    element.setAttribute('locale', 'vi');
    await vi.waitFor(() => {
      for (const [at, width] of drawn(element)) expect(at).toBe(width);
    }, LOADS);
    expect(shadow(element).querySelector('bilateral-growth')?.getAttribute('locale')).toBe('vi');
  });
});
