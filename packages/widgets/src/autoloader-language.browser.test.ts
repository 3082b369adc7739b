import { describe, expect, it } from 'vitest';
import { discover } from './autoloader.js';
import { messagesFor } from './i18n/messages.js';
import { lo } from './i18n/messages-lo.js';

describe("the autoloader and the page's language", () => {
  it('keeps the messages it loads: an element finds them at its first render, without a load of its own', async () => {
    // Not in the document: the element is never drawn, so it never loads its messages itself.
    const root = document.createElement('div');
    const element = document.createElement('bilateral-growth');
    element.setAttribute('lang', 'lo');
    root.append(element);
    expect(messagesFor('lo')).toBeUndefined();
    discover(root);
    await expect.poll(() => messagesFor('lo'), { timeout: 10_000 }).toBe(lo);
  });
});
