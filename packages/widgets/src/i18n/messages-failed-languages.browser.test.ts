import { describe, expect, it } from 'vitest';
import {
  type AnyElement,
  errorEvent,
  failMessagesChunk,
  mount,
  text,
} from '../__tests__/helpers.js';
import '../elements/growth.define.js';

// A file of its own: Lao and Chinese must not have loaded on this page before (in
// messages-failed.browser.test.ts, Chinese loads).

describe('an element whose words fail in two languages', () => {
  it('reports the failure of a second language whose words fail too, and asks for them once', async () => {
    const lo = failMessagesChunk('lo');
    const zh = failMessagesChunk('zh');
    try {
      const element = mount<AnyElement>(
        '<bilateral-growth dataset="vietnam-laos" lang="lo"></bilateral-growth>',
      );
      await errorEvent(element);
      const second = errorEvent(element);
      element.setAttribute('lang', 'zh');
      const { detail } = await second;
      expect(detail.reason).toBe('network');
      expect(detail.error.issues[0]?.path).toEqual(['locale']);
      // Drawn again five times (as pointing at its chart's points does): not asked for again.
      for (let i = 0; i < 5; i += 1) {
        element.requestUpdate();
        await element.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([lo.mock.calls.length, zh.mock.calls.length]).toEqual([2, 2]);
      expect(text(element.shadowRoot?.querySelector('[role=alert]') as Element)).toMatch(
        /^The data for this chart could not be loaded/,
      );
    } finally {
      lo.mockRestore();
      zh.mockRestore();
    }
  });
});
