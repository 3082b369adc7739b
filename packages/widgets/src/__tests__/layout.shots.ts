import { vietnamLaos } from '@bilateral/core';
import { expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import '../all.js';
import { type AnyElement, errorEvent, loadEvent, openTable, shadow } from './helpers.js';

/**
 * `pnpm --filter @bilateral/widgets screenshots:layout`: the layout pictures of docs/widgets/
 * (issue 15, "How to check it"). The matrix: every element on every dataset (the two embedded
 * pairs and a page's own Thailand–Cambodia file) at 280, 390, 768 and 1,200 px in light and dark
 * in English, and at 390 px in Vietnamese, Lao and Chinese, named
 * `layout-<element>-<dataset>-<lang>-<theme>-<width>.png`. Then the other states, named
 * `layout-<what>-<width>.png`: the dashboard on a one-direction and on a target-less dataset,
 * `plain`, a filtered gates panel, the empty and error states, and the data tables open.
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
  /**
   * The frame's language, as a page in the element's locale declares it: Chromium draws Chinese
   * in a page without one (this harness's is `en`) in Noto Sans CJK's Japanese forms (a colon or
   * semicolon centred, not at the left as in Chinese).
   */
  readonly lang?: string;
}

const WIDTHS = [280, 390, 768, 1200] as const;
const THEMES = ['light', 'dark'] as const;
const LOCALES = ['vi', 'lo', 'zh'] as const;
const ELEMENTS = ['growth', 'balance', 'target', 'gates', 'dashboard'] as const;

/** The Thailand–Cambodia file of fetched-dataset.browser.test.ts (no targets, no crossings). */
const THA_KHM = new URL('../elements/__fixtures__/tha-khm-2015-2024.json', import.meta.url).href;

/** The attributes that load each dataset of the matrix. */
const DATASETS: Readonly<Record<string, string>> = {
  'vietnam-laos': 'dataset="vietnam-laos"',
  'laos-china': 'dataset="laos-china"',
  'thailand-cambodia': `src="${THA_KHM}" reporter="THA" partner="KHM"`,
};

/** One cell of the matrix. */
function cell(
  element: string,
  dataset: string,
  lang: string,
  theme: 'light' | 'dark',
  width: number,
): Shot {
  const locale = lang === 'en' ? '' : ` locale="${lang}"`;
  return {
    name: `${element}-${dataset}-${lang}-${theme}-${width}`,
    markup: `<bilateral-${element} ${DATASETS[dataset]}${locale}></bilateral-${element}>`,
    width,
    theme,
    ...(lang === 'en' ? {} : { lang }),
  };
}

const MATRIX: readonly Shot[] = Object.keys(DATASETS).flatMap((dataset) =>
  ELEMENTS.flatMap((element) => [
    ...THEMES.flatMap((theme) => WIDTHS.map((width) => cell(element, dataset, 'en', theme, width))),
    ...LOCALES.map((lang) => cell(element, dataset, lang, 'light', 390)),
  ]),
);

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
  ...MATRIX,
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
    // The gate classes in Lao with the Vietnamese legal term under each (issue 15).
    name: 'table-gates-lo-390',
    markup: '<bilateral-gates dataset="vietnam-laos" locale="lo"></bilateral-gates>',
    width: 390,
    tables: true,
  },
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
  if (shot.lang !== undefined) frame.lang = shot.lang;
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
      if (shadow(one).querySelector('[part=toggle]') !== null) await openTable(one);
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
