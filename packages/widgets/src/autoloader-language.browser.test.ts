import { describe, expect, it, vi } from 'vitest';
import { discover } from './autoloader.js';
import { MESSAGE_CHUNKS } from './i18n/message-chunks.js';
import { messagesFor } from './i18n/messages.js';
import { lo } from './i18n/messages-lo.js';
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
});
