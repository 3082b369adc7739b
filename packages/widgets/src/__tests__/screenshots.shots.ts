import { expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import '../all.js';
import { type AnyElement, loadEvent, shadow } from './helpers.js';

const SHOTS: readonly (readonly [name: string, markup: string, width: number])[] = [
  ['growth', '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', 640],
  [
    'growth-target',
    '<bilateral-growth dataset="vietnam-laos" chart="bar" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
    640,
  ],
  ['balance', '<bilateral-balance dataset="vietnam-laos"></bilateral-balance>', 480],
  [
    'balance-series',
    '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
    640,
  ],
  [
    'target',
    '<bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion"></bilateral-target>',
    640,
  ],
  ['gates', '<bilateral-gates dataset="vietnam-laos"></bilateral-gates>', 640],
  [
    'gates-history',
    '<bilateral-gates dataset="vietnam-laos" from="2014" to="2024"></bilateral-gates>',
    640,
  ],
  ['dashboard', '<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>', 1200],
  [
    'growth-narrow-vi',
    '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>',
    280,
  ],
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

it.each(SHOTS)('screenshot of %s in light and dark', async (name, markup, width) => {
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
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { path, base64 } = await page.screenshot({
      element: frame,
      path: `${inject('screenshotDir')}/${name}-${theme}.png`,
      base64: true,
    });
    expect(path).toContain(`${name}-${theme}.png`);
    // The picture is of the whole frame: its width (device pixels) and a drawn height.
    const [shotWidth, shotHeight] = pngSize(base64);
    expect(shotWidth / devicePixelRatio).toBe(width + 32);
    expect(shotHeight / devicePixelRatio).toBeGreaterThan(200);
  }
});
