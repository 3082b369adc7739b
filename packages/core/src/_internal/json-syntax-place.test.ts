import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { jsonSyntaxPlace } from './json-syntax-place.js';

describe('jsonSyntaxPlace', () => {
  it.each([
    ['{"a": 1,\n "b": }', 2, 7, 'a \'}\' where a value was expected: ` "b": ▶}`'],
    ['{"a": 1,\r\n "b": }', 2, 7, 'a \'}\' where a value was expected: ` "b": ▶}`'],
    ['{"a": 1,\r "b": }', 2, 7, "a '}' where a value was expected"],
    ['{"a": [1, 2', 1, 12, 'the text ends inside an array: `{"a": [1, 2▶`'],
    ['{"a": {"b": 1}', 1, 15, 'the text ends inside an object'],
    [
      '{"a": "x\u0001y"}',
      1,
      9,
      'a control character (U+0001) inside a string: `{"a": "x▶\\u0001y"}`',
    ],
    ['{"a": "x\ny"}', 1, 9, 'a control character (U+000A) inside a string: `{"a": "x▶`'],
    ['{"a": "xy}', 1, 7, 'the text ends inside the string that starts here'],
    [
      '{"a": 1, }',
      1,
      10,
      "a '}' where a key in double quotes was expected (a ',' before it is one too many)",
    ],
    ['[1, 2, ]', 1, 8, "a ']' where a value was expected (a ',' before it is one too many)"],
    ['{"a": ]}', 1, 7, "a ']' where a value was expected: `"],
    ['{"a" 1}', 1, 6, "a '1' where ':' after the key was expected"],
    ["{'a': 1}", 1, 2, "a ''' where a key in double quotes or '}' was expected"],
    ['[1 2]', 1, 4, "a '2' where ',' or ']' was expected"],
    ['[01]', 1, 2, 'a number with a leading zero'],
    ['[1.]', 1, 4, 'a number without digits after its decimal point'],
    ['[1e+]', 1, 5, 'a number without digits in its exponent'],
    ['[-]', 1, 2, "a '-' without digits after it"],
    ['[undefined]', 1, 2, "'undefined' where a value or ']' was expected"],
    ['["a\\x"]', 1, 4, "a '\\x' escape, which JSON does not have, inside a string"],
    ['["\\u12"]', 1, 3, "a '\\u' escape without four hex digits inside a string"],
    // No character of the file the terminal filter drops is named as itself (it would say `a ''`
    // or break the message's line): a line break or tab after a backslash, a bidi override.
    ['["x\\\n"]', 1, 4, "a '\\' before a control character (U+000A) inside a string: `[\"x▶\\`"],
    ['["x\\\t"]', 1, 4, "a '\\' before a control character (U+0009) inside a string"],
    [
      '{"a": 1,\u202e x}',
      1,
      9,
      'an invisible character (U+202E) where a key in double quotes was expected: `{"a": 1,▶\\u202E x}`',
    ],
    // A no-break space, a line separator, a byte-order mark inside the text (files joined).
    ['{"a":\u00a01}', 1, 6, 'a white-space character JSON does not allow (U+00A0) where a value'],
    [
      '{"a":\u2028}',
      1,
      6,
      'a white-space character JSON does not allow (U+2028) where a value was expected: `{"a":▶\\u2028}`',
    ],
    [
      '{}\n\ufeff{}',
      2,
      1,
      'an invisible character (U+FEFF) after the end of the JSON value: `▶\\uFEFF{}`',
    ],
    ['{} x', 1, 4, "a 'x' after the end of the JSON value"],
    ['  ', 1, 3, 'the text ends where a value was expected: `  ▶`'],
    // Where the text ends on a line with no text, the excerpt is the last line that has some,
    // marked at its end (the line and column stay where the text ends).
    ['{"id": "x", \n', 2, 1, 'the text ends inside an object: `{"id": "x", ▶`'],
    ['[1,\r\n \n\t', 3, 2, 'the text ends inside an array: `[1,▶`'],
    ['[1\r \t', 2, 3, 'the text ends inside an array: `[1▶`'],
    [`[${'1,'.repeat(20)}\n`, 2, 1, `the text ends inside an array: \`…${'1,'.repeat(15)}▶\``],
  ])('%j: line %i, column %i', (text, line, column, what) => {
    const place = jsonSyntaxPlace(text);
    expect(place).toMatchObject({ line, column });
    expect(place?.message).toContain(`line ${line}, column ${column}: ${what}`);
  });

  it('counts a column in characters: multibyte and astral characters before the error', () => {
    const place = jsonSyntaxPlace('{"name": "Việt Nam 🇻🇳", "x": }');
    expect(place).toMatchObject({ line: 1, column: 30 });
    expect(place?.message).toContain('`{"name": "Việt Nam 🇻🇳", "x": ▶}`');
  });

  it('shows a short excerpt of a 1 MB line, and no line break of the file', () => {
    const text = `[${'1,'.repeat(500_000)}\n}]`;
    expect(jsonSyntaxPlace(text)?.message).toBe(
      "line 2, column 1: a '}' where a value was expected: `▶}]`",
    );
    const long = `[${'"ab",'.repeat(200_000)}}${' 2,'.repeat(100)}]`;
    const place = jsonSyntaxPlace(long);
    expect(place).toMatchObject({ line: 1, column: 1_000_002 });
    expect(place?.message).toBe(
      `line 1, column 1000002: a '}' where a value was expected: \`…${'"ab",'.repeat(6)}▶} 2, 2, 2, 2, 2, 2, 2, 2, 2, 2…\``,
    );
    expect(place?.message).not.toMatch(/[\r\n]/);
  });

  it('finds nothing in well-formed JSON that a parser may still refuse (a duplicate key, depth)', () => {
    expect(jsonSyntaxPlace('{"a": 1, "a": 2}')).toBeUndefined();
    expect(jsonSyntaxPlace(`${'['.repeat(9000)}${']'.repeat(9000)}`)).toBeUndefined();
    expect(
      jsonSyntaxPlace(' {"a": [true, false, null, -0.5e-3, "\\u00e9\\n"]} \r\n'),
    ).toBeUndefined();
  });

  it('never puts a line break, control or invisible character of the text in its message', () => {
    const odd = fc.constantFrom(
      '\n',
      '\r',
      '\t',
      '\u0001',
      '\u009b',
      '\u00a0',
      '\u200b',
      '\u2028',
      '\u202e',
      '\ufeff',
      '\\',
    );
    fc.assert(
      fc.property(fc.json(), fc.array(fc.tuple(fc.nat(), odd), { maxLength: 3 }), (json, odds) => {
        let text = json;
        for (const [at, character] of odds) {
          const where = at % (text.length + 1);
          text = `${text.slice(0, where)}${character}${text.slice(where)}`;
        }
        expect(jsonSyntaxPlace(text)?.message ?? '').not.toMatch(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what must not be there.
          /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/,
        );
      }),
      propertyRuns(238, { ci: 1000, full: 5000 }),
    );
  });

  it('agrees with JSON.parse: a place exactly when it refuses the text', () => {
    const almostJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\n', '\\', 'x', '0', '\u0001', '-'),
      )
      .map(([json, cut, at, insert]) => {
        const kept = json.slice(0, json.length - (cut % 3));
        const where = at % (kept.length + 1);
        return `${kept.slice(0, where)}${insert}${kept.slice(where)}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), almostJson, fc.string()), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxPlace(text) === undefined).toBe(parses);
      }),
      propertyRuns(237, { ci: 1000, full: 5000 }),
    );
  });
});
