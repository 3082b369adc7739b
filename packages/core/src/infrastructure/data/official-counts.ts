import type { OfficialCrossingCount } from '../official-crossing-count.js';

/**
 * The official count of the Vietnam–Laos border at October 2024 (MOIT, 24 Oct 2024, seed 004):
 * 9 international, 6 main and 18 secondary border gates, 27 border openings, 9 economic zones.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_OFFICIAL_COUNT_2024_10.counts.secondary;
 * //=> 18
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_LAOS_OFFICIAL_COUNT_2024_10: OfficialCrossingCount = {
  id: 'vnm-lao-2024-10',
  countries: ['VNM', 'LAO'],
  system: 'VNM',
  asOf: '2024-10-24',
  counts: { international: 9, main: 6, secondary: 18, opening: 27 },
  economicZones: 9,
  sources: ['seed-004-moit-2024-10-24'],
};

/**
 * Laos' nationwide count of border checkpoints in 2016 (insidelaos.com, 2020): 27 international,
 * 32 local, 48 traditional, on all its borders.
 *
 * @example
 * ```ts
 * LAOS_CHECKPOINT_COUNT_2016.counts.traditional;
 * //=> 48
 * ```
 *
 * @category Infrastructure
 */
export const LAOS_CHECKPOINT_COUNT_2016: OfficialCrossingCount = {
  id: 'lao-2016',
  countries: ['LAO'],
  system: 'LAO',
  asOf: '2016',
  counts: { international: 27, local: 32, traditional: 48 },
  sources: ['insidelaos-2020-03-20'],
};

/**
 * What an embedded crossing list lacks compared with an official count: per class (or for the
 * economic zones) how many the count has that are not listed, and why.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_LIST_COMPLETENESS.complete;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export interface ListCompleteness {
  /** The {@link OfficialCrossingCount} compared with. */
  readonly officialCountId: string;
  readonly complete: boolean;
  readonly unlisted: readonly {
    /** A class of the count's system, or `'economic-zones'`. */
    readonly what: string;
    readonly official: number;
    readonly listed: number;
    readonly missing: number;
    readonly note: string;
  }[];
  readonly note: string;
}

/**
 * The explicit incompleteness note of {@link VIETNAM_LAOS_CROSSINGS} against
 * {@link VIETNAM_LAOS_OFFICIAL_COUNT_2024_10}: 5 of the 18 secondary pairs, all 27 openings and
 * 5 of the 9 economic zones are in no source found, so they are not listed. The tests check that
 * {@link summarizeCrossings} reproduces these numbers from the rows.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_LIST_COMPLETENESS.unlisted.map((u) => `${u.what}: ${u.missing} missing`);
 * //=> ['secondary: 5 missing', 'opening: 27 missing', 'economic-zones: 5 missing']
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_LAOS_LIST_COMPLETENESS: ListCompleteness = {
  officialCountId: 'vnm-lao-2024-10',
  complete: false,
  unlisted: [
    {
      what: 'secondary',
      official: 18,
      listed: 13,
      missing: 5,
      note: 'Five secondary pairs are in the official count but in no source found.',
    },
    {
      what: 'opening',
      official: 27,
      listed: 0,
      missing: 27,
      note: 'No list of the 27 border openings was found.',
    },
    {
      what: 'economic-zones',
      official: 9,
      listed: 4,
      missing: 5,
      note: 'Only Cầu Treo, Lao Bảo, Bờ Y and Nam Giang are named in the sources.',
    },
  ],
  note: 'Rows are never invented to make a count match; summarizeCrossings reports the gap as missing.',
};
