import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './helpers.js';

// The test helper of test/browser.ts that decides by the order of requests (see
// base/tip-with-nav.browser.test.ts): it must answer even when the page never asks for the URL.
describe('holdRequest and heldFor', () => {
  it('says false when the held URL is never asked for (after the limit, not the test timeout)', async () => {
    await commands.holdRequest('never-requested-h103', 'never-either', 300);
    expect(await commands.heldFor()).toBe(false);
  });
});
