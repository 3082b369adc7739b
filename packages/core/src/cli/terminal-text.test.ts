import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { jsonText } from './json-text.js';
import { styled, terminalText } from './terminal-text.js';

/** Everything a terminal acts on or reorders, as terminalText must never let it through. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('terminalText', () => {
  it('removes escape sequences whole: window title, clear screen, clipboard, colours', () => {
    expect(terminalText('Vietnam\u001b]0;PWNED\u0007–Laos', false)).toBe('Vietnam–Laos');
    expect(terminalText('a\u001b]52;c;aGk=\u001b\\b', false)).toBe('ab');
    expect(terminalText('\u001b[2J\u001b[Htitle', false)).toBe('title');
    expect(terminalText('\u001b[31mred\u001b[0m', false)).toBe('red');
    expect(terminalText('8-bit \u009b2Jcsi and \u009d0;osc\u009c', false)).toBe('8-bit csi and ');
    expect(terminalText('\u001bPdcs\u001b\\ and \u001b(B charset', false)).toBe(' and  charset');
  });

  it('removes other control characters but keeps tab and line feed', () => {
    expect(terminalText('ok\rFAKE\u0007\u0008\u007f\n\tnext', false)).toBe('okFAKE\n\tnext');
  });

  it('neutralises bidi embeddings, overrides and isolates, and keeps every script', () => {
    expect(terminalText('evil\u202egnp.exe \u2066x\u2069', false)).toBe('evilgnp.exe x');
    const text = 'Thương mại Việt Nam – ລາວ – 老挝 · US$1.5 billion · +25.5 %';
    expect(terminalText(text, false)).toBe(text);
  });

  it('does not let an unterminated string swallow the lines after it', () => {
    expect(terminalText('title \u001b]0;forever\nnext line', false)).toBe('title \nnext line');
  });

  it('turns its own style marks into colours, or drops them', () => {
    expect(terminalText(`${styled('OK', 'green')} and ${styled('H', 'bold')}`, true)).toBe(
      '\u001b[32mOK\u001b[39m and \u001b[1mH\u001b[22m',
    );
    expect(terminalText(styled('OK', 'red'), false)).toBe('OK');
  });

  it('gives data no way to forge a style mark', () => {
    const forged = '\u{E000}0000000000000000031\u{E001}red?';
    expect(terminalText(forged, true)).toBe(forged);
    expect(terminalText(forged, true)).not.toMatch(UNSAFE);
  });

  it('never lets a control character through, whatever the text (property)', () => {
    const unsafeChar = fc.constantFrom(
      '\u001b',
      '\u0007',
      '\r',
      '\u009b',
      '\u009d',
      '\u202e',
      '\u2067',
      '[',
      ']',
      ';',
      '\\',
      '0',
    );
    // Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit took over a
    // second to set up under vitest, which put this test near its timeout on a loaded machine).
    const anyCodeUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));
    const text = fc
      .array(fc.oneof(fc.string({ unit: anyCodeUnit }), unsafeChar), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (input, color) => !UNSAFE.test(terminalText(input, color))),
      propertyRuns(20261202, { ci: 300, full: 1000 }),
    );
  });
});

describe('jsonText', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { title: 'a\u001b[2J\u009b\u202e\u2028z', n: 1 };
    const text = jsonText(value);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('\\u009b');
    expect(text).toContain('\\u202e');
    expect(JSON.parse(text)).toEqual(value);
  });
});
