import type { DatasetTranslations } from './dataset-translations.js';

/**
 * The project's Chinese translations of the texts the embedded datasets hold in English (who
 * set each target, and its note), keyed by the English text, and the mark shown after one: the one
 * source of them for the report (`bilateral report --locale zh`) and the widgets' Chinese
 * messages.
 *
 * @example
 * ```ts
 * DATASET_TRANSLATIONS_ZH.texts['47th Vietnam–Laos Intergovernmental Committee, January 2025']; //=> '越老政府间合作委员会第47次会议，2025年1月'
 * ```
 *
 * @category Datasets
 */
export const DATASET_TRANSLATIONS_ZH: DatasetTranslations = {
  mark: '（译自英文）',
  texts: {
    '46th Vietnam–Laos Intergovernmental Committee, January 2024':
      '越老政府间合作委员会第46次会议，2024年1月',
    'Growth of 10–15 % on 2023, set in early January 2024.':
      '较2023年增长10–15%，于2024年1月初设定。',
    'Vietnam–Laos Joint Statement, September 2024': '越老联合声明，2024年9月',
    'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.':
      '年均增长10–15%；假定：2024–2030年（至2021–2030年合作战略结束），因声明未给出规划期。',
    'Lao and Vietnamese trade ministries': '老挝和越南工贸部',
    'An average of 8–10 % a year through 2025; assumed: base year 2020.':
      '至2025年年均增长8–10%；假定：基准年为2020年。',
    '47th Vietnam–Laos Intergovernmental Committee, January 2025':
      '越老政府间合作委员会第47次会议，2025年1月',
    'Assumed: by 2030, as no date was published.': '假定：至2030年，因未公布时限。',
  },
};

/**
 * The project's Chinese translations of the words it wrote around the names in the embedded rate
 * sources' publishers (`RATE_SOURCES`, cited under `bilateral report --currency`'s table), keyed
 * by the English text: what links the names ("source:", "via", "as reported by") and describes a
 * source, institutions as the language names them; the titles of publications and the sites stay
 * as they are. The report only: the widgets cite no rate source.
 *
 * @example
 * ```ts
 * RATE_SOURCE_PUBLISHERS_ZH[RATE_SOURCES[0].publisher];
 * //=> '世界银行，World Development Indicators（来源：IMF International Financial Statistics），经由indexmundi.com'
 * ```
 */
export const RATE_SOURCE_PUBLISHERS_ZH: Readonly<Record<string, string>> = {
  'World Bank, World Development Indicators (source: IMF International Financial Statistics), via indexmundi.com':
    '世界银行，World Development Indicators（来源：IMF International Financial Statistics），经由indexmundi.com',
  'National Bureau of Statistics of China, Statistical Communiqué of 28 February 2021, as reported by China Daily (chinaservicesinfo.com)':
    '国家统计局2021年2月28日统计公报，据China Daily（chinaservicesinfo.com）报道',
  'Laitimes (article computing averages from the annual central parity data of the State Administration of Foreign Exchange)':
    'Laitimes（该文根据国家外汇管理局的年度人民币汇率中间价数据计算平均值）',
};
