import type { DatasetTranslations } from './dataset-translations.js';

/**
 * The project's Lao translations of the texts the embedded datasets hold in English (who
 * set each target, and its note), keyed by the English text, and the mark shown after one: the one
 * source of them for the report (`bilateral report --locale lo`) and the widgets' Lao
 * messages.
 *
 * @example
 * ```ts
 * DATASET_TRANSLATIONS_LO.texts['Vietnam and Laos governments']; //=> 'ລັດຖະບານ ຫວຽດນາມ ແລະ ລາວ'
 * ```
 */
export const DATASET_TRANSLATIONS_LO: DatasetTranslations = {
  mark: ' (ແປຈາກພາສາອັງກິດ)',
  texts: {
    '46th Vietnam–Laos Intergovernmental Committee, January 2024':
      'ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລັດຖະບານ ຫວຽດນາມ – ລາວ ຄັ້ງທີ 46, ມັງກອນ 2024',
    'Growth of 10–15 % on 2023, as the Ministry of Industry and Trade reports; that the 46th Committee set it is not confirmed by a published source.':
      'ເພີ່ມຂຶ້ນ 10–15% ທຽບກັບປີ 2023, ຕາມການລາຍງານຂອງກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຫວຽດນາມ; ການທີ່ກອງປະຊຸມຄັ້ງທີ 46 ກຳນົດເປົ້າໝາຍນີ້ ຍັງບໍ່ມີແຫຼ່ງທີ່ເຜີຍແຜ່ຢັ້ງຢືນ.',
    'Vietnam–Laos Joint Statement, September 2024': 'ຖະແຫຼງການຮ່ວມ ຫວຽດນາມ – ລາວ, ກັນຍາ 2024',
    'An average of 10–15 % a year; assumed: 2024–2030 (to the end of the 2021–2030 Cooperation Strategy), as the statement gives no plan period.':
      'ສະເລ່ຍ 10–15% ຕໍ່ປີ; ສົມມຸດ: 2024–2030 (ຮອດທ້າຍຍຸດທະສາດການຮ່ວມມື 2021–2030), ເນື່ອງຈາກຖະແຫຼງການບໍ່ໄດ້ລະບຸໄລຍະແຜນ.',
    'Laos–Vietnam pledge for 2021–2025': 'ຄຳໝັ້ນສັນຍາ ລາວ – ຫວຽດນາມ ສຳລັບ 2021–2025',
    'An average of 8–10 % a year through 2025; no primary source was found; assumed: base year 2020.':
      'ສະເລ່ຍ 8–10% ຕໍ່ປີ ຮອດປີ 2025; ບໍ່ພົບແຫຼ່ງຂໍ້ມູນຕົ້ນສະບັບ; ສົມມຸດ: ປີພື້ນຖານ 2020.',
    'Vietnam and Laos governments': 'ລັດຖະບານ ຫວຽດນາມ ແລະ ລາວ',
    'US$5 billion of two-way trade; assumed: by 2030, as no date was published.':
      'ມູນຄ່າການຄ້າສອງທາງ 5 ຕື້ ໂດລາສະຫະລັດ; ສົມມຸດ: ພາຍໃນປີ 2030, ເນື່ອງຈາກບໍ່ໄດ້ເຜີຍແຜ່ກຳນົດເວລາ.',
  },
};
