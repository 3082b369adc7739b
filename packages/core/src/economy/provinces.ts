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
import { BORDER_PROVINCES_WITHOUT_NOTES } from './border-provinces-without-notes.js';

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
 * that code which reads only those (`border-provinces-without-notes.ts`: the widgets' chunk of
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
