import { describe, expect, it, vi } from 'vitest';
import { terminalText } from './terminal-text.js';
import { displayWidth, textTable } from './text-table.js';

describe('textTable: columns aligned as a terminal shows them', () => {
  it('counts a combining mark as no column and an East Asian wide character as two', () => {
    expect(displayWidth('Việt Nam')).toBe(8);
    expect(displayWidth('Vie\u0302\u0323t Nam')).toBe(8);
    expect(displayWidth('15亿美元')).toBe(8);
    expect(displayWidth('老挝')).toBe(4);
    expect(displayWidth('ລາວ')).toBe(3);
  });

  it('counts text below U+0300 a column a character, and what is above by its characters', () => {
    expect(displayWidth('US$9.23 million')).toBe(15);
    expect(displayWidth('\u00A0ÿ\u02FF\t')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('A\u0300\u0300')).toBe(1);
    expect(displayWidth('US$1 — 𠀀')).toBe(9);
  });

  it('cuts text into graphemes only when it holds a picture (a report of a million rows in vi)', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const words = ['Xuất khẩu', 'Vie\u0302\u0323t Nam', '15亿美元', 'ລາວ', 'US$1 — 𠀀'];
      expect(words.map(displayWidth)).toEqual([9, 8, 8, 3, 9]);
      expect(segment).not.toHaveBeenCalled();
      expect(displayWidth('🌾 lúa')).toBe(6);
      expect(segment).toHaveBeenCalledTimes(1);
    } finally {
      segment.mockRestore();
    }
  });

  it('counts an emoji shown as a picture as two columns, however many code points make it', () => {
    // 😀 and ✅ are wide; ❤️ and #️⃣ by their VS16; a flag and a ZWJ family one picture each.
    expect(['😀', '✅', '❤️', '#️⃣', '🇻🇳', '👨‍👩‍👧'].map(displayWidth)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(['❤', '1', '©'].map(displayWidth)).toEqual([1, 1, 1]); // text presentation
    const table = textTable(
      ['name', 'v'],
      [
        ['🌾 rice', '1'],
        ['rice', '2'],
      ],
      ['left', 'right'],
    );
    const [, , emoji, plain] = table.split('\n');
    expect(displayWidth(emoji ?? '')).toBe(displayWidth(plain ?? ''));
    expect(emoji).toBe('  🌾 rice  1');
  });

  it('aligns Chinese amounts under their header (was one column short per character)', () => {
    const table = textTable(['exports', 'cover'], [['26.8亿美元', '1.60']], ['right', 'right']);
    const [header, , row] = table.split('\n');
    // Right-aligned columns end at the same terminal column.
    expect(displayWidth(header ?? '')).toBe(displayWidth(row ?? ''));
    expect(row).toBe('  26.8亿美元   1.60');
  });

  it('writes a tab or a line feed in a cell as a space, so the columns after it stay aligned', () => {
    const table = textTable(
      ['source', 'value'],
      [
        ['Customs\tGSO', '1'],
        ['two\nlines', '22'],
        ['plain', '333'],
      ],
      ['left', 'right'],
    );
    // As the command writes it: terminalText removes what a terminal must not get, not a tab.
    const lines = terminalText(table, false).split('\n');
    expect(lines).toEqual([
      '  source       value',
      '  ───────────  ─────',
      '  Customs GSO      1',
      '  two lines       22',
      '  plain          333',
    ]);
  });

  it('pads a cell to the width the terminal shows once the controls it must not get are gone', () => {
    const table = textTable(
      ['name', 'n'],
      [
        ['bell\u0007', '1'],
        ['ok', '22'],
      ],
      ['left', 'right'],
    );
    expect(terminalText(table, false).split('\n').slice(2)).toEqual(['  bell   1', '  ok    22']);
  });
});
