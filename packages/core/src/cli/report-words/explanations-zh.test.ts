import { describe, expect, it } from 'vitest';
import { EXPLANATIONS_ZH } from './explanations-zh.js';

describe('EXPLANATIONS_ZH.claim', () => {
  it('quotes a claim in Chinese quotation marks: its own quotation marks as written, control characters and backslashes still escaped', () => {
    expect(EXPLANATIONS_ZH.claim(JSON.stringify('Laos keeps a "surplus"'))).toBe(
      '说法“Laos keeps a "surplus"”',
    );
    expect(EXPLANATIONS_ZH.claim(JSON.stringify('a\\"b\nc'))).toBe('说法“a\\\\"b\\nc”');
  });
});
