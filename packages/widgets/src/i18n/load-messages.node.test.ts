import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from './messages.js';

/** `loadMessages` of a fresh module, with the Vietnamese chunk's loading counted (and failing once when asked). */
async function withChunk(failFirst = false) {
  vi.resetModules();
  const words = { loading: 'Đang tải' } as Messages;
  let asked = 0;
  vi.doMock('./message-chunks.js', () => ({
    MESSAGE_CHUNKS: {
      vi: () => {
        asked += 1;
        return asked === 1 && failFirst
          ? Promise.reject(new Error('chunk failed'))
          : Promise.resolve(words);
      },
    },
  }));
  const { loadMessages, messagesFor } = await import('./messages.js');
  return { loadMessages, messagesFor, words, asked: () => asked };
}

afterEach(() => {
  vi.doUnmock('./message-chunks.js');
  vi.resetModules();
});

describe('loadMessages', () => {
  it('asks for a language once while it loads: the elements waiting for it draw again together, once', async () => {
    const { loadMessages, messagesFor, words, asked } = await withChunk();
    const first = loadMessages('vi');
    // Every render of every element before the chunk arrives asks again: the same promise.
    expect(loadMessages('vi')).toBe(first);
    expect(await first).toBe(words);
    expect(asked()).toBe(1);
    expect(messagesFor('vi')).toBe(words);
    expect(await loadMessages('vi')).toBe(words);
    expect(asked()).toBe(1);
  });

  it('asks again after a failure', async () => {
    const { loadMessages, words, asked } = await withChunk(true);
    await expect(loadMessages('vi')).rejects.toThrow('chunk failed');
    expect(await loadMessages('vi')).toBe(words);
    expect(asked()).toBe(2);
  });
});
