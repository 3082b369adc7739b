import { describe, expect, it } from 'vitest';
import { type GrowthMark, growthMarkText } from './growth-marks.js';
import { REPORT_WORDS } from './report-words/index.js';

const marks: readonly GrowthMark[] = [
  { kind: 'uncertain' },
  { kind: 'derived', derivation: '2017 value ÷ (1 + 8.5 %)' },
  { kind: 'gives', source: 'customs', value: '1000', difference: '50' },
  { kind: 'gives', source: 'customs', value: '900', difference: '-50' },
];

describe('growthMarkText', () => {
  it('writes each mark in English as --json gives it', () => {
    expect(marks.map((mark) => growthMarkText(mark, REPORT_WORDS.en))).toEqual([
      'uncertain',
      'derived: 2017 value ÷ (1 + 8.5 %)',
      'customs gives 1000 (+50)',
      'customs gives 900 (-50)',
    ]);
  });

  it("writes each mark in the report's language, the derivation too", () => {
    const vi = REPORT_WORDS.vi;
    expect(marks.slice(0, 2).map((mark) => growthMarkText(mark, vi))).toEqual([
      vi.uncertain,
      'suy ra: giá trị 2017 ÷ (1 + 8.5 %)',
    ]);
  });
});
