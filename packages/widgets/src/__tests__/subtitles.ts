/**
 * A short subtitle (one line at 280 px with 20 px text) and a long one (two lines or more at
 * 390 px) in each language.
 */
export const SUBTITLES = {
  en: ['Customs figures', 'Exports and imports of goods in US dollars, as published by customs'],
  vi: ['Số liệu hải quan', 'Xuất khẩu và nhập khẩu hàng hóa theo đô la Mỹ, theo số liệu hải quan'],
  lo: ['ຕົວເລກພາສີ', 'ການສົ່ງອອກ ແລະ ການນຳເຂົ້າສິນຄ້າ ເປັນໂດລາສະຫະລັດ ຕາມຕົວເລກຂອງພາສີ'],
  zh: ['海关数据', '货物进出口额，以美元计，按海关公布的数据，含边境贸易'],
} as const;
