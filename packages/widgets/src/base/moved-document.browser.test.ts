import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AnyElement,
  errorEvent,
  LOADS,
  loadEvent,
  mount,
  shadow,
  TAGS,
} from '../__tests__/helpers.js';
import '../all.js';

/** The width of an element's content box. */
function contentWidth(element: Element): number {
  const style = getComputedStyle(element);
  const [left, right] = ['left', 'right'].map(
    (side) =>
      Number.parseFloat(style.getPropertyValue(`padding-${side}`)) +
      Number.parseFloat(style.getPropertyValue(`border-${side}-width`)),
  );
  return element.getBoundingClientRect().width - (left as number) - (right as number);
}

/**
 * The errors the page and its iframes report (a "ResizeObserver loop" is one: it reaches a
 * window's error reporting, the window of the observer's document), and rejections no one handled.
 */
const errors: string[] = [];
const report = (event: ErrorEvent | PromiseRejectionEvent) =>
  errors.push('message' in event ? event.message : String(event.reason));

/** Listens to a window's errors until the test's end. */
function listenTo(window: Window): void {
  window.addEventListener('error', report);
  window.addEventListener('unhandledrejection', report);
}

/**
 * Clicks the button `part` of `chart`, waits until what it opens (`selector`) has `property` at
 * `value` (its chunk's sheet adopted in the chart's document), and closes it again.
 */
async function opensStyled(
  chart: AnyElement,
  part: string,
  selector: string,
  property: string,
  value: string,
): Promise<void> {
  const button = shadow(chart).querySelector(`[part=${part}]`) as HTMLElement;
  button.click();
  await vi.waitFor(() => {
    const opened = shadow(chart).querySelector(selector);
    expect(opened && getComputedStyle(opened).getPropertyValue(property)).toBe(value);
  }, LOADS);
  button.click();
}

/** A same-origin iframe `width` px wide on this page, its document in language `lang`. */
function iframeOf(width: number, lang: string): Document {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  document.body.append(frame);
  listenTo(frame.contentWindow as Window);
  const inner = frame.contentDocument as Document;
  inner.documentElement.lang = lang;
  inner.body.style.cssText = 'margin: 0; font: 16px system-ui, sans-serif';
  return inner;
}

/** Resolves after three animation frames of the page and of each iframe: observers have reported. */
async function framesSettled(): Promise<void> {
  const windows = [window, ...[...document.querySelectorAll('iframe')].map((f) => f.contentWindow)];
  for (let frame = 0; frame < 3; frame += 1) {
    await Promise.all(
      windows.map((w) => new Promise((resolve) => w?.requestAnimationFrame(resolve))),
    );
  }
}

/** The element's charts: its own, or a dashboard's panels. */
const chartsOf = (element: AnyElement): Element[] =>
  element.localName === 'bilateral-dashboard'
    ? [...shadow(element).querySelectorAll('[part=grid] > *')]
    : [element];

/**
 * What a reader sees of each chart: whether its styles apply (a block, not the inline box of an
 * unstyled custom element), the width its chart is drawn at against the width it is laid out at,
 * and its table toggle's words.
 */
const looks = (element: AnyElement) =>
  chartsOf(element).map((chart) => ({
    display: getComputedStyle(chart).display,
    drawn: Number(shadow(chart).querySelector('[part=chart] svg')?.getAttribute('width')),
    laidOut: Math.round(contentWidth(chart)),
    toggle: shadow(chart).querySelector('[part=toggle]')?.textContent?.trim(),
  }));

/** Waits until every chart of `element` is styled, drawn at the width it is laid out at, in `toggle`'s words. */
async function drawnAs(element: AnyElement, toggle: string): Promise<void> {
  await vi.waitFor(() => {
    for (const chart of looks(element)) {
      expect(chart).toEqual({
        display: 'block',
        drawn: chart.laidOut,
        laidOut: chart.laidOut,
        toggle,
      });
    }
  }, LOADS);
}

beforeEach(() => {
  errors.length = 0;
  listenTo(window);
});

afterEach(() => {
  removeEventListener('error', report);
  removeEventListener('unhandledrejection', report);
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('an element moved into another document (an iframe’s) and back', () => {
  it.each(TAGS)(
    '%s keeps its styles, draws at its new width and in its new language, and still fails in words',
    async (tag) => {
      const element = mount<AnyElement>(`<${tag} dataset="vietnam-laos"></${tag}>`, 900);
      await loadEvent(element);
      await drawnAs(element, 'Show data table');
      const page = element.parentElement as HTMLElement;
      const widths = () => looks(element).map(({ laidOut }) => laidOut);
      const before = widths();

      // Into a narrower iframe in Vietnamese: styled (a block), drawn at its width there.
      const first = iframeOf(420, 'vi');
      first.body.append(element);
      await drawnAs(element, 'Hiện bảng số liệu');
      expect(widths()).not.toEqual(before);
      // Its language follows the iframe's `lang` as it follows the page's.
      first.documentElement.lang = 'en';
      await drawnAs(element, 'Show data table');

      // From one iframe into another, adopted first (adoptNode), then put in.
      const second = iframeOf(600, 'en');
      second.body.append(second.adoptNode(element));
      await drawnAs(element, 'Show data table');

      // The sheets of what loads on demand, adopted there: the table's, the download panel's,
      // the alert's.
      const chart = chartsOf(element)[0] as AnyElement;
      await opensStyled(chart, 'toggle', 'table', 'border-collapse', 'collapse');
      await opensStyled(chart, 'download', '.downloads', 'display', 'flex');
      const failed = errorEvent(element);
      element.to = '2O24';
      expect((await failed).detail.error.issues[0]?.path).toEqual(['to']);
      await vi.waitFor(() => {
        const alert = shadow(element).querySelector('[role=alert]') as Element;
        expect(getComputedStyle(alert).color).not.toBe(getComputedStyle(element).color);
      }, LOADS);
      element.to = undefined;
      await drawnAs(element, 'Show data table');

      // Back on the page, at its first width.
      page.append(element);
      await drawnAs(element, 'Show data table');
      expect(widths()).toEqual(before);
      // Into the second iframe again, then out of it and back in (connected again in the same
      // document, nothing adopted): measured there by that document's observer.
      second.body.append(element);
      await drawnAs(element, 'Show data table');
      element.remove();
      second.body.append(element);
      await drawnAs(element, 'Show data table');
      await framesSettled();
      expect(errors).toEqual([]);
    },
  );

  it('leaves no page error moved into a document without a window, and draws back on the page', async () => {
    const element = mount<AnyElement>(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    await loadEvent(element);
    const page = element.parentElement as HTMLElement;
    // What a move loads, loaded: each move's `adoptedCallback` is done within the frames waited.
    await import('./failure-alert.js');
    // A parsed document (a router's next page before it is shown), a template's content: no
    // window, no constructed sheets to make there.
    document.implementation.createHTMLDocument('').body.append(element);
    await framesSettled();
    document.createElement('template').content.append(element);
    await framesSettled();
    page.append(element);
    await drawnAs(element, 'Show data table');
    await framesSettled();
    expect(errors).toEqual([]);
  });

  it('draws an element made on the page and put first in an iframe', async () => {
    mount('<div></div>');
    const element = document.createElement('bilateral-growth');
    element.datasetName = 'vietnam-laos';
    const loaded = loadEvent(element);
    iframeOf(420, 'vi').body.append(element);
    await loaded;
    await drawnAs(element as AnyElement, 'Hiện bảng số liệu');
    await framesSettled();
    expect(errors).toEqual([]);
  });
});
