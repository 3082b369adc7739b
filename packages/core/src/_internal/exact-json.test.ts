import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { MAX_JSON_STRING_CHARACTERS, parseExactJson } from './exact-json.js';

describe('parseExactJson', () => {
  it('keeps safe integers as numbers and the digits of every other number', () => {
    expect(
      parseExactJson(
        '{"code": 764, "v": 38917721136.0, "big": 9007199254740993, "x": 123456789012345678901.25, "e": 3.89177E+10, "n": -0.5}',
        'INVALID_IMPORT',
      ),
    ).toEqual({
      code: 764,
      v: '38917721136.0',
      big: '9007199254740993',
      x: '123456789012345678901.25',
      e: '3.89177E+10',
      n: '-0.5',
    });
  });

  it('throws SyntaxError for text that is not JSON', () => {
    expect(() => parseExactJson('{"data": [', 'INVALID_IMPORT')).toThrow(SyntaxError);
  });

  it('refuses nesting deep enough to overflow the stack with the caller’s code', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    let error: unknown;
    try {
      parseExactJson(deep, 'FETCH_FAILED');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BilateralError);
    expect(error).toMatchObject({ code: 'FETCH_FAILED' });
  });

  it('refuses a string past MAX_JSON_STRING_CHARACTERS with the caller’s code, before reading it', () => {
    const long = `{"data": [{"note": "${'x'.repeat(MAX_JSON_STRING_CHARACTERS + 1)}"}]}`;
    expect(() => parseExactJson(long, 'INVALID_IMPORT')).toThrow(
      new BilateralError('INVALID_IMPORT', [
        {
          path: [],
          message:
            'the JSON has a text of more than 10,000,000 characters: no record holds one (is this the file meant?)',
        },
      ]),
    );
    // Many short texts, as long in all, are read.
    const many = JSON.stringify({ data: Array.from({ length: 1_100_000 }, () => 'xxxxxxxx') });
    expect((parseExactJson(many, 'INVALID_IMPORT') as { data: string[] }).data).toHaveLength(
      1_100_000,
    );
  });
});
