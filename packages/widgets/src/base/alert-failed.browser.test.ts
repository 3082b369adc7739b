import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import {
  $,
  drawn,
  errorEvent,
  expectAccessible,
  mount,
  shadow,
  text,
} from '../__tests__/helpers.js';
import type { ErrorEventDetail } from '../data/dataset-controller.js';
import '../elements/growth.define.js';

/** The `bilateral-error` events an element fires from now on. */
function errorsOf(element: Element): ErrorEventDetail[] {
  const details: ErrorEventDetail[] = [];
  element.addEventListener('bilateral-error', (event) =>
    details.push((event as CustomEvent<ErrorEventDetail>).detail),
  );
  return details;
}

/** What a page's listener reads of an event: the same whether the alert's chunk loaded or not. */
const said = ({ reason, error }: ErrorEventDetail) => ({
  reason,
  code: error.code,
  paths: error.issues.map((issue) => issue.path),
});

// A file of its own: the error state's module is not loaded yet (each file has its own page).
describe('an element whose error state’s chunk cannot be loaded', () => {
  it('leaves its loading state for a plain English alert (part error, lang en, axe clean) and fires bilateral-error once; a later failure loads the chunk, whose alert has its English words after a switch from Vietnamese', async () => {
    // The chunk's download fails once (a lost connection), then loads.
    await commands.failRequests('/base/failure-alert\\.ts', 1);
    // A Vietnamese element: the plain sentence is English, marked so (docs/widgets.md says so).
    const element = mount('<bilateral-growth dataset="atlantis" locale="vi"></bilateral-growth>');
    const events = errorsOf(element);
    const { detail } = await errorEvent(element);
    expect(detail.reason).toBe('unknown-dataset');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=loading]')).toBeNull();
    expect($(element, '[part=figure]').getAttribute('aria-busy')).toBe('false');
    const alert = $(element, '[part=error]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.lang).toBe('en');
    expect(text(alert)).toBe('The chart failed.');
    await expectAccessible(element);

    // The network is back: another element's failure asks again, and draws the chunk's alert,
    // the page's first in Vietnamese; its event says what the first one's did.
    const other = document.createElement('bilateral-growth') as typeof element;
    other.setAttribute('dataset', 'atlantis');
    other.setAttribute('locale', 'vi');
    const others = errorsOf(other);
    element.after(other);
    await errorEvent(other);
    await other.updateComplete;
    expect(text($(other, '[part=error] strong'))).toBe('Không tải được dữ liệu cho biểu đồ này.');
    // Switched to English, both draw the chunk's alert with its English words (which the chunk
    // adds with the page's first English alert); neither fires its event again.
    for (const each of [element, other]) each.removeAttribute('locale');
    await Promise.all([element.updateComplete, other.updateComplete]);
    for (const each of [element, other]) {
      expect(text($(each, '[part=error] strong'))).toBe(
        'The data for this chart could not be loaded.',
      );
    }
    await drawn();
    expect(events.map(said)).toEqual([said(detail)]);
    expect(others.map(said)).toEqual([said(detail)]);
  });
});
