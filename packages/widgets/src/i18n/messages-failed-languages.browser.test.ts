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

  it('asks once for two elements of one language, and each shows its error once', async () => {
    const lo = failMessagesChunk('lo');
    try {
      const element = mount<AnyElement>(
        '<bilateral-growth dataset="vietnam-laos" lang="lo"></bilateral-growth><bilateral-growth dataset="laos-china" lang="lo"></bilateral-growth>',
      );
      const other = element.nextElementSibling as AnyElement;
      const errors: EventTarget[] = [];
      element.parentElement?.addEventListener('bilateral-error', (event) => {
        errors.push(event.target as EventTarget);
      });
      await Promise.all([errorEvent(element), errorEvent(other)]);
      for (let i = 0; i < 5; i += 1) {
        element.requestUpdate();
        other.requestUpdate();
        await Promise.all([element.updateComplete, other.updateComplete]);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      // One load and its one retry for both (they share loadMessages' promise).
      expect(lo).toHaveBeenCalledTimes(2);
      expect(errors).toHaveLength(2);
      expect(new Set(errors)).toEqual(new Set([element, other]));
    } finally {
      lo.mockRestore();
    }
  });
});
