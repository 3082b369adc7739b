import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { $, errorEvent, mount, shadow, text } from '../__tests__/helpers.js';
import '../elements/growth.define.js';

// A file of its own: the error state's module is not loaded yet (each file has its own page).
describe('an element whose error state’s chunk cannot be loaded', () => {
  it('leaves its loading state for a plain alert in English and fires bilateral-error; a later failure loads the chunk', async () => {
    // The chunk's download fails once (a lost connection), then loads.
    await commands.failRequests('/base/failure-alert\\.ts', 1);
    const element = mount('<bilateral-growth dataset="atlantis"></bilateral-growth>');
    const { detail } = await errorEvent(element);
    expect(detail.reason).toBe('unknown-dataset');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=loading]')).toBeNull();
    expect($(element, '[part=figure]').getAttribute('aria-busy')).toBe('false');
    expect(text($(element, '[role=alert]'))).toBe('The chart failed.');

    // The network is back: another element's failure asks again, and draws the chunk's alert.
    const other = mount('<bilateral-growth dataset="utopia"></bilateral-growth>');
    await errorEvent(other);
    await other.updateComplete;
    expect(text($(other, '[role=alert] strong'))).toBe(
      'The data for this chart could not be loaded.',
    );
  });
});
