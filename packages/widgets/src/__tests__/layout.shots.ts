import { vietnamLaos } from '@bilateral/core';
import { expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import '../all.js';
import { type AnyElement, errorEvent, loadEvent, shadow } from './helpers.js';

/**
 * `pnpm --filter @bilateral/widgets screenshots:layout`: the layout pictures of docs/widgets/
 * (issue 15, defects 1–4 and 10): every element at 280, 390, 768 and 1,200 px, the dashboard on
 * other datasets (Laos–China; one direction; no targets), the empty and error states, and the
 * data tables open at 280 px. Named `layout-<what>-<width>.png`.
 */
interface Shot {
  readonly name: string;
  readonly markup: string;
  readonly width: number;
  /** Sets the `data` of the element (datasets that no file holds). */
  readonly data?: () => unknown;
  /** Opens every data table. */
  readonly tables?: boolean;
  /** The element ends in its error state. */
  readonly fails?: boolean;
  readonly theme?: 'light' | 'dark';
}

const WIDTHS = [280, 390, 768, 1200] as const;
const ELEMENTS = ['growth', 'balance', 'target', 'gates', 'dashboard'] as const;

/** Vietnam–Laos with its exports only (no balance) and no targets. */
const oneDirection = () => ({
  ...vietnamLaos,
  flows: vietnamLaos.flows.filter((flow) => flow.flow === 'export'),
  statements: [],
  targets: [],
});
/** Vietnam–Laos without targets. */
const noTargets = () => ({ ...vietnamLaos, targets: [] });

const SHOTS: readonly Shot[] = [
  ...ELEMENTS.flatMap((element) =>
    WIDTHS.map((width) => ({
      name: `${element}-${width}`,
      markup: `<bilateral-${element} dataset="vietnam-laos"></bilateral-${element}>`,
      width,
    })),
  ),
  ...WIDTHS.map((width) => ({
    name: `dashboard-dark-${width}`,
    markup: '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
    width,
    theme: 'dark' as const,
  })),
  ...[390, 1200].map((width) => ({
    name: `dashboard-laos-china-${width}`,
    markup: '<bilateral-dashboard dataset="laos-china"></bilateral-dashboard>',
    width,
  })),
  {
    name: 'dashboard-one-direction-1200',
    markup: '<bilateral-dashboard></bilateral-dashboard>',
    width: 1200,
    data: oneDirection,
  },
  {
    name: 'dashboard-no-targets-1200',
    markup: '<bilateral-dashboard></bilateral-dashboard>',
    width: 1200,
    data: noTargets,
  },
  {
    name: 'plain-growth-390',
    markup: '<bilateral-growth dataset="vietnam-laos" plain></bilateral-growth>',
    width: 390,
  },
  {
    name: 'gates-filtered-390',
    markup: '<bilateral-gates dataset="vietnam-laos" from="2024" to="2024"></bilateral-gates>',
    width: 390,
  },
  {
    name: 'empty-growth-390',
    markup: '<bilateral-growth dataset="vietnam-laos" from="2040" to="2041"></bilateral-growth>',
    width: 390,
  },
  {
    name: 'empty-balance-768',
    markup: '<bilateral-balance dataset="vietnam-laos" from="2040" to="2041"></bilateral-balance>',
    width: 768,
  },
  {
    name: 'error-dashboard-768',
    markup:
      '<bilateral-dashboard src="/__bilateral__/fixtures/invalid.json"></bilateral-dashboard>',
    width: 768,
    fails: true,
  },
  {
    name: 'error-growth-768',
    markup: '<bilateral-growth src="/__bilateral__/fixtures/invalid.json"></bilateral-growth>',
    width: 768,
    fails: true,
  },
  ...(['growth', 'balance', 'target', 'gates'] as const).map((element) => ({
    name: `table-${element}-280`,
    markup: `<bilateral-${element} dataset="vietnam-laos"></bilateral-${element}>`,
    width: 280,
    tables: true,
  })),
  {
    name: 'table-balance-1200',
    markup: '<bilateral-balance dataset="vietnam-laos"></bilateral-balance>',
    width: 1200,
    tables: true,
  },
];

/** The element and the panels inside it, once each has drawn. */
async function drawn(element: AnyElement): Promise<AnyElement[]> {
  await element.updateComplete;
  const panels = [...shadow(element).querySelectorAll<AnyElement>('[part]')].filter(
    (node) => node.shadowRoot !== null,
  );
  for (const panel of panels) await panel.updateComplete;
  return [element, ...panels];
}

it.each(SHOTS)('screenshot of $name', async (shot) => {
  await page.viewport(1280, 3200);
  const theme = shot.theme ?? 'light';
  document.body.replaceChildren();
  document.body.style.margin = '0';
  document.body.style.background = theme === 'dark' ? '#0d1117' : '#f6f8fa';
  const frame = document.createElement('div');
  frame.style.cssText = `width:${shot.width}px;padding:16px;font-family:system-ui,sans-serif;font-size:15px`;
  frame.innerHTML = shot.markup;
  document.body.append(frame);
  const element = frame.firstElementChild as AnyElement;
  element.setAttribute('theme', theme);
  const settled = shot.fails ? errorEvent(element) : loadEvent(element);
  if (shot.data) element.data = shot.data() as never;
  await settled;
  const elements = await drawn(element);
  if (shot.tables) {
    for (const one of elements) {
      const toggle = shadow(one).querySelector<HTMLButtonElement>('[part=toggle]');
      toggle?.click();
      await one.updateComplete;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  const { path } = await page.screenshot({
    element: frame,
    path: `${inject('screenshotDir')}/layout-${shot.name}.png`,
    base64: true,
  });
  expect(path).toContain(`layout-${shot.name}.png`);
});
