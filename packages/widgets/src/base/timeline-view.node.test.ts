import { parsePeriod } from '@bilateral/core';
import { Decimal, type Locale, money } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages, type Messages } from '../i18n/messages.js';
import type { RenderContext } from './bilateral-element.js';
import type { TimelinePoint } from './timeline.js';
import { describePoint, seriesSentence } from './timeline-view.js';

const messages: Partial<Record<Locale, Messages>> = {};
beforeAll(async () => {
  for (const locale of ['en', 'vi', 'lo', 'zh'] as const) {
    messages[locale] = await loadMessages(locale);
  }
});

/** A point of VN–LA 2019 (US$1.15 billion, known to the 0.1 billion), with `point`'s fields. */
const pointOf = (point: Partial<TimelinePoint>): TimelinePoint => ({
  period: parsePeriod('2019'),
  value: money('1150000000', 'USD'),
  rate: null,
  publishedRate: undefined,
  levelsRate: null,
  rateDigits: undefined,
  uncertain: true,
  precision: new Decimal('1e8'),
  derivation: undefined,
  source: undefined,
  ...point,
});

const contextOf = (locale: Locale) => ({ locale, m: messages[locale] }) as RenderContext;

const described = (point: Partial<TimelinePoint>, locale: Locale) =>
  describePoint(pointOf(point), contextOf(locale));

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
    expect(described(exactDigits, 'lo')).toBe('2019: 2,2 ຕື້ USD (ບໍ່ແນ່ນອນ)');
    expect(described(exactDigits, 'zh')).toBe('2019：22亿美元（数值不确定）');
    expect(described({ derivation: 'implied by a rate' }, 'en')).toBe(
      '2019: about US$1.2 billion (derived)',
    );
  });

  it('says what the levels give beside a published rate they contradict, in every language (QA h120 F10)', () => {
    // Vietnam–Laos 2018: published +11.9 %; about US$1.03 billion on US$892.9 million give 15.4 %.
    const disputed = {
      period: parsePeriod('2018'),
      value: money('1030000000', 'USD'),
      precision: new Decimal('1e7'),
      rate: new Decimal('0.119'),
      publishedRate: '11.9',
      levelsRate: new Decimal('1030000000').div('892900000').minus(1),
      rateDigits: 3,
    };
    expect(described(disputed, 'en')).toBe(
      '2018: US$1.03 billion (approximate), +11.9\u00a0% year on year (published, values give about +15\u00a0%)',
    );
    expect(described(disputed, 'vi')).toBe(
      '2018: 1,03 tỷ USD (chưa chắc chắn), +11,9% so với cùng kỳ (công bố; theo các giá trị, khoảng +15%)',
    );
    expect(described(disputed, 'lo')).toContain('(ປະກາດ, ແຕ່ຄິດໄລ່ຈາກມູນຄ່າທີ່ປະກາດໄດ້ ປະມານ +15%)');
    expect(described(disputed, 'zh')).toContain('（公布数，但按公布的数值计算为约+15%）');
    // The same rate, its levels agreeing: "published" alone.
    expect(described({ ...disputed, levelsRate: null }, 'en')).toMatch(/\(published\)$/);
  });
});

describe('seriesSentence', () => {
  // Laos' exports to Vietnam: H1 2023 alone was published, "more than US$565 million" (The Star).
  const bound = pointOf({
    period: parsePeriod('2023-H1'),
    value: money('565000000', 'USD'),
    precision: new Decimal('1e6'),
    uncertain: false,
    lowerBound: 'more-than',
  });
  const later = pointOf({ period: parsePeriod('2024-H1'), value: money('600000000', 'USD') });
  const lower = pointOf({ period: parsePeriod('2024-H1'), value: money('500000000', 'USD') });

  it('makes the verb agree with its subject in English: turnover was, exports and imports were', () => {
    const en = contextOf('en');
    expect(seriesSentence('Laos’s exports to Vietnam', 'exports', [bound], en)).toBe(
      'Laos’s exports to Vietnam were more than US$565\u00a0million in H1/2023.',
    );
    expect(seriesSentence('Laos’s imports from Vietnam', 'imports', [bound], en)).toBe(
      'Laos’s imports from Vietnam were more than US$565\u00a0million in H1/2023.',
    );
    expect(seriesSentence('Laos–Vietnam turnover', 'turnover', [bound], en)).toBe(
      'Laos–Vietnam turnover was more than US$565\u00a0million in H1/2023.',
    );
    // Rose and fell agree with any subject.
    expect(seriesSentence('Laos’s exports to Vietnam', 'exports', [bound, later], en)).toBe(
      'Laos’s exports to Vietnam rose from more than US$565\u00a0million in H1/2023 to US$600\u00a0million in H1/2024.',
    );
    expect(seriesSentence('Laos–Vietnam turnover', 'turnover', [bound, lower], en)).toBe(
      'Laos–Vietnam turnover fell from more than US$565\u00a0million in H1/2023 to US$500\u00a0million in H1/2024.',
    );
  });

  it('says the empty state’s words for no points, and one point’s sentence for one', () => {
    const en = contextOf('en');
    expect(seriesSentence('S', 'exports', [], en)).toBe(en.m.empty);
    expect(seriesSentence('S', 'exports', [later], en)).toBe(
      'S were US$600\u00a0million in H1/2024.',
    );
  });

  it('writes one sentence for every measure in Vietnamese, Lao and Chinese, whose verbs do not agree', () => {
    for (const locale of ['vi', 'lo', 'zh'] as const) {
      const [exports, turnover] = (['exports', 'turnover'] as const).map((measure) =>
        seriesSentence('S', measure, [bound], contextOf(locale)),
      );
      expect(exports).toBe(turnover);
    }
  });

  it.each([
    ['en', 'S were at least US$565\u00a0million in H1/2023.'],
    ['vi', 'S đạt ít nhất 565\u00a0triệu\u00a0USD (H1/2023).'],
    ['lo', 'S ແມ່ນ ຢ່າງໜ້ອຍ 565\u00a0ລ້ານ\u00a0USD (6 ເດືອນຕົ້ນປີ 2023).'],
    // No space after 至少 (the word joiners that keep it on one line left out here).
    ['zh', 'S为至少5.65亿美元（2023年上半年）。'],
  ] as const)('says "at least" where the source did (%s), not "more than"', (locale, said) => {
    const atLeast = { ...bound, lowerBound: 'at-least' } as const;
    const sentence = seriesSentence('S', 'exports', [atLeast], contextOf(locale));
    expect(sentence.replace(/\u2060/gu, '')).toBe(said);
  });
});
