import { describe, expect, it } from 'vitest';
import { interval } from './interval.js';
import { intervalContains } from './interval-contains.js';

describe('intervalContains', () => {
  it('excludes open ends', () => {
    const range = interval('1.45', '1.55', '[)');
    expect(intervalContains(range, '1.45')).toBe(true);
    expect(intervalContains(range, '1.5')).toBe(true);
    expect(intervalContains(range, '1.55')).toBe(false);
    expect(intervalContains(range, '1.4499')).toBe(false);
    expect(intervalContains(interval('-1.15', '-1.05', '(]'), '-1.15')).toBe(false);
    expect(intervalContains(interval('-1.15', '-1.05', '(]'), '-1.05')).toBe(true);
  });
});
