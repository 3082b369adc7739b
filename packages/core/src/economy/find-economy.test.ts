import { describe, expect, it } from 'vitest';
import { findEconomy, getEconomy, listEconomies } from './index.js';

describe('findEconomy', () => {
  it('finds every known code', () => {
    for (const economy of listEconomies()) expect(findEconomy(economy.code)).toBe(economy);
    expect(findEconomy('KHM')).toBe(getEconomy('KHM'));
  });

  it('returns undefined instead of throwing', () => {
    for (const input of ['XYZ', 'vnm', 'VN', 'W00', '', 'Laos']) {
      expect(findEconomy(input)).toBeUndefined();
    }
    expect(findEconomy(undefined as unknown as string)).toBeUndefined();
  });
});
