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
    source: 'seed-004-moit-2024-10-24',
    setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
    year: '2024',
    band: { lower: '0.1', upper: '0.15' },
    note: 'Growth of 10–15 % on 2023, as the Ministry of Industry and Trade reports; that the 46th Committee set it is not confirmed by a published source.',
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
    source: 'bilateral-research-notes',
    setBy: 'Laos–Vietnam pledge for 2021–2025',
    baseYear: '2020',
    endYear: '2025',
    band: { lower: '0.08', upper: '0.1' },
    note: 'An average of 8–10 % a year through 2025; no primary source was found; assumed: base year 2020.',
  },
  {
    kind: 'level',
    id: 'vnm-lao-5-billion',
    ...VN_LA,
    source: 'thesaigontimes-5-billion',
    setBy: 'Vietnam and Laos governments',
    level: { amount: '5000000000', currency: 'USD' },
    byYear: '2030',
    note: 'US$5 billion of two-way trade; assumed: by 2030, as no date was published.',
  },
];
