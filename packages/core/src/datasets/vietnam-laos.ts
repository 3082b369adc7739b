import { type Dataset, type DatasetDocument, parseDataset } from '../flow/index.js';
import { vietnamLaosFlows } from './published-flows.js';
import { tradeSources } from './trade-sources.js';

/**
 * The Vietnam–Laos dataset as a JSON document: every figure cites its source; estimates and
 * derived values are marked (`uncertain`, `derivation`, `status: 'estimate'`).
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
    en: 'Trade between Vietnam and Laos as published by Vietnamese customs, the Ministry of Industry and Trade and the press (Vietnamese basis unless a flow says otherwise), with the targets set for it and the border crossings it passes through.',
  },
  sources: [...tradeSources],
  flows: [...vietnamLaosFlows],
};

/**
 * The embedded Vietnam–Laos dataset, parsed: Vietnam's exports to and imports from Laos
 * (2017–2024, quarterly and year-to-date figures included), Lao mirror data for H1 2023.
 *
 * @example
 * ```ts
 * vietnamLaos.flows.filter((flow) => flow.reporter === 'VNM').length > 0;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export const vietnamLaos: Dataset = /* @__PURE__ */ parseDataset(vietnamLaosDocument);
