import { describe, expect, it } from 'vitest';
import { TitleFacts } from './_comtrade-title.js';

type Row = [string, string, string, string | undefined, string];

/** The title of `rows` (reporter, partner, direction, HS code, period), added in their order. */
function titleOf(rows: readonly Row[]): string {
  const facts = new TitleFacts();
  for (const row of rows) facts.addFacts(...row);
  return facts.describe();
}

/** `count` monthly periods from January 1925. */
function months(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const year = 1925 + Math.floor(index / 12);
    return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

describe('TitleFacts', () => {
  it('groups the counts of its title in thousands, as every count in a message is written', () => {
    // Was "(1200 periods)" and "and 1195 more".
    const facts = new TitleFacts();
    const periods = months(1200);
    periods.forEach((period, index) => {
      facts.addFacts('Brazil', 'China', 'export', String(100000 + index), period);
    });
    expect(facts.describe()).toBe(
      'UN Comtrade: Brazil exports to China, HS 100000, 100001, 100002, 100003, 100004 and 1,195 more, 1925-01 to 2024-12 (1,200 periods)',
    );
  });

  it('lists three periods or fewer by name', () => {
    const facts = new TitleFacts();
    for (const period of ['2023', '2021'])
      facts.addFacts('Brazil', 'China', 'export', undefined, period);
    expect(facts.describe()).toBe('UN Comtrade: Brazil exports to China, all goods, 2021 and 2023');
  });
});

describe('TitleFacts: names in the title', () => {
  it.each<[string, Row[], string]>([
    [
      'writes "the" before the names English writes with it (the Philippines, the World)',
      [
        ['Philippines', 'World', 'export', undefined, '2023'],
        ['Philippines', 'World', 'import', undefined, '2023'],
        ['Vietnam', 'United States', 'import', undefined, '2023'],
      ],
      'UN Comtrade: the Philippines and Vietnam trade with the World and the United States, all goods, 2023',
    ],
    [
      // Was "the Philippines and Vietnam trade with the United States and the World".
      'names the World first in a short list too, and among reporters',
      [
        ['World', 'Laos', 'import', undefined, '2023'],
        ['Vietnam', 'World', 'import', undefined, '2023'],
        ['Thailand', 'China', 'import', undefined, '2023'],
      ],
      'UN Comtrade: the World, Thailand and Vietnam imports from the World, China and Laos, all goods, 2023',
    ],
    [
      // A title names what the dataset holds, "Thailand exports to Laos" as "Thailand's exports":
      // h415's verbs ("Thailand trades with", "Thailand and Vietnam export to") made it a claim.
      'is a noun phrase after several reporters, as after one',
      [
        ['Thailand', 'Laos', 'export', undefined, '2023'],
        ['Vietnam', 'Laos', 'export', undefined, '2023'],
      ],
      'UN Comtrade: Thailand and Vietnam exports to Laos, all goods, 2023',
    ],
    [
      'is a noun phrase for both directions of one reporter: its trade',
      [
        ['Thailand', 'Cambodia', 'export', undefined, '2023'],
        ['Thailand', 'Cambodia', 'import', undefined, '2023'],
      ],
      'UN Comtrade: Thailand trade with Cambodia, all goods, 2023',
    ],
    [
      // Was "the World, Korea, Republic of and Thailand imports from Laos, Other Asia, nes, all
      // goods, 2023": which commas part the names, and where do the partners end?
      'sets names that hold a comma apart by semicolons, and the parts of the title too',
      [
        ['World', 'Laos', 'import', undefined, '2023'],
        ['Korea, Republic of', 'Other Asia, nes', 'import', undefined, '2023'],
        ['Thailand', 'Laos', 'import', undefined, '2023'],
      ],
      'UN Comtrade: the World; Korea, Republic of; and Thailand imports from Laos; and Other Asia, nes; all goods; 2023',
    ],
    [
      'writes one name with a comma, alone, with the parts of the title set apart by semicolons',
      [['Vietnam', 'Areas, nes', 'export', '0901', '2021']],
      'UN Comtrade: Vietnam exports to Areas, nes; HS 0901; 2021',
    ],
  ])('%s', (_, rows, title) => {
    expect(titleOf(rows)).toBe(title);
  });
});

describe('TitleFacts: the same rows in any order, the same title', () => {
  const rows: Row[] = [
    ['Vietnam', 'Thailand', 'export', '0901', '2023'],
    ['Vietnam', 'Laos', 'export', undefined, '2023'],
    ['Philippines', 'China', 'export', '09', '2022'],
    ['Vietnam', 'World', 'export', '0102', '2021'],
    ['Cambodia', 'Laos', 'export', '0901', '2023'],
  ];

  it('the World first, then names in alphabetical order, HS codes ascending (they were listed as the rows first gave them)', () => {
    // Was "Vietnam, the Philippines and Cambodia exports to Thailand, Laos, China and 1 more,
    // HS 0901, 09 and 0102 and all goods" (the core engine, from the records' order); DuckDB's
    // engine, whose flows come ordered by code, said China before Laos.
    expect(titleOf(rows)).toBe(
      'UN Comtrade: Cambodia, the Philippines and Vietnam exports to the World, China, Laos and 1 more, HS 0102, 09 and 0901 and all goods, 2021, 2022 and 2023',
    );
    expect(titleOf([...rows].reverse())).toBe(titleOf(rows));
  });
});

describe('TitleFacts: the World named first', () => {
  it('names the World before the other partners, which "and N more" cannot then hide', () => {
    // Was "Vietnam exports to Cambodia, China, Laos and 2 more": the World (partner 0, the total
    // over every partner) sorted under W, after three others.
    const partners = ['Thailand', 'World', 'Laos', 'China', 'Cambodia'];
    const title = titleOf(
      partners.map((partner): Row => ['Vietnam', partner, 'export', undefined, '2023']),
    );
    expect(title).toBe(
      'UN Comtrade: Vietnam exports to the World, Cambodia, China and 2 more, all goods, 2023',
    );
  });
});

describe('TitleFacts: services are no goods', () => {
  // Both engines titled a file of services alone "…, all goods, 2023".
  const sets = (commodities: string[], services?: boolean) => ({
    reporters: ['Vietnam'],
    partners: ['Laos'],
    flows: ['import'],
    commodities,
    periods: ['2023'],
    ...(services === undefined ? {} : { services }),
  });
  it.each([
    ['services alone', sets([], true), 'services'],
    ['services beside all goods', sets([''], true), 'all goods and services'],
    ['services beside an HS code', sets(['0901'], true), 'HS 0901 and services'],
    ['all goods without services', sets([''], false), 'all goods'],
    // An @bilateral/duckdb from before it said so of services gave them as all goods.
    ['services as all goods', sets(['']), 'all goods'],
  ])('%s', (_, given, words) => {
    const facts = new TitleFacts();
    facts.addSets(given);
    expect(facts.describe()).toBe(`UN Comtrade: Vietnam imports from Laos, ${words}, 2023`);
  });
});
