/**
 * The whole-file checks of a flows-CSV import: the first row of each distinct flow (reporter,
 * partner, flow, period, commodity, source) as five dictionary codes in an
 * {@link ObservationTable} — past a memory budget, in the temporary files of an
 * {@link ObservationSpill}, checked once the input has ended — and the first row and currency of
 * each series, to refuse mixed currencies. Private to the `io` module.
 *
 * @internal
 */

import { OBSERVATION, ObservationSpill, Placement } from './_observation-spill.js';
import { Dictionary, type ObservationCodes, ObservationTable } from './_observation-table.js';
import type { SpillStore } from './spill-store.js';

/** A flow's key is not in memory: it went to the files, checked once the input has ended. */
export const CHECKED_LATER = -2;

/** A repeat found in the files: the row, the first row of its flow, and the period's text. */
export interface LateRepeat {
  readonly row: number;
  readonly first: number;
  readonly period: string;
}

/** The no-value every key is stored with (the flows CSV refuses any repeat, whatever its value). */
const NO_VALUE: readonly [number, number] = [0, 0];

/** The first row of each distinct flow (in memory up to a budget, then in temporary files) and series. */
export class FlowRepeats {
  private readonly economies = new Dictionary();
  private readonly periods = new Dictionary();
  private readonly series = new Dictionary();
  private readonly sources = new Dictionary();
  private readonly currencies = new Dictionary();
  /**
   * Each series' (reporter, partner, flow, commodity) first row and currency, as numbers: the
   * series' codes packed into one key (flow and commodity × 2^24 + reporter × 2^12 + partner: the
   * economies are codes of the economy table, a few hundred) and row × 1024 + the currency's code
   * (ISO 4217 codes, a few hundred) — no string or object per series.
   */
  private readonly series1st = new Map<number, number>();
  private table: ObservationTable;
  private spill: ObservationSpill | undefined;
  private readonly codes: [number, number, number, number, number] = [0, 0, 0, 0, 0];

  /** `files`: where keys past `files.records` distinct flows go (none: every key in memory). */
  constructor(private readonly files?: { readonly store: SpillStore; readonly records: number }) {
    this.table = new ObservationTable(files?.records);
  }

  /**
   * The first row of the flow of `row` when it repeats one in memory, -1 when it is new (now
   * held), or {@link CHECKED_LATER} when its key went to the files.
   */
  check(
    row: number,
    reporter: string,
    partner: string,
    flowAndCommodity: string,
    period: string,
    source: string,
  ): number {
    const codes = this.codes;
    codes[0] = this.economies.id(reporter);
    codes[1] = this.economies.id(partner);
    codes[2] = this.periods.id(period);
    codes[3] = this.series.id(flowAndCommodity);
    codes[4] = this.sources.id(source);
    const found = this.table.find(codes);
    if (found !== -1) return this.table.row(found);
    const files = this.files;
    if (files === undefined || this.table.size < files.records) {
      this.table.add(codes, row, '0', NO_VALUE);
      return -1;
    }
    this.spill ??= new ObservationSpill(files.store);
    this.spill.observation(codes, row, '0', NO_VALUE, Placement.keep, 0, 0);
    return CHECKED_LATER;
  }

  /**
   * The first row and currency of the series of the row checked last, or undefined when it is
   * the series' first row (then held, with `currency`).
   */
  seriesCurrency(currency: string, row: number): { currency: string; row: number } | undefined {
    const [reporter, partner, , flowAndCommodity] = this.codes;
    const key = flowAndCommodity * 2 ** 24 + reporter * 2 ** 12 + partner;
    const first = this.series1st.get(key);
    if (first !== undefined) {
      return { currency: this.currencies.text(first % 1024), row: Math.floor(first / 1024) };
    }
    this.series1st.set(key, row * 1024 + this.currencies.id(currency));
    return undefined;
  }

  /** Appends what went to the files since the last call. */
  async flush(): Promise<void> {
    await this.spill?.flush();
  }

  /**
   * Checks the keys in the files, one file at a time, each in row order: the rows that repeat an
   * earlier row of the files, rising.
   */
  async lateRepeats(): Promise<LateRepeat[]> {
    const spill = this.spill;
    if (spill === undefined) return [];
    // The table in memory is no longer needed: its room checks the files, one after the other (a
    // new table's room would be taken while the garbage collector has not yet taken this one's).
    const table = this.table;
    table.reuse();
    const repeats: LateRepeat[] = [];
    await spill.readBack((_, records) => {
      table.clear();
      while (records.next()) {
        if (records.kind !== OBSERVATION) continue;
        const codes: ObservationCodes = records.codes;
        const first = table.find(codes);
        if (first === -1) table.add(codes, records.row, '0', NO_VALUE);
        else {
          const period = this.periods.text(codes[2]);
          repeats.push({ row: records.row, first: table.row(first), period });
        }
      }
    });
    return repeats.sort((a, b) => a.row - b.row);
  }

  /** Removes the files, if any (the import failed). */
  async discard(): Promise<void> {
    await this.spill?.discard();
  }
}
