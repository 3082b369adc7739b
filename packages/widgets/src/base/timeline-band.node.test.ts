import { money } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/messages.js';
import { bandAmounts } from './timeline-band.js';

// The scales' words come with each language's messages.
beforeAll(() => Promise.all(['vi', 'lo', 'zh'].map(loadMessages)));

const usd = (amount: string) => money(amount, 'USD');

describe('bandAmounts (QA h110 F8)', () => {
  it('writes a band’s two ends with one number of decimals, in every language', () => {
    const band = { lower: usd('1820000000'), upper: usd('1900000000') };
    // Each end alone: 'US$1.82 billion', 'US$1.9 billion'.
    expect(bandAmounts(band, 'en')).toEqual({ lower: 'US$1.82 billion', upper: 'US$1.90 billion' });
    expect(bandAmounts(band, 'vi')).toEqual({ lower: '1,82 tỷ USD', upper: '1,90 tỷ USD' });
    expect(bandAmounts(band, 'lo')).toEqual({ lower: '1,82 ຕື້ USD', upper: '1,90 ຕື້ USD' });
    expect(bandAmounts(band, 'zh')).toEqual({ lower: '18.2亿美元', upper: '19.0亿美元' });
    expect(bandAmounts({ lower: usd('2000000000'), upper: usd('2180000000') }, 'en')).toEqual({
      lower: 'US$2.00 billion',
      upper: 'US$2.18 billion',
    });
  });

  it('shares decimals only between ends written in the same scale (review h130 F7)', () => {
    const band = { lower: usd('950000000'), upper: usd('1050000000') };
    expect(bandAmounts(band, 'en')).toEqual({ lower: 'US$950 million', upper: 'US$1.05 billion' });
    expect(bandAmounts(band, 'vi')).toEqual({ lower: '950 triệu USD', upper: '1,05 tỷ USD' });
    const near = { lower: usd('99500000'), upper: usd('100500000') };
    expect(bandAmounts(near, 'zh')).toEqual({ lower: '9950万美元', upper: '1.005亿美元' });
    // Both in 亿, but not rounded alike: 9.3615亿 and 10.5亿, not 10.5000亿 (sharedDecimals'
    // "up to 2" did not hold in Chinese either).
    const zh = { lower: usd('936150000'), upper: usd('1050000000') };
    expect(bandAmounts(zh, 'zh')).toEqual({ lower: '9.3615亿美元', upper: '10.5亿美元' });
    // The 5-billion target's 2017 (a level: both ends the same), in 亿 with 4 decimals as alone.
    const level = { lower: usd('936150000'), upper: usd('936150000') };
    expect(bandAmounts(level, 'zh')).toEqual({ lower: '9.3615亿美元', upper: '9.3615亿美元' });
  });

  it('leaves whole ends whole', () => {
    const band = { lower: usd('2000000000'), upper: usd('3000000000') };
    expect(bandAmounts(band, 'en')).toEqual({ lower: 'US$2 billion', upper: 'US$3 billion' });
  });
});
