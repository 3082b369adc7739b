import { describe, expect, it } from 'vitest';
import { sourcesTitle } from './sources-title.js';

const titled = (...titles: string[]) => titles.map((title) => ({ title }));

describe('sourcesTitle', () => {
  it('is the one title the sources share', () => {
    expect(sourcesTitle(titled('Border trade'))).toBe('Border trade');
    expect(sourcesTitle(titled('Border trade', 'Border trade'))).toBe('Border trade');
  });

  it('lists several titles in order, then says how many more there are', () => {
    expect(sourcesTitle(titled('A', 'B'))).toBe('A and B');
    expect(sourcesTitle(titled('A', 'B', 'A', 'C'))).toBe('A, B and C');
    expect(sourcesTitle(titled('A', 'B', 'C', 'D', 'E'))).toBe('A, B, C and 2 more');
  });

  it('is undefined for no source', () => {
    expect(sourcesTitle([])).toBeUndefined();
  });
});
