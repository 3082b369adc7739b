import { describe, expect, it } from 'vitest';
import type { BilateralIssue } from '../errors/index.js';
import { delimiterHint } from '../io/_records.js';
import {
  cappedMessage,
  issueJson,
  issueLine,
  issueLines,
  issueMessage,
  issuesMessage,
} from './issue-lines.js';

const hinted: BilateralIssue = {
  path: ['reporter'],
  message: '"QQQ" is not an economy code Bilateral knows; listEconomies() lists them all',
  hint: { code: 'LIST_ECONOMIES', message: 'listEconomies() lists them all' },
};

describe('issue lines', () => {
  it("word a hint as the command's user can follow it, never with the library's function", () => {
    const words =
      '"QQQ" is not an economy code Bilateral knows; "bilateral economies" lists them all';
    expect(issueMessage(hinted)).toBe(words);
    expect(issueLine(hinted)).toBe(`reporter: ${words}`);
    expect(issueLines([hinted, { ...hinted, path: ['partner'] }], '  - ')).toEqual([
      `  - reporter, partner: ${words}`,
    ]);
    expect(issueJson(hinted)).toEqual({
      path: ['reporter'],
      message: words,
      hint: { code: 'LIST_ECONOMIES', message: '"bilateral economies" lists them all' },
    });
    expect(issuesMessage([hinted])).toBe(`reporter: ${words}`);
    expect(issuesMessage([hinted, { path: [], message: 'empty' }])).toBe(
      `2 problems\n  - reporter: ${words}\n  - empty`,
    );
    for (const text of [issueLine(hinted), issuesMessage([hinted])]) {
      expect(text).not.toMatch(/\w\(\)/);
    }
  });

  it("word the hint's words also when a caller wrote more after them", () => {
    const lined = { ...hinted, message: `${hinted.message} (line 3)` };
    expect(issueMessage(lined)).toBe(
      '"QQQ" is not an economy code Bilateral knows; "bilateral economies" lists them all (line 3)',
    );
  });

  it("word a hint that carries a value with that value, as the command's flag takes it", () => {
    const words = (delimiter: ',' | '\t' | ';') => {
      const hint = delimiterHint(delimiter);
      const issue = { path: ['header'], message: `give that delimiter (${hint.message})`, hint };
      return [issueMessage(issue), issueJson(issue).hint?.message];
    };
    expect(words('\t')).toEqual(['give that delimiter (--delimiter tab)', '--delimiter tab']);
    expect(words(';')).toEqual(["give that delimiter (--delimiter ';')", "--delimiter ';'"]);
    expect(words(',')).toEqual(['give that delimiter (--delimiter comma)', '--delimiter comma']);
  });

  it('write an issue without a hint as its message', () => {
    const issue = { path: ['flows', 0, 'value'], message: 'must be a decimal' };
    expect(issueLine(issue)).toBe('flows[0].value: must be a decimal');
    expect(issueJson(issue)).toEqual(issue);
  });

  it('cut a message past 2,000 characters, counting what it leaves out in thousands', () => {
    // --json's error.message of an import of 12,345 bad rows ended '… (11994 more characters)'.
    expect(cappedMessage('x'.repeat(13_994))).toBe(`${'x'.repeat(2000)}… (11,994 more characters)`);
    expect(cappedMessage('x'.repeat(2000))).toBe('x'.repeat(2000));
  });

  it('cut a message before a character written in two UTF-16 units, not between them', () => {
    // An emoji across the 2,000th unit was cut in half: a lone surrogate, not valid UTF-8 text.
    const text = `${'x'.repeat(1999)}😀${'y'.repeat(10)}`;
    expect(cappedMessage(text)).toBe(`${'x'.repeat(1999)}… (12 more characters)`);
    expect(cappedMessage(`${'x'.repeat(1998)}😀${'y'.repeat(10)}`)).toBe(
      `${'x'.repeat(1998)}😀… (10 more characters)`,
    );
  });
});

describe('issues alike, said once (h302)', () => {
  const currency = (index: number) => ({
    path: ['flows', index, 'currency'],
    message: 'must be an ISO 4217 currency code, e.g. "USD", "VND", "LAK"',
  });
  const precision = (index: number) => ({
    path: ['flows', index, 'precision'],
    message: `the value ${index} has digits finer than its precision 100000`,
  });

  it('writes issues of one message as one line: its first three paths and how many in all', () => {
    const issues = [0, 1, 2, 3, 4].flatMap((index) => [currency(index), precision(index)]);
    expect(issueLines(issues, '  ')).toEqual([
      '  flows[0].currency, flows[1].currency, flows[2].currency and 2 more (5 in all): must be an ISO 4217 currency code, e.g. "USD", "VND", "LAK"',
      ...[0, 1, 2, 3, 4].map((index) => `  ${issueLine(precision(index))}`),
    ]);
    // Up to three, every path.
    expect(issueLines([currency(7), currency(9)], '  ')).toEqual([
      `  flows[7].currency, flows[9].currency: ${currency(0).message}`,
    ]);
  });

  it('takes the line an importer names as the place, not the message', () => {
    const usd = (row: number) => ({
      path: ['rows', row, 'currency'],
      message: `"usd" is not an ISO 4217 currency code: did you mean USD? (line ${row + 2})`,
    });
    const rows = Array.from({ length: 300 }, (_, row) => usd(row));
    expect(issueLines(rows, '  ')).toEqual([
      '  rows[0].currency (line 2), rows[1].currency (line 3), rows[2].currency (line 4) and 297 more (300 in all): "usd" is not an ISO 4217 currency code: did you mean USD?',
    ]);
    expect(issuesMessage(rows)).toBe(
      '300 problems\n  - rows[0].currency (line 2), rows[1].currency (line 3), rows[2].currency (line 4) and 297 more (300 in all): "usd" is not an ISO 4217 currency code: did you mean USD?',
    );
    // Kept and counted (an import of more than 1,000): the line says how many were kept (those
    // only counted may be of this message too), and the count in all is said below.
    expect(issuesMessage(rows, 1500).split('\n')).toEqual([
      '1,500 problems',
      '  - rows[0].currency (line 2), rows[1].currency (line 3), rows[2].currency (line 4) and 297 more (300 kept): "usd" is not an ISO 4217 currency code: did you mean USD?',
      '  … and 1,200 more problems (counted, not kept)',
    ]);
  });

  it('takes the file and line DuckDB’s engine starts a message with as the place too', () => {
    const comma = (row: number) => ({
      path: ['files', 0, 'rows', row, 'primaryValue'],
      message: `a b.csv line ${row + 2}: "1,5" has a comma as the decimal separator`,
    });
    expect(issueLines([comma(0), comma(1), comma(2), comma(3)], '  ')).toEqual([
      '  files[0].rows[0].primaryValue (a b.csv line 2), files[0].rows[1].primaryValue (a b.csv line 3), files[0].rows[2].primaryValue (a b.csv line 4) and 1 more (4 in all): "1,5" has a comma as the decimal separator',
    ]);
    // One alone is written as it is.
    expect(issueLines([comma(0)], '  ')).toEqual([`  ${issueLine(comma(0))}`]);
  });

  it('says a message of the input as a whole once, with how many times', () => {
    const empty = { path: [], message: 'empty' };
    expect(issueLines([empty, empty, empty], '  ')).toEqual(['  empty (3 times)']);
    // Of the problems kept, when others were only counted.
    expect(issueLines([empty, empty, empty], '  ', 5)).toEqual([
      '  empty (3 kept)',
      '  … and 2 more problems (counted, not kept)',
    ]);
  });

  it('counts the issues past the lines it writes, not the lines', () => {
    // 60 messages, the first twice: 50 lines, and 10 issues after them.
    const issues = [
      precision(0),
      precision(0),
      ...Array.from({ length: 59 }, (_, i) => precision(i + 1)),
    ];
    const lines = issueLines(issues, '  ');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(`  flows[0].precision, flows[0].precision: ${precision(0).message}`);
    expect(lines.at(-1)).toBe('  … and 10 more (--json lists them all)');
  });
});
