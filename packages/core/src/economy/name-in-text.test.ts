import { describe, expect, it } from 'vitest';
import { economyLabel } from './economy-label.js';
import { nameInText } from './name-in-text.js';

describe('nameInText', () => {
  it('writes "the" before the English names that take it, whoever names them', () => {
    const codes = ['PHL', 'USA', 'GBR', 'NLD', 'EUN', 'WLD', 'ARE', 'BHS', 'MHL', 'DOM'];
    expect(codes.map((code) => nameInText(economyLabel(code), 'en'))).toEqual([
      'the Philippines',
      'the United States',
      'the United Kingdom',
      'the Netherlands',
      'the European Union',
      'the World',
      'the United Arab Emirates',
      'the Bahamas',
      'the Marshall Islands',
      'the Dominican Republic',
    ]);
    // UN Comtrade's descriptions
    expect(
      [
        'USA',
        "Lao People's Dem. Rep.",
        'Rep. of Korea',
        'Czech Republic',
        'Russian Federation',
      ].map((name) => nameInText(name, 'en')),
    ).toEqual([
      'the USA',
      "the Lao People's Dem. Rep.",
      'the Rep. of Korea',
      'the Czech Republic',
      'the Russian Federation',
    ]);
  });

  it('writes "the" before the other names of those forms CLDR and UN Comtrade give', () => {
    // CLDR (Intl.DisplayNames en, long and short style) and UN Comtrade's reporterDesc/partnerDesc
    const names = [
      'UK',
      'EU',
      'EU-28',
      'Isle of Man',
      'Palestinian Territories',
      'French Southern Territories',
      'British Indian Ocean Territory',
      'Br. Indian Ocean Terr.',
      'Caribbean Netherlands',
      'Netherlands Antilles',
      'Falkland Isds (Malvinas)',
      'Holy See (Vatican City State)',
      'State of Palestine',
      'Congo',
    ];
    expect(names.map((name) => nameInText(name, 'en'))).toEqual(names.map((name) => `the ${name}`));
  });

  it('keeps names that take none bare', () => {
    const names = [
      'Vietnam',
      'Laos',
      'China',
      'Czechia',
      'Iran (Islamic Rep. of)',
      'Bolivia (Plurinational State of)',
      'Micronesia (Federated States of)',
      'Myanmar (Burma)',
      'Norfolk Island',
      'Congo - Kinshasa',
      'Thailand',
      'Areas, nes',
      'Bunkers',
    ];
    expect(names.map((name) => nameInText(name, 'en'))).toEqual(names);
  });

  it('writes "The" where the name opens a sentence, and adds none to a name that has it', () => {
    expect(nameInText('Philippines', 'en', true)).toBe('The Philippines');
    expect(nameInText('Vietnam', 'en', true)).toBe('Vietnam');
    expect(nameInText('the Netherlands', 'en')).toBe('the Netherlands');
  });

  it('leaves Vietnamese, Lao and Chinese names as they are', () => {
    expect(
      (['vi', 'lo', 'zh'] as const).map((locale) =>
        nameInText(economyLabel('USA', locale), locale),
      ),
    ).toEqual(['Hoa Kỳ', 'ສະຫະລັດ', '美国']);
  });
});
