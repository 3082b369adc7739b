import { describe, expect, it } from 'vitest';
import { editsWithin } from './edit-distance.js';

describe('editsWithin', () => {
  it('gives the edit distance when it is at most `most`', () => {
    expect(editsWithin('json', 'json', 2)).toBe(0);
    expect(editsWithin('jsno', 'json', 2)).toBe(2);
    expect(editsWithin('dat', 'date', 2)).toBe(1);
    expect(editsWithin('reporter', 'report', 2)).toBe(2);
  });

  it('gives nothing past `most`', () => {
    expect(editsWithin('verbose', 'output', 2)).toBeUndefined();
    expect(editsWithin('abc', 'xyz', 2)).toBeUndefined();
  });

  it('reads no character of texts whose lengths alone put them too far apart', () => {
    // A text of a million characters whose characters cannot be read: only its length is.
    const huge = new Proxy(
      {},
      {
        get: (_, key) => {
          if (key === 'length') return 1_000_000;
          throw new Error(`read ${String(key)}`);
        },
      },
    ) as unknown as string;
    expect(editsWithin(huge, 'json', 2)).toBeUndefined();
    expect(editsWithin('json', huge, 2)).toBeUndefined();
  });
});
