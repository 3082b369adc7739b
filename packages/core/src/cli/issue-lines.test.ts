import { describe, expect, it } from 'vitest';
import type { BilateralIssue } from '../errors/index.js';
import { delimiterHint } from '../io/_records.js';
import { issueJson, issueLine, issueLines, issueMessage, issuesMessage } from './issue-lines.js';

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
    expect(issueLines([hinted, hinted], '  - ')).toEqual([
      `  - reporter: ${words}`,
      `  - reporter: ${words}`,
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
});
