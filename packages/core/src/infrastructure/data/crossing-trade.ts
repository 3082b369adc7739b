import type { CrossingTrade } from '../crossing-trade.js';

/**
 * Published trade through particular crossings. Only Mohan (Boten–Mohan) in 2022 is sourced:
 * CNY 43.34 billion, nearly double 2021 (DOMAIN.md: +99 %), 5.67 Mt (+58.2 %) — China Daily,
 * 2023. No Vietnam–Laos crossing has a published trade value in the sources.
 *
 * @example
 * ```ts
 * CROSSING_TRADE_OBSERVATIONS.map((t) => `${t.crossingId} ${t.period}`);
 * //=> ['lao-chn-boten-mohan 2022']
 * ```
 *
 * @category Infrastructure
 */
export const CROSSING_TRADE_OBSERVATIONS: readonly CrossingTrade[] = [
  {
    crossingId: 'lao-chn-boten-mohan',
    period: '2022',
    value: '43340000000',
    currency: 'CNY',
    growth: '0.99',
    tonnes: '5670000',
    sources: ['china-daily-2023-06-mohan'],
    note: 'Imports and exports through Mohan port, as published (rounded to CNY 0.01 billion and 0.01 Mt); growth +99 % as DOMAIN.md gives it ("nearly double"); tonnage +58.2 %.',
  },
];
