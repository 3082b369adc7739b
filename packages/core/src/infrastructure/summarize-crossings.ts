import { ownValue, setOwnValue } from '../_internal/own-value.js';
import { BilateralError } from '../errors/index.js';
import { checkCrossings } from './_lib/check-crossings.js';
import { sideClassOn, statusOn } from './_lib/on-day.js';
import { assertDay, partialDateEnd } from './_lib/partial-date.js';
import { readCrossing } from './_lib/read-crossing.js';
import { readOfficialCount } from './_lib/read-official-count.js';
import type { BorderCrossing, CrossingSide } from './border-crossing.js';
import type { ClassificationSystem } from './classification-system.js';
import type { CrossingMode, CrossingStatus } from './crossing-terms.js';
import type { OfficialCrossingCount } from './official-crossing-count.js';

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

const UNKNOWN_PROVINCE = '(unknown)';

function hasUncertainty(crossing: BorderCrossing): boolean {
  return (
    crossing.uncertain !== undefined ||
    crossing.coordinates?.uncertain !== undefined ||
    crossing.modes.some((mode) => mode.uncertain !== undefined) ||
    (crossing.status ?? []).some((period) => period.uncertain !== undefined) ||
    crossing.sides.some(
      (side) =>
        side.uncertain !== undefined ||
        (side.classHistory ?? []).some((entry) => entry.uncertain !== undefined),
    )
  );
}

function classIsUncertain(side: CrossingSide): boolean {
  const fields = side.uncertain?.fields;
  return side.uncertain !== undefined && (fields === undefined || fields.includes('class'));
}

function increment(record: Record<string, number>, key: string): void {
  setOwnValue(record, key, (ownValue(record, key) ?? 0) + 1);
}

function nested(
  record: Record<string, Record<string, number>>,
  outer: string,
): Record<string, number> {
  let inner = ownValue(record, outer);
  if (inner === undefined) {
    inner = {};
    setOwnValue(record, outer, inner);
  }
  return inner;
}

function matchesCountries(crossing: BorderCrossing, countries: readonly string[]): boolean {
  const present = crossing.sides.map((side) => side.country);
  return countries.every((country) => present.includes(country));
}

function compare(
  crossings: readonly BorderCrossing[],
  official: OfficialCrossingCount,
): OfficialComparison {
  const day = partialDateEnd(official.asOf);
  const relevant = crossings.filter((crossing) => matchesCountries(crossing, official.countries));
  const listed: Record<string, number> = {};
  const uncertain: Record<string, number> = {};
  let unclassified = 0;
  const zones = new Set<string>();
  for (const crossing of relevant) {
    const side = crossing.sides.find((candidate) => candidate.country === official.system);
    if (side === undefined) continue;
    if (crossing.economicZoneId !== undefined) zones.add(crossing.economicZoneId);
    const cls = sideClassOn(side, day).class;
    if (cls === undefined) {
      unclassified += 1;
      continue;
    }
    increment(listed, cls);
    if (classIsUncertain(side)) increment(uncertain, cls);
  }
  const row = (
    what: string,
    officialCount: number,
    listedCount: number,
    uncertainCount: number,
  ) => {
    const missing = Math.max(officialCount - listedCount, 0);
    const extra = Math.max(listedCount - officialCount, 0);
    let text = `${what}: ${officialCount} official, ${listedCount} listed`;
    if (missing > 0) text += `, ${missing} missing`;
    if (extra > 0) text += `, ${extra} more than official`;
    if (uncertainCount > 0) text += ` (${uncertainCount} with an uncertain class)`;
    return {
      what,
      official: officialCount,
      listed: listedCount,
      missing,
      extra,
      uncertain: uncertainCount,
      text,
    };
  };
  const rows: OfficialComparisonRow[] = Object.entries(official.counts).map(([cls, count]) =>
    row(cls, count, ownValue(listed, cls) ?? 0, ownValue(uncertain, cls) ?? 0),
  );
  if (official.economicZones !== undefined) {
    rows.push(row('economic-zones', official.economicZones, zones.size, 0));
  }
  const notCounted: Record<string, number> = {};
  for (const [cls, count] of Object.entries(listed)) {
    if (ownValue(official.counts, cls) === undefined) setOwnValue(notCounted, cls, count);
  }
  return {
    officialCountId: official.id,
    asOf: official.asOf,
    system: official.system,
    rows,
    notCounted,
    unclassified,
    complete: rows.every((r) => r.missing === 0),
    lines: rows.map((r) => r.text),
  };
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
 *   (`[3, 'sides', 1, 'class']`); `INVALID_INPUT` for a bad filter
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
  const checked = checkCrossings(
    crossings,
    [],
    filter.systems === undefined ? {} : { systems: filter.systems },
    readCrossing,
  );
  const day = filter.date === undefined ? undefined : assertDay(filter.date, ['filter', 'date']);
  if (filter.status !== undefined && day === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['filter', 'status'],
        message: 'a status filter needs filter.date (the day to read the status on)',
      },
    ]);
  }
  const official = filter.official === undefined ? undefined : readOfficialCount(filter.official);
  const countries = filter.countries;

  const kept = checked.filter((crossing) => {
    if (countries !== undefined && !matchesCountries(crossing, countries)) return false;
    if (
      filter.modes !== undefined &&
      !crossing.modes.some((mode) => filter.modes?.includes(mode.mode))
    ) {
      return false;
    }
    if (filter.excludeUncertain === true && crossing.uncertain !== undefined) return false;
    if (filter.status !== undefined && day !== undefined) {
      const status = statusOn(crossing.status ?? [], day).status;
      if (status === undefined || !filter.status.includes(status)) return false;
    }
    return true;
  });

  const byClass: Record<string, Record<string, number>> = {};
  const byProvince: Record<string, Record<string, number>> = {};
  const byProvincePair: Record<string, number> = {};
  const provinceOf = (side: CrossingSide): string => {
    const province = side.province;
    if (province === undefined) return UNKNOWN_PROVINCE;
    return filter.provinces === 'after-2025-merger'
      ? (province.after2025Merger ?? province.name)
      : province.name;
  };
  const rank = (country: string): number => {
    const index = countries?.indexOf(country as never) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };

  for (const crossing of kept) {
    for (const side of crossing.sides) {
      const cls = day === undefined ? side.class : sideClassOn(side, day).class;
      increment(nested(byClass, side.country), cls ?? 'unknown');
      increment(nested(byProvince, side.country), provinceOf(side));
    }
    const ordered = [...crossing.sides].sort(
      (a, b) => rank(a.country) - rank(b.country) || a.country.localeCompare(b.country),
    );
    increment(
      byProvincePair,
      ordered.map((side) => `${provinceOf(side)} (${side.country})`).join(' – '),
    );
  }

  return {
    total: kept.length,
    crossingIds: kept.map((crossing) => crossing.id),
    byClass,
    byProvince,
    byProvincePair,
    withUncertainty: kept.filter(hasUncertainty).length,
    ...(official === undefined ? {} : { comparison: compare(kept, official) }),
  };
}
