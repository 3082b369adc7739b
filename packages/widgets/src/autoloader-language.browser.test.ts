import { describe, expect, it, vi } from 'vitest';
import { type AnyElement, loadEvent, mount } from './__tests__/helpers.js';
import { discover } from './autoloader.js';
import './elements/growth.define.js';
import { loadedMessages } from './i18n/loaded-messages.js';
import { MESSAGE_CHUNKS } from './i18n/message-chunks.js';
import { type Messages, messagesFor } from './i18n/messages.js';
import { lo } from './i18n/messages-lo.js';
import { vi as vietnamese } from './i18n/messages-vi.js';
import { zh } from './i18n/messages-zh.js';

/**
 * A growth element in `lang`, not in the document: never drawn, so it never loads its messages
 * itself. Passed to `discover` itself, it is loaded even once the element is defined.
 */
function detached(lang: string): Element {
  const element = document.createElement('bilateral-growth');
  element.setAttribute('lang', lang);
  return element;
}

describe("the autoloader and the page's language", () => {
  it('keeps the messages it loads: an element finds them at its first render, without a load of its own', async () => {
    expect(messagesFor('lo')).toBeUndefined();
    discover(detached('lo'));
    await expect.poll(() => messagesFor('lo'), { timeout: 10_000 }).toBe(lo);
  });

  it('asks again, with the next element, for messages that could not load, and keeps them then', async () => {
    const chunk = vi.spyOn(MESSAGE_CHUNKS, 'zh').mockRejectedValueOnce(new Error('404'));
    try {
      discover(detached('zh'));
      expect(chunk).toHaveBeenCalledTimes(1);
      // The autoloader's own handler of the failure runs first (it was attached first).
      await Promise.allSettled(chunk.mock.results.map((result) => result.value));
      expect(messagesFor('zh')).toBeUndefined();
      discover(detached('zh'));
      expect(chunk).toHaveBeenCalledTimes(2);
      await expect.poll(() => messagesFor('zh'), { timeout: 10_000 }).toBe(zh);
      // Loaded: a third element asks for nothing.
      discover(detached('zh'));
      expect(chunk).toHaveBeenCalledTimes(2);
    } finally {
      chunk.mockRestore();
    }
  });

  it('draws a figure once when its words came from the autoloader before its own load of them settled', async () => {
    // The element's own load of Vietnamese settles when the test says (in a page: an `import()`
    // of its own, which Chromium settles in a task of its own, after the autoloader's).
    let release = (_messages: Messages) => {};
    const own = new Promise<Messages>((resolve) => {
      release = resolve;
    });
    const chunk = vi.spyOn(MESSAGE_CHUNKS, 'vi').mockReturnValueOnce(own);
    try {
      const element = mount<AnyElement>(
        '<bilateral-growth dataset="vietnam-laos" lang="vi"></bilateral-growth>',
      );
      const draw = vi.spyOn(element as unknown as { renderView: () => unknown }, 'renderView');
      const loaded = loadEvent(element);
      await element.updateComplete;
      expect(chunk).toHaveBeenCalledTimes(1);
      // The autoloader's load of the same chunk settles first: the words are kept as loaded.
      loadedMessages.vi = vietnamese;
      element.requestUpdate();
      await loaded;
      expect(draw).toHaveBeenCalledTimes(1);
      release(vietnamese);
      await own;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
      await element.updateComplete;
      expect(draw).toHaveBeenCalledTimes(1);
    } finally {
      chunk.mockRestore();
    }
  });
});
