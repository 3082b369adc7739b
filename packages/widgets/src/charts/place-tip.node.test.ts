import { describe, expect, it } from 'vitest';
import { layTip } from './place-tip.js';

const anchor = { x: 320, y: 120, r: 9 };
const plot = (width: number) => ({ x: 0, y: 0, width, height: 240 });

describe('layTip', () => {
  it('sizes a Latin tip at 7.2 px a character, plus its padding', () => {
    expect(layTip('2024: US$1.2 billion', anchor, [], plot(640)).box.width).toBe(20 * 7.2 + 16);
  });

  it('counts a full-width (Chinese) character at 1 em, 12 px, so a zh tip fits its box', () => {
    // 15 narrow characters ('2025', '29.8', '+32.7%', ' ') and 12 full-width ones ('：', '亿美元',
    // '，', '同比', '（公布数）'): 108 + 144 px of text, 16 of padding (at 7.2 px each: 211).
    const { box, rows } = layTip('2025：29.8亿美元，+32.7% 同比（公布数）', anchor, [], plot(640));
    expect(rows.map((row) => row.text)).toEqual(['2025：29.8亿美元，+32.7% 同比（公布数）']);
    expect(box.width).toBe(15 * 7.2 + 12 * 12 + 16);
  });

  it('breaks a zh tip after "，" and before "（" when it does not fit on one line', () => {
    const lines = (width: number) =>
      layTip('2018：10.3亿美元（约数），+11.9% 同比（公布数）', anchor, [], plot(width)).rows.map(
        (row) => row.text,
      );
    expect(lines(240)).toEqual(['2018：10.3亿美元（约数），', '+11.9% 同比（公布数）']);
    expect(lines(140)).toEqual(['2018：10.3亿美元', '（约数），', '+11.9% 同比', '（公布数）']);
  });
});
