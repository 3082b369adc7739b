import { describe, expect, it } from 'vitest';
import { wrapText } from './reconcile-command-wrap.js';
import { displayWidth } from './text-table.js';

describe('wrapText', () => {
  it('breaks English at spaces, an interval and its scale on one line', () => {
    expect(wrapText('Exports US$159.6 M [159.55, 159.65) M plus imports', 30, 'en')).toEqual([
      'Exports US$159.6 M',
      '[159.55, 159.65) M plus',
      'imports',
    ]);
  });

  it('keeps an amount with its scale word', () => {
    // "about US$800.0" ended a line and "B, within (620, 1100) B." began the next.
    expect(wrapText('at about US$800.0 B, within (620, 1100) B.', 18, 'en')).toEqual([
      'at about',
      'US$800.0 B, within',
      '(620, 1100) B.',
    ]);
    expect(wrapText('xuất khẩu 159,6 triệu USD [159,55; 159,65) triệu', 18, 'vi')).toEqual([
      'xuất khẩu',
      '159,6 triệu USD',
      '[159,55; 159,65) triệu',
    ]);
  });

  it('keeps a Vietnamese interval with its scale word', () => {
    expect(wrapText('xuất khẩu 159,6 triệu USD [159,55; 159,65) triệu cộng', 30, 'vi')).toEqual([
      'xuất khẩu 159,6 triệu USD',
      '[159,55; 159,65) triệu cộng',
    ]);
  });

  it('breaks Chinese between characters by columns, never before closing punctuation', () => {
    const lines = wrapText(
      '出口1.596亿美元 [1.5955, 1.5965)亿加进口1.79亿美元；公布的贸易额一致。',
      20,
      'zh',
    );
    expect(lines).toEqual([
      '出口1.596亿美元',
      '[1.5955, 1.5965)亿加',
      '进口1.79亿美元；公布',
      '的贸易额一致。',
    ]);
    expect(lines.every((line) => displayWidth(line) <= 20)).toBe(true);
    // A dash stays whole and does not start a line.
    // An interval right after a character stays whole, with no space put before it.
    expect(wrapText('推算出2023贸易额(70.9571, 71.0496)亿；出口', 30, 'zh')).toEqual([
      '推算出2023贸易额',
      '(70.9571, 71.0496)亿；出口',
    ]);
    expect(wrapText('不一致——两者', 6, 'zh')).toEqual(['不一', '致——两', '者']);
  });
});
