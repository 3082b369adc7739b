import { describe, expect, it } from 'vitest';
import type { Locale } from '../../economy/locale.js';
import { REPORT_WORDS } from './index.js';

/** Each count-bearing template of a locale, with 1,234 (or 12,345) in every count. */
function countTexts(locale: Locale): string[] {
  const words = REPORT_WORDS[locale];
  const c = words.commodities;
  return [
    words.counts(1234, 1234, 'd'),
    c.productsHeading('VNM', 'export', 'LAO', 'Q', 1234, 'subheading'),
    c.mirrorCount('Q', 12345, 1234),
    c.moreFlows(1234),
    words.reconciliationHeading(12345, 1234, 1234, 1234),
    words.reconcile.checked('f.json', 1234, 12345),
    words.classCount(1234, 'x'),
  ];
}

describe('the report’s counts in the locale’s digits (review r29d: vi, lo, zh wrote 1234)', () => {
  it.each([
    ['en', '1,234', '12,345'],
    ['vi', '1.234', '12.345'],
    ['lo', '1.234', '12.345'],
    ['zh', '1,234', '12,345'],
  ] as const)('%s groups every count in thousands', (locale, small, large) => {
    for (const text of countTexts(locale)) {
      expect(text.replace('HS 2022', '')).not.toMatch(/\d{4}/);
      expect(text.includes(small) || text.includes(large), text).toBe(true);
    }
  });
});
