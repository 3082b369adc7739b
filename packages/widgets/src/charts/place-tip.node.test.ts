import { describe, expect, it } from 'vitest';
import { markBox, unitBox } from './boxes.js';
import { layTip } from './place-tip.js';

const anchor = { x: 320, y: 120, r: 9 };
const plot = (width: number) => ({ x: 0, y: 0, width, height: 240 });

describe('layTip', () => {
  it('sizes a Latin tip at 7.2 px a character, plus its padding', () => {
    expect(layTip('2024: US$1.2 billion', anchor, [], plot(640)).box.width).toBe(20 * 7.2 + 16);
  });

  it('sizes a tip by the widths it is given (its lines as drawn), breaking where they say', () => {
    // A font twice as wide as the estimate (14.4px a character): the box and the lines follow it.
    const drawn = (line: string) => line.length * 14.4;
    expect(layTip('ປະມານ +30%', anchor, [], plot(640), [], drawn).box.width).toBe(10 * 14.4 + 16);
    const { rows } = layTip('2024: ປະມານ 2,2 ຕື້ USD, ປະມານ +30%', anchor, [], plot(400), [], drawn);
    expect(rows.map((row) => row.text)).toEqual(['2024: ປະມານ 2,2 ຕື້ USD,', 'ປະມານ +30%']);
  });

  it('counts a full-width (Chinese) character at 1 em, 12 px, so a zh tip fits its box', () => {
    // 15 narrow characters ('2025', '29.8', '+32.7%', ' ') and 12 full-width ones ('：', '亿美元',
    // '，', '同比', '（公布数）'): 108 + 144 px of text, 16 of padding (at 7.2 px each: 211).
    const { box, rows } = layTip('2025：29.8亿美元，+32.7% 同比（公布数）', anchor, [], plot(640));
    expect(rows.map((row) => row.text)).toEqual(['2025：29.8亿美元，+32.7% 同比（公布数）']);
    expect(box.width).toBe(15 * 7.2 + 12 * 12 + 16);
  });

  it("counts no width for Lao's vowel and tone marks above and below a letter", () => {
    const width = (line: string) => layTip(line, anchor, [], plot(640)).box.width;
    // 'ຕື້' carries two marks, 'ກັບ', 'ປີ' and 'ກ່ອນ' one each: the line is as wide without them.
    expect(width('2025: 2,98 ຕື້ USD, +32,7% ທຽບກັບປີກ່ອນ')).toBe(
      width('2025: 2,98 ຕ USD, +32,7% ທຽບກບປກອນ'),
    );
    expect(width('ກ່ອນ')).toBe(width('ກອນ'));
    // U+0ECE LAO YAMAKKAN (Unicode 15), a mark above too (review h130 F16 h).
    expect(width('ສ\u0eceຕ')).toBe(width('ສຕ'));
    expect(width('ສຕ')).toBeLessThan(width('ສຕຕ'));
  });

  it('breaks a zh tip after "，" and before "（" when it does not fit on one line', () => {
    const lines = (width: number) =>
      layTip('2018：10.3亿美元（约数），+11.9% 同比（公布数）', anchor, [], plot(width)).rows.map(
        (row) => row.text,
      );
    expect(lines(240)).toEqual(['2018：10.3亿美元（约数），', '+11.9% 同比（公布数）']);
    expect(lines(140)).toEqual(['2018：10.3亿美元', '（约数），', '+11.9% 同比', '（公布数）']);
  });

  it('breaks a zh phrase too long for the box between two Chinese characters', () => {
    // h333's sweep, 280px: '但按公布的数值计算为约+15%）' (199px as a line) was as narrow as the
    // tip of 2018 could be, too wide for the room beside the band's upper value.
    const lines = layTip(
      '2018：10.3亿美元（数值不确定），+11.9% 同比（公布数，但按公布的数值计算为约+15%）',
      anchor,
      [],
      plot(140),
    ).rows.map((row) => row.text);
    expect(lines).toEqual([
      '2018：10.3亿美元',
      '（数值不确定），',
      '+11.9% 同比',
      '（公布数，但按公布的',
      '数值计算为约+15%）',
    ]);
  });

  it('keeps whole the Chinese characters right after a number or a Latin word', () => {
    // r27c: '2018：10.3亿美' / '元' at 120px and '2018：10.3亿' / '美元' at 100, as a sentence
    // never writes an amount ('82.3' / '亿美元': messages-zh.ts); nor a quarter, nor 'GDP增长'.
    const lines = (text: string, width: number) =>
      layTip(text, anchor, [], plot(width)).rows.map((row) => row.text);
    const tip = '2018：10.3亿美元（数值不确定），+11.9% 同比（公布数，但按公布的数值计算为约+15%）';
    expect(lines(tip, 120)).toEqual([
      '2018：10.3亿美元',
      '（数值不确定），',
      '+11.9% 同比',
      '（公布数，但按公',
      '布的数值计算为',
      '约+15%）',
    ]);
    expect(lines(tip, 100).slice(0, 3)).toEqual(['2018：10.3亿美元', '（数值不确', '定），']);
    expect(lines('2024年第3季度：约35.8亿美元，GDP增长约+15%', 100)).toEqual([
      '2024年第3季度：约35.8亿美元，',
      'GDP增长约+15%',
    ]);
  });

  it('breaks a phrase too long for the box between its words, never at a no-break space', () => {
    const lines = (width: number) =>
      layTip(
        '2024: US$2.2 billion (approximate), about +30\u00a0% year on year',
        { x: 60, y: 200, r: 9 },
        [],
        {
          x: 0,
          y: 0,
          width,
          height: 240,
        },
      ).rows.map((row) => row.text);
    // Where the phrases fit, at them only.
    expect(lines(198)).toEqual([
      '2024: US$2.2 billion',
      '(approximate),',
      'about +30\u00a0% year on year',
    ]);
    // QA h135 Q7: 'about +30 % year on year' (189px) was as narrow as the tip could be, across
    // a 198px plot.
    expect(lines(160)).toEqual([
      '2024: US$2.2 billion',
      '(approximate), about',
      '+30\u00a0% year on year',
    ]);
    expect(lines(120)).toEqual([
      '2024: US$2.2',
      'billion',
      '(approximate),',
      'about +30\u00a0%',
      'year on year',
    ]);
  });

  it('puts a narrower, taller layout near its point rather than a wider one far from it', () => {
    // A line of six points, the fifth active: no layout fits above, below or beside it, and the
    // two-line layout's free place nearest it is at the top left, 127px away (QA h110 F3).
    const points = [65, 95, 125, 155, 185, 45].map((y, index) => ({ x: 40 + index * 50, y }));
    const { box, rows } = layTip(
      '2024: US$8.23 billion, +15.91 % year on year (published)',
      { x: 240, y: 185, r: 9 },
      points.filter((_, index) => index !== 4).map((point) => markBox(point.x, point.y)),
      { x: 0, y: 0, width: 300, height: 220 },
      [unitBox('US$ billion')],
    );
    expect(rows).toHaveLength(3);
    // 17px left of the point's centre: 8px off its 9px focus ring.
    expect(box).toEqual({ x: 48, y: 160, width: 175, height: 58 });
  });

  it('tries the same lines broken elsewhere, narrower, before more lines (Laos–China, 390px)', () => {
    // The last of four points, at the top right: 333px wide on two lines it fits only at the
    // bottom left, over the value axis; 254px wide, on two lines too, it fits beside the point.
    const { box, rows } = layTip(
      '2024: US$8.23 billion, +15.91 % year on year (published)',
      { x: 338, y: 62, r: 9 },
      [markBox(90, 130), markBox(152, 118), markBox(276, 78)],
      { x: 0, y: 0, width: 356, height: 200 },
      [unitBox('US$ billion')],
    );
    expect(rows.map((row) => row.text)).toEqual([
      '2024: US$8.23 billion,',
      '+15.91 % year on year (published)',
    ]);
    expect(box.width).toBe(254);
  });

  it('puts a narrower layout beside its point before a wider one in the free strip at the top', () => {
    // Review h113 F2: on one line the tip fits only 71px above its point or higher (over the
    // marks at the left); on two it fits right above it.
    const { box, rows } = layTip(
      '2025: US$2.98 billion, +32.7 % year on year (published), Vietnam customs',
      { x: 320, y: 200, r: 4 },
      [markBox(120, 160), markBox(120, 175), markBox(120, 222)],
      { x: 0, y: 0, width: 640, height: 240 },
    );
    expect(rows).toHaveLength(2);
    expect(box.y).toBe(200 - 4 - 6 - box.height);
  });
});
