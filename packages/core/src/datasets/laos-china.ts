import { type Dataset, type DatasetDocument, parseDataset } from '../flow/index.js';
import { laosChinaFlows } from './published-flows.js';
import { tradeSources } from './trade-sources.js';

/**
 * The Laos–China dataset as a JSON document: Lao exports to and imports from China as published,
 * each citing its source.
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
    en: 'Trade between Laos and China as reported on the Lao side, with the border crossings it passes through.',
  },
  sources: [...tradeSources],
  flows: [...laosChinaFlows],
};

/**
 * The embedded Laos–China dataset, parsed.
 *
 * @example
 * ```ts
 * laosChina.flows.length > 0;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export const laosChina: Dataset = /* @__PURE__ */ parseDataset(laosChinaDocument);
