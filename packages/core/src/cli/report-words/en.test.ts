import { describe, expect, it } from 'vitest';
import { en } from './en.js';

describe('the English report words: names inside sentences', () => {
  it('write "the" before a name that takes it (the Philippines, the United States, the World)', () => {
    expect(en.tradeHeading('Philippines', 'United States', '')).toBe(
      "Trade reported by the Philippines with the United States (balance and position from the reporter's side)",
    );
    expect(en.measureOf('exports', 'Vietnam', 'World')).toBe('exports of Vietnam to the World');
    expect(en.growthHeading('Philippines–United States', 'turnover', '', 'Philippines')).toBe(
      "Growth of Philippines–United States turnover (the Philippines' figures)",
    );
    expect(
      en.commodities.productsHeading('Netherlands', 'export', 'China', '2023', 3, 'chapter'),
    ).toMatch(/^Products of the Netherlands' exports to China, 2023 /);
    expect(en.commodities.mirrorHeading('Philippines', 'European Union')).toBe(
      'Mirror flows: the Philippines and the European Union as each reports the other',
    );
    expect(en.commodities.mirrorOneSide('United Kingdom', 'Laos')).toBe(
      'no mirror comparison: the dataset has flows reported by the United Kingdom only, none by Laos',
    );
    expect(en.commodities.rcaNeedsWorld('Philippines', 'year', '2023', 2, true)).toMatch(
      /^not computable: RCA needs the Philippines' exports .*, not the Philippines$/,
    );
  });

  it('keep a name that takes none bare (Vietnam, Laos, China)', () => {
    expect(en.tradeHeading('Vietnam', 'Laos', '')).toBe(
      "Trade reported by Vietnam with Laos (balance and position from the reporter's side)",
    );
  });
});
