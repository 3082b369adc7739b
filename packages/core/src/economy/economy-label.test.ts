import { describe, expect, it } from 'vitest';
import { economyLabel } from './economy-label.js';
import { economyName } from './economy-name.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';
import { LOCALES, type Locale } from './locale.js';

describe('economyLabel', () => {
  it("uses Bilateral's own names for the economies in its table", () => {
    for (const locale of LOCALES) {
      expect(economyLabel('LAO', locale)).toBe(economyName('LAO', locale));
      expect(economyLabel('WLD', locale)).toBe(economyName('WLD', locale));
    }
  });

  it('names the EU from CLDR, and the special areas in English in every language', () => {
    expect(economyLabel('EUN')).toBe('European Union');
    expect(economyLabel('EUN', 'zh')).toBe('欧盟');
    for (const locale of LOCALES) {
      expect(economyLabel('XNS', locale)).toBe('Areas, nes');
      expect(economyLabel('XBK', locale)).toBe('Bunkers');
    }
  });

  it('names any other ISO 3166-1 country from CLDR, in every language', () => {
    expect(economyLabel('MEX')).toBe('Mexico');
    expect(economyLabel('MEX', 'zh')).toBe('墨西哥');
    expect(economyLabel('ZAF', 'en')).toBe('South Africa');
    for (const locale of LOCALES) {
      for (const code of ['MEX', 'NGA', 'ARG', 'POL', 'EGY']) {
        const label = economyLabel(code, locale);
        expect(label, `${code} in ${locale}`).not.toBe(code);
        expect(label.length).toBeGreaterThan(1);
      }
    }
  });

  it('has a name for every ISO code in every language', () => {
    const unnamed = [...ALPHA2_BY_ALPHA3.keys()].flatMap((code) =>
      LOCALES.filter((locale) => economyLabel(code, locale) === code).map((l) => `${code}/${l}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('refuses a code that is not text with INVALID_INPUT instead of returning NaN or undefined (hostile-input harness)', () => {
    for (const code of [Number.NaN, undefined, null, 418]) {
      expect(() => economyLabel(code as never)).toThrow(
        expect.objectContaining({ name: 'BilateralError', code: 'INVALID_INPUT' }),
      );
    }
  });

  it('falls back to the code, and to English for an unsupported locale, without throwing', () => {
    expect(economyLabel('QQQ')).toBe('QQQ');
    expect(economyLabel('', 'vi')).toBe('');
    expect(economyLabel('MEX', 'fr' as Locale)).toBe('Mexico');
  });
});
