import type { Dataset, DatasetDocument } from '../dataset/index.js';
import { parseDataset } from '../dataset/schemas.js';
import { LAOS_CHECKPOINT_COUNT_2016, LAOS_CHINA_CROSSINGS } from '../infrastructure/index.js';
import { citedSources } from './cited-sources.js';
import { laosChinaFlows } from './published-flows.js';
import { laosChinaStatements } from './published-statements.js';

const sections = {
  flows: [...laosChinaFlows],
  statements: [...laosChinaStatements],
  crossings: [...LAOS_CHINA_CROSSINGS],
  crossingCounts: [LAOS_CHECKPOINT_COUNT_2016],
};

/**
 * The Laos–China dataset as a JSON document: Lao exports to and imports from China as published,
 * the published totals and growth rates, and the border crossings, each citing its source.
 *
 * @example
 * ```ts
 * laosChinaDocument.id;
 * //=> 'laos-china'
 * ```
 *
 * @category Datasets
 */
export const laosChinaDocument: DatasetDocument = {
  id: 'laos-china',
  title: {
    en: 'Laos–China trade',
    vi: 'Thương mại Lào – Trung Quốc',
    lo: 'ການຄ້າ ລາວ – ຈີນ',
    zh: '老挝–中国贸易',
  },
  description: {
    en: 'Trade between Laos and China as reported on the Lao side, with the border crossings it passes through (Boten–Mohan, Pang Hai–Mengman; Lantui–Mengkang is weakly sourced).',
  },
  sources: citedSources(Object.values(sections)),
  ...sections,
};

/**
 * The embedded Laos–China dataset, parsed.
 *
 * @example
 * ```ts
 * laosChina.crossings.length;
 * //=> 3
 * ```
 *
 * @category Datasets
 */
export const laosChina: Dataset = /* @__PURE__ */ parseDataset(laosChinaDocument);
