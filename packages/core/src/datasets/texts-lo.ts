import type { DatasetTranslations } from './dataset-translations.js';

/**
 * The project's Lao translations of the texts the embedded datasets hold in English (who
 * set each target, and its note), keyed by the English text, and the mark shown after one: the one
 * source of them for the report (`bilateral report --locale lo`) and the widgets' Lao
 * messages.
 *
 * @example
 * ```ts
 * DATASET_TRANSLATIONS_LO.texts['47th Vietnam–Laos Intergovernmental Committee, January 2025'];
 * //=> 'ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລັດຖະບານ ຫວຽດນາມ – ລາວ ຄັ້ງທີ 47, ມັງກອນ 2025'
 * ```
 *
 * @category Datasets
 */
export const DATASET_TRANSLATIONS_LO: DatasetTranslations = {
  mark: ' (ແປຈາກພາສາອັງກິດ)',
  texts: {
    '46th Vietnam–Laos Intergovernmental Committee, January 2024':
      'ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລັດຖະບານ ຫວຽດນາມ – ລາວ ຄັ້ງທີ 46, ມັງກອນ 2024',
    'Growth of 10–15 % on 2023, set in early January 2024.':
      'ເພີ່ມຂຶ້ນ 10–15% ທຽບກັບປີ 2023, ກຳນົດໃນຕົ້ນເດືອນມັງກອນ 2024.',
    'Vietnam–Laos Joint Statement, September 2024': 'ຖະແຫຼງການຮ່ວມ ຫວຽດນາມ – ລາວ, ກັນຍາ 2024',
    'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.':
      'ສະເລ່ຍ 10–15% ຕໍ່ປີ; ສົມມຸດ: 2024–2030 (ຮອດທ້າຍຍຸດທະສາດການຮ່ວມມື 2021–2030), ເນື່ອງຈາກຖະແຫຼງການບໍ່ໄດ້ລະບຸໄລຍະແຜນ.',
    'Lao and Vietnamese trade ministries': 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ລາວ ແລະ ຫວຽດນາມ',
    'An average of 8–10 % a year through 2025; assumed: base year 2020.':
      'ສະເລ່ຍ 8–10% ຕໍ່ປີ ຮອດປີ 2025; ສົມມຸດ: ປີພື້ນຖານ 2020.',
    '47th Vietnam–Laos Intergovernmental Committee, January 2025':
      'ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລັດຖະບານ ຫວຽດນາມ – ລາວ ຄັ້ງທີ 47, ມັງກອນ 2025',
    'Assumed: by 2030, as no date was published.': 'ສົມມຸດ: ພາຍໃນປີ 2030, ເນື່ອງຈາກບໍ່ໄດ້ເຜີຍແຜ່ກຳນົດເວລາ.',
  },
};

/**
 * The project's Lao translations of the words it wrote around the names in the embedded rate
 * sources' publishers (`RATE_SOURCES`, cited under `bilateral report --currency`'s table), keyed
 * by the English text: what links the names ("source:", "via", "as reported by") and describes a
 * source, institutions as the language names them; the titles of publications and the sites stay
 * as they are. The report only: the widgets cite no rate source.
 *
 * @example
 * ```ts
 * RATE_SOURCE_PUBLISHERS_LO[RATE_SOURCES[0].publisher];
 * //=> 'ທະນາຄານໂລກ, World Development Indicators (ແຫຼ່ງຂໍ້ມູນ: IMF International Financial Statistics), ຜ່ານ indexmundi.com'
 * ```
 */
export const RATE_SOURCE_PUBLISHERS_LO: Readonly<Record<string, string>> = {
  'World Bank, World Development Indicators (source: IMF International Financial Statistics), via indexmundi.com':
    'ທະນາຄານໂລກ, World Development Indicators (ແຫຼ່ງຂໍ້ມູນ: IMF International Financial Statistics), ຜ່ານ indexmundi.com',
  'National Bureau of Statistics of China, Statistical Communiqué of 28 February 2021, as reported by China Daily (chinaservicesinfo.com)':
    'ສຳນັກງານສະຖິຕິແຫ່ງຊາດຈີນ, ຖະແຫຼງການສະຖິຕິ ວັນທີ 28 ກຸມພາ 2021, ຕາມການລາຍງານຂອງ China Daily (chinaservicesinfo.com)',
  'Laitimes (article computing averages from the annual central parity data of the State Administration of Foreign Exchange)':
    'Laitimes (ບົດຄວາມທີ່ຄິດໄລ່ຄ່າສະເລ່ຍຈາກຂໍ້ມູນອັດຕາກາງປະຈຳປີ ຂອງກົມຄຸ້ມຄອງເງິນຕາຕ່າງປະເທດແຫ່ງລັດຈີນ)',
};
