import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { createApp, h, ref } from 'vue/dist/vue.runtime.esm-browser.js';
import {
  $,
  type AnyElement,
  loadEvent,
  mount,
  mountLoaded,
  shadow,
  text,
} from '../__tests__/helpers.js';
import type { LoadState } from '../data/dataset-controller.js';
import '../all.js';

/** What the element's dataset controller holds now. */
const statusOf = (element: AnyElement): LoadState['status'] =>
  (element as unknown as { loader: { state: LoadState } }).loader.state.status;

/** A fresh container in the page, for a framework to render into. */
function container(): HTMLDivElement {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  const div = document.createElement('div');
  div.style.width = '640px';
  document.body.append(div);
  return div;
}

describe('the dataset property', () => {
  it('set to a name, draws that embedded dataset and fires bilateral-load', async () => {
    const element = mount('<bilateral-growth></bilateral-growth>');
    const loaded = loadEvent(element);
    element.dataset = 'laos-china';
    expect((await loaded).detail.dataset.id).toBe('laos-china');
    await element.updateComplete;
    expect(element.datasetName).toBe('laos-china');
    expect(text($(element, '[part=summary]'))).toMatch(/Laos/);
  });

  it('read, is the built-in DOMStringMap of the data-* attributes', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" data-section="trade"></bilateral-growth>',
    );
    expect(element.dataset).toBeInstanceOf(DOMStringMap);
    expect(element.dataset.section).toBe('trade');
    element.dataset.foo = 'x';
    expect(element.getAttribute('data-foo')).toBe('x');
    delete element.dataset.section;
    expect(element.hasAttribute('data-section')).toBe(false);
    // Writing data-* attributes names no dataset.
    expect(element.datasetName).toBe('vietnam-laos');
  });

  it.each([null, undefined])(
    'set to %s, does as removing the attribute: nothing to load',
    async (none) => {
      const removed = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
      );
      removed.removeAttribute('dataset');
      await removed.updateComplete;
      const drawnWithout = text(shadow(removed));
      expect(statusOf(removed)).toBe('idle');

      const element = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
      );
      element.dataset = none;
      await element.updateComplete;
      expect(statusOf(element)).toBe('idle');
      expect(element.datasetName ?? undefined).toBeUndefined();
      expect(text(shadow(element))).toBe(drawnWithout);
    },
  );

  it('set to anything but a string, null or undefined, throws a TypeError as the platform does and changes nothing', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    expect(() => {
      element.dataset = { section: 'trade' } as unknown as string;
    }).toThrow(TypeError);
    expect(() => {
      element.dataset = 7 as unknown as string;
    }).toThrow(TypeError);
    await element.updateComplete;
    expect(element.datasetName).toBe('vietnam-laos');
    expect(statusOf(element)).toBe('loaded');
    expect(element.hasAttribute('data-section')).toBe(false);
  });
});

describe('dataset="…" in a framework that sets it as a property', () => {
  it('works in Vue 3 (h / a template binding, no .attr): loads, switches and removes', async () => {
    const warn = vi.spyOn(console, 'warn');
    const name = ref<string | undefined>('vietnam-laos');
    const root = container();
    const app = createApp({ render: () => h('bilateral-growth', { dataset: name.value }) });
    const element = new Promise<AnyElement>((resolve) => {
      root.addEventListener('bilateral-load', (event) => resolve(event.target as AnyElement), {
        once: true,
      });
    });
    app.mount(root);
    const growth = await element;
    expect(growth.datasetName).toBe('vietnam-laos');

    const switched = loadEvent(growth);
    name.value = 'laos-china';
    expect((await switched).detail.dataset.id).toBe('laos-china');

    name.value = undefined;
    await vi.waitFor(() => expect(statusOf(growth)).toBe('idle'), { timeout: 5_000 });
    expect(warn).not.toHaveBeenCalled();
    app.unmount();
    warn.mockRestore();
  });

  it('works in React 19 on the plain tag (no wrapper): loads, switches and removes', async () => {
    const root = createRoot(container());
    const loaded = new Promise<CustomEvent>((resolve) => {
      root.render(
        createElement('bilateral-growth', { dataset: 'vietnam-laos', 'onbilateral-load': resolve }),
      );
    });
    const growth = (await loaded).target as AnyElement;
    expect(growth.datasetName).toBe('vietnam-laos');

    const switched = loadEvent(growth);
    root.render(createElement('bilateral-growth', { dataset: 'laos-china' }));
    expect((await switched).detail.dataset.id).toBe('laos-china');

    root.render(createElement('bilateral-growth', {}));
    await vi.waitFor(() => expect(statusOf(growth)).toBe('idle'), { timeout: 5_000 });
    root.unmount();
  });
});
