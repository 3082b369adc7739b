import { checkCrossings } from './_lib/check-crossings.js';
import { readCrossing } from './_lib/read-crossing.js';
import { readOfficialCount } from './_lib/read-official-count.js';
import type { BorderCrossing } from './border-crossing.js';
import type { ClassificationSystem } from './classification-system.js';
import type { CrossingMode, CrossingStatus } from './crossing-terms.js';
import type { OfficialCrossingCount } from './official-crossing-count.js';
import { summarizeCheckedCrossings } from './summarize-checked-crossings.js';

/**
 * Which crossings {@link summarizeCrossings} counts, how, and what it compares them with.
 *
 * @example
 * ```ts
 * summarizeCrossings(LAOS_CHINA_CROSSINGS, { modes: ['rail'] }).crossingIds;
 * //=> ['lao-chn-boten-mohan']
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingFilter {
  /** One country (crossings with a side in it) or two (crossings between them, in this order). */
  readonly countries?: readonly [string] | readonly [string, string];
  /** Count classes as on this day (`YYYY-MM-DD`); by default the recorded `class` of each side. */
  readonly date?: string;
  /** Keep only crossings whose status on `date` is one of these (needs `date`). */
  readonly status?: readonly CrossingStatus[];
  /** Keep only crossings with one of these modes. */
  readonly modes?: readonly CrossingMode[];
  /** Drop crossings whose whole record is marked uncertain (a crossing-level `uncertain`). */
  readonly excludeUncertain?: boolean;
  /** Key provinces by their recorded name (default) or by the province after the 2025 merger. */
  readonly provinces?: 'recorded' | 'after-2025-merger';
  /** An official count to compare the listed crossings with. */
  readonly official?: OfficialCrossingCount;
  /** The classification systems to validate classes against (default: the embedded ones). */
  readonly systems?: readonly ClassificationSystem[];
}

/**
 * One line of the comparison with an official count.
 *
 * @example
 * ```ts
 * summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10 })
 *   .comparison?.rows[3]?.missing;
 * //=> 27
 * ```
 *
 * @category Infrastructure
 */
export interface OfficialComparisonRow {
  /** A class of the count's system, or `'economic-zones'`. */
  readonly what: string;
  readonly official: number;
  readonly listed: number;
  /** Official minus listed, when positive: rows the list lacks. Never filled in. */
  readonly missing: number;
  /** Listed minus official, when positive: rows the official count does not have. */
  readonly extra: number;
  /** Listed rows whose class is marked uncertain. */
  readonly uncertain: number;
  /** E.g. `"secondary: 18 official, 13 listed, 5 missing"`. */
  readonly text: string;
}

/**
 * The comparison of listed crossings with an {@link OfficialCrossingCount}.
 *
 * @example
 * ```ts
 * summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10 })
 *   .comparison?.complete;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export interface OfficialComparison {
  readonly officialCountId: string;
  readonly asOf: string;
  /** The country whose classes are compared. */
  readonly system: string;
  readonly rows: readonly OfficialComparisonRow[];
  /** Listed crossings of classes the count does not count, per class. */
  readonly notCounted: Readonly<Record<string, number>>;
  /** Listed crossings whose class on the count's date is unknown. */
  readonly unclassified: number;
  /** Whether every official row is fully listed. */
  readonly complete: boolean;
  /** One line per row. */
  readonly lines: readonly string[];
}

/**
 * What {@link summarizeCrossings} returns.
 *
 * @example
 * ```ts
 * summarizeCrossings(VIETNAM_LAOS_CROSSINGS).total;
 * //=> 28
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingSummary {
  /** Crossings counted (after the filter). */
  readonly total: number;
  readonly crossingIds: readonly string[];
  /** Per country, crossings per class of its side (`unknown` when the class is not known). */
  readonly byClass: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per country, crossings per province of its side (`(unknown)` when not recorded). */
  readonly byProvince: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Crossings per pair of provinces, e.g. `"Quảng Trị (VNM) – Savannakhet (LAO)"`. */
  readonly byProvincePair: Readonly<Record<string, number>>;
  /** Crossings with an `uncertain` marker anywhere in their record. */
  readonly withUncertainty: number;
  /** The comparison with `filter.official`, when given. */
  readonly comparison?: OfficialComparison;
}

/**
 * Counts crossings by class (per side's country), by province, and by pair of provinces, and —
 * given an official count — compares the listed rows with it class by class, reporting listed
 * vs official and what is missing (`"secondary: 18 official, 13 listed, 5 missing"`). It never
 * invents rows to make a count match. For the comparison, classes are taken as on the count's
 * date and only crossings between the count's countries are used.
 *
 * @param crossings - the crossings (each validated as {@link parseBorderCrossing} does)
 * @param filter - which crossings to count, as on which day, and an official count
 * @returns the counts and, when asked, the comparison
 * @throws {@link BilateralError} `INVALID_CROSSING` or `UNKNOWN_CLASS` naming the path
 *   (`['crossings', 3, 'sides', 1, 'class']`, as in a dataset document); `INVALID_INPUT` for a
 *   bad filter (`['filter', 'date']`), an official count's field among them
 *   (`['filter', 'official', 'counts', 'main']`)
 *
 * @example
 * ```ts
 * const summary = summarizeCrossings(VIETNAM_LAOS_CROSSINGS, {
 *   countries: ['VNM', 'LAO'],
 *   official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
 * });
 * summary.byClass.VNM;
 * //=> { international: 9, main: 6, secondary: 13 }
 * summary.comparison?.lines;
 * //=> ['international: 9 official, 9 listed', 'main: 6 official, 6 listed',
 * //    'secondary: 18 official, 13 listed, 5 missing (1 with an uncertain class)',
 * //    'opening: 27 official, 0 listed, 27 missing', 'economic-zones: 9 official, 4 listed, 5 missing']
 * ```
 *
 * @category Infrastructure
 */
export function summarizeCrossings(
  crossings: readonly BorderCrossing[],
  filter: CrossingFilter = {},
): CrossingSummary {
  // At `crossings`, as `rankCrossings` and a dataset document name them (`filter` names the
  // filter's): `crossings[3].sides[0].class` reads the same from `dataset.crossings`.
  const checked = checkCrossings(
    crossings,
    ['crossings'],
    filter.systems === undefined ? {} : { systems: filter.systems },
    readCrossing,
  );
  const official =
    filter.official === undefined
      ? undefined
      : readOfficialCount(filter.official, ['filter', 'official']);
  return summarizeCheckedCrossings(checked, {
    ...filter,
    ...(official === undefined ? {} : { official }),
  });
}
