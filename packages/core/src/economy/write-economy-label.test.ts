import { describe, expect, it } from 'vitest';
import { ECONOMY_CODES } from './economies.js';
import { economyLabel } from './economy-label.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';
import { LOCALES } from './locale.js';
import { writeEconomyLabel } from './write-economy-label.js';

describe('writeEconomyLabel', () => {
  it("writes economyLabel's name for every code of the table and of ISO 3166-1, and any other, in every locale", () => {
    const codes = [...ECONOMY_CODES, ...ALPHA2_BY_ALPHA3.keys(), 'QQQ', ''];
    for (const locale of LOCALES) {
      for (const code of codes) {
        expect(writeEconomyLabel(code, locale), `${code} in ${locale}`).toBe(
          economyLabel(code, locale),
        );
      }
    }
    expect([writeEconomyLabel('LAO', 'vi'), writeEconomyLabel('MEX', 'en')]).toEqual([
      'Lào',
      'Mexico',
    ]);
  });
});
