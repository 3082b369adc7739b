import { describe, expect, it } from 'vitest';
import {
  type AnyElement,
  errorEvent,
  loadEvent,
  mount,
  shadow,
  TAGS,
} from '../__tests__/helpers.js';
import '../all.js';

/** `from`/`to` that name no calendar year, or a range that ends before it starts (h391). */
const BAD = [
  { attributes: 'to="2O24"', path: 'to', message: 'expected a year YYYY, got "2O24"' },
  {
    attributes: 'from="last year"',
    path: 'from',
    message: 'expected a year YYYY, got "last year"',
  },
  { attributes: 'from="2019-06"', path: 'from', message: 'expected a year YYYY, got "2019-06"' },
  { attributes: 'to=" 2019 "', path: 'to', message: 'expected a year YYYY, got " 2019 "' },
  {
    attributes: 'from="2024" to="2019"',
    path: 'to',
    message: 'expected a year YYYY from 2024, got "2019"',
  },
] as const;

describe.each(TAGS)('<%s> with a from/to that is no range of years', (tag) => {
  it.each(BAD)('$attributes is the error state, and a good range draws', async (bad) => {
    const element = mount<AnyElement>(`<${tag} dataset="vietnam-laos" ${bad.attributes}></${tag}>`);
    const events: string[] = [];
    for (const type of ['bilateral-load', 'bilateral-error']) {
      element.addEventListener(type, () => events.push(type));
    }
    const { detail } = await errorEvent(element);
    expect(detail.reason).toBe('compute');
    expect(detail.error.code).toBe('INVALID_INPUT');
    expect(detail.error.issues).toEqual([{ path: [bad.path], message: bad.message }]);
    await element.updateComplete;
    const root = shadow(element);
    expect(root.querySelector('[role=alert]')).not.toBeNull();
    // The dashboard's error is its own: no panel is drawn to fail again.
    expect(root.querySelector('bilateral-growth, bilateral-balance, bilateral-gates')).toBeNull();
    expect(events).toEqual(['bilateral-error']);
    const loaded = loadEvent(element);
    // A bad `to` removed, a bad `from` given a year: either draws.
    if (bad.path === 'to') element.removeAttribute('to');
    else element.setAttribute('from', '2019');
    await loaded;
    await element.updateComplete;
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(events).toEqual(['bilateral-error', 'bilateral-load']);
  });
});
