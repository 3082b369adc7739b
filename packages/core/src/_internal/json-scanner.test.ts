import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { cut } from '../io/__fixtures__/cut-text.js';
import { JsonScanner, JsonSyntaxError } from './json-scanner.js';
import { jsonSyntaxPlace } from './json-syntax-place.js';

const NOTHING = { valueStart() {}, valueEnd() {}, key() {} };

/** The place of the first error the scanner finds in `pieces`, read one after another. */
function placeInPieces(pieces: readonly string[], keepFrom?: () => number) {
  const scanner = new JsonScanner(NOTHING, keepFrom);
  try {
    for (const piece of pieces) scanner.push(piece);
    scanner.end();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.place;
    throw error;
  }
}

/** JSON text, with white space, and sometimes broken: a character taken out, put in or changed. */
const texts = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }),
    fc.constantFrom(undefined, 1, '\t', '\r\n  '),
    fc.nat(),
    fc.constantFrom(
      '',
      ' ',
      '\n',
      '\r',
      ',',
      ']',
      '}',
      '"',
      '\\',
      '\u0001',
      'x',
      '1',
      '-',
      'é',
      '🇱🇦',
    ),
    fc.constantFrom('keep', 'drop', 'insert', 'replace'),
  )
  .map(([value, space, at, character, change]) => {
    const text = JSON.stringify(value, null, space);
    const place = at % (text.length + 1);
    if (change === 'keep') return text;
    const rest = text.slice(place + (change === 'insert' ? 0 : 1));
    return `${text.slice(0, place)}${change === 'drop' ? '' : character}${rest}`;
  });

describe('JsonScanner', () => {
  it('finds the place jsonSyntaxPlace finds in the whole text, however the text is cut', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 6 }), (text, places) => {
        expect(placeInPieces(cut(text, places))).toEqual(jsonSyntaxPlace(text));
      }),
      propertyRuns(272, { ci: 300, full: 5000 }),
    );
  });

  it('says where an error is on a long line it no longer holds whole (64 kB pieces, text dropped)', () => {
    const line = `[${'{"v": 1}, '.repeat(50_000)}{"v": 1 2}]`;
    const whole = jsonSyntaxPlace(line);
    expect(whole?.column).toBe(500_010);
    const pieces = cut(
      line,
      Array.from({ length: 10 }, (_, k) => (k + 1) * 65_536),
    );
    expect(placeInPieces(pieces)).toEqual(whole);
    // A column counts code points: a flag is two, of two UTF-16 units each, in the dropped text.
    const flags = `[${'{"v": "🇱🇦"}, '.repeat(50_000)}{"v": 1 2}]`;
    expect(placeInPieces(cut(flags, [65_535, 131_071, 400_001]))).toEqual(jsonSyntaxPlace(flags));
    expect(jsonSyntaxPlace(flags)?.column).toBe(650_010);
    const cutShort = `{"data": [${'{"v": "é🇱🇦"},\n'.repeat(30_000)}{"v": `;
    expect(placeInPieces(cut(cutShort, [70_000, 140_000, 300_000]))).toEqual(
      jsonSyntaxPlace(cutShort),
    );
  });

  it('reads nesting a hundred thousand levels deep without a stack overflow', () => {
    const deep = '['.repeat(100_000);
    expect(placeInPieces([deep, ']'.repeat(100_000)])).toBeUndefined();
    expect(placeInPieces([deep])?.message).toMatch(
      /^line 1, column 100001: the text ends inside an array/,
    );
  });

  it('tells where values and keys start and end, with their depth', () => {
    const seen: string[] = [];
    const scanner = new JsonScanner({
      valueStart: (at, depth) => seen.push(`start ${at} ${depth}`),
      valueEnd: (end, depth) => seen.push(`end ${end} ${depth}`),
      key: (start, end, depth) => seen.push(`key ${start}-${end} ${depth}`),
    });
    scanner.push('{"a": [1, tr');
    scanner.push('ue]}');
    scanner.end();
    expect(seen).toEqual([
      'start 0 0',
      'key 1-4 1',
      'start 6 1',
      'start 7 2',
      'end 8 2',
      'start 10 2',
      'end 14 2',
      'end 15 1',
      'end 16 0',
    ]);
  });
});
