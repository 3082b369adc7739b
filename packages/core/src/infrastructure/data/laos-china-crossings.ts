import type { BorderCrossing } from '../border-crossing.js';

/**
 * The Laos–China crossings DOMAIN.md §4 names: Boten–Mohan (Lao international checkpoint,
 * Chinese class-I port, road and the China–Laos Railway since 3 Dec 2021), Pang Hai–Mengman
 * (Chinese class-II port, opened to foreign traffic in Jan 2024) and Lantui–Mengkang (weakly
 * sourced, marked uncertain throughout).
 *
 * @example
 * ```ts
 * LAOS_CHINA_CROSSINGS.map((c) => c.id);
 * //=> ['lao-chn-boten-mohan', 'lao-chn-pang-hai-mengman', 'lao-chn-lantui-mengkang']
 * ```
 *
 * @category Infrastructure
 */
export const LAOS_CHINA_CROSSINGS: readonly BorderCrossing[] = [
  {
    id: 'lao-chn-boten-mohan',
    names: { en: 'Boten – Mohan', zh: '磨丁 – 磨憨' },
    sides: [
      {
        country: 'LAO',
        province: { name: 'Luang Namtha', id: 'LA-LUANG-NAMTHA' },
        gate: 'Boten',
        class: 'international',
        sources: ['china-daily-2023-06-mohan'],
        uncertain: {
          fields: ['class'],
          note: 'DOMAIN.md §4 gives the Lao class without naming a source.',
        },
      },
      {
        country: 'CHN',
        province: { name: 'Yunnan', id: 'CN-YUNNAN' },
        locality: 'Mengla county, Xishuangbanna',
        gate: 'Mohan',
        aliases: ['磨憨'],
        class: 'class-1-port',
        classHistory: [
          {
            date: '1992-03',
            class: 'class-1-port',
            change: 'opened',
            act: 'State Council approval',
            sources: ['yn-touzi888-2021-mohan'],
            uncertain: {
              note: 'From a promotional page; not checked against the State Council notice.',
            },
          },
        ],
        sources: ['china-daily-2023-06-mohan', 'chinanews-2023-07-08-mohan'],
      },
    ],
    modes: [
      { mode: 'road' },
      {
        mode: 'rail',
        since: '2021-12-03',
        note: 'China–Laos Railway (Kunming–Vientiane).',
        sources: ['china-daily-2023-06-mohan'],
      },
    ],
    status: [
      {
        status: 'open',
        from: '2023-01-08',
        sources: ['chinanews-2023-07-08-mohan'],
        note: 'Full resumption of clearance after the COVID-19 restrictions; the status before is not recorded.',
      },
    ],
    sources: ['china-daily-2023-06-mohan', 'chinanews-2023-07-08-mohan'],
    note: 'Mohan handled 5.67 Mt (+58.2 %) worth CNY 43.34 billion (nearly double) in 2022 (China Daily, 2023); see CROSSING_TRADE_OBSERVATIONS.',
  },
  {
    id: 'lao-chn-pang-hai-mengman',
    names: { en: 'Pang Hai – Mengman' },
    sides: [
      {
        country: 'LAO',
        province: { name: 'Luang Namtha', id: 'LA-LUANG-NAMTHA' },
        locality: 'Sing district',
        gate: 'Pang Hai',
        sources: ['mekongtourism-2023-09-pang-hai'],
        uncertain: {
          fields: ['class'],
          note: 'The Lao class of Pang Hai is not in any source found.',
        },
      },
      {
        country: 'CHN',
        province: { name: 'Yunnan', id: 'CN-YUNNAN' },
        locality: 'Mengla county, Xishuangbanna',
        gate: 'Mengman',
        aliases: ['勐满'],
        class: 'class-2-port',
        uncertain: {
          fields: ['class'],
          note: 'DOMAIN.md §4 states class-II and the opening to foreign traffic in Jan 2024 without naming a source.',
        },
      },
    ],
    modes: [{ mode: 'road' }],
    status: [
      {
        status: 'suspended',
        from: '2022-01',
        to: '2023-09-10',
        sources: ['mekongtourism-2023-09-pang-hai'],
        uncertain: {
          fields: ['from'],
          note: 'DERIVED: the article says the crossing was closed for 20 months for COVID-19 before reopening on 11 Sep 2023; the month it closed is counted back from that.',
        },
      },
      {
        status: 'open',
        from: '2023-09-11',
        sources: ['mekongtourism-2023-09-pang-hai'],
        note: 'Reopened on 11 Sep 2023; DOMAIN.md §4 has it opened to foreign traffic in Jan 2024.',
      },
    ],
    sources: ['mekongtourism-2023-09-pang-hai'],
  },
  {
    id: 'lao-chn-lantui-mengkang',
    names: { en: 'Lantui – Mengkang' },
    sides: [
      {
        country: 'LAO',
        province: { name: 'Phongsaly', id: 'LA-PHONGSALY' },
        gate: 'Lantui',
        uncertain: { note: 'Weakly sourced (DOMAIN.md §4); the Lao class is not recorded.' },
      },
      {
        country: 'CHN',
        province: { name: 'Yunnan', id: 'CN-YUNNAN' },
        locality: "Pu'er",
        gate: 'Mengkang',
        aliases: ['勐康'],
        uncertain: { note: 'Weakly sourced (DOMAIN.md §4); the Chinese class is not recorded.' },
      },
    ],
    modes: [{ mode: 'road' }],
    sources: ['gt-rider-2014-10-phongsaly'],
    uncertain: {
      note: "UNCERTAIN: weakly sourced. A travellers' forum (Oct 2014) reports a Phongsaly–Mengkang crossing opened in January 2014; nothing official was found.",
    },
  },
];
