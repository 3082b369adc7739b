import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AnyElement,
  FIXTURES,
  LOADS,
  loadEvent,
  mount,
  shadow,
} from '../__tests__/helpers.js';
import '../elements/growth.define.js';
import { loadMessages } from '../i18n/messages.js';

/** The URLs the page fetched since the test began. */
const fetched: string[] = [];
const pageFetch = window.fetch;
/** The page's errors, and the elements' `bilateral-error`s. */
const errors: string[] = [];
const report = (event: Event) =>
  errors.push((event as ErrorEvent).message ?? `${(event as CustomEvent).detail?.error}`);

beforeEach(() => {
  fetched.length = 0;
  errors.length = 0;
  window.fetch = (input, init) => {
    fetched.push(String(input));
    return pageFetch(input, init);
  };
  addEventListener('error', report);
  addEventListener('bilateral-error', report);
});

afterEach(() => {
  window.fetch = pageFetch;
  removeEventListener('error', report);
  removeEventListener('bilateral-error', report);
  expect(errors).toEqual([]);
});

describe('an element removed and put back', () => {
  it('keeps its request when moved within the page in one task while its data loads (a framework reordering it)', async () => {
    const src = `${FIXTURES}/valid.json?moved`;
    const element = mount<AnyElement>(`<bilateral-growth src="${src}"></bilateral-growth><p></p>`);
    const loaded = loadEvent(element);
    await vi.waitFor(() => expect(fetched).toContain(src), LOADS);
    // After the paragraph: disconnected and connected again in one call.
    element.parentElement?.append(element);
    await loaded;
    expect(fetched.filter((url) => url === src)).toHaveLength(1);
    expect(shadow(element).querySelector('[part=chart] svg')).not.toBeNull();
  });

  it('gives up its request when removed before its data arrives, and asks again once put back', async () => {
    // A URL that answers too late: the data cannot arrive while the test runs.
    const src = '/__bilateral__/slow.json';
    const element = mount<AnyElement>(`<bilateral-growth src="${src}"></bilateral-growth>`);
    const page = element.parentElement as HTMLElement;
    await vi.waitFor(() => expect(fetched).toEqual([src]), LOADS);
    element.remove();
    // Away for a task: its request is given up (no failure: no `bilateral-error`).
    await new Promise((resolve) => setTimeout(resolve));
    page.append(element);
    await vi.waitFor(() => expect(fetched).toEqual([src, src]), LOADS);
    element.remove();
  });

  it('draws in its language when removed while the language’s words load, and put back', async () => {
    const element = mount<AnyElement>(
      '<bilateral-growth dataset="vietnam-laos" locale="zh"></bilateral-growth>',
    );
    const page = element.parentElement as HTMLElement;
    element.remove();
    // The words arrive while it is away: it draws nothing then, and in Chinese once back.
    await loadMessages('zh');
    const loaded = loadEvent(element);
    page.append(element);
    await loaded;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=toggle]')?.textContent?.trim()).toBe('显示数据表');
  });
});
