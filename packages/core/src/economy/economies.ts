/**
 * The economies Bilateral knows: the ten ASEAN members and Timor-Leste, their main trading
 * partners, the World and EU aggregates, and UN Comtrade's special areas. Hand-written on purpose: the table is small, and no
 * maintained package carries M49, Comtrade codes and Lao names together.
 *
 * Sources:
 * - Codes: ISO 3166-1 (alpha-2, alpha-3); UN M49 "Standard country or area codes for statistical
 *   use" (unstats.un.org/unsd/methodology/m49/), whose Q&A says Taiwan is not listed separately
 *   but that 158 "can be used" for it for strictly statistical purposes; the World is 001.
 * - UN Comtrade reference tables `Reporters.json` and `partnerAreas.json`
 *   (comtradeapi.un.org/files/v1/app/reference/). Comtrade codes customs territories, so a few
 *   codes differ from M49: India 699, USA 842, France 251 (with Monaco and the overseas
 *   departments), Italy 381 (UN Comtrade knowledge base: Comtrade "does not use codes 250 or
 *   380"), Switzerland 757, Norway 579; Taiwan is 490 "Other Asia, nes"; the World is partner 0,
 *   written `W00` in `partnerISO`.
 * - Groups and special areas, as `partnerAreas.json` names and codes them: the EU (97, written
 *   `EUR` in `partnerISO`), "Areas, nes" (899, `_X`: trade whose partner is not known or not
 *   disclosed) and "Bunkers" (837, `X2`: fuel and stores supplied to ships and aircraft). The
 *   EU's code `EUN` is the World Bank's (WITS), as `WLD` is; the areas take codes of the range
 *   ISO 3166-1 reserves for its users (`XNS`, `XBK`), so no country can ever be given them.
 *   Comtrade's other areas (838 "Free Zones", 839 "Special Categories", the "… nes" regions) are
 *   not in the table yet: the importers list them by name among the rows they leave out.
 * - Names of the EU from CLDR (region `EU`). No source at hand translates Comtrade's area names,
 *   so their Vietnamese, Lao and Chinese names are the English ones.
 * - Names: Unicode CLDR region names (as shipped in ICU 78 / CLDR 48, `Intl.DisplayNames`),
 *   short forms where CLDR has one ("Hong Kong" rather than "Hong Kong SAR China", "Myanmar"
 *   without "(Burma)"). Lao follows current orthography with ຫຼ (CLDR writes ເກົາຫລີໃຕ້).
 *   Chinese is simplified; Chinese customs writes 中国香港 and 中国台湾 where CLDR has 香港, 台湾.
 *
 * @internal
 */

import type { Economy } from './economy.js';

/**
 * Every economy code Bilateral knows, in table order (ASEAN first, then partners, then the
 * aggregates `EUN` and `WLD`, then UN Comtrade's special areas `XNS` and `XBK`).
 *
 * @example
 * ```ts
 * ECONOMY_CODES.includes('LAO');
 * //=> true
 * ```
 *
 * @category Economies
 */
export const ECONOMY_CODES = [
  'BRN',
  'KHM',
  'IDN',
  'LAO',
  'MYS',
  'MMR',
  'PHL',
  'SGP',
  'THA',
  'VNM',
  'TLS',
  'CHN',
  'JPN',
  'KOR',
  'IND',
  'USA',
  'DEU',
  'FRA',
  'NLD',
  'ITA',
  'GBR',
  'AUS',
  'RUS',
  'TWN',
  'HKG',
  'BRA',
  'CAN',
  'CHE',
  'NOR',
  'EUN',
  'WLD',
  'XNS',
  'XBK',
] as const;

/** A name no source translates: the English one in every locale. */
function englishOnly(en: string): Economy['names'] {
  return { en, vi: en, lo: en, zh: en };
}

/** The table itself: ASEAN members, Timor-Leste, the main partners, the aggregates, the areas. */
export const ECONOMIES: readonly Economy[] = [
  // ASEAN members
  {
    code: 'BRN',
    iso2: 'BN',
    m49: 96,
    comtradeCode: 96,
    comtradeIso: 'BRN',
    kind: 'country',
    names: { en: 'Brunei', vi: 'Brunei', lo: 'ບຣູໄນ', zh: '文莱' },
  },
  {
    code: 'KHM',
    iso2: 'KH',
    m49: 116,
    comtradeCode: 116,
    comtradeIso: 'KHM',
    kind: 'country',
    names: { en: 'Cambodia', vi: 'Campuchia', lo: 'ກຳປູເຈຍ', zh: '柬埔寨' },
  },
  {
    code: 'IDN',
    iso2: 'ID',
    m49: 360,
    comtradeCode: 360,
    comtradeIso: 'IDN',
    kind: 'country',
    names: { en: 'Indonesia', vi: 'Indonesia', lo: 'ອິນໂດເນເຊຍ', zh: '印度尼西亚' },
  },
  {
    code: 'LAO',
    iso2: 'LA',
    m49: 418,
    comtradeCode: 418,
    comtradeIso: 'LAO',
    kind: 'country',
    names: { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' },
  },
  {
    code: 'MYS',
    iso2: 'MY',
    m49: 458,
    comtradeCode: 458,
    comtradeIso: 'MYS',
    kind: 'country',
    names: { en: 'Malaysia', vi: 'Malaysia', lo: 'ມາເລເຊຍ', zh: '马来西亚' },
  },
  {
    code: 'MMR',
    iso2: 'MM',
    m49: 104,
    comtradeCode: 104,
    comtradeIso: 'MMR',
    kind: 'country',
    names: { en: 'Myanmar', vi: 'Myanmar', lo: 'ມຽນມາ', zh: '缅甸' },
  },
  {
    code: 'PHL',
    iso2: 'PH',
    m49: 608,
    comtradeCode: 608,
    comtradeIso: 'PHL',
    kind: 'country',
    names: { en: 'Philippines', vi: 'Philippines', lo: 'ຟິລິບປິນ', zh: '菲律宾' },
  },
  {
    code: 'SGP',
    iso2: 'SG',
    m49: 702,
    comtradeCode: 702,
    comtradeIso: 'SGP',
    kind: 'country',
    names: { en: 'Singapore', vi: 'Singapore', lo: 'ສິງກະໂປ', zh: '新加坡' },
  },
  {
    code: 'THA',
    iso2: 'TH',
    m49: 764,
    comtradeCode: 764,
    comtradeIso: 'THA',
    kind: 'country',
    names: { en: 'Thailand', vi: 'Thái Lan', lo: 'ໄທ', zh: '泰国' },
  },
  {
    code: 'VNM',
    iso2: 'VN',
    m49: 704,
    comtradeCode: 704,
    comtradeIso: 'VNM',
    kind: 'country',
    names: { en: 'Vietnam', vi: 'Việt Nam', lo: 'ຫວຽດນາມ', zh: '越南' },
  },
  {
    code: 'TLS',
    iso2: 'TL',
    m49: 626,
    comtradeCode: 626,
    comtradeIso: 'TLS',
    kind: 'country',
    names: { en: 'Timor-Leste', vi: 'Timor-Leste', lo: 'ທິມໍ-ເລສເຕ', zh: '东帝汶' },
  },
  // Main partners
  {
    code: 'CHN',
    iso2: 'CN',
    m49: 156,
    comtradeCode: 156,
    comtradeIso: 'CHN',
    kind: 'country',
    names: { en: 'China', vi: 'Trung Quốc', lo: 'ຈີນ', zh: '中国' },
  },
  {
    code: 'JPN',
    iso2: 'JP',
    m49: 392,
    comtradeCode: 392,
    comtradeIso: 'JPN',
    kind: 'country',
    names: { en: 'Japan', vi: 'Nhật Bản', lo: 'ຍີ່ປຸ່ນ', zh: '日本' },
  },
  {
    code: 'KOR',
    iso2: 'KR',
    m49: 410,
    comtradeCode: 410,
    comtradeIso: 'KOR',
    kind: 'country',
    names: { en: 'South Korea', vi: 'Hàn Quốc', lo: 'ເກົາຫຼີໃຕ້', zh: '韩国' },
  },
  {
    code: 'IND',
    iso2: 'IN',
    m49: 356,
    comtradeCode: 699,
    comtradeIso: 'IND',
    kind: 'country',
    names: { en: 'India', vi: 'Ấn Độ', lo: 'ອິນເດຍ', zh: '印度' },
    note: 'Comtrade 699 is India; Comtrade 356 is the historical "India, excl. Sikkim".',
  },
  {
    code: 'USA',
    iso2: 'US',
    m49: 840,
    comtradeCode: 842,
    comtradeIso: 'USA',
    kind: 'country',
    names: { en: 'United States', vi: 'Hoa Kỳ', lo: 'ສະຫະລັດ', zh: '美国' },
    note: 'Comtrade 842 is the USA; Comtrade 841 is "USA (before 1981)".',
  },
  {
    code: 'DEU',
    iso2: 'DE',
    m49: 276,
    comtradeCode: 276,
    comtradeIso: 'DEU',
    kind: 'country',
    names: { en: 'Germany', vi: 'Đức', lo: 'ເຢຍລະມັນ', zh: '德国' },
  },
  {
    code: 'FRA',
    iso2: 'FR',
    m49: 250,
    comtradeCode: 251,
    comtradeIso: 'FRA',
    kind: 'country',
    names: { en: 'France', vi: 'Pháp', lo: 'ຝຣັ່ງ', zh: '法国' },
    note: 'Comtrade 251 is the customs area of France: with Monaco and the overseas departments.',
  },
  {
    code: 'NLD',
    iso2: 'NL',
    m49: 528,
    comtradeCode: 528,
    comtradeIso: 'NLD',
    kind: 'country',
    names: { en: 'Netherlands', vi: 'Hà Lan', lo: 'ເນເທີແລນ', zh: '荷兰' },
  },
  {
    code: 'ITA',
    iso2: 'IT',
    m49: 380,
    comtradeCode: 381,
    comtradeIso: 'ITA',
    kind: 'country',
    names: { en: 'Italy', vi: 'Italy', lo: 'ອິຕາລີ', zh: '意大利' },
    note: 'Comtrade 381 is the customs area of Italy: with San Marino and the Holy See.',
  },
  {
    code: 'GBR',
    iso2: 'GB',
    m49: 826,
    comtradeCode: 826,
    comtradeIso: 'GBR',
    kind: 'country',
    names: { en: 'United Kingdom', vi: 'Vương quốc Anh', lo: 'ສະຫະລາຊະອານາຈັກ', zh: '英国' },
  },
  {
    code: 'AUS',
    iso2: 'AU',
    m49: 36,
    comtradeCode: 36,
    comtradeIso: 'AUS',
    kind: 'country',
    names: { en: 'Australia', vi: 'Úc', lo: 'ອອສເຕຣເລຍ', zh: '澳大利亚' },
  },
  {
    code: 'RUS',
    iso2: 'RU',
    m49: 643,
    comtradeCode: 643,
    comtradeIso: 'RUS',
    kind: 'country',
    names: { en: 'Russia', vi: 'Nga', lo: 'ຣັດເຊຍ', zh: '俄罗斯' },
  },
  {
    code: 'TWN',
    iso2: 'TW',
    m49: 158,
    comtradeCode: 490,
    comtradeIso: 'S19',
    kind: 'country',
    names: { en: 'Taiwan', vi: 'Đài Loan', lo: 'ໄຕ້ຫວັນ', zh: '台湾' },
    uncertain: true,
    note:
      'Comtrade publishes Taiwan as 490 "Other Asia, nes"; M49 lists no separate code and allows ' +
      '158 (the ISO 3166-1 numeric code) for statistical use. The partnerISO "S19" was seen in ' +
      'Comtrade v1 records but not checked against partnerAreas.json.',
  },
  {
    code: 'HKG',
    iso2: 'HK',
    m49: 344,
    comtradeCode: 344,
    comtradeIso: 'HKG',
    kind: 'country',
    names: { en: 'Hong Kong', vi: 'Hồng Kông', lo: 'ຮົງກົງ', zh: '香港' },
    note: 'Comtrade "China, Hong Kong SAR"; a separate customs territory from China.',
  },
  {
    code: 'BRA',
    iso2: 'BR',
    m49: 76,
    comtradeCode: 76,
    comtradeIso: 'BRA',
    kind: 'country',
    names: { en: 'Brazil', vi: 'Brazil', lo: 'ບຣາຊິວ', zh: '巴西' },
  },
  {
    code: 'CAN',
    iso2: 'CA',
    m49: 124,
    comtradeCode: 124,
    comtradeIso: 'CAN',
    kind: 'country',
    names: { en: 'Canada', vi: 'Canada', lo: 'ແຄນາດາ', zh: '加拿大' },
  },
  {
    code: 'CHE',
    iso2: 'CH',
    m49: 756,
    comtradeCode: 757,
    comtradeIso: 'CHE',
    kind: 'country',
    names: { en: 'Switzerland', vi: 'Thụy Sĩ', lo: 'ສະວິດເຊີແລນ', zh: '瑞士' },
  },
  {
    code: 'NOR',
    iso2: 'NO',
    m49: 578,
    comtradeCode: 579,
    comtradeIso: 'NOR',
    kind: 'country',
    names: { en: 'Norway', vi: 'Na Uy', lo: 'ນໍເວ', zh: '挪威' },
  },
  // Aggregates: never added to their members' flows, nor made from them
  {
    code: 'EUN',
    iso2: null,
    m49: null,
    comtradeCode: 97,
    comtradeIso: 'EUR',
    kind: 'aggregate',
    names: { en: 'European Union', vi: 'Liên Minh Châu Âu', lo: 'ສະຫະພາບຢູໂຣບ', zh: '欧盟' },
    note: 'Comtrade partner 97 "EU" (partnerISO "EUR"), with the members of each year; EUN is the World Bank code. M49 has no code for it.',
  },
  {
    code: 'WLD',
    iso2: null,
    m49: 1,
    comtradeCode: 0,
    comtradeIso: 'W00',
    kind: 'aggregate',
    names: { en: 'World', vi: 'Thế giới', lo: 'ໂລກ', zh: '世界' },
    note: 'M49 writes the World as 001; Comtrade as partner 0 / "W00"; WLD is the World Bank code.',
  },
  // UN Comtrade's special areas: trade attributed to no country, partners of their own
  {
    code: 'XNS',
    iso2: null,
    m49: null,
    comtradeCode: 899,
    comtradeIso: '_X',
    kind: 'area',
    names: englishOnly('Areas, nes'),
    note: 'Comtrade partner 899: trade whose partner is not elsewhere specified (not known, or kept confidential). Names in vi, lo and zh are the English one.',
  },
  {
    code: 'XBK',
    iso2: null,
    m49: null,
    comtradeCode: 837,
    comtradeIso: 'X2',
    kind: 'area',
    names: englishOnly('Bunkers'),
    note: 'Comtrade partner 837: fuel and stores supplied to foreign ships and aircraft. Names in vi, lo and zh are the English one.',
  },
];
