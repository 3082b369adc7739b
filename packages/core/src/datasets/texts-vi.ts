import type { DatasetTranslations } from './dataset-translations.js';

/**
 * The project's Vietnamese translations of the texts the embedded datasets hold in English (who
 * set each target, and its note), keyed by the English text, and the mark shown after one: the one
 * source of them for the report (`bilateral report --locale vi`) and the widgets' Vietnamese
 * messages.
 *
 * @example
 * ```ts
 * DATASET_TRANSLATIONS_VI.texts['47th Vietnam–Laos Intergovernmental Committee, January 2025'];
 * //=> 'Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – Lào, tháng 1/2025'
 * ```
 *
 * @category Datasets
 */
export const DATASET_TRANSLATIONS_VI: DatasetTranslations = {
  mark: ' (dịch từ tiếng Anh)',
  texts: {
    '46th Vietnam–Laos Intergovernmental Committee, January 2024':
      'Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam – Lào, tháng 1/2024',
    'Growth of 10–15 % on 2023, set in early January 2024.':
      'Tăng 10–15% so với năm 2023, đề ra đầu tháng 1/2024.',
    'Vietnam–Laos Joint Statement, September 2024': 'Tuyên bố chung Việt Nam – Lào, tháng 9/2024',
    'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.':
      'Bình quân 10–15% mỗi năm; giả định: 2024–2030 (đến hết Chiến lược hợp tác 2021–2030), vì tuyên bố không nêu thời kỳ kế hoạch.',
    'Lao and Vietnamese trade ministries': 'Bộ Công Thương Lào và Việt Nam',
    'An average of 8–10 % a year through 2025; assumed: base year 2020.':
      'Bình quân 8–10% mỗi năm đến năm 2025; giả định: năm gốc 2020.',
    '47th Vietnam–Laos Intergovernmental Committee, January 2025':
      'Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – Lào, tháng 1/2025',
    'Assumed: by 2030, as no date was published.':
      'Giả định: đến năm 2030, vì chưa công bố thời hạn.',
  },
};

/**
 * The project's Vietnamese translations of the words it wrote around the names in the embedded rate
 * sources' publishers (`RATE_SOURCES`, cited under `bilateral report --currency`'s table), keyed
 * by the English text: what links the names ("source:", "via", "as reported by") and describes a
 * source, institutions as the language names them; the titles of publications and the sites stay
 * as they are. The report only: the widgets cite no rate source.
 *
 * @example
 * ```ts
 * RATE_SOURCE_PUBLISHERS_VI[RATE_SOURCES[0].publisher];
 * //=> 'Ngân hàng Thế giới, World Development Indicators (nguồn: IMF International Financial Statistics), qua indexmundi.com'
 * ```
 */
export const RATE_SOURCE_PUBLISHERS_VI: Readonly<Record<string, string>> = {
  'World Bank, World Development Indicators (source: IMF International Financial Statistics), via indexmundi.com':
    'Ngân hàng Thế giới, World Development Indicators (nguồn: IMF International Financial Statistics), qua indexmundi.com',
  'National Bureau of Statistics of China, Statistical Communiqué of 28 February 2021, as reported by China Daily (chinaservicesinfo.com)':
    'Tổng cục Thống kê Quốc gia Trung Quốc, thông cáo thống kê ngày 28/2/2021, theo China Daily (chinaservicesinfo.com)',
  'Laitimes (article computing averages from the annual central parity data of the State Administration of Foreign Exchange)':
    'Laitimes (bài viết tính bình quân từ số liệu tỷ giá trung tâm hằng năm của Cục Quản lý Ngoại hối Nhà nước Trung Quốc)',
};
