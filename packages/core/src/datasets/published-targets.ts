import type { TargetJson } from '../targets/index.js';

const VN_LA = { reporter: 'VNM', partner: 'LAO', measure: 'turnover' } as const;

/**
 * Targets set for Vietnam–Laos trade, read against Vietnam's figures. Where a plan period or a
 * date was not published, the note says what is assumed.
 */
export const vietnamLaosTargets: readonly TargetJson[] = [
  {
    kind: 'growth-band',
    id: 'vnm-lao-2024-growth',
    ...VN_LA,
    source: 'vietnamplus-280075',
    setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
    year: '2024',
    band: { lower: '0.1', upper: '0.15' },
    note: 'Growth of 10–15 % on 2023, set in early January 2024.',
  },
  {
    kind: 'average-growth-band',
    id: 'vnm-lao-joint-statement-2024',
    ...VN_LA,
    source: 'seed-002-moit-2024-09',
    setBy: 'Vietnam–Laos Joint Statement, September 2024',
    baseYear: '2023',
    endYear: '2030',
    band: { lower: '0.1', upper: '0.15' },
    note: 'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.',
  },
  {
    kind: 'average-growth-band',
    id: 'vnm-lao-2021-2025-pledge',
    ...VN_LA,
    source: 'laotribune-pledge',
    setBy: 'Lao and Vietnamese trade ministries',
    baseYear: '2020',
    endYear: '2025',
    band: { lower: '0.08', upper: '0.1' },
    note: 'An average of 8–10 % a year through 2025; assumed: base year 2020.',
  },
  {
    kind: 'level',
    id: 'vnm-lao-5-billion',
    ...VN_LA,
    source: 'thesaigontimes-5-billion',
    setBy: '47th Vietnam–Laos Intergovernmental Committee, January 2025',
    level: { amount: '5000000000', currency: 'USD' },
    byYear: '2030',
    note: 'Assumed: by 2030, as no date was published.',
  },
];
