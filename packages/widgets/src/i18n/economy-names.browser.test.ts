import { describe, expect, it } from 'vitest';
import {
  addEconomyNames,
  economyName,
  economyNamed,
  economyTableLoading,
} from './economy-names.js';

describe('economy names', () => {
  it("takes a data file's names, then loads the core's table for a code no file names", async () => {
    addEconomyNames({
      LAO: { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' },
      // Not a name in every locale: ignored.
      XXX: { en: 'Nowhere' },
    });
    expect(economyName('LAO', 'vi')).toBe('Lào');
    expect(economyNamed('LAO')).toBe(true);
    expect(economyTableLoading()).toBeUndefined();
    // A code no data file named: the code itself meanwhile, and the table starts loading.
    expect(economyNamed('THA')).toBe(false);
    expect(economyName('THA', 'en')).toBe('THA');
    const loading = economyTableLoading();
    expect(loading).toBeInstanceOf(Promise);
    await loading;
    expect(economyTableLoading()).toBeUndefined();
    expect(economyName('THA', 'en')).toBe('Thailand');
    expect(economyName('XXX', 'en')).toBe('XXX');
    // The data file's names still come first.
    expect(economyName('LAO', 'lo')).toBe('ລາວ');
  });

  it('ignores a names record that is not an object', () => {
    expect(() => addEconomyNames(null)).not.toThrow();
    expect(() => addEconomyNames('LAO')).not.toThrow();
  });
});
