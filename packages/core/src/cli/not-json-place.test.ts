import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';

/** A broken JSON file: the command says where, in lines and columns, with an excerpt. */
describe('bilateral on a file that is not JSON', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bilateral-not-json-'));
    await writeFile(at('b.json'), '{"a": 1,\n "b": }');
    await writeFile(at('crlf.json'), '\uFEFF{"a": 1,\r\n "b": "Lào 🇱🇦",\r\n "c": [1 2]}');
    await writeFile(at('cut.json'), `{"flows": [${'{"v": 1}, '.repeat(100_000)}{"v": `);
    await writeFile(at('control.json'), '{"title": "a\tb"}');
    await writeFile(at('cut-line.json'), '{"id": "x", \n');
    // JSON.parse keeps the last of a key given twice: the first value was dropped unsaid.
    await writeFile(at('twice.json'), '{"flows": [{"value": "1",\n  "value": "2"}]}');
    await writeFile(at('escaped.json'), '{"id": "x", "\\u0069d": "y"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    [
      'b.json',
      `is not valid JSON: line 2, column 7: a '}' where a value was expected: \` "b": ▶}\``,
    ],
    [
      'crlf.json',
      "is not valid JSON: line 3, column 10: a '2' where ',' or ']' was expected: ` \"c\": [1 ▶2]}`",
    ],
    [
      'cut.json',
      'is not valid JSON: line 1, column 1000018: the text ends inside an object: `…1}, {"v": 1}, {"v": 1}, {"v": ▶`',
    ],
    [
      'control.json',
      'is not valid JSON: line 1, column 13: a control character (U+0009) inside a string: `{"title": "a▶\\u0009b"}`',
    ],
    [
      'twice.json',
      'is not valid JSON: line 2, column 3: the key "value" again in its object: `  ▶"value": "2"}]}`',
    ],
    [
      'escaped.json',
      'is not valid JSON: line 1, column 13: the key "id" again in its object: `{"id": "x", ▶"\\u0069d": "y"}`',
    ],
  ])('validate %s: the line, the column, what is there and an excerpt', async (name, said) => {
    const { code, err } = await bilateral('validate', at(name));
    expect(code).toBe(2);
    expect(err).toBe(`bilateral validate: ${at(name)} ${said}`);
  });

  it('--json: the same message, and the place as data', async () => {
    const { out } = await bilateral('validate', at('crlf.json'), '--json');
    expect(JSON.parse(out)).toEqual({
      ok: false,
      command: 'validate',
      error: {
        code: 'NOT_JSON',
        message: `${at('crlf.json')} is not valid JSON: line 3, column 10: a '2' where ',' or ']' was expected: \` "c": [1 ▶2]}\``,
        issues: [],
        place: { line: 3, column: 10 },
      },
    });
  });

  it('a file cut short on an empty line: the excerpt is the last line with text', async () => {
    const said =
      'is not valid JSON: line 2, column 1: the text ends inside an object: `{"id": "x", ▶`';
    const { code, err } = await bilateral('validate', at('cut-line.json'));
    expect(code).toBe(2);
    expect(err).toBe(`bilateral validate: ${at('cut-line.json')} ${said}`);
    const { out } = await bilateral('validate', at('cut-line.json'), '--json');
    expect(JSON.parse(out).error).toMatchObject({
      message: `${at('cut-line.json')} ${said}`,
      place: { line: 2, column: 1 },
    });
  });

  it('import comtrade: the place of the syntax error', async () => {
    const { code, err } = await bilateral('import', 'comtrade', at('b.json'), '-o', at('x.json'));
    expect(code).toBe(2);
    expect(err).toContain(
      `${at('b.json')} is not valid JSON: line 2, column 7: a '}' where a value was expected`,
    );
  });
});
