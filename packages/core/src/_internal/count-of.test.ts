import { describe, expect, it } from 'vitest';
import { countOf, grouped } from './count-of.js';

describe('countOf', () => {
  it('writes the noun in the singular for one only', () => {
    expect(countOf(1, 'source')).toBe('1 source');
    expect(countOf(0, 'relation')).toBe('0 relations');
    expect(countOf(26, 'published flow')).toBe('26 published flows');
  });

  it('groups the count in thousands', () => {
    expect(countOf(1205040, 'flow')).toBe('1,205,040 flows');
    expect(countOf(1000, 'problem')).toBe('1,000 problems');
    expect(countOf(19999000, 'more problem')).toBe('19,999,000 more problems');
    expect(grouped(19999000)).toBe('19,999,000');
  });
});
