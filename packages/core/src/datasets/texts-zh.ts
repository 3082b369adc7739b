import type { DatasetTranslations } from './dataset-translations.js';

/**
 * The project's Chinese translations of the texts the embedded datasets hold in English (who
 * set each target, and its note), keyed by the English text, and the mark shown after one: the one
 * source of them for the report (`bilateral report --locale zh`) and the widgets' Chinese
 * messages.
 *
 * @example
 * ```ts
 * DATASET_TRANSLATIONS_ZH.texts['Vietnam and Laos governments']; //=> '越南和老挝政府'
 * ```
 */
export const DATASET_TRANSLATIONS_ZH: DatasetTranslations = {
  mark: '（译自英文）',
  texts: {
    '46th Vietnam–Laos Intergovernmental Committee, January 2024':
      '越老政府间合作委员会第46次会议，2024年1月',
    'Growth of 10–15 % on 2023, as the Ministry of Industry and Trade reports; that the 46th Committee set it is not confirmed by a published source.':
      '较2023年增长10–15%，据越南工贸部报告；第46次会议是否设定了这一目标，尚无公开来源证实。',
    'Vietnam–Laos Joint Statement, September 2024': '越老联合声明，2024年9月',
    'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.':
      '年均增长10–15%；假定：2024–2030年（至2021–2030年合作战略结束），因声明未给出规划期。',
    'Laos–Vietnam pledge for 2021–2025': '老越2021–2025年承诺',
    'An average of 8–10 % a year through 2025; no primary source was found; assumed: base year 2020.':
      '至2025年年均增长8–10%；未找到原始来源；假定：基准年为2020年。',
    'Vietnam and Laos governments': '越南和老挝政府',
    'US$5 billion of two-way trade; assumed: by 2030, as no date was published.':
      '双边贸易额50亿美元；假定：至2030年，因未公布时限。',
  },
};
