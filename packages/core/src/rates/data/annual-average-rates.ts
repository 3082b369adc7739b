import type { Source } from '../../flow/index.js';
import type { ExchangeRate } from '../../money/index.js';

/**
 * The publications the embedded annual average rates come from, with where each was read. The
 * pages were read in stored copies on 2 December 2026 (the machine that built the table had no
 * network access); `date` is that day of retrieval wherever the page shows no publication date,
 * and `note` says so.
 *
 * @example
 * ```ts
 * RATE_SOURCES.map((source) => source.id);
 * //=> ['wdi-pa-nus-fcrf-vnm', 'wdi-pa-nus-fcrf-tha', 'nbs-communique-2020-cny', 'safe-central-parity-2023-cny']
 * ```
 *
 * @category Money
 */
export const RATE_SOURCES: readonly Source[] = [
  {
    id: 'wdi-pa-nus-fcrf-vnm',
    publisher:
      'World Bank, World Development Indicators (source: IMF International Financial Statistics), via indexmundi.com',
    title: 'Vietnam – Official exchange rate (LCU per US$, period average), indicator PA.NUS.FCRF',
    date: '2026-12-02',
    url: 'https://www.indexmundi.com/facts/vietnam/indicator/PA.NUS.FCRF',
    language: 'en',
    note: 'Annual average of monthly averages, VND per USD, as printed (two decimals); the page runs to 2021. Date is the day of retrieval: the page shows no publication date.',
  },
  {
    id: 'wdi-pa-nus-fcrf-tha',
    publisher:
      'World Bank, World Development Indicators (source: IMF International Financial Statistics), via indexmundi.com',
    title: 'Thailand – Official exchange rate (LCU per US$, period average), indicator PA.NUS.FCRF',
    date: '2026-12-02',
    url: 'https://indexmundi.com/facts/thailand/indicator/PA.NUS.FCRF',
    language: 'en',
    note: 'Annual average of monthly averages, THB per USD, as printed (two decimals); the page runs to 2021. Date is the day of retrieval: the page shows no publication date.',
  },
  {
    id: 'nbs-communique-2020-cny',
    publisher:
      'National Bureau of Statistics of China, Statistical Communiqué of 28 February 2021, as reported by China Daily (chinaservicesinfo.com)',
    title: "China's economic and social progress in 2020",
    date: '2021-03',
    url: 'https://chinaservicesinfo.com/s/202103/01/WS6056104b498e7a02c6f69fa1/chinas-economic-and-social-progress-in-2020.html',
    language: 'en',
    note: "The yuan's average exchange rate against the US dollar in 2020: 6.8974 CNY per USD.",
  },
  {
    id: 'safe-central-parity-2023-cny',
    publisher:
      'Laitimes (article computing averages from the annual central parity data of the State Administration of Foreign Exchange)',
    title:
      'In 2023, an average of 7.0467 yuan will be needed to exchange 1 US dollar, a depreciation of 4.55%',
    date: '2026-12-02',
    url: 'https://www.laitimes.com/en/article/6avi8_6r7t3.html',
    language: 'en',
    note: 'Averages of the CNY central parity against USD: 7.0467 in 2023 and 6.7261 in 2022. A secondary source (the article computes them from SAFE data); date is the day of retrieval.',
  },
];

/**
 * Annual average exchange rates against the US dollar (`from: 'USD'`, `rate` units of the local
 * currency per dollar, `kind: 'period-average'`) for the currencies of the Mekong economies, each
 * citing one of {@link RATE_SOURCES}. Every rate is copied from its source as printed — none is
 * interpolated or estimated — so years not yet sourced are absent and `convert` refuses them
 * with `MISSING_RATE`: today VND and THB 2015–2021, CNY 2020, 2022 and 2023; no LAK, KHR or MMK
 * rate yet (docs/data.md lists what is missing). Pass it, or your own table, as `rates`.
 *
 * @example
 * ```ts
 * const period: Period = { kind: 'year', year: 2021 };
 * convert(money('1000', 'USD'), 'VND', { period, rates: ANNUAL_AVERAGE_RATES }).amount.toString();
 * //=> '23159780'
 * ```
 *
 * @category Money
 */
export const ANNUAL_AVERAGE_RATES: readonly ExchangeRate[] = [
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2015 },
    rate: '21697.57',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2016 },
    rate: '21935.00',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2017 },
    rate: '22370.09',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2018 },
    rate: '22602.05',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2019 },
    rate: '23050.24',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2020 },
    rate: '23208.37',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2021 },
    rate: '23159.78',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-vnm',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2015 },
    rate: '34.25',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2016 },
    rate: '35.30',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2017 },
    rate: '33.94',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2018 },
    rate: '32.31',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2019 },
    rate: '31.05',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2020 },
    rate: '31.29',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'THB',
    period: { kind: 'year', year: 2021 },
    rate: '31.98',
    kind: 'period-average',
    source: 'wdi-pa-nus-fcrf-tha',
  },
  {
    from: 'USD',
    to: 'CNY',
    period: { kind: 'year', year: 2020 },
    rate: '6.8974',
    kind: 'period-average',
    source: 'nbs-communique-2020-cny',
  },
  {
    from: 'USD',
    to: 'CNY',
    period: { kind: 'year', year: 2022 },
    rate: '6.7261',
    kind: 'period-average',
    source: 'safe-central-parity-2023-cny',
  },
  {
    from: 'USD',
    to: 'CNY',
    period: { kind: 'year', year: 2023 },
    rate: '7.0467',
    kind: 'period-average',
    source: 'safe-central-parity-2023-cny',
  },
];
