import { describe, expect, it, vi } from 'vitest';
import {
  $,
  type AnyElement,
  errorEvent,
  failMessagesChunk,
  LOADS,
  loadEvent,
  mount,
  text,
} from '../__tests__/helpers.js';
import '../elements/growth.define.js';
import { MESSAGE_CHUNKS } from './message-chunks.js';

/** Makes the chunk of `language` fail its next two loads (a 404, then its retry), as a page meets it. */
function failTwice(language: keyof typeof MESSAGE_CHUNKS) {
  return vi
    .spyOn(MESSAGE_CHUNKS, language)
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
}

const alertOf = (element: Element) => element.shadowRoot?.querySelector('[role=alert]');

/** Draws `element` again `times` times (as pointing at its chart's points does). */
async function drawAgain(element: AnyElement, times = 5) {
  for (let i = 0; i < times; i += 1) {
    element.requestUpdate();
    await element.updateComplete;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('an element whose words cannot be loaded', () => {
  it('shows its error state in English and fires bilateral-error, then draws when its language changes', async () => {
    const chunk = failTwice('lo');
    try {
      const loaded = vi.fn();
      const element = mount<AnyElement>(
        '<bilateral-growth dataset="vietnam-laos" lang="lo"></bilateral-growth>',
      );
      element.addEventListener('bilateral-load', loaded);
      const { detail } = await errorEvent(element);
      expect(detail.reason).toBe('network');
      expect(detail.error.code).toBe('INVALID_INPUT');
      expect(detail.error.issues[0]?.path).toEqual(['locale']);
      await element.updateComplete;
      // Asked for, then once more: the loading state is over.
      expect(chunk).toHaveBeenCalledTimes(2);
      expect(element.shadowRoot?.querySelector('[part=loading]')).toBeNull();
      expect(text(alertOf(element) as Element)).toBe(
        'The data for this chart could not be loaded. The connection failed; reloading the page may help.',
      );
      expect(loaded).not.toHaveBeenCalled();
      // Not asked for again at every render (the error is drawn, nothing loops).
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(chunk).toHaveBeenCalledTimes(2);
      // Another language: its words load, and the figure is drawn in it.
      const drawn = loadEvent(element);
      element.setAttribute('lang', 'vi');
      await drawn;
      expect(alertOf(element)).toBeNull();
      expect(text($(element, '[part=title]'))).toBe('Kim ngạch thương mại Việt Nam – Lào');
    } finally {
      chunk.mockRestore();
    }
  });

  it('draws in its language once the words have loaded after all (another element asked again)', async () => {
    const chunk = failTwice('zh');
    try {
      const element = mount<AnyElement>(
        '<bilateral-growth dataset="vietnam-laos" lang="zh"></bilateral-growth><bilateral-growth dataset="laos-china"></bilateral-growth>',
      );
      await errorEvent(element);
      const other = element.nextElementSibling as AnyElement;
      const drawn = loadEvent(element);
      // The network is back: an element in Chinese asks for the words again and gets them.
      other.setAttribute('lang', 'zh');
      await vi.waitFor(() => expect(text($(other, '[part=title]'))).toMatch(/^老挝/), LOADS);
      // The failed element draws in Chinese at its next update.
      element.requestUpdate();
      await drawn;
      await vi.waitFor(() => expect(alertOf(element)).toBeNull(), LOADS);
      expect(text($(element, '[part=title]'))).toMatch(/^越南/);
    } finally {
      chunk.mockRestore();
    }
  });

  it('asks for failing words once a change of language, not at every render, when drawn in another', async () => {
    const element = mount<AnyElement>(
      '<bilateral-growth dataset="vietnam-laos" lang="vi"></bilateral-growth>',
    );
    await loadEvent(element);
    const chunk = failMessagesChunk('lo');
    try {
      const errors = vi.fn();
      element.addEventListener('bilateral-error', errors);
      element.setAttribute('lang', 'lo');
      await vi.waitFor(() => expect(chunk).toHaveBeenCalledTimes(2), LOADS);
      await drawAgain(element);
      // Asked for and once more; not twice more at each of the five renders.
      expect(chunk).toHaveBeenCalledTimes(2);
      // It keeps drawing in Vietnamese, with no error.
      expect(text($(element, '[part=title]'))).toBe('Kim ngạch thương mại Việt Nam – Lào');
      expect(errors).not.toHaveBeenCalled();
      // Its language changes back and again: asked for again.
      element.setAttribute('lang', 'vi');
      await drawAgain(element, 1);
      element.setAttribute('lang', 'lo');
      await vi.waitFor(() => expect(chunk).toHaveBeenCalledTimes(4), LOADS);
    } finally {
      chunk.mockRestore();
    }
  });
});
