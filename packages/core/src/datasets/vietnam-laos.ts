import type { Dataset, DatasetDocument } from '../dataset/index.js';
import { parseDataset } from '../dataset/schemas.js';
import {
  LAOS_CHECKPOINT_COUNT_2016,
  VIETNAM_LAOS_CROSSINGS,
  VIETNAM_LAOS_ECONOMIC_ZONES,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
} from '../infrastructure/index.js';
import { citedSources } from './cited-sources.js';
import { vietnamLaosFlows } from './published-flows.js';
import { vietnamLaosStatements } from './published-statements.js';
import { vietnamLaosTargets } from './published-targets.js';

const sections = {
  flows: [...vietnamLaosFlows],
  statements: [...vietnamLaosStatements],
  targets: [...vietnamLaosTargets],
  crossings: [...VIETNAM_LAOS_CROSSINGS],
  facilities: [...VIETNAM_LAOS_ECONOMIC_ZONES],
  crossingCounts: [VIETNAM_LAOS_OFFICIAL_COUNT_2024_10, LAOS_CHECKPOINT_COUNT_2016],
};

/**
 * The Vietnam–Laos dataset as a JSON document: every figure cites its source; estimates, derived
 * values and assumptions are marked (`uncertain`, `derivation`, `status: 'estimate'`, notes).
 *
 * @example
 * ```ts
 * vietnamLaosDocument.id;
 * //=> 'vietnam-laos'
 * ```
 *
 * @category Datasets
 */
export const vietnamLaosDocument: DatasetDocument = {
  id: 'vietnam-laos',
  title: {
    en: 'Vietnam–Laos trade',
    vi: 'Thương mại Việt Nam – Lào',
    lo: 'ການຄ້າ ຫວຽດນາມ – ລາວ',
    zh: '越南–老挝贸易',
  },
  description: {
    en: 'Trade between Vietnam and Laos as published by Vietnamese customs, the Ministry of Industry and Trade and the press (Vietnamese basis unless a figure says otherwise), the targets set for it, and the border crossings and economic zones it passes through. The crossing list is incomplete: 5 of the 18 secondary gates, the 27 border openings and 5 of the 9 economic zones are in no source found.',
  },
  sources: citedSources(Object.values(sections)),
  ...sections,
};

/**
 * The embedded Vietnam–Laos dataset, parsed: Vietnam's exports to and imports from Laos
 * (2017 to January–July 2025, quarterly and year-to-date figures included), Lao mirror data for
 * H1 2023, the published totals (to 2025: US$2.98 billion, +32.7 %), growth rates and shares, four targets, 28 crossings with their classes, four
 * economic zones and the official counts of October 2024.
 *
 * @example
 * ```ts
 * vietnamLaos.crossings.length;
 * //=> 28
 * ```
 *
 * @category Datasets
 */
export const vietnamLaos: Dataset = /* @__PURE__ */ parseDataset(vietnamLaosDocument);
