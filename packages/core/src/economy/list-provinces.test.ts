import { describe, expect, it } from 'vitest';
import { listProvinces } from './index.js';

describe('listProvinces', () => {
  it('lists every province, merged units included', () => {
    const all = listProvinces();
    expect(all).toHaveLength(29);
    expect(all.some((province) => province.mergedInto !== undefined)).toBe(true);
    expect(listProvinces()).toBe(all);
  });

  it('filters by country', () => {
    expect(listProvinces('VNM')).toHaveLength(13);
    expect(listProvinces('LAO')).toHaveLength(13);
    expect(listProvinces('CHN').map((province) => province.names.zh)).toEqual([
      '云南',
      '西双版纳',
      '普洱',
    ]);
    for (const province of listProvinces('LAO')) expect(province.country).toBe('LAO');
    expect(Object.isFrozen(listProvinces('LAO'))).toBe(true);
  });

  it('gives an empty list for a known economy without border provinces', () => {
    expect(listProvinces('THA')).toEqual([]);
    expect(listProvinces('WLD')).toEqual([]);
  });

  it('throws UNKNOWN_ECONOMY naming an unknown country code', () => {
    expect(() => listProvinces('LA')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message: expect.stringContaining('"LA" is not an economy code: did you mean "LAO"?'),
      }),
    );
  });
});
