import { parsePeriod } from '@bilateral/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPeriodLabel } from '../i18n/format.js';
import { loadMessages } from '../i18n/messages.js';
import { collapsedText } from './collapsed-text.js';

beforeAll(() => Promise.all(['vi', 'lo'].map(loadMessages)));

describe('collapsedText', () => {
  it('reads a span of months with plain spaces, in every language', () => {
    const span = (locale: 'en' | 'vi' | 'lo') =>
      collapsedText(formatPeriodLabel(parsePeriod('2024-01/2024-09'), locale));
    expect(span('en')).toBe('Jan – Sep 2024');
    expect(span('vi')).toBe('thg 1 – thg 9 2024');
    expect(span('lo')).toBe('ມ.ກ. – ກ.ຍ. 2024');
  });

  it('collapses runs of white space and trims, and keeps a joiner with no space after it', () => {
    expect(collapsedText('  a \n\t b\u00a0\u00a0c  ')).toBe('a b c');
    // A target band as bandRates writes it.
    expect(collapsedText(' 10\u2060–\u206015\u00a0% ')).toBe('10\u2060–\u206015 %');
  });
});
