import axe from 'axe-core';
import { expect, vi } from 'vitest';
import type { BilateralBase } from '../base/bilateral-base.js';
import type { ErrorEventDetail, LoadEventDetail } from '../data/dataset-controller.js';
import { MESSAGE_CHUNKS } from '../i18n/message-chunks.js';
import { collapsedText } from '../publish/collapsed-text.js';

interface MediaOptions {
  readonly media?: 'screen' | 'print' | null;
  readonly colorScheme?: 'light' | 'dark' | null;
  readonly reducedMotion?: 'reduce' | 'no-preference' | null;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: MediaOptions) => Promise<void>;
    throttleCpu: (rate: number) => Promise<void>;
    parkMouse: () => Promise<void>;
    failRequests: (pattern: string, times: number) => Promise<void>;
  }
}

export type AnyElement = BilateralBase<unknown>;

/** The five tags. */
export const TAGS = [
  'bilateral-growth',
  'bilateral-balance',
  'bilateral-target',
  'bilateral-gates',
  'bilateral-dashboard',
] as const;

export const FIXTURES = '/__bilateral__/fixtures';

/**
 * How long `vi.waitFor` waits for something that loads a chunk on demand (its default, 1 s, is
 * shorter than a cold chunk on a loaded 2-core machine: 7–11 s for a file's first element at load
 * 12–20). A test passes as soon as the thing is there; the limit matters only when it never is.
 */
export const LOADS = { timeout: 15_000, interval: 25 } as const;

/** Puts markup in a fresh container of the given width and returns its first element. */
export function mount<T extends Element = AnyElement>(markup: string, width = 640): T {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.style.fontFamily = 'system-ui, sans-serif';
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild;
  if (element === null) throw new Error('nothing mounted');
  return element as T;
}

/**
 * Resolves with the next event of that name, or rejects after `ms` (15 s by default: a file's
 * first element loads its chunks cold, which took 7–11 s on a 2-core machine at load 12–20).
 */
export function nextEvent<D>(
  target: EventTarget,
  name: string,
  ms = 15_000,
): Promise<CustomEvent<D>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<D>);
      },
      { once: true },
    );
  });
}

export const loadEvent = (target: EventTarget, ms?: number) =>
  nextEvent<LoadEventDetail>(target, 'bilateral-load', ms);
export const errorEvent = (target: EventTarget, ms?: number) =>
  nextEvent<ErrorEventDetail>(target, 'bilateral-error', ms);

/** Mounts an element and waits until it has loaded and rendered. */
export async function mountLoaded<T extends AnyElement = AnyElement>(
  markup: string,
  width?: number,
): Promise<T> {
  const element = mount<T>(markup, width);
  await loadEvent(element);
  await element.updateComplete;
  return element;
}

/** The shadow root of an element (asserting it exists). */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

/**
 * Makes each point of `element`'s chart the active one in turn, as a pointer does, and calls
 * `visit` with the point's index once the element has drawn it (its tip too).
 *
 * @returns how many points the chart has
 */
export async function pointAtEach(
  element: AnyElement,
  visit: (point: string | undefined) => void,
): Promise<number> {
  const columns = [...shadow(element).querySelectorAll<SVGRectElement>('rect.hit[data-point]')];
  for (const column of columns) {
    column.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    visit(column.dataset.point);
  }
  return columns.length;
}

/** The element's visible text, white space collapsed as the CSV collapses it (`collapsedText`). */
export function text(element: Element | ShadowRoot): string {
  return collapsedText(element.textContent ?? '');
}

/** {@link text} as a reader reads it: word joiners (U+2060) dropped, no-break spaces as spaces. */
export function plainText(element: Element | ShadowRoot): string {
  return text(element).replace(/[\u2060\u00a0]/gu, (c) => (c === '\u2060' ? '' : ' '));
}

/**
 * How many lines a range of text takes: its boxes grouped by their middles (a line's text can be
 * several boxes, one per font: Lao with Latin digits was two on one line).
 */
function linesOf(range: Range): number {
  const middles: number[] = [];
  for (const box of range.getClientRects()) {
    const middle = box.top + box.height / 2;
    if (!middles.some((other) => Math.abs(other - middle) < box.height / 2)) middles.push(middle);
  }
  return middles.length;
}

/**
 * Where a line ends inside a phrase a reader takes in whole: each match of `pattern` (global; its
 * text with no-break spaces read as spaces) in `paragraph` that takes more than one line, with
 * the width it did at, as `paragraph` is made `narrowest` (200 by default) to 420 px wide (a
 * 280 px card's text is narrower than 280 px). None: every match stays on one line at every width.
 */
export function linesBroken(paragraph: HTMLElement, pattern: RegExp, narrowest = 200): string[] {
  // The paragraph's text nodes (a template's parts), each with where it starts in its text.
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: [Text, number][] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push([node as Text, length]);
    length += (node as Text).length;
  }
  const at = (offset: number) => {
    const [node, start] = [...nodes].reverse().find(([, from]) => from <= offset) ?? [];
    return [node as Text, offset - (start ?? 0)] as const;
  };
  const found = [...(paragraph.textContent ?? '').replace(/\u00a0/g, ' ').matchAll(pattern)];
  expect(found, `${pattern} in ${paragraph.textContent}`).not.toEqual([]);
  const broken: string[] = [];
  for (let width = narrowest; width <= 420; width += 2) {
    paragraph.style.width = `${width}px`;
    for (const match of found) {
      const range = document.createRange();
      range.setStart(...at(match.index));
      range.setEnd(...at(match.index + match[0].length));
      if (linesOf(range) > 1) broken.push(`${match[0]} at ${width}px`);
    }
  }
  paragraph.style.width = '';
  return broken;
}

/**
 * Where an element's content box ends on the right (px, in the viewport): its box's right edge
 * inside its right border and padding. Text past it runs over the card's padding.
 */
export function contentRight(element: Element): number {
  const style = getComputedStyle(element);
  return (
    element.getBoundingClientRect().right -
    Number.parseFloat(style.borderRightWidth) -
    Number.parseFloat(style.paddingRight)
  );
}

/** `querySelector` in the shadow root, asserting a match. */
export function $<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`${element.localName}: no ${selector}`);
  return found;
}

/**
 * Opens an element's data table as a reader does (a click on its toggle, unless it is open) and
 * waits until the table is drawn: its code loads the first time. For the elements of this page
 * and of the script-tag bundle's pages alike.
 */
export async function openTable(element: Element): Promise<void> {
  const toggle = $(element, '[part=toggle]');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await vi.waitFor(() => $(element, '[part=table] table'), LOADS);
  await (element as Partial<AnyElement>).updateComplete;
}

/** Runs axe-core on an element (its shadow tree included) and expects no violation. */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  const found = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}

function channels(color: string): [number, number, number, number] {
  const match = color.match(/rgba?\(([^)]+)\)/);
  if (match === null) throw new Error(`not an rgb colour: ${color}`);
  const [r = 0, g = 0, b = 0, a = 1] = (match[1] ?? '')
    .split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrast(foreground: string, background: string): number {
  const [high, low] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (high + 0.05) / (low + 0.05);
}

/** The background an element is drawn on: its own or its nearest ancestor's (through shadow hosts). */
export function backgroundOf(element: Element): string {
  let node: Element | null = element;
  while (node !== null) {
    const color = getComputedStyle(node).backgroundColor;
    if (channels(color)[3] === 1) return color;
    node =
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Resolves one frame and 30 ms after the call: what the last changes laid out has been drawn
 * (the elements measure and draw their charts in the frame after they are laid out).
 */
export const drawn = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/**
 * Resolves once every chart in `elements` is drawn at the width it is laid out at (above 16 px
 * text, at that width over `fontSize / 16`: see `ResizeController`).
 */
export async function settled(elements: Element[]): Promise<void> {
  const deadline = performance.now() + 15_000;
  const drawnAtWidth = (node: Node): boolean => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'svg') {
        const drawn = Number(element.getAttribute('viewBox')?.split(' ')[2]);
        const scale = Math.max(1, Number.parseFloat(getComputedStyle(element).fontSize) / 16);
        if (Math.abs(drawn * scale - element.getBoundingClientRect().width) > scale) return false;
      }
      if (element.shadowRoot && !drawnAtWidth(element.shadowRoot)) return false;
    }
    return [...node.childNodes].every(drawnAtWidth);
  };
  while (!elements.every(drawnAtWidth)) {
    if (performance.now() > deadline) throw new Error('charts did not settle at their width');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let barriers = 0;

/**
 * Every file this page requests from now on (and those already in its buffer), for
 * {@link reportedRequests}' `listed`: an observer sees them all, where the page's buffer of
 * resource entries fills up with the test's own modules and `getEntriesByType` misses the later
 * ones. The list it returns includes the entries the observer has not handed to its callback yet.
 */
export function watchedRequests(): () => readonly string[] {
  const requested: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requested.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: true });
  return () => {
    for (const entry of observer.takeRecords()) requested.push(entry.name);
    return requested;
  };
}

/**
 * The addresses `page` has requested, once it has reported every request made so far. Chromium
 * adds a file's resource-timing entry some time after its response — on a loaded machine, after
 * the code that needed the file has run — so a file loaded just now may not be listed yet. This
 * requests an address of its own and waits until its entry is listed: the entries of the requests
 * that finished before it come first. `listed` reads the page's entries (by default its resource
 * timing buffer, which keeps 250; a test that loads more gives the list a `PerformanceObserver`
 * keeps, with its `takeRecords()`).
 */
export async function reportedRequests(
  page: Window = window,
  listed: () => readonly string[] = () =>
    page.performance.getEntriesByType('resource').map((entry) => entry.name),
): Promise<string[]> {
  const prefix = new URL('/__bilateral__/reported-requests-', page.document.baseURI).href;
  barriers += 1;
  const barrier = `${prefix}${barriers}`;
  await (await page.fetch(barrier)).arrayBuffer();
  await vi.waitFor(() => {
    if (!listed().includes(barrier)) throw new Error(`${barrier} was not reported`);
  }, LOADS);
  return listed().filter((name) => !name.startsWith(prefix));
}

/**
 * Makes every load of the messages chunk of `language` fail, as a page meets it while the network
 * is down (restore it with `mockRestore`).
 */
export const failMessagesChunk = (language: keyof typeof MESSAGE_CHUNKS) =>
  vi
    .spyOn(MESSAGE_CHUNKS, language)
    .mockImplementation(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
