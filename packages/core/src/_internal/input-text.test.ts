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
    // An image a page's src names by mistake, its bytes read as UTF-8: not said to be UTF-16.
    ['a binary file (a PNG image)', '\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR'],
  ])('says the text is not UTF-8, UTF-16 or a binary file: %s', (_what, text) => {
    expect(() => inputText(text, 'INVALID_IMPORT')).toThrowError(
      'the file is not UTF-8 text (it starts with a UTF-16 byte-order mark or has NUL ' +
        'characters: UTF-16, or a binary file): save it as UTF-8',
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
