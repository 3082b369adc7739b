import { describe, expect, it } from 'vitest';
import {
  type AnyElement,
  loadEvent,
  mount,
  reportedRequests,
  watchedRequests,
} from '../__tests__/helpers.js';
import type { LoadState } from '../data/dataset-controller.js';
import './dashboard.define.js';

/** Every file this page requests (see `watchedRequests`). */
const listed = watchedRequests();

/** Whether this page has requested the reader of the `data` property (`to-dataset.ts`). */
const readerRequested = async () =>
  (await reportedRequests(window, listed)).some((name) => /\/data\/to-dataset\.ts/.test(name));

/** An element's load state (its controller is protected: the tests read it as a subclass would). */
const stateOf = (element: Element) =>
  (element as unknown as { loader: { state: LoadState } }).loader.state;

// A file of its own: the reader is loaded once per page, and these tests need a page without it.
describe('<bilateral-dashboard> and the reader of the `data` property', () => {
  it('hands its panels the Dataset it loaded, which they draw without that reader', async () => {
    const dashboard = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
    const { dataset } = (await loadEvent(dashboard)).detail;
    const panels = [...(dashboard.shadowRoot?.querySelectorAll('[part=grid] > *') ?? [])];
    expect(panels.map((panel) => panel.localName)).toEqual([
      'bilateral-growth',
      'bilateral-balance',
      'bilateral-target',
      'bilateral-gates',
    ]);
    for (const panel of panels) {
      expect(stateOf(panel)).toEqual({ status: 'loaded', dataset });
      expect(panel.shadowRoot?.querySelector('[part=summary]')).not.toBeNull();
    }
    expect(await readerRequested()).toBe(false);
  });

  it('takes a Dataset an element has loaded as `data` in the update that sets it, with its event', async () => {
    const first = mount('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    const { dataset } = (await loadEvent(first)).detail;
    const second = document.createElement('bilateral-growth') as AnyElement;
    const loaded = loadEvent(second);
    second.data = dataset;
    first.after(second);
    await second.updateComplete;
    // Loaded in its first update: it did not wait for a chunk (it would show its loading state).
    expect(stateOf(second)).toEqual({ status: 'loaded', dataset });
    expect((await loaded).detail).toEqual({ dataset });
    expect(await readerRequested()).toBe(false);
  });

  it('still reads any other value of `data` with the reader (a copy of that Dataset too)', async () => {
    const first = mount('<bilateral-growth dataset="vietnam-laos"></bilateral-growth>');
    const { dataset } = (await loadEvent(first)).detail;
    const second = document.createElement('bilateral-growth') as AnyElement;
    const copy = { ...dataset };
    second.data = copy;
    first.after(second);
    await second.updateComplete;
    expect(stateOf(second)).toEqual({ status: 'loading' });
    expect((await loadEvent(second)).detail).toEqual({ dataset: copy });
    expect(await readerRequested()).toBe(true);
  });
});
