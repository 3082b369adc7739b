import { afterEach, describe, expect, it } from 'vitest';
import { linesBroken } from './helpers.js';

afterEach(() => document.body.replaceChildren());

/** A paragraph on the page of `parts`, a text node each (as a template's parts are). */
function paragraph(...parts: string[]): HTMLElement {
  const element = document.createElement('p');
  element.style.cssText = 'font: 16px sans-serif; margin: 0';
  element.append(...parts);
  document.body.append(element);
  return element;
}

describe('linesBroken (the test helper of whole-words and the elements’ tests)', () => {
  it('finds a phrase that a line end parts, at each width it does', () => {
    // Two words of 40 letters never fit on one line 200–420 px wide.
    const long = `${'m'.repeat(40)} ${'w'.repeat(40)}`;
    const parts = ['Before ', 'm'.repeat(40), ' ', 'w'.repeat(40), ' after.'];
    const broken = linesBroken(paragraph(...parts), /m+ w+/g);
    expect(broken).toHaveLength(111); // 200, 202 … 420 px
    expect(broken[0]).toBe(`${long} at 200px`);
  });

  it('counts one line for a phrase in several boxes (text nodes; Lao letters, Latin digits)', () => {
    const parts = ['ຕ້ອງເຕີບໂຕ ', '10–15%', '\u00a0ຕໍ່\u2060ປີ.'];
    expect(linesBroken(paragraph(...parts), /10–15% ຕໍ່\u2060ປີ/g)).toEqual([]);
  });
});
