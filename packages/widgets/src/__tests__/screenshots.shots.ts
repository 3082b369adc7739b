import { expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../all.js';
import { type AnyElement, loadEvent, shadow } from './helpers.js';

/**
 * A picture: its file name, the markup, its width, and the point a pointer rests on (its index
 * among the points drawn).
 */
interface Shot {
  readonly name: string;
  readonly markup: string;
  readonly width: number;
  readonly hover?: number;
}

const SHOTS: readonly Shot[] = [
  {
    name: 'growth',
    markup: '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    width: 640,
  },
  {
    name: 'growth-hover',
    markup: '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    width: 640,
    hover: 5,
  },
  {
    name: 'growth-target',
    markup:
      '<bilateral-growth dataset="vietnam-laos" chart="bar" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
    width: 640,
  },
  {
    name: 'balance',
    markup: '<bilateral-balance dataset="vietnam-laos"></bilateral-balance>',
    width: 480,
  },
  {
    name: 'balance-series',
    markup: '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
    width: 640,
  },
  {
    name: 'target',
    markup:
      '<bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion"></bilateral-target>',
    width: 640,
  },
  {
    name: 'gates',
    markup: '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>',
    width: 640,
  },
  {
    name: 'gates-history',
    markup: '<bilateral-gates dataset="vietnam-laos" from="2014" to="2024"></bilateral-gates>',
    width: 640,
  },
  {
    name: 'dashboard',
    markup: '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>',
    width: 1200,
  },
  {
    name: 'growth-hover-narrow',
    markup: '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    width: 280,
    hover: 6,
  },
  {
    name: 'balance-series-hover',
    markup: '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
    width: 640,
    hover: 0,
  },
  {
    name: 'target-wide',
    markup:
      '<bilateral-target dataset="vietnam-laos" target="vnm-lao-joint-statement-2024"></bilateral-target>',
    width: 1200,
  },
  {
    name: 'growth-narrow-vi',
    markup: '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>',
    width: 280,
  },
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where screenshots go, relative to this file: docs/widgets, or a git-ignored folder. */
    screenshotDir: string;
  }
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(base64: string): readonly [number, number] {
  const bytes = Uint8Array.from(atob(base64.slice(0, 64)), (char) => char.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  return [view.getUint32(16), view.getUint32(20)];
}

it.each(SHOTS)('screenshot of $name in light and dark', async ({ name, markup, width, hover }) => {
  await page.viewport(1280, width > 1000 ? 2800 : 1200);
  for (const theme of ['light', 'dark'] as const) {
    document.body.replaceChildren();
    document.body.style.margin = '0';
    document.body.style.background = theme === 'dark' ? '#0d1117' : '#f6f8fa';
    const frame = document.createElement('div');
    frame.style.cssText = `width:${width}px;padding:16px;font-family:system-ui,sans-serif;font-size:15px`;
    frame.innerHTML = markup;
    document.body.append(frame);
    const element = frame.firstElementChild as AnyElement;
    element.setAttribute('theme', theme);
    await loadEvent(element);
    await element.updateComplete;
    for (const part of shadow(element).querySelectorAll<AnyElement>('[part]')) {
      await part.updateComplete;
    }
    const column =
      hover === undefined ? undefined : shadow(element).querySelectorAll('rect.hit')[hover];
    if (column !== undefined) {
      await userEvent.hover(column);
      await element.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { path, base64 } = await page.screenshot({
      element: frame,
      path: `${inject('screenshotDir')}/${name}-${theme}.png`,
      base64: true,
    });
    // The pointer leaves, or the next picture would show a point under it.
    if (column !== undefined) await userEvent.unhover(column);
    expect(path).toContain(`${name}-${theme}.png`);
    // The picture is of the whole frame: its width (device pixels) and a drawn height.
    const [shotWidth, shotHeight] = pngSize(base64);
    expect(shotWidth / devicePixelRatio).toBe(width + 32);
    expect(shotHeight / devicePixelRatio).toBeGreaterThan(200);
  }
});
