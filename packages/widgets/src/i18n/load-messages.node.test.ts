import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from './messages.js';

/** `loadMessages` of a fresh module, with the Vietnamese chunk's loading counted (its first `failures` loads failing). */
async function withChunk(failures = 0) {
  vi.resetModules();
  const words = { loading: 'Đang tải' } as Messages;
  let asked = 0;
  vi.doMock('./message-chunks.js', () => ({
    MESSAGE_CHUNKS: {
      vi: () => {
        asked += 1;
        return asked <= failures
          ? Promise.reject(new Error(`chunk failed ${asked}`))
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

  it('asks once more at once when a chunk fails to load', async () => {
    const { loadMessages, words, asked } = await withChunk(1);
    expect(await loadMessages('vi')).toBe(words);
    expect(asked()).toBe(2);
  });

  it('rejects when the chunk fails twice, and asks again at the next call', async () => {
    const { loadMessages, messagesFor, words, asked } = await withChunk(2);
    await expect(loadMessages('vi')).rejects.toThrow('chunk failed 2');
    expect(asked()).toBe(2);
    expect(messagesFor('vi')).toBeUndefined();
    expect(await loadMessages('vi')).toBe(words);
    expect(asked()).toBe(3);
  });
});
