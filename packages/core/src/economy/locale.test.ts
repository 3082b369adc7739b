import { describe, expect, it } from 'vitest';
import { isLocale, LOCALES } from './index.js';
import { LocaleSchema } from './schemas.js';

describe('Locale', () => {
  it('lists English, Vietnamese, Lao and Chinese', () => {
    expect(LOCALES).toEqual(['en', 'vi', 'lo', 'zh']);
  });

  it('recognises exactly those locales', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of ['fr', 'EN', 'vi-VN', '', 1, null, undefined]) {
      expect(isLocale(other)).toBe(false);
    }
  });

  it('validates with LocaleSchema and names a rejected input', () => {
    expect(LocaleSchema.safeParse('lo').data).toBe('lo');
    expect(LocaleSchema.safeParse('fr').error?.issues[0]?.message).toBe(
      '"fr" is not a supported locale (one of "en", "vi", "lo", "zh")',
    );
  });
});
