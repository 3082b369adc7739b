import type { BorderCrossing, ClassChange, StatusPeriod } from '../border-crossing.js';
import type { UncertainMarker } from '../uncertain-marker.js';

/** Sources DOMAIN.md §4 cites for the pair table as a whole, plus the 2025 merger resolution. */
const TABLE_SOURCES = ['lutrader-2016', 'lawnet-vn', 'laoyouth-radio', 'resolution-202-2025-qh15'];

const LAO_CLASS_DERIVED: UncertainMarker = {
  fields: ['class'],
  note: 'DERIVED: DOMAIN.md gives only the Vietnamese class; the Lao checkpoint is taken to be international because the pair is an international pair.',
};
const LAO_CLASS_UNKNOWN: UncertainMarker = {
  fields: ['class'],
  note: 'The Lao class of this checkpoint is not in any source found (DOMAIN.md gives only the Vietnamese class).',
};

/** Vietnamese provinces and the province each belongs to since 1 July 2025. */
const AFTER_MERGER: Readonly<Record<string, string>> = {
  'Điện Biên': 'Điện Biên',
  'Sơn La': 'Sơn La',
  'Thanh Hóa': 'Thanh Hóa',
  'Nghệ An': 'Nghệ An',
  'Hà Tĩnh': 'Hà Tĩnh',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Trị': 'Quảng Trị',
  'Thừa Thiên Huế': 'Huế',
  'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
};

/** The economy module's province ids. */
const PROVINCE_IDS: Readonly<Record<string, string>> = {
  'Điện Biên': 'VN-DIEN-BIEN',
  'Sơn La': 'VN-SON-LA',
  'Thanh Hóa': 'VN-THANH-HOA',
  'Nghệ An': 'VN-NGHE-AN',
  'Hà Tĩnh': 'VN-HA-TINH',
  'Quảng Bình': 'VN-QUANG-BINH',
  'Quảng Trị': 'VN-QUANG-TRI',
  'Thừa Thiên Huế': 'VN-THUA-THIEN-HUE',
  'Quảng Nam': 'VN-QUANG-NAM',
  'Kon Tum': 'VN-KON-TUM',
  Phongsaly: 'LA-PHONGSALY',
  'Luang Prabang': 'LA-LUANG-PRABANG',
  Houaphanh: 'LA-HOUAPHANH',
  Xiengkhouang: 'LA-XIENGKHOUANG',
  Bolikhamxay: 'LA-BOLIKHAMXAY',
  Khammouane: 'LA-KHAMMOUANE',
  Savannakhet: 'LA-SAVANNAKHET',
  Salavan: 'LA-SALAVAN',
  Sekong: 'LA-SEKONG',
  Attapeu: 'LA-ATTAPEU',
};

function province(name: string): { name: string; id?: string } {
  const id = PROVINCE_IDS[name];
  return id === undefined ? { name } : { name, id };
}

interface PairRow {
  readonly slug: string;
  /** Vietnamese gate, its name without diacritics, province (before the merger) and class. */
  readonly vn: readonly [gate: string, en: string, province: string, cls: string];
  readonly vnHistory?: ClassChange[];
  readonly vnUncertain?: UncertainMarker;
  readonly vnSources?: string[];
  /** Lao gate as DOMAIN.md writes it, a plain-letter form, and the province. */
  readonly lao: readonly [
    gate: string | undefined,
    en: string | undefined,
    province: string | undefined,
  ];
  readonly laoClass?: string;
  readonly laoHistory?: ClassChange[];
  readonly laoUncertain?: UncertainMarker;
  readonly laoAliases?: string[];
  readonly laoLocality?: string;
  readonly laoSources?: string[];
  readonly economicZoneId?: string;
  readonly status?: StatusPeriod[];
  readonly sources?: string[];
  readonly note?: string;
}

function pair(row: PairRow): BorderCrossing {
  const [vnGate, vnEn, vnProvince, vnClass] = row.vn;
  const [laoGate, laoEn, laoProvince] = row.lao;
  const after = AFTER_MERGER[vnProvince];
  const laoClass = row.laoClass;
  return {
    id: `vnm-lao-${row.slug}`,
    names: {
      en: `${vnEn} – ${laoEn ?? 'Lao gate not recorded'}`,
      vi: `${vnGate} – ${laoGate ?? 'cửa khẩu phía Lào chưa rõ'}`,
    },
    sides: [
      {
        country: 'VNM',
        province:
          after === undefined
            ? province(vnProvince)
            : { ...province(vnProvince), after2025Merger: after },
        gate: vnGate,
        class: vnClass,
        ...(row.vnHistory === undefined ? {} : { classHistory: row.vnHistory }),
        ...(row.vnSources === undefined ? {} : { sources: row.vnSources }),
        ...(row.vnUncertain === undefined ? {} : { uncertain: row.vnUncertain }),
      },
      {
        country: 'LAO',
        ...(laoProvince === undefined ? {} : { province: province(laoProvince) }),
        ...(row.laoLocality === undefined ? {} : { locality: row.laoLocality }),
        ...(laoGate === undefined ? {} : { gate: laoGate }),
        ...(row.laoAliases === undefined ? {} : { aliases: row.laoAliases }),
        ...(laoClass === undefined ? {} : { class: laoClass }),
        ...(row.laoHistory === undefined ? {} : { classHistory: row.laoHistory }),
        ...(row.laoSources === undefined ? {} : { sources: row.laoSources }),
        uncertain:
          row.laoUncertain ??
          (laoClass === 'international' ? LAO_CLASS_DERIVED : LAO_CLASS_UNKNOWN),
      },
    ],
    modes: [{ mode: 'road' }],
    ...(row.status === undefined ? {} : { status: row.status }),
    ...(row.economicZoneId === undefined ? {} : { economicZoneId: row.economicZoneId }),
    sources: [...TABLE_SOURCES, ...(row.sources ?? [])],
    ...(row.note === undefined ? {} : { note: row.note }),
  };
}

/**
 * Every Vietnam–Laos crossing pair DOMAIN.md §4 lists: 9 international, 6 main and 13 secondary
 * pairs (28 rows). Vietnamese provinces are as before the 1 July 2025 merger, with the province
 * after it in `after2025Merger`. The official count at Oct 2024 has 18 secondary gates and 27
 * openings: the 5 other secondary pairs and the openings are in no source found and are NOT
 * listed (see {@link VIETNAM_LAOS_LIST_COMPLETENESS}); rows are never invented to match a count.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_CROSSINGS.length;
 * //=> 28
 * VIETNAM_LAOS_CROSSINGS.filter((c) => c.sides[0].class === 'secondary').length;
 * //=> 13
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_LAOS_CROSSINGS: readonly BorderCrossing[] = [
  // International pairs
  pair({
    slug: 'tay-trang',
    vn: ['Tây Trang', 'Tay Trang', 'Điện Biên', 'international'],
    lao: ['Sop Hun', 'Sop Hun', 'Phongsaly'],
    laoAliases: ['Pang Hốc'],
    laoClass: 'international',
  }),
  pair({
    slug: 'na-meo',
    vn: ['Na Mèo', 'Na Meo', 'Thanh Hóa', 'international'],
    lao: ['Nậm Xôi', 'Nam Xoi', 'Houaphanh'],
    laoClass: 'international',
  }),
  pair({
    slug: 'nam-can',
    vn: ['Nậm Cắn', 'Nam Can', 'Nghệ An', 'international'],
    lao: ['Nậm Cắn', 'Nam Can', 'Xiengkhouang'],
    laoClass: 'international',
  }),
  pair({
    slug: 'cau-treo',
    vn: ['Cầu Treo', 'Cau Treo', 'Hà Tĩnh', 'international'],
    lao: ['Nậm Phao', 'Nam Phao', 'Bolikhamxay'],
    laoClass: 'international',
    economicZoneId: 'vnm-ez-cau-treo',
  }),
  pair({
    slug: 'cha-lo',
    vn: ['Cha Lo', 'Cha Lo', 'Quảng Bình', 'international'],
    lao: ['Na Phàu', 'Na Phau', 'Khammouane'],
    laoClass: 'international',
  }),
  pair({
    slug: 'lao-bao',
    vn: ['Lao Bảo', 'Lao Bao', 'Quảng Trị', 'international'],
    lao: ['Densavanh', 'Densavanh', 'Savannakhet'],
    laoClass: 'international',
    economicZoneId: 'vnm-ez-lao-bao',
    sources: ['vietnam-vn-quang-tri-2024-04'],
    note: 'Single-stop inspection since 2015.',
  }),
  pair({
    slug: 'la-lay',
    vn: ['La Lay', 'La Lay', 'Quảng Trị', 'international'],
    vnHistory: [
      {
        date: '1998',
        class: 'main',
        change: 'upgraded',
        sources: ['vietgiaitri-2014-06-26-la-lay'],
        note: 'Upgraded to a main gate by the two governments in 1998; the class before is not recorded.',
      },
      {
        date: '2014-06',
        class: 'international',
        from: 'main',
        change: 'upgraded',
        sources: ['vietnam-vn-quang-tri-2024-04', 'vietgiaitri-2014-06-26-la-lay'],
        note: 'The international pair was opened at a ceremony on 25 June 2014.',
      },
    ],
    lao: ['La Lay', 'La Lay', 'Salavan'],
    laoAliases: ['Lalay'],
    laoClass: 'international',
    laoHistory: [
      {
        date: '2014-06',
        class: 'international',
        change: 'upgraded',
        sources: ['vietgiaitri-2014-06-26-la-lay'],
        note: 'Opened as an international pair on 25 June 2014; the Lao class before is not recorded.',
      },
    ],
    laoUncertain: {
      fields: ['classHistory'],
      note: 'The Lao class before June 2014 is not recorded.',
    },
    sources: ['vietnam-vn-quang-tri-2024-04', 'vietgiaitri-2014-06-26-la-lay'],
  }),
  pair({
    slug: 'bo-y',
    vn: ['Bờ Y', 'Bo Y', 'Kon Tum', 'international'],
    lao: ['Phou Keua', 'Phou Keua', 'Attapeu'],
    laoClass: 'international',
    economicZoneId: 'vnm-ez-bo-y',
  }),
  pair({
    slug: 'nam-giang',
    vn: ['Nam Giang', 'Nam Giang', 'Quảng Nam', 'international'],
    vnHistory: [
      {
        date: '2020-12-22',
        class: 'international',
        from: 'main',
        change: 'upgraded',
        act: 'Resolution 183/NQ-CP of 22 Dec 2020',
        sources: ['resolution-183-2020', 'baoquangnam-2020-12-nam-giang'],
      },
    ],
    lao: ['Đắc Tà Oọc', 'Dak Ta Ok', 'Sekong'],
    laoAliases: ['Dakta Ok'],
    laoClass: 'international',
    laoHistory: [
      {
        date: '2021',
        class: 'international',
        from: 'local',
        change: 'upgraded',
        sources: ['vietnamplus-2021-08-nam-giang'],
        uncertain: {
          fields: ['date'],
          note: 'The article (Aug 2021) says the pair was upgraded "earlier this year"; the date of the Lao decision is not recorded. That Dak Ta Ok was a local checkpoint before is from DOMAIN.md §4.',
        },
      },
    ],
    laoUncertain: {
      fields: ['classHistory'],
      note: 'The date of the Lao upgrade is known only to the year.',
    },
    economicZoneId: 'vnm-ez-nam-giang',
    sources: [
      'resolution-183-2020',
      'baoquangnam-2020-12-nam-giang',
      'vietnamplus-2021-08-nam-giang',
    ],
    note: 'The international pair was launched on 14 Aug 2021.',
  }),
  // Main pairs
  pair({
    slug: 'huoi-puoc',
    vn: ['Huổi Puốc', 'Huoi Puoc', 'Điện Biên', 'main'],
    lao: ['Na Son', 'Na Son', 'Luang Prabang'],
    laoUncertain: {
      fields: ['province', 'class'],
      note: 'DOMAIN.md marks the Lao province of Na Son UNCERTAIN. Luang Prabang is from press reports, not from an official list, so it stays uncertain: VietnamPlus, 15 Oct 2022 (cited); and, not in the sources so that the data file stays small, a VNA report dated 22 Apr 2009 that Điện Biên and Luang Prabang opened the pair, read only in its copy in GT-Rider\'s forum thread "2nd Dien Bien Phu / Laos Crossing Open", and Lao Động\'s "Dien Bien promotes upgrading Huoi Puoc border gate to an international border gate" (undated as read; it reports a survey on 16 January, which VietnamPlus\'s report of the same survey dates 16 Jan 2026). The Lao class of Na Son is in no source found.',
    },
    sources: ['vietnamplus-240131'],
  }),
  pair({
    slug: 'chieng-khuong',
    vn: ['Chiềng Khương', 'Chieng Khuong', 'Sơn La', 'main'],
    lao: ['Bản Đán', 'Ban Dan', 'Houaphanh'],
  }),
  pair({
    slug: 'long-sap',
    vn: ['Lóng Sập', 'Long Sap', 'Sơn La', 'main'],
    lao: ['Pa Háng', 'Pa Hang', 'Houaphanh'],
  }),
  pair({
    slug: 'ten-tan',
    vn: ['Tén Tằn', 'Ten Tan', 'Thanh Hóa', 'main'],
    lao: ['Xổm Vằng', 'Xom Vang', 'Houaphanh'],
  }),
  pair({
    slug: 'hong-van',
    vn: ['Hồng Vân', 'Hong Van', 'Thừa Thiên Huế', 'main'],
    lao: ['Cô Tài', 'Co Tai', 'Salavan'],
  }),
  pair({
    slug: 'a-dot',
    vn: ['A Đớt', 'A Dot', 'Thừa Thiên Huế', 'main'],
    lao: ['Tà Vàng', 'Ta Vang', 'Sekong'],
  }),
  // Secondary pairs (13 of the 18 in the official count)
  pair({
    slug: 'si-pa-phin',
    vn: ['Si Pa Phìn', 'Si Pa Phin', 'Điện Biên', 'secondary'],
    lao: ['Huội La', 'Huoi La', 'Phongsaly'],
  }),
  pair({
    slug: 'nam-lanh',
    vn: ['Nậm Lạnh', 'Nam Lanh', 'Sơn La', 'secondary'],
    lao: ['Mường Pợ', 'Muong Po', 'Houaphanh'],
  }),
  pair({
    slug: 'na-cai',
    vn: ['Nà Cài', 'Na Cai', 'Sơn La', 'secondary'],
    lao: ['Sốp Đụng', 'Sop Dung', 'Houaphanh'],
  }),
  pair({
    slug: 'kheo',
    vn: ['Khẹo', 'Kheo', 'Thanh Hóa', 'secondary'],
    lao: ['Tha Lấu', 'Tha Lau', 'Houaphanh'],
  }),
  pair({
    slug: 'thong-thu',
    vn: ['Thông Thụ', 'Thong Thu', 'Nghệ An', 'secondary'],
    lao: ['Nậm Tạy', 'Nam Tay', 'Houaphanh'],
  }),
  pair({
    slug: 'tam-hop',
    vn: ['Tam Hợp', 'Tam Hop', 'Nghệ An', 'secondary'],
    lao: ['Thoong Mi Xay', 'Thoong Mi Xay', 'Bolikhamxay'],
  }),
  pair({
    slug: 'cao-veu',
    vn: ['Cao Vều', 'Cao Veu', 'Nghệ An', 'secondary'],
    lao: ['Thoong Phị La', 'Thoong Phi La', 'Bolikhamxay'],
  }),
  pair({
    slug: 'thanh-thuy',
    vn: ['Thanh Thủy', 'Thanh Thuy', 'Nghệ An', 'secondary'],
    vnUncertain: {
      fields: ['class'],
      note: 'UNCERTAIN in DOMAIN.md: one source says main. nghean24h.vn (Jul 2024): upgraded to main on the Vietnamese side by Decision 753/QD-TTg of 19 May 2011, but Laos has not upgraded Nậm On, so the pair still works as secondary and Decision 1201/QD-TTg lists it as secondary.',
    },
    vnSources: ['nghean24h-2024-07-thanh-thuy'],
    lao: ['Nậm On', 'Nam On', 'Bolikhamxay'],
    laoLocality: 'Xaychamphone district',
    laoSources: ['nghean24h-2024-07-thanh-thuy'],
    laoUncertain: {
      fields: ['province', 'class'],
      note: 'DOMAIN.md writes "Bolikhamxay?"; nghean24h.vn (Jul 2024) places Nậm On in Xaychamphone district, Bolikhamxay. The Lao class is not recorded (not upgraded to a main checkpoint, per the same article).',
    },
    sources: ['nghean24h-2024-07-thanh-thuy'],
  }),
  pair({
    slug: 'ta-rung',
    vn: ['Tà Rùng', 'Ta Rung', 'Quảng Trị', 'secondary'],
    lao: ['La Cồ', 'La Co', 'Savannakhet'],
    sources: ['vietnam-vn-quang-tri-2024-04'],
  }),
  pair({
    slug: 'cheng',
    vn: ['Cheng', 'Cheng', 'Quảng Trị', 'secondary'],
    lao: ['Bản Mày', 'Ban May', 'Savannakhet'],
    sources: ['vietnam-vn-quang-tri-2024-04'],
  }),
  pair({
    slug: 'thanh',
    vn: ['Thanh', 'Thanh', 'Quảng Trị', 'secondary'],
    lao: ['Đen Vi Lay', 'Den Vi Lay', 'Savannakhet'],
    sources: ['vietnam-vn-quang-tri-2024-04'],
  }),
  pair({
    slug: 'coc',
    vn: ['Cóc', 'Coc', 'Quảng Trị', 'secondary'],
    vnHistory: [
      {
        date: '2007',
        class: 'secondary',
        change: 'opened',
        act: 'Quang Tri provincial Decision 1268/QD-UBND',
        sources: ['vietnam-vn-quang-tri-2024-04', 'lawnet-vn'],
      },
    ],
    lao: ['A Xóc', 'A Xoc', 'Salavan'],
    sources: ['vietnam-vn-quang-tri-2024-04'],
  }),
  pair({
    slug: 'ca-roong',
    vn: ['Cà Roòng', 'Ca Roong', 'Quảng Bình', 'secondary'],
    lao: [undefined, undefined, undefined],
    laoUncertain: {
      fields: ['gate', 'province', 'class'],
      note: 'UNCERTAIN in DOMAIN.md: the Lao gate facing Cà Roòng, its province and its class are not sourced.',
    },
  }),
];
