import type { BorderProvince } from './border-province.js';

/**
 * The border-province table of `provinces.ts` without its `uncertain` flags and `note`s: ids,
 * countries, borders, names, parents and mergers, which `BORDER_PROVINCES` adds the notes to.
 * Not public API: the widgets' on-demand chunk of province names (`<bilateral-gates>` in vi, lo
 * and zh, and the check of its filters) takes it through `@bilateral/core/internal`, so that it
 * carries none of the English notes it never shows (they were a sixth of that chunk). Use
 * `BORDER_PROVINCES` of `@bilateral/core/provinces`.
 *
 * @internal
 * @example
 * ```ts
 * const luangPrabang = BORDER_PROVINCES_WITHOUT_NOTES.find(({ id }) => id === 'LA-LUANG-PRABANG');
 * [luangPrabang?.names.vi, luangPrabang?.borders, luangPrabang?.note];
 * //=> ['Luông Pha Bang', ['VNM'], undefined]
 * ```
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
