import { expect, it, vi } from 'vitest';
import { $, loadEvent, mount, text } from '../__tests__/helpers.js';
import { loadedMessages } from '../i18n/loaded-messages.js';
import { MESSAGE_CHUNKS } from '../i18n/message-chunks.js';
import type { Messages } from '../i18n/messages.js';
import { vi as vietnamese } from '../i18n/messages-vi.js';
import './dashboard.define.js';

/**
 * A dashboard whose language changes while its panels draw, when the autoloader's copy of the new
 * language's words arrives before the dashboard's own request: the last panel's event reads
 * `ready` outside a render, which must not record the language as drawn (r25g).
 */
it('a dashboard switched to Vietnamese before its panels drew draws its own words in Vietnamese', async () => {
  let release = (_messages: Messages) => {};
  const own = new Promise<Messages>((resolve) => {
    release = resolve;
  });
  const chunk = vi.spyOn(MESSAGE_CHUNKS, 'vi').mockReturnValue(own);
  try {
    const element = mount('<bilateral-dashboard dataset="vietnam-laos"></bilateral-dashboard>');
    let loads = 0;
    element.addEventListener('bilateral-load', () => loads++);
    const loaded = loadEvent(element);
    while (element.shadowRoot?.querySelector('[part=title]') == null) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    element.setAttribute('lang', 'vi');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    // The autoloader's copy of the chunk settles first (another element of the page asked).
    loadedMessages.vi = vietnamese;
    await loaded;
    release(vietnamese);
    await own;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await element.updateComplete;
    expect(loads).toBe(1);
    expect(text($(element, '[part=title]'))).toBe('Thương mại Việt Nam – Lào');
  } finally {
    delete loadedMessages.vi;
    chunk.mockRestore();
  }
});
