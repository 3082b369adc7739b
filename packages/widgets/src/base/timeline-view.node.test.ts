import { parsePeriod } from '@bilateral/core';
import { Decimal, type Locale, money } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages, type Messages } from '../i18n/messages.js';
import type { RenderContext } from './bilateral-element.js';
import type { TimelinePoint } from './timeline.js';
import { describePoint } from './timeline-view.js';

const messages: Partial<Record<Locale, Messages>> = {};
beforeAll(async () => {
  for (const locale of ['en', 'vi', 'lo', 'zh'] as const) {
    messages[locale] = await loadMessages(locale);
  }
});

const described = (point: Partial<TimelinePoint>, locale: Locale) =>
  describePoint(
    {
      period: parsePeriod('2019'),
      value: money('1150000000', 'USD'),
      rate: null,
      publishedRate: undefined,
      rateDigits: undefined,
      uncertain: true,
      precision: new Decimal('1e8'),
      derivation: undefined,
      source: undefined,
      ...point,
    },
    { locale, m: messages[locale] } as RenderContext,
  );

describe('describePoint', () => {
  it('says once that a value written with "about" is approximate, in every language', () => {
    // An estimate of US$1.1–1.2 billion recorded as 1.15, known to the 0.1 billion (VN–LA 2019).
    const rate = { rate: new Decimal('0.1165'), rateDigits: 2 };
    expect(described(rate, 'en')).toBe('2019: about US$1.2 billion, about +10\u00a0% year on year');
    expect(described(rate, 'vi')).toBe('2019: khoảng 1,2 tỷ USD, khoảng +10% so với cùng kỳ');
    expect(described(rate, 'lo')).toBe('2019: ປະມານ 1,2 ຕື້ USD, ປະມານ +10% ທຽບກັບປີກ່ອນ');
    expect(described(rate, 'zh')).toBe('2019：约12亿美元，约+10% 同比');
  });

  it('marks an approximate value written without "about", and a derived one', () => {
    const exactDigits = { value: money('2200000000', 'USD') };
    expect(described(exactDigits, 'en')).toBe('2019: US$2.2 billion (approximate)');
    expect(described(exactDigits, 'lo')).toBe('2019: 2,2 ຕື້ USD (ປະມານ)');
    expect(described(exactDigits, 'zh')).toBe('2019：22亿美元（约数）');
    expect(described({ derivation: 'implied by a rate' }, 'en')).toBe(
      '2019: about US$1.2 billion (derived)',
    );
  });
});
