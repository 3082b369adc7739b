import { describe, expect, it } from 'vitest';
import { capInput, describeInput, QUOTED_CHARACTERS, quoteInput } from './quote-input.js';

describe('quoteInput', () => {
  it('quotes short text whole', () => {
    expect(quoteInput('2024-Q5')).toBe('"2024-Q5"');
    expect(quoteInput('a"b')).toBe('"a\\"b"');
  });

  it('caps long text and says its length, grouped in thousands (a 50 MB period gave a 100-million-character error)', () => {
    const text = 'x'.repeat(50_000_000);
    const quoted = quoteInput(text);
    expect(quoted).toBe(`"${'x'.repeat(QUOTED_CHARACTERS)}…" (50,000,000 characters)`);
    expect(quoted.length).toBeLessThan(100);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'x'.repeat(QUOTED_CHARACTERS - 1)}😀${'y'.repeat(10)}`;
    expect(quoteInput(text)).toBe(
      `"${'x'.repeat(QUOTED_CHARACTERS - 1)}…" (${text.length} characters)`,
    );
  });
});

describe('describeInput', () => {
  it('names values of every type', () => {
    expect(describeInput('VN')).toBe('"VN"');
    expect(describeInput(null)).toBe('null');
    expect(describeInput([])).toBe('an array');
    expect(describeInput({})).toBe('an object');
    expect(describeInput(12)).toBe('number 12');
    expect(describeInput(undefined)).toBe('undefined');
    expect(describeInput(Symbol('s'))).toBe('a symbol');
    expect(describeInput(() => 1)).toBe('a function');
    expect(describeInput(false)).toBe('boolean false');
    expect(describeInput(10n ** 20n)).toBe('bigint 100000000000000000000');
    expect(describeInput(-0.5)).toBe('number -0.5');
    expect(describeInput('z'.repeat(1000)).length).toBeLessThan(100);
  });
});

describe('capInput', () => {
  it('shows short text as it is and cuts long text, its length grouped in thousands', () => {
    expect(capInput('1.5')).toBe('1.5');
    expect(capInput('9'.repeat(1000))).toBe(`${'9'.repeat(QUOTED_CHARACTERS)}… (1,000 characters)`);
    expect(capInput('9'.repeat(999))).toBe(`${'9'.repeat(QUOTED_CHARACTERS)}… (999 characters)`);
  });
});
