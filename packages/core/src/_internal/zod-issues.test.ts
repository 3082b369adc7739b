import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DecimalStringSchema } from '../money/money-schema.js';
import { issuesFromZod, parseWithSchema } from './zod-issues.js';

/** The messages `schema` gives `input`, as parseWithSchema words them (the input known). */
function messages(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return issuesFromZod(result.error?.issues ?? [], input).map((issue) => issue.message);
}

const Kind = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level') }),
  z.object({ kind: z.literal('growth') }),
  z.object({ kind: z.literal('share') }),
]);

describe('issuesFromZod', () => {
  it('says a missing field is missing, not that a string was expected', () => {
    expect(messages(z.object({ date: z.string() }), {})).toEqual(['is missing']);
    expect(messages(z.object({ at: z.object({ date: z.string() }) }), { at: {} })).toEqual([
      'is missing',
    ]);
  });

  it.each([
    [z.string(), 1.5, 'must be a string, found a number (1.5)'],
    [z.string(), [], 'must be a string, found an array'],
    [z.string(), null, 'must be a string, found null'],
    [z.number(), '3', 'must be a number, found the string "3"'],
    [z.boolean(), 'yes', 'must be true or false, found the string "yes"'],
    [z.array(z.string()), {}, 'must be an array, found an object'],
    [z.tuple([z.string(), z.string()]), {}, 'must be an array, found an object'],
    [z.object({}), true, 'must be an object, found true'],
  ])('names what it found where a type is wrong: %#', (schema, input, message) => {
    expect(messages(schema, input)).toEqual([message]);
  });

  it('tells a JSON number where a decimal string belongs, with the string to write and why', () => {
    expect(messages(z.object({ value: DecimalStringSchema }), { value: 1.5 })).toEqual([
      'must be a decimal written as a string: "1.5", not the JSON number 1.5 (a JSON number may lose digits)',
    ]);
    expect(messages(DecimalStringSchema, 1e21)).toEqual([
      'must be a decimal written as a string, e.g. "491.9", not a JSON number (this one reads as 1e+21: a JSON number may lose digits)',
    ]);
    expect(messages(DecimalStringSchema, 0.12345678901234568)).toEqual([
      'must be a decimal written as a string, e.g. "491.9", not a JSON number (this one reads as 0.12345678901234568: a JSON number may lose digits)',
    ]);
    // 12345678901234567890 in the file reads as …000: the message does not claim it was written.
    expect(messages(DecimalStringSchema, JSON.parse('12345678901234567890'))).toEqual([
      'must be a decimal written as a string, e.g. "491.9", not a JSON number (this one reads as 12345678901234567000: a JSON number may lose digits)',
    ]);
    expect(messages(z.object({ value: DecimalStringSchema }), {})).toEqual(['is missing']);
  });

  it('lists the allowed values of an enum, a literal and a discriminator', () => {
    expect(messages(z.enum(['export', 'import']), 'exp')).toEqual([
      'must be "export" or "import", found the string "exp"',
    ]);
    expect(messages(z.literal('level'), 'levle')).toEqual([
      'must be "level", found the string "levle"',
    ]);
    expect(messages(Kind, { kind: 'levle' })).toEqual([
      'must be one of "level", "growth" or "share", found the string "levle"',
    ]);
    expect(messages(Kind, {})).toEqual(['is missing: must be one of "level", "growth" or "share"']);
  });

  it('abbreviates a long list of allowed values after eight', () => {
    const letters = 'abcdefghijkl'.split('');
    expect(messages(z.enum(letters as [string, ...string[]]), 'z')).toEqual([
      'must be one of "a", "b", "c", "d", "e", "f", "g", "h" and 4 more, found the string "z"',
    ]);
  });

  it('says a value that matches no form of a union, with what it found', () => {
    expect(messages(z.union([z.string(), z.array(z.string())]), 3)).toEqual([
      'matches none of the forms allowed here (found a number (3))',
    ]);
  });

  it.each([
    [z.string().check(z.minLength(2)), 'a', 'must have at least 2 characters'],
    [z.array(z.string()).check(z.maxLength(1)), ['a', 'b'], 'must have at most 1 item'],
    [z.number().check(z.minimum(1)), 0, 'must be at least 1'],
    [z.number().check(z.lt(5)), 5, 'must be less than 5'],
    [z.number().check(z.multipleOf(2)), 3, 'must be a multiple of 2'],
    [z.strictObject({}), { a: 1 }, 'unknown key "a"'],
    [
      z.record(z.string().check(z.regex(/^[a-z]+$/, 'must be lowercase letters')), z.int()),
      { Lao: 1 },
      'is not a valid key: it must be lowercase letters',
    ],
  ])('words sizes, bounds and keys: %#', (schema, input, message) => {
    expect(messages(schema, input)).toEqual([message]);
  });

  it('words what it can without the input', () => {
    const result = z.object({ date: z.string(), kind: z.enum(['a', 'b']) }).safeParse({});
    expect(issuesFromZod(result.error?.issues ?? [])).toEqual([
      { path: ['date'], message: 'must be a string' },
      { path: ['kind'], message: 'must be "a" or "b"' },
    ]);
  });

  it('keeps paths and counts, the input known by parseWithSchema', () => {
    expect(() =>
      parseWithSchema(
        z.object({ flows: z.array(z.object({ value: DecimalStringSchema })) }),
        { flows: [{ value: '1' }, {}] },
        'INVALID_INPUT',
      ),
    ).toThrowError(
      expect.objectContaining({ issues: [{ path: ['flows', 1, 'value'], message: 'is missing' }] }),
    );
  });
});
