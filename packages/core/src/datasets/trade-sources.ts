import type { Source } from '../flow/index.js';

/**
 * Publications the embedded trade figures are taken from. Seeds are the news articles kept in the
 * project's research folder (`shared/seeds/`); the others are named by site and article number as
 * gathered in the project's domain notes. Where a publication date was not checked, `date` is the
 * year and `note` says so.
 */
export const tradeSources = [
  {
    id: 'seed-002-moit-2024-09',
    publisher: 'Ministry of Industry and Trade of Vietnam (moit.gov.vn)',
    title:
      'Efforts by Vietnam and Laos to sustain bilateral trade growth (Vietnam–Laos Joint Statement)',
    date: '2024-09',
    language: 'en',
  },
  {
    id: 'seed-003-2021-04',
    publisher: 'Vietnamese business news site (English edition)',
    title: 'Vietnam–Laos to boost cooperation on trade, industry and energy',
    date: '2021-04',
    language: 'en',
    note: 'Figures for the first quarter of 2021, citing Vietnamese statistics; published after the 26 April 2021 meeting.',
  },
  {
    id: 'seed-004-moit-2024-10-24',
    publisher: 'Ministry of Industry and Trade of Vietnam (moit.gov.vn)',
    title: 'Promoting border trade, strengthening Vietnam–Laos trade relations',
    date: '2024-10-24',
    language: 'en',
    note: 'Nine-month 2024 figures from the General Department of Vietnam Customs.',
  },
  {
    id: 'vietnamplus-133987',
    publisher: 'Vietnam News Agency (en.vietnamplus.vn), citing Vietnam Customs',
    title: 'Vietnam–Laos trade in 2017 (article 133987)',
    date: '2018',
    language: 'en',
    note: 'Figures for 2017 and January–May 2018; published in mid-2018 (day not checked).',
  },
  {
    id: 'vietnamplus-156799',
    publisher: 'Vietnam News Agency (en.vietnamplus.vn)',
    title: 'Vietnam–Laos trade in 2018 (article 156799)',
    date: '2019',
    language: 'en',
    note: 'Publication date not checked; the year is inferred from the figures reported.',
  },
  {
    id: 'vietnamplus-224873',
    publisher: 'Vietnam News Agency (en.vietnamplus.vn)',
    title: 'Vietnam–Laos trade in 2021 (article 224873)',
    date: '2022',
    language: 'en',
    note: 'Publication date not checked; the year is inferred from the figures reported.',
  },
  {
    id: 'baobinhduong-a289585',
    publisher: 'Binh Duong newspaper (baobinhduong.vn), citing the Vietnamese Trade Office in Laos',
    title: 'Vietnam–Laos trade in 2022 (article a289585)',
    date: '2023-02-06',
    language: 'en',
  },
  {
    id: 'vietnamplus-280075',
    publisher: 'Vietnam News Agency (en.vietnamplus.vn)',
    title: 'Vietnam–Laos trade in 2023 (article 280075)',
    date: '2024-02-27',
    language: 'en',
    note: 'January 2024 figures, the 2023 total (1.6 billion USD) and the 10–15 % growth for 2024 set at the 46th Intergovernmental Committee in early January 2024.',
  },
  {
    id: 'thesaigontimes-5-billion',
    publisher: 'The Saigon Times (english.thesaigontimes.vn)',
    title: 'Vietnam, Laos eye US$5 billion two-way trade',
    date: '2025-01',
    language: 'en',
    note: 'On the 47th Vietnam–Laos Intergovernmental Committee (Vientiane, 9 January 2025): the 2024 total, its growth and the Lao surplus, and the US$5 billion aim. Publication day not checked.',
  },
  {
    id: 'moit-2025-08-18-seven-months',
    publisher:
      'Ministry of Industry and Trade of Vietnam, citing Vietnam Customs (vietlaotrade.com)',
    title: 'Viet Nam–Laos Set a Trade Record Over the Past Decade',
    date: '2025-08-18',
    url: 'http://vietlaotrade.com/viet-nam%E2%80%93laos-set-a-trade-record-over-the-past-decade.html',
    language: 'en',
    note: 'Figures for the first seven months of 2025.',
  },
  {
    id: 'sggp-123256',
    publisher: 'Sai Gon Giai Phong (en.sggp.org.vn), citing the Ministry of Industry and Trade',
    title: 'Vietnam rises as Laos’ third-largest trading partner',
    date: '2026-01',
    url: 'https://en.sggp.org.vn/vietnam-rises-as-laos-third-largest-trading-partner-post123256.html',
    language: 'en',
    note: 'Publication year inferred from the full-year 2025 figures (not checked).',
  },
  {
    id: 'vnexpress-4988096',
    publisher: 'VnExpress (vnexpress.net)',
    title: 'Vietnam–Laos trade in the first ten months of 2025 (article 4988096)',
    date: '2025-11',
    language: 'vi',
    note: 'Publication month not checked.',
  },
  {
    id: 'thestar-2023-09-18',
    publisher: 'The Star (thestar.com.my), citing Lao statistics',
    title: 'Laos–Vietnam trade in the first half of 2023',
    date: '2023-09-18',
    language: 'en',
    note: 'Bernama–Xinhua quoting the Lao daily Pasaxon: trade “exceeded” US$833 million, Lao exports “more than” US$565 million, imports “estimated at” US$267 million.',
  },
  {
    id: 'agenzianova-laos-china-2021',
    publisher: 'Agenzia Nova (agenzianova.com), citing the Laos–China Cooperation Committee',
    title: 'Laos–China trade in 2021',
    date: '2022-02-14',
    language: 'it',
  },
  {
    id: 'laotiantimes-2025-04-24',
    publisher: 'Laotian Times (laotiantimes.com)',
    title: 'Laos–China trade in 2024',
    date: '2025-04-24',
    language: 'en',
  },
  {
    id: 'jclao-2023-trade',
    publisher: 'jclao.com',
    title: "Laos' foreign trade growth in 2023",
    date: '2024',
    language: 'en',
    note: 'Publication date not checked.',
  },
  {
    id: 'vna-2019-12-31',
    publisher: 'Vietnam News Agency (en.vietnamplus.vn)',
    title: 'Lao PM to visit Vietnam soon',
    date: '2019-12-30',
    language: 'en',
    note: 'Two-way trade in 2019 estimated at US$1.1–1.2 billion, up 12.6 % on 2018, before the year was out.',
  },
  {
    id: 'laotribune-pledge',
    publisher: 'Lao Tribune (laotribune.com)',
    title: 'Laos–Vietnam trade pledge',
    date: '2022',
    language: 'en',
    note: 'Publication date not checked; the year is that of the 60th anniversary of diplomatic ties the pledge marks.',
  },
] as const satisfies readonly Source[];
