import { ownValue, setOwnValue } from '../_internal/own-value.js';
import { BilateralError } from '../errors/index.js';
import { asValidated } from './_lib/as-validated.js';
import { assertDay, partialDateEnd } from './_lib/partial-date.js';
import type { BorderCrossing, CrossingSide } from './border-crossing.js';
import type { OfficialCrossingCount } from './official-crossing-count.js';
import { sideClassOn } from './side-class-on.js';
import { statusOn } from './status-on.js';
import type {
  CrossingFilter,
  CrossingSummary,
  OfficialComparison,
  OfficialComparisonRow,
} from './summarize-crossings.js';

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
 * {@link summarizeCrossings} for crossings and an official count that were validated already —
 * as `parseDataset` or `datasetFromCompact` give them (a dataset's `crossings` and
 * `crossingCounts`): the same counts and comparison, without checking each crossing against the
 * classification systems' rules again. It imports neither the crossing rules nor the
 * classification systems, so a page that draws build-checked data does not load them. Only the
 * filter is checked.
 *
 * @param crossings - validated crossings (as {@link parseBorderCrossings} returns them)
 * @param filter - which crossings to count, as on which day, and a validated official count
 *   (`systems` is not read: nothing is checked against it)
 * @returns the counts and, when asked, the comparison, equal to {@link summarizeCrossings}'s
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad filter (a `date` that is not a day, a
 *   `status` filter without `date`); `INVALID_CROSSING` (naming no field) for crossings of the
 *   wrong shape — it is not a check
 *
 * @example
 * ```ts
 * const summary = summarizeCheckedCrossings(VIETNAM_LAOS_CROSSINGS, {
 *   countries: ['VNM', 'LAO'],
 *   official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
 * });
 * summary.byClass.VNM;
 * //=> { international: 9, main: 6, secondary: 13 }
 * summary.comparison?.rows.map((row) => [row.what, row.official, row.listed]);
 * //=> [['international', 9, 9], ['main', 6, 6], ['secondary', 18, 13], ['opening', 27, 0],
 * //    ['economic-zones', 9, 4]]
 * summarizeCheckedCrossings([], { date: '2024-02-30' });
 * // throws BilateralError [INVALID_INPUT]: filter.date: "2024-02-30" is not a day: …
 * ```
 *
 * @category Infrastructure
 */
export function summarizeCheckedCrossings(
  crossings: readonly BorderCrossing[],
  filter: CrossingFilter = {},
): CrossingSummary {
  const day = filter.date === undefined ? undefined : assertDay(filter.date, ['filter', 'date']);
  if (filter.status !== undefined && day === undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['filter', 'status'],
        message: 'a status filter needs filter.date (the day to read the status on)',
      },
    ]);
  }
  return asValidated('summarizeCheckedCrossings', () =>
    tally(crossings, filter, day, filter.official),
  );
}

/** The counts of validated crossings, the filter read (see {@link summarizeCheckedCrossings}). */
function tally(
  crossings: readonly BorderCrossing[],
  filter: CrossingFilter,
  day: string | undefined,
  official: OfficialCrossingCount | undefined,
): CrossingSummary {
  const countries = filter.countries;
  const kept = crossings.filter((crossing) => {
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
    // Codes are upper-case ASCII: compared by code unit, the order localeCompare gives, without
    // the collator its first call builds.
    const ordered = [...crossing.sides].sort(
      (a, b) =>
        rank(a.country) - rank(b.country) ||
        (a.country < b.country ? -1 : a.country > b.country ? 1 : 0),
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
