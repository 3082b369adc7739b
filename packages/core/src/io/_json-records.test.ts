import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { MAX_JSON_STRING_CHARACTERS } from '../_internal/exact-json.js';
import { BilateralError } from '../errors/index.js';
import { cut } from './__fixtures__/cut-text.js';
import { JsonRecords, jsonTextProblem } from './_json-records.js';
import { comtradeRecords } from './_records.js';

/** What the reader gives for `pieces`: the records, their place and count, or the error's issues. */
function streamed(pieces: readonly string[]) {
  const reader = new JsonRecords();
  const records: unknown[] = [];
  try {
    for (const piece of pieces) {
      reader.push(piece);
      records.push(...reader.take());
    }
    reader.end();
    records.push(...reader.take());
    const { container, rowPath, declaredCount } = reader.shape();
    return { container, rowPath, records, declaredCount };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { issues: error.issues };
  }
}

/** What comtradeRecords gives for the whole text. */
function whole(text: string) {
  try {
    const { container, rowPath, records, declaredCount } = comtradeRecords(text);
    return { container, rowPath, records, declaredCount };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { issues: error.issues };
  }
}

/**
 * White space before the value: the reader holds its first 1,024 characters whole, so this puts
 * the records where the cuts reach the scanner.
 */
const LEAD = ' '.repeat(1100);

const deep = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

const CASES = [
  '[{"reporterCode": 76, "primaryValue": 38917721136.0}, 3, "x", null, [1]]',
  '\uFEFF {"count": 2, "data": [{"a": 12345678901234567890}, {"a": -0.5e-3}], "error": ""}',
  '{"data": [{"a": 1}], "count": 3}',
  '{"validation": {"status": {"name": "Ok"}}, "dataset": [{"yr": 2023, "TradeValue": 5}]}',
  '{"data": [{"a": 1}], "dataset": [{"b": 2}]}',
  '{"dataset": [{"b": 2}], "count": 1}',
  '{"data": [], "count": "2"}',
  '{"elapsedTime": "1 sec", "count": 0, "data": [], "error": "Too many requests"}',
  '{"data": {"a": 1}}',
  '{"data": null}',
  '{"records": []}',
  '{"flows": [], "sources": []}',
  '{"count": 1, "count": 1, "data": []}',
  '{"count": 1, "count": 2, "data": []}',
  '{"count": 1, "data": [{"a": 1, "a": 2}]}',
  '{"meta": {"a": 1, "b": [2]}, "meta": {"b": [2], "a": 1}, "data": []}',
  '[{"a": {"b": 1, "b": [2]}}]',
  `[{"a": 1}, ${deep(40)}]`,
  `{"data": [{"a": 1}, {"b": {"c": ${deep(35)}}}]}`,
  `{"meta": ${deep(33)}, "data": []}`,
  `{"meta": ${deep(31)}, "data": [${deep(31)}]}`,
  '{"data": [1, 2,]}',
  '[{"a": 1}\n{"a": 2}]',
  '{"data": [{"a": "x\ny"}]}',
  '[1, 2] 3',
  '{"data": [{"a": 1}]',
];

describe('JsonRecords', () => {
  it.each(CASES)('reads %j as comtradeRecords reads the whole text', (text) => {
    const expected = whole(text);
    expect(streamed([text])).toEqual(expected);
    for (const size of [1, 7, 64]) {
      const places = Array.from({ length: Math.ceil(text.length / size) }, (_, k) => k * size);
      expect(streamed(cut(text, places))).toEqual(expected);
    }
  });

  it('reads any array or response of JSON values cut anywhere as the whole text is read', () => {
    const response = fc.record({
      count: fc.option(fc.integer(), { nil: undefined }),
      data: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
      error: fc.option(fc.constantFrom('', 'Bad query'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 })), response),
        fc.constantFrom(undefined, 2),
        fc.array(fc.nat(), { maxLength: 5 }),
        (value, space, places) => {
          const text = JSON.stringify(value, null, space);
          expect(streamed(cut(text, places))).toEqual(whole(text));
        },
      ),
      propertyRuns(2720, { ci: 200, full: 3000 }),
    );
  });

  it('reads records cut inside escapes, surrogate pairs and numbers past the held start as the whole text is read', () => {
    const record = fc.dictionary(
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom(undefined, 1),
        fc.array(fc.nat(), { maxLength: 24 }),
        (records, envelope, space, places) => {
          const value = envelope ? { count: records.length, data: records } : records;
          const text = `\uFEFF${LEAD}${JSON.stringify(value, null, space)}`;
          expect(streamed(cut(text, places))).toEqual(whole(text));
        },
      ),
      propertyRuns(20261205, { ci: 300, full: 3000 }),
    );
  });

  it("tells a key given again before its value's leading zero, as lossless-json reads the 0 first", () => {
    // lossless-json reads `01` as the value 0 and compares it with the key's first value before it
    // fails at the 1: a key whose first value is not 0 is told; one whose first value is 0 is not.
    for (const [text, told] of [
      ['[{"a": 1,\n "a": 01}]', 'line 2, column 2: the key "a" again in its object'],
      [
        '{"data": [{"b": {"a": "x", "a": -00}}]}',
        'line 1, column 28: the key "a" again in its object',
      ],
      ['[{"a": 0, "a": -01}]', 'line 1, column 16: a number with a leading zero'],
      ['[{"a": 1, "a": [01]}]', 'line 1, column 17: a number with a leading zero'],
    ] as const) {
      expect(whole(text)).toMatchObject({ issues: [{ message: expect.stringContaining(told) }] });
      expect(streamed([text])).toEqual(whole(text));
      const far = `${LEAD}${text}`;
      for (let place = LEAD.length; place <= far.length; place += 1) {
        expect(streamed(cut(far, [place]))).toEqual(whole(far));
      }
    }
  });

  it('keeps every number as the whole-text reader does, cut anywhere', () => {
    // Numbers JSON.stringify never writes: -0, upper-case exponents, a kept '.0', past a double.
    const numbers =
      '-0, -0.0, 0e0, 1E+5, 2E-0, 1e400, -1e400, 0.1e-7, 1.0, 9007199254740991, 9007199254740993, -9007199254740992, 123456789012345678901234567890';
    const text = `${LEAD}[{"a": [${numbers}]}, [${numbers}]]`;
    const expected = whole(text);
    const values = [
      -0,
      '-0.0',
      '0e0',
      '1E+5',
      '2E-0',
      '1e400',
      '-1e400',
      '0.1e-7',
      '1.0',
      9007199254740991,
      '9007199254740993',
      '-9007199254740992',
      '123456789012345678901234567890',
    ];
    expect(expected).toMatchObject({ records: [{ a: values }, values] });
    for (let place = LEAD.length; place <= text.length; place += 1) {
      expect(streamed(cut(text, [place]))).toEqual(expected);
    }
  });

  it("puts a key's equal value given again in place of the first, as lossless-json does", () => {
    // lossless-json compares a repeated key's values deeply ([1] equals {"0": 1}, 0 equals -0,
    // objects whatever the order of their keys) and, when they are equal, keeps the last.
    const text = `${LEAD}{"count": 0, "count": -0, "data": [{"a": [1], "a": {"0": 1}}, {"b": 0, "b": -0}, {"m": {"x": 1, "y": 2}, "m": {"y": 2, "x": 1}}]}`;
    const expected = whole(text);
    expect(expected).toMatchObject({ records: [{ a: { 0: 1 } }, {}, {}] });
    const last = (read: ReturnType<typeof whole>) => {
      const [, b, m] = (read.records ?? []) as Record<string, Record<string, unknown>>[];
      return [Object.is(b?.b, -0), Object.keys(m?.m ?? {}), Object.is(read.declaredCount, -0)];
    };
    expect(last(expected)).toEqual([true, ['y', 'x'], true]);
    for (let place = LEAD.length; place <= text.length; place += 1) {
      const read = streamed(cut(text, [place]));
      expect(read).toEqual(expected);
      expect(last(read)).toEqual(last(expected));
    }
  });

  it('quotes the text after a key given again as the whole-text reader does, however the text is cut', () => {
    // The second value ends near a cut: the excerpt waits for the text after it.
    for (const body of [
      '[{"a": 1, "a": 2}, {"b": 1}, {"c": "a longer value, past the excerpt"}]',
      '{"count": 1, "count": 2, "data": [{"b": 1}, {"c": "a longer value, past the excerpt"}]}',
      '{"data": [{"b": {"x": [1], "x": [2]}}, {"c": "a longer value, past the excerpt"}]}',
    ]) {
      const text = `${LEAD}${body}`;
      const expected = whole(text);
      expect(expected).toMatchObject({
        issues: [{ message: expect.stringMatching(/again.*…`$/) }],
      });
      for (let place = LEAD.length; place <= text.length; place += 1) {
        expect(streamed(cut(text, [place]))).toEqual(expected);
        expect(streamed(cut(text, [place, place + 3, place + 9]))).toEqual(expected);
      }
    }
  });

  it('reads records written by hand, keys given again and numbers JSON.stringify never writes, cut anywhere, as the whole text is read', () => {
    // Keys from a few (escaped or not), so that some come twice with equal or other values.
    const key = fc.constantFrom('"a"', '"\\u0061"', '"b"', '"__proto__"', '"\\ud83c\\udf31"');
    const value = fc.constantFrom(
      ...['-0', '0', '1', '1.0', '1E+5', '1e400', '0.1e-7', '9007199254740993', '01', '-01'],
      ...['[1]', '{"0": 1}', '[]', '{}', '{"x": 1, "y": 2}', '{"y": 2, "x": 1}', '"x"', 'null'],
    );
    const record = fc
      .array(fc.tuple(key, value), { maxLength: 5 })
      .map((members) => `{${members.map(([name, item]) => `${name}: ${item}`).join(', ')}}`);
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (records, places) => {
          const text = `${LEAD}[${records.join(',\n ')}]`;
          expect(streamed(cut(text, places))).toEqual(whole(text));
        },
      ),
      propertyRuns(20261206, { ci: 400, full: 4000 }),
    );
  });

  it('gives the place of a syntax error apart from its words, for a program to word its own way', () => {
    const reader = new JsonRecords();
    const error = (() => {
      try {
        reader.push('{"data": [\n  {"a": }\n]}');
        reader.end();
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(jsonTextProblem(error)).toEqual({
      detail: 'line 2, column 9: a \'}\' where a value was expected: `  {"a": ▶}`',
      place: expect.objectContaining({ line: 2, column: 9 }),
    });
    expect(jsonTextProblem(new BilateralError('INVALID_IMPORT', 'x'))).toBeUndefined();
  });

  it('refuses a string past MAX_JSON_STRING_CHARACTERS as the whole-text reader does', () => {
    const text = `{"data": [{"note": "${'x'.repeat(MAX_JSON_STRING_CHARACTERS + 1)}"}]}`;
    expect(streamed(cut(text, [20, 5_000_000]))).toEqual(whole(text));
  });

  it('refuses an array of records given twice under one key, which the whole-text reader reads once', () => {
    const text = '{"data": [{"a": 1}], "data": [{"a": 1}]}';
    expect(whole(text)).toMatchObject({ records: [{ a: 1 }] });
    expect(streamed(cut(text, [10]))).toEqual({
      issues: [
        {
          path: [],
          message:
            'the text is not valid JSON: line 1, column 22: the key "data" again in its object: `{"data": [{"a": 1}], ▶"data": [{"a": 1}]}`',
        },
      ],
    });
  });

  it('tells a key given twice by its line and column, as the whole-text reader does, past dropped text too', () => {
    const text = '[{"a": 1},\n {"b": 1,\n  "b": 2}]';
    expect(streamed(cut(text, [3, 15]))).toEqual({
      issues: [
        {
          path: [],
          message:
            'the text is not valid JSON: line 3, column 3: the key "b" again in its object: `  ▶"b": 2}]`',
        },
      ],
    });
    expect(streamed([text])).toEqual(whole(text));
    // 100,000 records before it, all on one line or a line each, read in 4 kB pieces.
    for (const between of [', ', ',\n ']) {
      const records = Array.from({ length: 100_000 }, (_, k) => `{"k": ${k}}`).join(between);
      const long = `[${records}${between}{"a": 1, "x": "🌱",${between.slice(1)}"a": 2}]`;
      const places = Array.from({ length: long.length / 4096 }, (_, k) => (k + 1) * 4096);
      expect(streamed(cut(long, places))).toEqual(whole(long));
    }
  });
});
