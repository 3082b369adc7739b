import type { Messages } from './messages.js';

/**
 * The languages whose messages are chunks of their own, and how to load each (English is built
 * in). A module without other imports, so the autoloader can start loading a page's language
 * before any other chunk has arrived; the element's `loadMessages` then finds it loading.
 */
export const MESSAGE_CHUNKS: Readonly<Record<'vi' | 'lo' | 'zh', () => Promise<Messages>>> = {
  vi: () => import('./messages-vi.js').then((module) => module.vi),
  lo: () => import('./messages-lo.js').then((module) => module.lo),
  zh: () => import('./messages-zh.js').then((module) => module.zh),
};
