import type { Source } from '../../flow/source.js';

const UNDATED =
  'DOMAIN.md names this site without a page or a date; the date given is the year the DOMAIN.md compilation was made (its latest item is from Oct 2025), not a publication date.';
const TABLE_WIDE =
  'DOMAIN.md §4 cites it for the Vietnam–Laos pair table as a whole; which rows it supports is not recorded.';

/**
 * The sources cited by the embedded border-infrastructure data: laws and decisions, the MOIT
 * article of 24 Oct 2024 (seed 004), the sites DOMAIN.md §4 names, and the few pages found to
 * date a change (each marked as such). Ids say what a source is: `decree-112-2014`,
 * `resolution-183-2020`, `seed-004-moit-2024-10-24`, `lutrader-2016`, …
 *
 * @example
 * ```ts
 * INFRASTRUCTURE_SOURCES.find((s) => s.id === 'seed-004-moit-2024-10-24')?.date;
 * //=> '2024-10-24'
 * ```
 *
 * @category Infrastructure
 */
export const INFRASTRUCTURE_SOURCES: readonly Source[] = [
  {
    id: 'seed-004-moit-2024-10-24',
    publisher: 'Ministry of Industry and Trade of Vietnam (MOIT)',
    title: 'Promoting border trade, strengthening Vietnam–Laos trade relations',
    date: '2024-10-24',
    language: 'en',
    note: 'shared/seeds/004_50e13fc76e5fbc56.txt. The whole Vietnam–Laos border has 9 international, 6 main and 18 secondary border gates, 27 openings and 9 economic zones; Decision 1247/QD-TTg of 23 Oct 2024.',
  },
  {
    id: 'decree-112-2014',
    publisher: 'Government of Vietnam',
    title: 'Decree 112/2014/ND-CP on the management of land border gates',
    date: '2014',
    language: 'vi',
    note: 'In force 15 Jan 2015; amended by Decree 34/2023/ND-CP.',
  },
  {
    id: 'decree-34-2023',
    publisher: 'Government of Vietnam',
    title:
      'Decree 34/2023/ND-CP amending Decree 112/2014/ND-CP on the management of land border gates',
    date: '2023',
    language: 'vi',
    note: 'In force 31 Jul 2023; adds customs-clearance lanes and dedicated cargo roads belonging to a gate.',
  },
  {
    id: 'law-foreign-trade-management-2017',
    publisher: 'National Assembly of Vietnam',
    title: 'Law on Foreign Trade Management',
    date: '2017',
    language: 'vi',
    note: 'Art. 54: border trade, including trade through border openings where the province lists them.',
  },
  {
    id: 'resolution-183-2020',
    publisher: 'Government of Vietnam',
    title:
      'Resolution 183/NQ-CP upgrading the Nam Giang main border gate to an international border gate',
    date: '2020-12-22',
    language: 'vi',
  },
  {
    id: 'decision-387-2009',
    publisher: 'Prime Minister of Vietnam',
    title: 'Decision 387/QD-TTg establishing the Nam Giang border-gate economic zone',
    date: '2009',
    language: 'vi',
  },
  {
    id: 'decision-1201-2023',
    publisher: 'Prime Minister of Vietnam',
    title:
      'Decision 1201/QD-TTg approving the plan of border gates on the Vietnam–Laos land border for 2021–2030, with a vision to 2050',
    date: '2023-10-14',
    language: 'vi',
    note: '46 gates by 2030 (15 international, 10 main, 21 secondary); 49 by 2050 (21 / 15 / 13).',
  },
  {
    id: 'decision-1247-2024',
    publisher: 'Prime Minister of Vietnam',
    title:
      'Decision 1247/QD-TTg: plan implementing the Vietnam–Laos MoU on developing and connecting border trade infrastructure',
    date: '2024-10-23',
    language: 'vi',
    note: 'Signed by Deputy Prime Minister Bui Thanh Son. Asks for a review of which infrastructure to upgrade, a priority investment list, and at least one priority type chosen for investment. The MoU was signed 6 Jan 2024.',
  },
  {
    id: 'decision-259-2021',
    publisher: 'Prime Minister of Vietnam',
    title: 'Decision 259/QD-TTg on border trade infrastructure',
    date: '2021',
    language: 'vi',
    note: 'Types of border trade infrastructure: border markets, supermarkets, trade centres, shopping malls, logistics centres, commodity warehouses, fair and exhibition centres.',
  },
  {
    id: 'decision-52-2015',
    publisher: 'Prime Minister of Vietnam',
    title: 'Decision 52/2015/QD-TTg on the management of border trade with neighbouring countries',
    date: '2015',
    language: 'vi',
    note: 'Also names border-gate markets and markets in border-gate economic zones.',
  },
  {
    id: 'resolution-202-2025-qh15',
    publisher: 'National Assembly of Vietnam',
    title: 'Resolution 202/2025/QH15 on the arrangement of provincial-level administrative units',
    date: '2025-06-12',
    language: 'vi',
    note: 'The merged provinces operate from 1 July 2025. Cited for the after-merger province of each Vietnamese side (the mapping comes from the issue brief; it is not in DOMAIN.md).',
  },
  {
    id: 'lutrader-2016',
    publisher: 'lutrader.com',
    title: 'Vietnam–Laos border gate pairs (bilateral list)',
    date: '2016',
    language: 'vi',
    note: TABLE_WIDE,
  },
  {
    id: 'lawnet-vn',
    publisher: 'lawnet.vn',
    title: 'Legal texts on Vietnam–Laos land border gates',
    date: '2025',
    language: 'vi',
    note: `${TABLE_WIDE} ${UNDATED}`,
  },
  {
    id: 'laoyouth-radio',
    publisher: 'Lao Youth Radio (laoyouth-radio.com)',
    title: 'Laos–Vietnam border checkpoints',
    date: '2025',
    language: 'lo',
    note: `${TABLE_WIDE} ${UNDATED} The language is assumed.`,
  },
  {
    id: 'vietnamplus-2021-08-nam-giang',
    publisher: 'Vietnam News Agency (VietnamPlus)',
    title: 'Vietnam, Laos officially launch Nam Giang – Dakta Ok international border gates',
    date: '2021-08',
    url: 'https://en.vietnamplus.vn/vietnam-laos-officially-launch-nam-giang-dakta-ok-intl-border-gates/206366.vnp',
    language: 'en',
    note: 'Launch ceremony of the international pair on 14 August; the year is read from the article, which says the gates were upgraded "earlier this year".',
  },
  {
    id: 'vietnamplus-240131',
    publisher: 'Vietnam News Agency (VietnamPlus)',
    title: 'Vietnam–Laos villages tighten solidarity',
    date: '2022-10-15',
    url: 'https://en.vietnamplus.vn/vietnamlaos-villages-tighten-solidarity/240131.vnp',
    language: 'en',
    note: "A press report: Na Son village, in Phonthong district of Luang Prabang, borders Mường Lói commune of Điện Biên, about 10 km from the Huổi Puốc gate. It names the village, not the Lao gate; two more press reports name the pair with Luang Prabang (see the Huổi Puốc crossing's Lao note and docs/border-infrastructure.md). Not named in DOMAIN.md.",
  },
  {
    id: 'baoquangnam-2020-12-nam-giang',
    publisher: 'Báo Quảng Nam',
    title: 'Nâng cấp cửa khẩu chính Nam Giang thành cửa khẩu quốc tế',
    date: '2020-12',
    url: 'https://baoquangnam.vn/quoc-phong-an-ninh/nang-cap-cua-khau-chinh-nam-giang-thanh-cua-khau-quoc-te-106745.html',
    language: 'vi',
    note: 'Reports Resolution 183/NQ-CP of 22 Dec 2020 upgrading Nam Giang from main to international.',
  },
  {
    id: 'vietnam-vn-quang-tri-2024-04',
    publisher: 'vietnam.vn',
    title: 'Quang Tri report on its border gates and border-gate economy',
    date: '2024-04',
    language: 'vi',
    note: `${TABLE_WIDE} Cited in particular for the Quảng Trị gates and La Lay's upgrade in 2014.`,
  },
  {
    id: 'vietgiaitri-2014-06-26-la-lay',
    publisher: 'vietgiaitri.com',
    title: 'Việt Nam – Lào khai trương cặp cửa khẩu quốc tế La Lay',
    date: '2014-06-26',
    url: 'https://vietgiaitri.com/viet-nam-lao-khai-truong-cap-cua-khau-quoc-te-la-lay-20140626i1454279',
    language: 'vi',
    note: 'Opening ceremony of the La Lay international pair on 25 June 2014 (Quảng Trị – Salavan). Not named in DOMAIN.md.',
  },
  {
    id: 'nghean24h-2024-07-thanh-thuy',
    publisher: 'nghean24h.vn',
    title: 'Nghệ An khảo sát, đánh giá thực trạng cơ sở hạ tầng tại cửa khẩu Thanh Thủy',
    date: '2024-07',
    url: 'https://nghean24h.vn/nghe-an-khao-sat-danh-gia-thuc-trang-co-so-ha-tang-tai-cua-khau-thanh-thuy-a728973.html',
    language: 'vi',
    note: 'Thanh Thủy was upgraded to a main gate by Decision 753/QD-TTg of 19 May 2011, but Laos has not upgraded Nậm On (Xaychamphone district, Bolikhamxay), so the pair still works as secondary; Decision 1201/QD-TTg lists it as secondary, to become international in 2023–2030. Not named in DOMAIN.md.',
  },
  {
    id: 'insidelaos-2020-03-20',
    publisher: 'Inside Laos (insidelaos.com)',
    title: 'Lao border checkpoints: international, local and traditional',
    date: '2020-03-20',
    language: 'en',
    note: 'International checkpoints admit anyone, local ones citizens of the two neighbours, traditional ones local residents (village to village); 2016 nationwide: 27 international, 32 local, 48 traditional.',
  },
  {
    id: 'china-daily-2023-06-mohan',
    publisher: 'China Daily (chinadaily.com.cn)',
    title: 'Mohan takes on a new profile as a booming international land port',
    date: '2023-06',
    language: 'en',
    note: 'Mohan port 2022: imports and exports of 5.67 Mt (+58.2 %) worth CNY 43.34 billion, nearly double 2021; the China–Laos Railway has run through Mohan since December 2021.',
  },
  {
    id: 'chinanews-2023-07-08-mohan',
    publisher: 'China News Service (copy at zsydynk.cn)',
    title: '上半年逾50国67万人次经中老边境磨憨口岸出入境',
    date: '2023-07-08',
    url: 'http://zsydynk.cn/caijingw/202307/t20230708_14847.shtml',
    language: 'zh',
    note: 'Mohan port fully resumed clearance on 8 Jan 2023; a national land port. Not named in DOMAIN.md.',
  },
  {
    id: 'yn-touzi888-2021-mohan',
    publisher: 'Yunnan investment promotion site (yn.touzi888.net)',
    title: '磨憨经济开发区简介',
    date: '2021-02-15',
    url: 'http://yn.touzi888.net/park/brief.html?id=9191',
    language: 'zh',
    note: 'Says the State Council approved Mohan as a national class-I port in March 1992 and the Mohan–Boten international port opened in December 1993. A weak (promotional) source, not named in DOMAIN.md.',
  },
  {
    id: 'mekongtourism-2023-09-pang-hai',
    publisher: 'Mekong Tourism (mekongtourism.org), after Vientiane Mai',
    title:
      'Two border crossings between Luang Namtha, Lao PDR and Yunnan, China reopen after 20 months',
    date: '2023-09',
    url: 'https://mekongtourism.org/two-border-crossings-between-luang-namtha-and-yunnan-china-reopen-after-20-months/',
    language: 'en',
    note: 'Pang Hai (Sing district, Luang Namtha) and Ban Mom reopened on 11 Sep 2023 after 20 months closed for COVID-19. Not named in DOMAIN.md.',
  },
  {
    id: 'gt-rider-2014-10-phongsaly',
    publisher: 'GT-Rider forum',
    title: 'Phongsaly – China international border crossing',
    date: '2014-10-13',
    url: 'https://www.gt-rider.com/se-asia-motorcycling/threads/phongsaly-china-international-border-crossing.12146/',
    language: 'en',
    note: 'A travellers\' forum thread on the Phongsaly–Mengkang crossing ("opened in January 2014"). A weak source, not named in DOMAIN.md.',
  },
];
