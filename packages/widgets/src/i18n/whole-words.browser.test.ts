import { describe, expect, it, vi } from 'vitest';
import { $, LOADS, linesBroken, mountLoaded } from '../__tests__/helpers.js';
import '../elements/target.define.js';

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
