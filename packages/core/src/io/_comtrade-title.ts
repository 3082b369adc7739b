/**
 * Describes what a set of UN Comtrade records covers, for the title of the import's source:
 * "UN Comtrade: Brazil exports to China, HS 1201, 2021 and 2023", "UN Comtrade: the Philippines
 * trade with the World, all goods, 2023", "UN Comtrade: Thailand and Vietnam imports from Laos,
 * all goods, 2023" (a noun phrase naming what the records hold, whatever the number of
 * reporters, as a title in a list of datasets reads; names as English running text writes them, see `nameInText`; names that hold
 * a comma, as UN Comtrade's "Other Asia, nes", set apart by semicolons, and the title's parts
 * with them: "UN Comtrade: Vietnam exports to Laos; and Other Asia, nes; all goods; 2023"). Whatever the order of the records, the same title: the World (partner 0, the
 * total over every partner) first, as the figure a reader most needs named, which "and 3 more"
 * must not hide, then the other names in alphabetical order; HS codes and periods ascending, so both engines of `bilateral import` (the core's, reading
 * records in file order, and DuckDB's, its flows ordered by key) title the same flows alike.
 * Private to the `io` module and the command.
 *
 * @internal
 */

import { countOf } from '../_internal/count-of.js';
import { wordList as list, listsWithComma } from '../_internal/word-list.js';
import { nameInText } from '../economy/name-in-text.js';
import { writeEconomyLabel } from '../economy/write-economy-label.js';
import type { ComtradeRow } from './_comtrade-row.js';

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Names in order: the World first (as both engines name it, from the economy table), then the
 * others alphabetically, as English sorts them (the Philippines under P).
 */
function worldFirst(names: Iterable<string>): string[] {
  const world = writeEconomyLabel('WLD', 'en');
  return [...names].sort(
    (a, b) => Number(b === world) - Number(a === world) || a.localeCompare(b, 'en'),
  );
}

/** The code of services in a title's codes (no HS code: those are digits). */
const SERVICES = 'services';

/** The periods, first to last when there are many. */
function periods(texts: readonly string[]): string {
  const sorted = unique(texts).sort();
  if (sorted.length <= 3) return list(sorted);
  return `${sorted[0]} to ${sorted[sorted.length - 1]} (${countOf(sorted.length, 'period')})`;
}

/**
 * What `@bilateral/duckdb` says the records of a read that imported no flow cover: reporters' and
 * partners' names, directions, HS codes (`''` for all goods), periods, and whether services are
 * among them.
 */
export interface LeftOutSets {
  readonly reporters: readonly string[];
  readonly partners: readonly string[];
  readonly flows: readonly string[];
  readonly commodities: readonly string[];
  readonly periods: readonly string[];
  /** Not given by an `@bilateral/duckdb` from before it said so (services were a commodity `''`). */
  readonly services?: boolean;
}

/** What a title says of rows, gathered one row at a time (a few small sets, whatever the rows). */
export class TitleFacts {
  private count = 0;
  private readonly reporters = new Set<string>();
  private readonly partners = new Set<string>();
  private readonly directions = new Set<string>();
  private readonly codes = new Set<string>();
  private readonly periods = new Set<string>();

  /** Whether no row was added. */
  get empty(): boolean {
    return this.count === 0;
  }

  add(row: ComtradeRow): void {
    const code = row.services ? SERVICES : row.commodity;
    this.addFacts(row.reporterName, row.partnerName, row.direction, code, row.period);
  }

  /** Adds the facts of a row given one by one. */
  addFacts(
    reporterName: string,
    partnerName: string,
    direction: string,
    commodity: string | undefined,
    period: string,
  ): void {
    this.count += 1;
    this.reporters.add(reporterName);
    this.partners.add(partnerName);
    this.directions.add(direction);
    this.codes.add(commodity ?? 'TOTAL');
    this.periods.add(period);
  }

  /**
   * Adds the facts of rows given as sets ({@link LeftOutSets}), as `@bilateral/duckdb` gives those
   * of the records it left out. Nothing is added when there are no reporters (no rows).
   */
  addSets(sets: LeftOutSets): void {
    if (sets.reporters.length === 0) return;
    this.count += 1;
    for (const name of sets.reporters) this.reporters.add(name);
    for (const name of sets.partners) this.partners.add(name);
    for (const flow of sets.flows) this.directions.add(flow);
    for (const code of sets.commodities) this.codes.add(code === '' ? 'TOTAL' : code);
    for (const period of sets.periods) this.periods.add(period);
    if (sets.services === true) this.codes.add(SERVICES);
  }

  /**
   * The title of the source: who reported what with whom, which goods (and services), when; the World first,
   * then the names in alphabetical order, HS codes and periods ascending, whatever order the rows
   * were added in.
   */
  describe(): string {
    if (this.count === 0) return 'UN Comtrade: no records';
    const directions = [...this.directions];
    // A noun phrase, as a title names what the dataset holds: "Thailand trade with Laos" beside
    // "Thailand exports to Laos" (its exports), "Thailand and Vietnam imports from Laos", whatever
    // the number of reporters. Verbs ("Thailand trades with Laos") would make each title a claim.
    const measure =
      directions.length === 2
        ? 'trade with'
        : directions[0] === 'export'
          ? 'exports to'
          : 'imports from';
    // HS codes are digits: ascending by code unit is ascending by code, a chapter before its headings.
    const hs = [...this.codes].filter((code) => code !== 'TOTAL' && code !== SERVICES).sort();
    const services = this.codes.has(SERVICES);
    const goods =
      hs.length > 0
        ? `HS ${list(hs, 5)}${this.codes.has('TOTAL') ? ' and all goods' : ''}`
        : this.codes.has('TOTAL') || !services
          ? 'all goods'
          : undefined;
    // Services are no goods: a file of services alone was titled "all goods".
    const what = services ? (goods === undefined ? SERVICES : `${goods} and services`) : goods;
    const [reporters, partners] = [this.reporters, this.partners].map((set) =>
      worldFirst(set).map((name) => nameInText(name, 'en')),
    ) as [string[], string[]];
    // Names written with a comma ("Korea, Republic of") are set apart by semicolons, and so are
    // the title's parts: "… from Areas, nes, all goods" would not say where the names end.
    const apart = listsWithComma(reporters) || listsWithComma(partners) ? '; ' : ', ';
    return `UN Comtrade: ${list(reporters)} ${measure} ${list(partners)}${apart}${what}${apart}${periods([...this.periods])}`;
  }
}

/** The title of the source: who reported what with whom, which goods, when. */
export function describeRows(rows: readonly ComtradeRow[]): string {
  const facts = new TitleFacts();
  for (const row of rows) facts.add(row);
  return facts.describe();
}
