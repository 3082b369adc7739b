import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { JsonNumbers, jsonPieces, jsonText } from './json-text.js';

/** `numbers` as a list handed out in pieces cut at `cuts`. */
function listOf(numbers: readonly number[], cuts: readonly number[]): JsonNumbers {
  return new JsonNumbers(function* () {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      yield numbers.slice(from, Math.max(from, cut));
      from = Math.max(from, cut);
    }
    yield numbers.slice(from);
  });
}

describe('jsonPieces', () => {
  it('makes the text of jsonText, with each list written as the array of its numbers', () => {
    const numbers = fc.array(fc.nat(), { maxLength: 30 });
    const cuts = fc.array(fc.nat(30), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        fc.array(fc.tuple(numbers, cuts), { minLength: 1, maxLength: 3 }),
        fc.string(),
        (other, lists, text) => {
          const value = { other, text, lists: lists.map(([n, at]) => ({ rows: listOf(n, at) })) };
          const plain = { other, text, lists: lists.map(([n]) => ({ rows: n })) };
          expect([...jsonPieces(value)].join('\n')).toBe(jsonText(plain));
        },
      ),
      propertyRuns(20261203, { ci: 100, full: 1000 }),
    );
  });

  it('hands out a long list in pieces of whole lines, each made when the one before is taken', () => {
    let made = 0;
    const rows = new JsonNumbers(function* () {
      for (let at = 0; at < 100; at += 1) {
        made += 1;
        yield Array.from({ length: 1000 }, (_, n) => at * 1000 + n);
      }
    });
    const pieces = jsonPieces({ result: { records: 3, flowRows: rows, notes: ['\u202e'] } });
    const first = pieces.next();
    expect(first.done).toBe(false);
    expect(made).toBeLessThan(10);
    const text = [first.value, ...pieces].join('\n');
    expect(made).toBe(100);
    expect(text).toBe(
      jsonText({
        result: {
          records: 3,
          flowRows: Array.from({ length: 100_000 }, (_, n) => n),
          notes: ['\u202e'],
        },
      }),
    );
    expect(text).toContain('\\u202e');
  });

  it('writes long arrays an element at a time with the text of jsonText', () => {
    const row = (n: number) => ({
      id: n,
      name: `flow \u202e${n}`,
      when: new Date(n),
      tags: [n, 'x'],
    });
    const long = Array.from({ length: 2500 }, (_, n) =>
      n % 7 === 0 ? undefined : n % 11 === 0 ? Array.from({ length: 1100 }, (_, m) => m) : row(n),
    );
    const value = { ok: true, result: { flows: long, empty: [], nested: [[long]], after: 'end' } };
    expect([...jsonPieces(value)].join('\n')).toBe(jsonText(value));
    expect([...jsonPieces(long)].join('\n')).toBe(jsonText(long));
    const lists = Array.from({ length: 1024 }, (_, n) => listOf([n, n + 1], [1]));
    expect([...jsonPieces({ lists })].join('\n')).toBe(
      jsonText({ lists: Array.from({ length: 1024 }, (_, n) => [n, n + 1]) }),
    );
  });

  it("makes a list's elements as it hands them out, not all before its first piece", () => {
    // A report's trade sections (fewer than a thousand, each of many rows made when read): the
    // rows of every section were made, and their text, before the reader got a line.
    let made = 0;
    const sections = Array.from({ length: 100 }, (_, n) => ({
      get rows() {
        made += 1;
        return Array.from({ length: 100 }, (_, m) => ({ period: `${n}-${m}`, value: m }));
      },
    }));
    const pieces = jsonPieces({ ok: true, result: { trade: sections } });
    expect(pieces.next().done).toBe(false);
    expect(made).toBeLessThan(20);
    expect([...pieces].length).toBeGreaterThan(1);
    expect(made).toBe(100);
  });

  // Its own timeout: each of its 537 M characters is written by JSON.stringify, checked for the
  // raw characters jsonText escapes and joined into a piece (a CPU profile of this test alone:
  // JSON.stringify 40%, garbage collection 24%, the joins 17%, the check 17%), so it takes seconds
  // however it is written: 1.9-3.3 s alone on a shared 2-core host at load 7-12 (2.1-2.7 s with
  // 70,000 strings), 7-9 s on an idle CI host, 33 s on a loaded one: past the suite's 30 s.
  it('writes a value whose text is longer than the longest string V8 can make', {
    timeout: 120_000,
  }, () => {
    // 2^16 times the same 8 kB string: little memory, but 537.5 M characters of text, just past
    // the 2^29 - 24 of V8's longest string (as one text, JSON.stringify throws a RangeError).
    const line = 'a'.repeat(8192);
    const value = { ok: true, result: { flows: Array.from({ length: 2 ** 16 }, () => line) } };
    let length = 0;
    let pieces = 0;
    let first = '';
    let last = '';
    for (const piece of jsonPieces(value)) {
      if (pieces === 0) first = piece;
      last = piece;
      length += piece.length + 1;
      pieces += 1;
    }
    expect(length - 1).toBe(
      '{\n  "ok": true,\n  "result": {\n    "flows": [\n'.length +
        2 ** 16 * `      "${line}",\n`.length -
        2 +
        '\n    ]\n  }\n}'.length,
    );
    expect(length).toBeGreaterThan(2 ** 29);
    expect(
      first.startsWith(`{\n  "ok": true,\n  "result": {\n    "flows": [\n      "${line}",\n`),
    ).toBe(true);
    expect(last.endsWith(`\n      "${line}"\n    ]\n  }\n}`)).toBe(true);
  });
});
