/**
 * What a webmaster's page costs with the script-tag bundle, in Chromium with the CPU throttled 4×
 * (DevTools protocol `Emulation.setCPUThrottlingRate`, as a mid-range phone): from creating a page
 * (an iframe that loads the autoloader, uncached) to the first figure of one
 * `<bilateral-growth>` on the embedded dataset, and to the last figure of 50 mixed elements (all
 * within reach of the viewport: the frame is tall, so none waits to be scrolled to). Run with
 * `pnpm bench`; numbers in docs/performance.md.
 */

import { expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { TAGS } from './__tests__/helpers.js';

interface Timed extends Window {
  __loads?: number;
}

/** Opens a page with `body`, and resolves when `count` elements have loaded and drawn. */
async function pageLoad(body: string, count: number, height: number): Promise<void> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:1000px;height:${height}px`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.__loads = 0; document.addEventListener('bilateral-load', () => { window.__loads += 1; });</script>
    <link rel="stylesheet" href="/__bilateral__/bundle/bilateral-widgets.css">
    <script type="module" src="/__bilateral__/bundle/bilateral-widgets.js"></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow as Timed;
  const deadline = performance.now() + 30_000;
  while ((page.__loads ?? 0) < count) {
    if (performance.now() > deadline) throw new Error(`${page.__loads} of ${count} loaded`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const MIXED = Array.from({ length: 50 }, (_, index) => {
  const tag = TAGS[index % TAGS.length] as string;
  const lang = ['en', 'vi', 'lo', 'zh'][index % 4];
  return `<${tag} dataset="${index % 3 === 0 ? 'laos-china' : 'vietnam-laos'}" lang="${lang}"></${tag}>`;
}).join('\n');

test('a page, CPU throttled 4×: one growth element, and 50 mixed elements', async ({ bench }) => {
  await commands.throttleCpu(4);
  try {
    await pageLoad('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', 1, 800);
    await bench('one <bilateral-growth>: first figure', () =>
      pageLoad('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', 1, 800),
    ).run({ iterations: 10, time: 0, warmupIterations: 1, throws: true });
    await bench('50 mixed elements (10 of each, 4 languages): last figure', () =>
      pageLoad(MIXED, 50, 60_000),
    ).run({ iterations: 5, time: 0, warmupIterations: 1, throws: true });
    expect(MIXED.match(/<bilateral-/g)).toHaveLength(50);
  } finally {
    await commands.throttleCpu(1);
  }
});
