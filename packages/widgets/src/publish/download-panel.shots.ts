import { expect, inject, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../all.js';
import { type AnyElement, LOADS, loadEvent, shadow } from '../__tests__/helpers.js';

/**
 * The download panel open, in light and dark, at 390 and 1,200 px (`download-panel-<theme>-<width>.png`
 * in docs/widgets/), and what it downloads from a growth chart at 640 px: the PNG and the SVG
 * (`download-picture-<theme>.png` / `.svg`), to look at beside the figure.
 */
const WIDTHS = [390, 1200] as const;

/**
 * What the pictures' "Cite this" names, so that they change only when the panel does: a page
 * address (the test page's has a session id, new each run) and a day (the run's).
 */
const CITED_PAGE = 'https://example.org/vietnam-laos-trade';
const CITED_DAY = new Date('2026-12-04T12:00:00Z');

async function draw(width: number, theme: 'light' | 'dark'): Promise<[HTMLElement, AnyElement]> {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  document.body.style.background = theme === 'dark' ? '#0d1117' : '#f6f8fa';
  const frame = document.createElement('div');
  frame.style.cssText = `width:${width}px;padding:16px;font-family:system-ui,sans-serif;font-size:15px`;
  const element = document.createElement('bilateral-growth') as AnyElement;
  element.setAttribute('dataset', 'vietnam-laos');
  element.setAttribute('theme', theme);
  frame.append(element);
  document.body.append(frame);
  await loadEvent(element);
  await element.updateComplete;
  return [frame, element];
}

it.each(WIDTHS.flatMap((width) => (['light', 'dark'] as const).map((theme) => ({ width, theme }))))(
  'screenshot of the download panel open at $width px in $theme',
  async ({ width, theme }) => {
    await page.viewport(1280, 1400);
    const [frame, element] = await draw(width, theme);
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = CITED_PAGE;
    document.head.append(canonical);
    vi.setSystemTime(CITED_DAY); // Date only: no timers are faked
    try {
      shadow(element).querySelector<HTMLElement>('[part=download]')?.click();
      await vi.waitFor(
        () => expect(shadow(element).querySelector('#downloads')).not.toBeNull(),
        LOADS,
      );
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const path = await page.screenshot({
        element: frame,
        path: `${inject('screenshotDir')}/download-panel-${theme}-${width}.png`,
      });
      expect(path).toContain(`download-panel-${theme}-${width}.png`);
      const citation = shadow(element).querySelector<HTMLTextAreaElement>('#citation')?.value;
      expect(citation).toMatch(
        /Via Bilateral, https:\/\/example\.org\/vietnam-laos-trade, retrieved 2026-12-04\.$/,
      );
    } finally {
      vi.useRealTimers();
      canonical.remove();
    }
  },
);

/**
 * Chromium encodes `canvas.toBlob` (in pngOf) in the page's idle time, falling back after 1 s to
 * start and 5 s to finish: the case takes 0.07 s when the page is idle and up to 6.8 s when it is
 * not (15 test files at once, load 5), against a timeout of 30 s.
 */
const PICTURE_TIMEOUT = 30_000;

it.each(['light', 'dark'] as const)(
  'the downloaded picture in %s',
  async (theme) => {
    await page.viewport(1280, 1400);
    const [, element] = await draw(640, theme);
    const { figurePicture, pngOf } = await import('./figure-picture.js');
    const root = shadow(element);
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
    const picture = figurePicture(root, {
      title: text('[part=title]'),
      summary: text('[part=summary]'),
      notes: '',
      source: text('[part=footer] .source').replace(/\s+/g, ' '),
    });
    const png = new Uint8Array(await (await pngOf(picture)).arrayBuffer());
    let binary = '';
    for (const byte of png) binary += String.fromCharCode(byte);
    // screenshotDir is relative to this file; writeFile's paths are relative to the package.
    const dir = inject('screenshotDir').replace(/^\.\.\/\.\.\//, '');
    await commands.writeFile(`${dir}/download-picture-${theme}.png`, btoa(binary), 'base64');
    await commands.writeFile(`${dir}/download-picture-${theme}.svg`, picture.svg);
    expect(png.length).toBeGreaterThan(1000);
  },
  PICTURE_TIMEOUT,
);
