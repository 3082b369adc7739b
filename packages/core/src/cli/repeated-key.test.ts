import { describe, expect, it } from 'vitest';
import { firstRepeatedKey } from './repeated-key.js';

describe('firstRepeatedKey', () => {
  it('finds a key given twice in one object, by its place, compared as read', () => {
    expect(firstRepeatedKey('{"a": 1,\n "a": 2}')?.message).toBe(
      'line 2, column 2: the key "a" again in its object: ` ▶"a": 2}`',
    );
    expect(firstRepeatedKey('[{"b": 1}, {"a": 1, "\\u0061": 1}]')?.column).toBe(21);
  });

  it('takes the same key in other objects, nested or side by side', () => {
    expect(firstRepeatedKey('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}')).toBeUndefined();
    expect(firstRepeatedKey('[1, "a", {"a": [{}]}]')).toBeUndefined();
  });
});
