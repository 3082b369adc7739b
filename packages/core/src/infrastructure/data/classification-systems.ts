import type { ClassificationSystem } from '../classification-system.js';

const DECREE_112 = {
  act: 'Decree 112/2014/ND-CP on the management of land border gates',
  note: 'In force 15 Jan 2015.',
  sources: ['decree-112-2014'],
};
const DECREE_34 = {
  act: 'Decree 34/2023/ND-CP amending Decree 112/2014/ND-CP',
  note: 'In force 31 Jul 2023.',
  sources: ['decree-34-2023'],
};
const VN_GATE_GOODS_NOTE = {
  fields: ['goods'],
  note: 'DOMAIN.md says only "goods" for this class; splitting them into import-export, border trade and border residents\' exchange follows the border-trade rules and is not separately sourced here.',
};

/**
 * Vietnam's classes of land border crossing under Decree 112/2014/ND-CP as amended by Decree
 * 34/2023/ND-CP: international, main (bilateral) and secondary border gates, border openings,
 * and (since 2023) customs-clearance lanes belonging to an international or main gate.
 *
 * Chinese names are those of Vietnamese state media's Chinese editions, not legal translations:
 * 国际口岸, 国家级口岸 and 地方口岸 as Vietnam News Agency writes them when it counts the
 * Vietnam–Laos gates by class (9, 6 and 18; zh.vietnamplus.vn, "越老边界线上的界碑与口岸系统"),
 * and 边境通道 and 货物通关通道 as Thời Đại's Chinese edition writes them
 * (shidai.thoidai.com.vn/detail-article-42320.html, 8 Jun 2023).
 *
 * The Lao names are the project's translations, not legal ones: no Lao source found names Vietnam's
 * classes one by one. The international class takes the word of Laos's own international class
 * (ດ່ານສາກົນ), which Lao media also use for Vietnam's side of an international pair ("ດ່ານສາກົນ
 * ນາມຢາງ", laoyouth-radio.com, Jan 2020); the others translate the Vietnamese words — ດ່ານຫຼັກ
 * (ສອງຝ່າຍ) "main (two-sided) checkpoint" for cửa khẩu chính (song phương), ດ່ານຮອງ "secondary
 * checkpoint" for cửa khẩu phụ, ຊ່ອງທາງຊາຍແດນ "border passage" for lối mở — rather than borrow
 * Laos's local and traditional classes (ດ່ານທ້ອງຖິ່ນ, ດ່ານປະເພນີ), whose crossers differ. The
 * widgets show the Vietnamese legal term beside them.
 *
 * @example
 * ```ts
 * VIETNAM_BORDER_GATE_SYSTEM.classes.find((c) => c.id === 'secondary')?.crossers;
 * //=> ['border-province-residents', 'border-residents']
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_BORDER_GATE_SYSTEM: ClassificationSystem = {
  id: 'vnm-land-border-gates',
  country: 'VNM',
  names: { en: 'Vietnam: land border gates', vi: 'Cửa khẩu biên giới đất liền' },
  legalBasis: [DECREE_112, DECREE_34],
  classes: [
    {
      id: 'international',
      // Lao: the word of Laos's own international class (ດ່ານສາກົນ), the same legal level.
      names: {
        en: 'international border gate',
        vi: 'cửa khẩu quốc tế',
        lo: 'ດ່ານສາກົນ',
        zh: '国际口岸',
      },
      level: 4,
      crossers: [
        'third-country-nationals',
        'citizens-of-both-countries',
        'border-province-residents',
        'border-residents',
      ],
      goods: [
        { kind: 'import-export' },
        { kind: 'border-trade' },
        { kind: 'border-resident-exchange' },
      ],
      openedBy: 'national-government',
      upgradedBy: 'national-government',
      authorityNote: 'the Government (e.g. Resolution 183/NQ-CP of 22 Dec 2020 upgraded Nam Giang)',
      legalBasis: [DECREE_112, DECREE_34],
      sources: ['decree-112-2014', 'decree-34-2023'],
      uncertain: VN_GATE_GOODS_NOTE,
      note: 'People and vehicles of Vietnam, the neighbour and third countries. Opening or upgrading requires agreement of both sides, inclusion in the national gate master plan, sovereignty and defence safeguards, and real flows of people and goods.',
    },
    {
      id: 'main',
      names: {
        en: 'main (bilateral) border gate',
        vi: 'cửa khẩu chính (song phương)',
        lo: 'ດ່ານຫຼັກ (ສອງຝ່າຍ)',
        zh: '国家级口岸',
      },
      level: 3,
      crossers: ['citizens-of-both-countries', 'border-province-residents', 'border-residents'],
      goods: [
        { kind: 'import-export' },
        { kind: 'border-trade' },
        { kind: 'border-resident-exchange' },
      ],
      openedBy: 'national-government',
      upgradedBy: 'national-government',
      authorityNote: 'the Government',
      legalBasis: [DECREE_112, DECREE_34],
      sources: ['decree-112-2014', 'decree-34-2023'],
      uncertain: VN_GATE_GOODS_NOTE,
      note: 'People and vehicles of Vietnam and the neighbouring country only.',
    },
    {
      id: 'secondary',
      names: {
        en: 'secondary (local) border gate',
        vi: 'cửa khẩu phụ',
        lo: 'ດ່ານຮອງ',
        zh: '地方口岸',
      },
      level: 2,
      crossers: ['border-province-residents', 'border-residents'],
      goods: [
        { kind: 'import-export' },
        { kind: 'border-trade' },
        { kind: 'border-resident-exchange' },
      ],
      openedBy: 'provincial-authority-with-national-approval',
      upgradedBy: 'provincial-authority-with-national-approval',
      authorityNote: "the provincial People's Committee, with the Government's approval",
      legalBasis: [DECREE_112, DECREE_34],
      sources: ['decree-112-2014', 'decree-34-2023'],
      uncertain: VN_GATE_GOODS_NOTE,
      note: 'People and vehicles of both countries belonging to the border provinces.',
    },
    {
      id: 'opening',
      names: { en: 'border opening', vi: 'lối mở biên giới', lo: 'ຊ່ອງທາງຊາຍແດນ', zh: '边境通道' },
      level: 1,
      crossers: ['border-residents'],
      goods: [
        { kind: 'border-resident-exchange', note: 'small local exchange' },
        {
          kind: 'border-trade',
          requires: 'provincial-listing',
          note: 'Law on Foreign Trade Management 2017, Art. 54',
        },
      ],
      openedBy: 'provincial-authority',
      upgradedBy: 'provincial-authority',
      authorityNote: "the provincial People's Committee",
      legalBasis: [
        DECREE_112,
        DECREE_34,
        {
          act: 'Law on Foreign Trade Management 2017',
          provision: 'Art. 54',
          sources: ['law-foreign-trade-management-2017'],
        },
      ],
      sources: ['decree-112-2014', 'law-foreign-trade-management-2017'],
      note: 'Border residents only.',
    },
    {
      id: 'clearance-lane',
      names: {
        en: 'customs-clearance lane / dedicated cargo road',
        vi: 'lối thông quan hàng hóa / đường chuyên dùng vận chuyển hàng hóa',
        lo: 'ຊ່ອງທາງຜ່ານສິນຄ້າ / ເສັ້ນທາງຂົນສົ່ງສິນຄ້າສະເພາະ',
        zh: '货物通关通道',
      },
      level: 0,
      crossers: [],
      cargoOnly: true,
      goods: [{ kind: 'import-export' }],
      partOf: ['international', 'main'],
      openedBy: 'national-government',
      authorityNote: 'the Government',
      legalBasis: [DECREE_34],
      sources: ['decree-34-2023'],
      note: 'Goods vehicles only; belongs to an international or main gate (since 2023).',
    },
  ],
  sources: ['decree-112-2014', 'decree-34-2023', 'law-foreign-trade-management-2017'],
  note: 'A border-gate economic zone is attached to an international or main gate and set up by the Government or the Prime Minister.',
};

/**
 * Laos' classes of border checkpoint: international (anyone), local (citizens of the two
 * neighbours) and traditional (local residents, village to village), as insidelaos.com
 * described them in 2020, quoting the Ministry of Public Works and Transport's 2016 statistics
 * (ດ່ານສາກົນ, ດ່ານທ້ອງຖິ່ນ, ດ່ານປະເພນີ). Goods and the opening authority are not sourced.
 *
 * The Vietnamese and Chinese names are the project's translations of the Lao words, not legal
 * ones: cửa khẩu quốc tế / 国际口岸 for ດ່ານສາກົນ (the words Vietnamese and Chinese use for an
 * international gate, e.g. nld.com.vn and zh.vietnamplus.vn on the Vietnam–Laos gates), cửa khẩu
 * địa phương / 地方口岸 "local" for ດ່ານທ້ອງຖິ່ນ and cửa khẩu truyền thống / 传统口岸
 * "traditional" for ດ່ານປະເພນີ. The widgets show the Lao legal term beside them.
 *
 * @example
 * ```ts
 * LAOS_CHECKPOINT_SYSTEM.classes.map((c) => c.id);
 * //=> ['international', 'local', 'traditional']
 * ```
 *
 * @category Infrastructure
 */
export const LAOS_CHECKPOINT_SYSTEM: ClassificationSystem = {
  id: 'lao-border-checkpoints',
  country: 'LAO',
  names: { en: 'Laos: border checkpoints', lo: 'ດ່ານຊາຍແດນ' },
  legalBasis: [],
  classes: [
    {
      id: 'international',
      names: {
        en: 'international checkpoint',
        vi: 'cửa khẩu quốc tế',
        lo: 'ດ່ານສາກົນ',
        zh: '国际口岸',
      },
      level: 3,
      crossers: [
        'third-country-nationals',
        'citizens-of-both-countries',
        'border-province-residents',
        'border-residents',
      ],
      legalBasis: [],
      sources: ['insidelaos-2020-03-20'],
      uncertain: {
        fields: ['goods', 'openedBy', 'legalBasis'],
        note: 'Only who may cross is sourced (insidelaos.com); goods, the opening authority and the Lao legal basis are not recorded.',
      },
    },
    {
      id: 'local',
      names: {
        en: 'local checkpoint',
        vi: 'cửa khẩu địa phương',
        lo: 'ດ່ານທ້ອງຖິ່ນ',
        zh: '地方口岸',
      },
      level: 2,
      crossers: ['citizens-of-both-countries', 'border-province-residents', 'border-residents'],
      legalBasis: [],
      sources: ['insidelaos-2020-03-20'],
      uncertain: {
        fields: ['goods', 'openedBy', 'legalBasis'],
        note: 'Only who may cross is sourced (insidelaos.com); goods, the opening authority and the Lao legal basis are not recorded.',
      },
      note: 'Citizens of Laos and the neighbouring country.',
    },
    {
      id: 'traditional',
      names: {
        en: 'traditional checkpoint',
        vi: 'cửa khẩu truyền thống',
        lo: 'ດ່ານປະເພນີ',
        zh: '传统口岸',
      },
      level: 1,
      crossers: ['border-residents'],
      legalBasis: [],
      sources: ['insidelaos-2020-03-20'],
      uncertain: {
        fields: ['goods', 'openedBy', 'legalBasis'],
        note: 'Only who may cross is sourced (insidelaos.com); goods, the opening authority and the Lao legal basis are not recorded.',
      },
      note: 'Local residents, village to village.',
    },
  ],
  sources: ['insidelaos-2020-03-20'],
  uncertain: {
    fields: ['legalBasis'],
    note: 'The Lao legal act defining the classes is not recorded.',
  },
};

const CHINA_UNSOURCED =
  'DOMAIN.md states the approving authorities (State Council for class-I, the province for class-II) without naming a source; who may cross follows the usual definitions and is not sourced here.';

/**
 * China's classes of land port on its borders: class-I (national) ports approved by the State
 * Council, class-II ports approved by the province, and border-resident trade points. Marked
 * uncertain: DOMAIN.md names no source for the definitions.
 *
 * The Vietnamese and Lao names are the project's translations of the Chinese words, not legal
 * ones: 一类口岸 "class-I port" and 二类口岸 "class-II port" with the level that approves them, as
 * the English names give it (cửa khẩu loại I (cấp quốc gia) / ດ່ານປະເພດ I (ຂັ້ນຊາດ), cửa khẩu loại II
 * (cấp tỉnh) / ດ່ານປະເພດ II (ຂັ້ນແຂວງ)), and 边民互市点 "border residents' trading point" (điểm
 * trao đổi hàng hóa của cư dân biên giới / ຈຸດແລກປ່ຽນສິນຄ້າຂອງປະຊາຊົນຊາຍແດນ). The widgets show
 * the Chinese legal term beside them.
 *
 * @example
 * ```ts
 * CHINA_PORT_SYSTEM.classes[0]?.names.zh;
 * //=> '一类口岸'
 * ```
 *
 * @category Infrastructure
 */
export const CHINA_PORT_SYSTEM: ClassificationSystem = {
  id: 'chn-land-ports',
  country: 'CHN',
  names: { en: 'China: land ports', zh: '陆路口岸' },
  legalBasis: [],
  classes: [
    {
      id: 'class-1-port',
      names: {
        en: 'class-I (national) port',
        vi: 'cửa khẩu loại I (cấp quốc gia)',
        lo: 'ດ່ານປະເພດ I (ຂັ້ນຊາດ)',
        zh: '一类口岸',
      },
      level: 3,
      crossers: [
        'third-country-nationals',
        'citizens-of-both-countries',
        'border-province-residents',
        'border-residents',
      ],
      openedBy: 'national-government',
      authorityNote: 'the State Council',
      legalBasis: [],
      sources: [],
      uncertain: { fields: ['crossers', 'openedBy'], note: CHINA_UNSOURCED },
    },
    {
      id: 'class-2-port',
      names: {
        en: 'class-II (provincial) port',
        vi: 'cửa khẩu loại II (cấp tỉnh)',
        lo: 'ດ່ານປະເພດ II (ຂັ້ນແຂວງ)',
        zh: '二类口岸',
      },
      level: 2,
      crossers: ['citizens-of-both-countries', 'border-province-residents', 'border-residents'],
      openedBy: 'provincial-authority',
      authorityNote: 'the provincial government',
      legalBasis: [],
      sources: [],
      uncertain: { fields: ['crossers', 'openedBy'], note: CHINA_UNSOURCED },
    },
    {
      id: 'border-resident-trade-point',
      names: {
        en: 'border-resident trade point',
        vi: 'điểm trao đổi hàng hóa của cư dân biên giới',
        lo: 'ຈຸດແລກປ່ຽນສິນຄ້າຂອງປະຊາຊົນຊາຍແດນ',
        zh: '边民互市点',
      },
      level: 1,
      crossers: ['border-residents'],
      goods: [{ kind: 'border-resident-exchange' }],
      legalBasis: [],
      sources: [],
      uncertain: { fields: ['crossers', 'goods'], note: CHINA_UNSOURCED },
    },
  ],
  sources: [],
  uncertain: { note: CHINA_UNSOURCED },
};

/**
 * The embedded classification systems: Vietnam, Laos and China. Functions that check classes
 * use these unless given others.
 *
 * @example
 * ```ts
 * CLASSIFICATION_SYSTEMS.map((s) => s.country);
 * //=> ['VNM', 'LAO', 'CHN']
 * ```
 *
 * @category Infrastructure
 */
export const CLASSIFICATION_SYSTEMS: readonly ClassificationSystem[] = [
  VIETNAM_BORDER_GATE_SYSTEM,
  LAOS_CHECKPOINT_SYSTEM,
  CHINA_PORT_SYSTEM,
];
