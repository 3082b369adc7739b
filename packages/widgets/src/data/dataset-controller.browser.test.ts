import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  $,
  type AnyElement,
  FIXTURES,
  LOADS,
  loadEvent,
  mount,
  text,
} from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/dashboard.define.js';
import '../elements/growth.define.js';

/** Records the signal of every fetch the elements start. */
function watchFetches(): AbortSignal[] {
  const signals: AbortSignal[] = [];
  const original = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  });
  return signals;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading a dataset', () => {
  it('aborts the request when the element is removed, and starts again when it returns', async () => {
    const signals = watchFetches();
    const element = mount('<bilateral-growth src="/__bilateral__/slow.json"></bilateral-growth>');
    const events: string[] = [];
    element.addEventListener('bilateral-load', () => events.push('load'));
    element.addEventListener('bilateral-error', () => events.push('error'));
    await element.updateComplete;
    await vi.waitFor(() => expect(signals).toHaveLength(1), LOADS);
    const parent = element.parentElement as HTMLElement;
    element.remove();
    // Given up once the task's DOM changes are done (a microtask: see the reorder test below).
    expect(signals[0]?.aborted).toBe(false);
    await Promise.resolve();
    expect(signals[0]?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([]);
    element.setAttribute('src', `${FIXTURES}/valid.json`);
    parent.append(element);
    await loadEvent(element);
    expect(events).toEqual(['load']);
  });

  it('aborts the previous request when src changes, and shows only the new one', async () => {
    const signals = watchFetches();
    const element = mount('<bilateral-growth src="/__bilateral__/slow.json"></bilateral-growth>');
    await element.updateComplete;
    await vi.waitFor(() => expect(signals).toHaveLength(1), LOADS);
    const events: string[] = [];
    element.addEventListener('bilateral-load', () => events.push('load'));
    element.addEventListener('bilateral-error', () => events.push('error'));
    element.setAttribute('src', `${FIXTURES}/valid.json`);
    await element.updateComplete;
    expect(signals[0]?.aborted).toBe(true);
    await loadEvent(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['load']);
  });

  it('makes one request for the elements that ask for the same src at the same time', async () => {
    const signals = watchFetches();
    document.body.replaceChildren();
    const page = document.createElement('div');
    page.innerHTML = `
      <bilateral-growth src="${FIXTURES}/valid.json"></bilateral-growth>
      <bilateral-growth src="${FIXTURES}/valid.json" measure="export"></bilateral-growth>`;
    const [first, second] = [...page.children] as HTMLElement[];
    const loaded = [loadEvent(first as HTMLElement), loadEvent(second as HTMLElement)];
    document.body.append(page);
    await Promise.all(loaded);
    expect(signals).toHaveLength(1);
    // A later request fetches again: the file may have changed.
    (second as HTMLElement).setAttribute('src', `${FIXTURES}/valid.json?again`);
    await loadEvent(second as HTMLElement);
    expect(signals).toHaveLength(2);
  });

  it('aborts a shared request only when every element sharing it has given up', async () => {
    const signals = watchFetches();
    document.body.replaceChildren();
    const page = document.createElement('div');
    page.innerHTML = `
      <bilateral-growth src="/__bilateral__/slow.json"></bilateral-growth>
      <bilateral-balance src="/__bilateral__/slow.json"></bilateral-balance>`;
    document.body.append(page);
    const [first, second] = [...page.children] as AnyElement[];
    // Decided by order, not by a wait (review h105, F14): each element asks for the fetch module
    // in its first update, and the module's imports settle in the order asked, so once the test's
    // own has, both elements have asked for the data.
    await Promise.all([first?.updateComplete, second?.updateComplete]);
    await import('./fetch-dataset.js');
    await vi.waitFor(() => expect(signals).toHaveLength(1), LOADS);
    first?.remove();
    await Promise.resolve();
    expect(signals[0]?.aborted).toBe(false);
    second?.remove();
    await Promise.resolve();
    expect(signals[0]?.aborted).toBe(true);
    // No second request at any time while they were on the page.
    expect(signals).toHaveLength(1);
  });

  it('fires bilateral-load once the figures are on screen', async () => {
    const element = mount('<bilateral-growth></bilateral-growth>');
    await element.updateComplete;
    const seen = new Promise<string>((resolve) =>
      element.addEventListener(
        'bilateral-load',
        () => resolve(text($(element, '[part=summary]'))),
        {
          once: true,
        },
      ),
    );
    element.setAttribute('src', `${FIXTURES}/valid.json`);
    expect(await seen).toMatch(/^Vietnam–Laos turnover rose from/);
  });

  it('fires a dashboard’s bilateral-load once its panels have drawn their figures', async () => {
    const element = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
    const panelsDrawn = await new Promise<boolean[]>((resolve) =>
      element.addEventListener(
        'bilateral-load',
        () => {
          const panels = [...(element.shadowRoot?.querySelectorAll('[part=grid] > *') ?? [])];
          resolve(panels.map((panel) => panel.shadowRoot?.querySelector('[part=summary]') != null));
        },
        { once: true },
      ),
    );
    expect(panelsDrawn).toEqual([true, true, true, true]);
  });

  it('shows nothing to load as an empty state, without an event', async () => {
    const element = mount('<bilateral-growth></bilateral-growth>');
    const events: string[] = [];
    element.addEventListener('bilateral-load', () => events.push('load'));
    element.addEventListener('bilateral-error', () => events.push('error'));
    await element.updateComplete;
    expect(text($(element, '[part=empty]'))).toBe('No figures for this selection.');
    expect(events).toEqual([]);
  });
});
