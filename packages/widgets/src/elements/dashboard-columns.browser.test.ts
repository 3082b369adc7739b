import { vietnamLaos } from '@bilateral/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyElement, loadEvent, mount, shadow } from '../__tests__/helpers.js';
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
  it.each([
    ['vietnam-laos', 3],
    ['laos-china', 2],
    ['exports only', 1],
  ] as const)(
    'is where the grid lays out the panels of %s (%i beside growth), 280 to 1,600 px',
    async (name, beside) => {
      for (const width of [280, 390, 500, 640, 700, 768, 1000, 1040, 1200, 1600]) {
        const markup =
          name === 'exports only'
            ? '<bilateral-dashboard></bilateral-dashboard>'
            : `<bilateral-dashboard dataset="${name}"></bilateral-dashboard>`;
        const element = mount<AnyElement>(markup, width);
        if (name === 'exports only') element.data = EXPORTS_ONLY;
        await loadEvent(element);
        const panels = [...shadow(element).querySelectorAll('[part=grid] > *')];
        expect(panels, `${width} px`).toHaveLength(beside + 1);
        expect(
          panels.map((panel) => Math.round(contentWidth(panel))),
          `${width} px`,
        ).toEqual(panelWidths(Math.round(contentWidth(element)), beside));
      }
    },
  );
});

describe("<bilateral-dashboard>'s panels", () => {
  const proto = BilateralBase.prototype as unknown as { renderLoading: (...args: []) => unknown };
  const renderLoading = proto.renderLoading;
  afterEach(() => {
    proto.renderLoading = renderLoading;
  });

  it('draw with their dashboard, at their width: never their loading state, each figure once', async () => {
    let loadingParts = 0;
    proto.renderLoading = function (this: Element, ...args: []) {
      if (this.getRootNode() instanceof ShadowRoot) loadingParts += 1;
      return renderLoading.apply(this, args);
    };
    const element = mount<AnyElement>(
      '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
      1000,
    );
    await loadEvent(element);
    // Three frames later: no panel measured at another width than it drew at draws again.
    for (let frame = 0; frame < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(loadingParts).toBe(0);
    for (const panel of shadow(element).querySelectorAll<AnyElement>('[part=grid] > *')) {
      const svg = shadow(panel).querySelector('svg');
      // Drawn for its width: the chart's viewBox is as wide as the chart.
      const drawnAt = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
      expect(Math.abs(drawnAt - (svg?.getBoundingClientRect().width ?? 0))).toBeLessThanOrEqual(1);
    }
  });
});
