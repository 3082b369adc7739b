import { describe, expect, it } from 'vitest';
import { listEconomies } from './index.js';

describe('listEconomies', () => {
  it('lists ASEAN first, then the partners, the aggregates and the areas', () => {
    const codes = listEconomies().map((economy) => economy.code);
    expect(codes).toHaveLength(33);
    expect(codes.slice(0, 11)).toEqual([
      'BRN',
      'KHM',
      'IDN',
      'LAO',
      'MYS',
      'MMR',
      'PHL',
      'SGP',
      'THA',
      'VNM',
      'TLS',
    ]);
    expect(codes.slice(-4)).toEqual(['EUN', 'WLD', 'XNS', 'XBK']);
  });

  it('returns the same frozen array every time, which callers cannot change', () => {
    const list = listEconomies();
    expect(listEconomies()).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => {
      (list as unknown as unknown[]).push({});
    }).toThrowError(TypeError);
    const vietnam = list.find((economy) => economy.code === 'VNM');
    expect(() => {
      if (vietnam) (vietnam as { m49: number }).m49 = 0;
    }).toThrowError(TypeError);
  });
});
