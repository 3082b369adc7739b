import { describe, expect, it, vi } from 'vitest';
import { $, LOADS, linesBroken, mountLoaded } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/gates.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

/** A word of two Chinese characters, found with or without the word joiner that holds them. */
const word = (chars: string) => chars.split('').join('\u2060?');

/**
 * Where the Chinese figures broke a word at a line's end (h214's survey of the elements at 280
 * and 390 px in zh): each case's element, part and the words seen broken in it.
 */
const CASES = [
  // '越南对老挝逆' / '差约4.9亿美元' at 280 px.
  ['balance', 'vietnam-laos', '[part=summary]', ['逆差', '进口']],
  // '目标为到2030年每' / '年10–15%' at 280 px.
  ['target', 'vietnam-laos', '[part=summary]', ['每年', '目标']],
  // '迄今增长：每年约+34% · 目标：每' / '年10–15%' at 280 px.
  ['target', 'vietnam-laos', '.status-row', ['每年']],
  // '…；另' / '有1个来源' at 280 px.
  ['target', 'vietnam-laos', '[part=footer] .source', ['另有']],
  // '按越' / '南的类别统计' in the dashboard at 280 px, '类别统' / '计。' at 390 px.
  ['gates', 'vietnam-laos', '[part=summary]', ['越南', '统计', '官方']],
  ['growth', 'laos-china', '[part=summary]', ['老挝', '中国', '贸易']],
] as const;

describe('Chinese words stay whole at a line’s end (h214)', () => {
  it.each(CASES)('%s on %s: %s', async (element, dataset, part, words) => {
    const figure = await mountLoaded(
      `<bilateral-${element} dataset="${dataset}" locale="zh" lang="zh"></bilateral-${element}>`,
    );
    await vi.waitFor(() => expect($(figure, part).textContent).toMatch(/\p{sc=Han}/u), LOADS);
    const pattern = new RegExp(words.map(word).join('|'), 'g');
    expect(linesBroken($(figure, part), pattern)).toEqual([]);
  });
});

/**
 * Where the Lao target card broke a phrase at a line's end (h214's survey at 280 px): a rate and
 * its "a year" ('10–15%' / 'ຕໍ່ປີ', in the dashboard), and "since" ('ນັບ' / 'ແຕ່ 2023').
 */
describe('Lao rates stay with their “a year” (h214)', () => {
  it.each([
    ['.status-row', /[+\d,\u2060–]+% ຕໍ່\u2060?ປີ/g],
    ['[part=summary]', /[+\d,\u2060–]+% ຕໍ່\u2060?ປີ|ນັບ\u2060?ແຕ່/g],
  ])('target on vietnam-laos: %s', async (part, pattern) => {
    const figure = await mountLoaded(
      '<bilateral-target dataset="vietnam-laos" locale="lo" lang="lo"></bilateral-target>',
    );
    await vi.waitFor(() => expect($(figure, part).textContent).toMatch(/ຕໍ່\u2060?ປີ/), LOADS);
    expect(linesBroken($(figure, part), pattern)).toEqual([]);
  });
});

/**
 * The same in Vietnamese (h214's survey, the dashboard at 768 px): 'khoảng +34% mỗi' / 'năm'.
 */
describe('Vietnamese rates stay with their “a year” (h214)', () => {
  it.each(['.status-row', '[part=summary]'])('target on vietnam-laos: %s', async (part) => {
    const figure = await mountLoaded(
      '<bilateral-target dataset="vietnam-laos" locale="vi" lang="vi"></bilateral-target>',
    );
    await vi.waitFor(() => expect($(figure, part).textContent).toMatch(/mỗi/), LOADS);
    expect(linesBroken($(figure, part), /[+\d,\u2060–]+% mỗi năm/g)).toEqual([]);
  });
});
