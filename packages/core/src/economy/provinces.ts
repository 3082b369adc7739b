/**
 * `@bilateral/core/provinces`: the border provinces ({@link BORDER_PROVINCES}), the Vietnamese and
 * Lao provinces along the Vietnam–Laos border, the Lao provinces towards China, and Yunnan with the
 * prefectures of Xishuangbanna and Pu'er.
 *
 * Vietnam reorganised its provinces twice in 2025:
 * - Thừa Thiên Huế province became Huế, a city under the central government, on 1 January 2025
 *   (National Assembly Resolution 175/2024/QH15), with the same territory.
 * - The provincial merger voted by the National Assembly on 12 June 2025, with the new provincial
 *   governments in office from 1 July 2025: Quảng Bình merged into Quảng Trị, Kon Tum into
 *   Quảng Ngãi, Quảng Nam into Đà Nẵng city. Điện Biên, Sơn La, Thanh Hóa, Nghệ An and Hà Tĩnh
 *   were unchanged.
 * Old units keep their entries with `mergedInto` and `since`; `provinceAt` follows them.
 *
 * Borders (`borders`: which of the Vietnam–Laos, Laos–China and Vietnam–China borders a unit lies
 * on; other countries' borders are not recorded). The project's domain notes (DOMAIN.md §4, from
 * lutrader.com, lawnet.vn, vietnamplus.vn, baoquangnam.vn, laoyouth-radio.com and vietnam.vn for
 * the Vietnam–Laos pairs) and the embedded Laos–China crossings' sources (China Daily and
 * chinanews.com for Boten–Mohan, mekongtourism.org for Pang Hai–Mengman) give the provinces of
 * both sides of each listed crossing, which puts every Vietnamese unit, Phongsaly, Houaphanh,
 * Xiengkhouang, Bolikhamxay, Khammouane, Savannakhet, Salavan, Sekong and Attapeu on the
 * Vietnam–Laos border, and Luang Namtha, Phongsaly, Xishuangbanna and Pu'er on Laos–China (Pu'er's
 * crossing, Lantui–Mengkang, is weakly sourced). Units that took over a border province in 2025
 * take its border. The rest, not in those notes:
 * - Luang Prabang on the Vietnam border: Na Son village (Phonthong district, Luang Prabang), near
 *   Huổi Puốc, borders Điện Biên (VietnamPlus, "Vietnam–Laos villages tighten solidarity",
 *   15 Oct 2022, en.vietnamplus.vn/vietnamlaos-villages-tighten-solidarity/240131.vnp); the
 *   crossings' data puts Na Son, Huổi Puốc's partner, in it from that and two more press reports
 *   (`infrastructure/data/vietnam-laos-crossings.ts`, still marked uncertain there).
 * - Oudomxay on the China border, and Bokeo on none of the three: Wikipedia's "China–Laos border"
 *   (Luang Namtha, Oudomxay and Phongsaly face Yunnan) and "Bokeo Province" (Thailand, Myanmar).
 * - Điện Biên on the China border and Yunnan on Vietnam's: the Vietnam–Laos–China tripoint, A Pa
 *   Chai, in Điện Biên's Mường Nhé district (dienbien.gov.vn, "A Pa Chai - Long Phu border gate").
 * - Pu'er on the Vietnam border: its border management team and Điện Biên's border guards met in
 *   Pu'er on 29 October 2024 about opening A Pa Chải–Long Phú as a border gate (Lao Động, "A Pa
 *   Chai opening will soon be upgraded to a border gate",
 *   news.laodong.vn/thoi-su/loi-mo-a-pa-chai-se-som-duoc-nang-cap-thanh-cua-khau-1414235.ldo);
 *   that Long Phú is in Pu'er's Jiangcheng county, at the tripoint, is from a company's page
 *   (maianhgroup.com) and a travel guide (chinadragontours.com, Pu'er overview) only, so the
 *   entry stays `uncertain`.
 *
 * Names: English in the spelling the provinces use in English; Vietnamese with diacritics; Lao
 * in Lao script with ຫຼ; simplified Chinese. Lao and Vietnamese renderings of each other's
 * place names vary between publications: the forms here are common press forms, and entries
 * whose rendering could not be confirmed are marked `uncertain` with the variants in `note`.
 *
 * @packageDocumentation
 */

import type { BorderProvince } from './border-province.js';

/** Lao spellings of Vietnamese provinces come from Lao-language press usage, not a gazetteer. */
const LAO_SPELLING_UNCONFIRMED =
  'The Lao spelling follows Lao-language press usage and was not checked against an official list.';

/** A Vietnamese province the 2025 merger left as it was, with a Lao spelling from the press. */
const UNCHANGED_IN_2025 = {
  uncertain: true,
  note: `Unchanged by the 2025 merger. ${LAO_SPELLING_UNCONFIRMED}`,
} as const;

/**
 * Each province's `uncertain` flag and `note`, by id: kept apart from the names and borders so
 * that code which reads only those ({@link BORDER_PROVINCES_WITHOUT_NOTES}: the widgets' chunk of
 * province names) carries no note.
 */
const NOTES: Readonly<Record<string, Pick<BorderProvince, 'uncertain' | 'note'>>> = {
  'VN-DIEN-BIEN': {
    note: 'Borders Laos and China. Unchanged by the 2025 merger.',
  },
  'VN-SON-LA': UNCHANGED_IN_2025,
  'VN-THANH-HOA': UNCHANGED_IN_2025,
  'VN-NGHE-AN': UNCHANGED_IN_2025,
  'VN-HA-TINH': UNCHANGED_IN_2025,
  'VN-QUANG-BINH': {
    uncertain: true,
    note: `Merged into Quảng Trị from 1 July 2025. ${LAO_SPELLING_UNCONFIRMED}`,
  },
  'VN-QUANG-TRI': {
    uncertain: true,
    note:
      'From 1 July 2025 the province also covers the former Quảng Bình, under the same name. ' +
      `${LAO_SPELLING_UNCONFIRMED} Also written ກວາງຈີ້.`,
  },
  'VN-THUA-THIEN-HUE': {
    uncertain: true,
    note:
      'Became Huế city (under the central government, same territory) on 1 January 2025. ' +
      LAO_SPELLING_UNCONFIRMED,
  },
  'VN-QUANG-NAM': {
    uncertain: true,
    note: `Merged into Đà Nẵng city from 1 July 2025. ${LAO_SPELLING_UNCONFIRMED}`,
  },
  'VN-KON-TUM': {
    uncertain: true,
    note: `Borders Laos and Cambodia. Merged into Quảng Ngãi from 1 July 2025. ${LAO_SPELLING_UNCONFIRMED}`,
  },
  'VN-HUE': {
    uncertain: true,
    note:
      'City under the central government since 1 January 2025, formerly Thừa Thiên Huế province. ' +
      LAO_SPELLING_UNCONFIRMED,
  },
  'VN-DA-NANG': {
    uncertain: true,
    note:
      'City under the central government; on the Laos border only since 1 July 2025, when Quảng ' +
      `Nam merged into it. ${LAO_SPELLING_UNCONFIRMED}`,
  },
  'VN-QUANG-NGAI': {
    uncertain: true,
    note:
      'On the Laos border only since 1 July 2025, when Kon Tum merged into it. ' +
      LAO_SPELLING_UNCONFIRMED,
  },
  'LA-PHONGSALY': {
    uncertain: true,
    note: 'Borders China and Vietnam. Vietnamese renderings vary: Phông Sa Lỳ, Phông Xa Ly.',
  },
  'LA-LUANG-NAMTHA': {
    uncertain: true,
    note: 'Borders China (Boten–Mohan) and Myanmar. Vietnamese renderings vary.',
  },
  'LA-OUDOMXAY': {
    note: 'Borders China.',
  },
  'LA-BOKEO': {
    uncertain: true,
    note: 'Borders Myanmar and Thailand, not Vietnam or China. Vietnamese renderings vary.',
  },
  'LA-LUANG-PRABANG': {
    uncertain: true,
    note: 'Borders Vietnam (Điện Biên). Vietnamese renderings vary: Luông Pha Bang, Luổng Phạ Bang.',
  },
  'LA-BOLIKHAMXAY': {
    uncertain: true,
    note: 'Vietnamese renderings vary.',
  },
  'LA-SALAVAN': {
    uncertain: true,
    note: 'Vietnamese renderings vary.',
  },
  'LA-ATTAPEU': {
    uncertain: true,
    note: 'Borders Vietnam and Cambodia. Vietnamese renderings vary.',
  },
  'CN-YUNNAN': {
    uncertain: true,
    note: 'Province; borders Laos, Vietnam and Myanmar. The Lao spelling is unconfirmed.',
  },
  'CN-XISHUANGBANNA': {
    note: 'Xishuangbanna Dai Autonomous Prefecture; Mohan (Mengla county) faces Boten in Laos.',
  },
  'CN-PUER': {
    uncertain: true,
    note:
      'Prefecture-level city; borders Laos, Vietnam and Myanmar (its border with Vietnam from a ' +
      'press report and a travel guide). The Lao spelling is unconfirmed.',
  },
};

/**
 * The border-province table without the `uncertain` flags and `note`s of
 * {@link BORDER_PROVINCES}: ids, countries, borders, names, parents and mergers only, for code that
 * names provinces or checks borders and shows no note (`<bilateral-gates>`' names in vi, lo and
 * zh load it on demand; the notes were a sixth of that chunk).
 *
 * @example
 * ```ts
 * import { BORDER_PROVINCES_WITHOUT_NOTES } from '@bilateral/core/provinces';
 *
 * const luangPrabang = BORDER_PROVINCES_WITHOUT_NOTES.find(({ id }) => id === 'LA-LUANG-PRABANG');
 * [luangPrabang?.names.vi, luangPrabang?.borders, luangPrabang?.note];
 * //=> ['Luông Pha Bang', ['VNM'], undefined]
 * ```
 *
 * @category Economies
 */
export const BORDER_PROVINCES_WITHOUT_NOTES: readonly BorderProvince[] = [
  // Vietnam, along the Vietnam–Laos border (as before the 2025 merger), north to south
  {
    id: 'VN-DIEN-BIEN',
    country: 'VNM',
    borders: ['LAO', 'CHN'],
    names: { en: 'Dien Bien', vi: 'Điện Biên', lo: 'ດ້ຽນບຽນ', zh: '奠边' },
  },
  {
    id: 'VN-SON-LA',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Son La', vi: 'Sơn La', lo: 'ເຊີນລາ', zh: '山罗' },
  },
  {
    id: 'VN-THANH-HOA',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Thanh Hoa', vi: 'Thanh Hóa', lo: 'ແທງຮວາ', zh: '清化' },
  },
  {
    id: 'VN-NGHE-AN',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Nghe An', vi: 'Nghệ An', lo: 'ເງະອານ', zh: '乂安' },
  },
  {
    id: 'VN-HA-TINH',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Ha Tinh', vi: 'Hà Tĩnh', lo: 'ຮ່າຕິ້ງ', zh: '河静' },
  },
  {
    id: 'VN-QUANG-BINH',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Quang Binh', vi: 'Quảng Bình', lo: 'ກວາງບິ່ງ', zh: '广平' },
    mergedInto: 'VN-QUANG-TRI',
    since: '2025-07-01',
  },
  {
    id: 'VN-QUANG-TRI',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Quang Tri', vi: 'Quảng Trị', lo: 'ກວາງຈິ', zh: '广治' },
  },
  {
    id: 'VN-THUA-THIEN-HUE',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Thua Thien Hue', vi: 'Thừa Thiên Huế', lo: 'ເທື່ອທຽນເຫ້ວ', zh: '承天顺化' },
    mergedInto: 'VN-HUE',
    since: '2025-01-01',
  },
  {
    id: 'VN-QUANG-NAM',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Quang Nam', vi: 'Quảng Nam', lo: 'ກວາງນາມ', zh: '广南' },
    mergedInto: 'VN-DA-NANG',
    since: '2025-07-01',
  },
  {
    id: 'VN-KON-TUM',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Kon Tum', vi: 'Kon Tum', lo: 'ກອນຕຸມ', zh: '昆嵩' },
    mergedInto: 'VN-QUANG-NGAI',
    since: '2025-07-01',
  },
  // Vietnam, units that took over border provinces in 2025
  {
    id: 'VN-HUE',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Hue', vi: 'Huế', lo: 'ເຫ້ວ', zh: '顺化' },
  },
  {
    id: 'VN-DA-NANG',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Da Nang', vi: 'Đà Nẵng', lo: 'ດ່ານັງ', zh: '岘港' },
  },
  {
    id: 'VN-QUANG-NGAI',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Quang Ngai', vi: 'Quảng Ngãi', lo: 'ກວາງງາຍ', zh: '广义' },
  },
  // Laos, north to south
  {
    id: 'LA-PHONGSALY',
    country: 'LAO',
    borders: ['VNM', 'CHN'],
    names: { en: 'Phongsaly', vi: 'Phông Sa Lỳ', lo: 'ຜົ້ງສາລີ', zh: '丰沙里' },
  },
  {
    id: 'LA-LUANG-NAMTHA',
    country: 'LAO',
    borders: ['CHN'],
    names: { en: 'Luang Namtha', vi: 'Luông Nậm Tha', lo: 'ຫຼວງນ້ຳທາ', zh: '琅南塔' },
  },
  {
    id: 'LA-OUDOMXAY',
    country: 'LAO',
    borders: ['CHN'],
    names: { en: 'Oudomxay', vi: 'U Đôm Xay', lo: 'ອຸດົມໄຊ', zh: '乌多姆赛' },
  },
  {
    id: 'LA-BOKEO',
    country: 'LAO',
    borders: [],
    names: { en: 'Bokeo', vi: 'Bò Kẹo', lo: 'ບໍ່ແກ້ວ', zh: '博胶' },
  },
  {
    id: 'LA-LUANG-PRABANG',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Luang Prabang', vi: 'Luông Pha Bang', lo: 'ຫຼວງພະບາງ', zh: '琅勃拉邦' },
  },
  {
    id: 'LA-HOUAPHANH',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Houaphanh', vi: 'Hủa Phăn', lo: 'ຫົວພັນ', zh: '华潘' },
  },
  {
    id: 'LA-XIENGKHOUANG',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Xiengkhouang', vi: 'Xiêng Khoảng', lo: 'ຊຽງຂວາງ', zh: '川圹' },
  },
  {
    id: 'LA-BOLIKHAMXAY',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Bolikhamxay', vi: 'Bô Ly Khăm Xay', lo: 'ບໍລິຄຳໄຊ', zh: '波里坎赛' },
  },
  {
    id: 'LA-KHAMMOUANE',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Khammouane', vi: 'Khăm Muộn', lo: 'ຄຳມ່ວນ', zh: '甘蒙' },
  },
  {
    id: 'LA-SAVANNAKHET',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Savannakhet', vi: 'Savannakhet', lo: 'ສະຫວັນນະເຂດ', zh: '沙湾拿吉' },
  },
  {
    id: 'LA-SALAVAN',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Salavan', vi: 'Salavan', lo: 'ສາລະວັນ', zh: '沙拉湾' },
  },
  {
    id: 'LA-SEKONG',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Sekong', vi: 'Sê Kông', lo: 'ເຊກອງ', zh: '色贡' },
  },
  {
    id: 'LA-ATTAPEU',
    country: 'LAO',
    borders: ['VNM'],
    names: { en: 'Attapeu', vi: 'Attapeu', lo: 'ອັດຕະປື', zh: '阿速坡' },
  },
  // China
  {
    id: 'CN-YUNNAN',
    country: 'CHN',
    borders: ['VNM', 'LAO'],
    names: { en: 'Yunnan', vi: 'Vân Nam', lo: 'ຢຸນນານ', zh: '云南' },
  },
  {
    id: 'CN-XISHUANGBANNA',
    country: 'CHN',
    borders: ['LAO'],
    names: { en: 'Xishuangbanna', vi: 'Tây Song Bản Nạp', lo: 'ສິບສອງປັນນາ', zh: '西双版纳' },
    parent: 'CN-YUNNAN',
  },
  {
    id: 'CN-PUER',
    country: 'CHN',
    borders: ['VNM', 'LAO'],
    names: { en: "Pu'er", vi: 'Phổ Nhĩ', lo: 'ຜູເອີ', zh: '普洱' },
    parent: 'CN-YUNNAN',
  },
];

/**
 * The border-province table: the one source of each province's names in en/vi/lo/zh, which the
 * widgets' messages in each language read. `@bilateral/core/provinces` only, an entry of its own:
 * through the root entry it reached every chunk that imports from there (`listProvinces` gives
 * the table frozen, with its checks).
 *
 * @example
 * ```ts
 * import { BORDER_PROVINCES } from '@bilateral/core/provinces';
 *
 * BORDER_PROVINCES.find((province) => province.id === 'LA-LUANG-NAMTHA')?.names.zh;
 * //=> '琅南塔'
 * ```
 *
 * @category Economies
 */
export const BORDER_PROVINCES: readonly BorderProvince[] =
  /*#__PURE__*/ BORDER_PROVINCES_WITHOUT_NOTES.map((province) => ({
    ...province,
    ...NOTES[province.id],
  }));
