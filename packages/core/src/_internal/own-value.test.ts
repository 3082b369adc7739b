import { describe, expect, it } from 'vitest';
import { ownValue, setOwnValue } from './own-value.js';

describe('ownValue', () => {
  it('reads own keys and never what Object.prototype has', () => {
    const record: Record<string, number> = { main: 2 };
    expect(ownValue(record, 'main')).toBe(2);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(ownValue(record, key)).toBeUndefined();
    }
    expect(ownValue({ constructor: 1 } as Record<string, number>, 'constructor')).toBe(1);
  });
});

describe('setOwnValue', () => {
  it('writes __proto__ as data, leaving the prototype alone', () => {
    const record: Record<string, number> = {};
    setOwnValue(record, '__proto__', 3);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(ownValue(record, '__proto__')).toBe(3);
    expect(Object.keys(record)).toEqual(['__proto__']);
  });
});
