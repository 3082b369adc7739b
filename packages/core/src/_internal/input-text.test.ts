import { describe, expect, it } from 'vitest';
import { inputText } from './input-text.js';

describe('inputText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(inputText('\uFEFF{"a": 1}', 'INVALID_DATASET')).toBe('{"a": 1}');
    expect(inputText('a,b', 'INVALID_IMPORT')).toBe('a,b');
  });

  it.each([
    ['a UTF-16 LE mark read as UTF-8', '\uFFFD\uFFFD[\u0000]\u0000'],
    ['a UTF-16 mark decoded as UTF-16 the wrong way round', '\uFFFE[]'],
    ['a UTF-16 mark read as Latin-1', 'ÿþ[\u0000'],
    ['NUL characters between letters', 'r\u0000e\u0000p\u0000'],
  ])('says to save UTF-16 text as UTF-8: %s', (_what, text) => {
    expect(() => inputText(text, 'INVALID_IMPORT')).toThrowError(
      'the file is UTF-16 (it starts with a UTF-16 byte-order mark or has NUL characters): save it as UTF-8',
    );
  });

  it('refuses empty text, a byte-order mark alone and white space', () => {
    expect(() => inputText('', 'INVALID_IMPORT')).toThrowError(
      'the file is empty: was it downloaded completely?',
    );
    expect(() => inputText('\uFEFF', 'INVALID_IMPORT')).toThrowError('the file is empty');
    expect(() => inputText(' \n\t', 'INVALID_IMPORT')).toThrowError(
      'the file is empty (nothing but white space)',
    );
    expect(() => inputText(42, 'INVALID_DATASET')).toThrowError('expected text, got number');
  });
});
