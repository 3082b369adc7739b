import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';

describe('ALPHA2_BY_ALPHA3', () => {
  it('is the ISO 3166-1 table of i18n-iso-countries, entry by entry', () => {
    const reference = countries.getAlpha3Codes();
    expect(Object.fromEntries(ALPHA2_BY_ALPHA3)).toEqual(reference);
    expect(ALPHA2_BY_ALPHA3.size).toBe(250);
  });
});
