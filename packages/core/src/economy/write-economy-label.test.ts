import { describe, expect, it } from 'vitest';
import { ECONOMIES } from './economies.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';
import { LOCALES } from './locale.js';
import { writeEconomyLabel } from './write-economy-label.js';

describe('writeEconomyLabel', () => {
  it("writes the economy table's own name for every code of the table, in every locale", () => {
    for (const locale of LOCALES) {
      for (const economy of ECONOMIES) {
        expect(writeEconomyLabel(economy.code, locale), `${economy.code} in ${locale}`).toBe(
          economy.names[locale],
        );
      }
    }
  });

  it("writes the engine's CLDR name of every other ISO 3166-1 country, in every locale", () => {
    const inTable = new Set<string>(ECONOMIES.map((economy) => economy.code));
    for (const locale of LOCALES) {
      const cldr = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      for (const [code, alpha2] of ALPHA2_BY_ALPHA3) {
        if (inTable.has(code)) continue;
        expect(writeEconomyLabel(code, locale), `${code} in ${locale}`).toBe(
          cldr.of(alpha2) ?? code,
        );
      }
    }
  });

  it('writes these names, and any other code as given', () => {
    const written = (['en', 'vi', 'lo', 'zh'] as const).map((locale) =>
      ['VNM', 'LAO', 'WLD', 'XNS', 'MEX', 'DEU', 'QQQ', ''].map((code) =>
        writeEconomyLabel(code, locale),
      ),
    );
    expect(written).toEqual([
      ['Vietnam', 'Laos', 'World', 'Areas, nes', 'Mexico', 'Germany', 'QQQ', ''],
      ['Việt Nam', 'Lào', 'Thế giới', 'Areas, nes', 'Mexico', 'Đức', 'QQQ', ''],
      ['ຫວຽດນາມ', 'ລາວ', 'ໂລກ', 'Areas, nes', 'ເມັກຊິໂກ', 'ເຢຍລະມັນ', 'QQQ', ''],
      ['越南', '老挝', '世界', 'Areas, nes', '墨西哥', '德国', 'QQQ', ''],
    ]);
  });
});
