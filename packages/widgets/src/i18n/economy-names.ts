import { LOCALES, type Locale } from '@bilateral/core/calc';
import { loadOnce } from '../base/load-once.js';

/** An economy's name in each locale. */
type Names = Readonly<Record<Locale, string>>;

const named = new Map<string, Names>();
let table: ((code: string, locale: Locale) => string) | undefined;
let loadingTable: Promise<void> | undefined;

/**
 * Adds the names an embedded data file carries (`names` of a compact dataset: by code, a name
 * in each locale); anything else in the record is ignored.
 */
export function addEconomyNames(names: unknown): void {
  if (typeof names !== 'object' || names === null) return;
  for (const [code, each] of Object.entries(names)) {
    const record = each as Partial<Record<Locale, unknown>> | null;
    if (LOCALES.every((locale) => typeof record?.[locale] === 'string')) {
      named.set(code, record as Names);
    }
  }
}

/**
 * Uses the core's `economyLabel` (the table of every economy) for the codes the data files did
 * not name: the chunk that validates documents brings it, and {@link economyName} loads it when
 * it meets such a code.
 */
export function setEconomyTable(label: (code: string, locale: Locale) => string): void {
  table = label;
}

/**
 * An economy's name in `locale`: from the data file that named it, else from the core's table
 * (`economyLabel`). While that table is still loading (its own chunk, loaded when a code no data
 * file names is first asked for) it is the code; {@link economyTableLoading} says when to draw
 * again.
 */
export function economyName(code: string, locale: Locale): string {
  const names = named.get(code);
  if (names !== undefined) return names[locale];
  if (table !== undefined) return table(code, locale);
  loadEconomyTable().catch(() => undefined); // drawn again when it arrives; a failure is retried
  return code;
}

/** Loads the table's chunk; a failed load is tried again at the next call. */
const loadTable = loadOnce(() =>
  import('./economy-table.js').then(({ economyLabel }) => setEconomyTable(economyLabel)),
);

/** Loads the core's table of every economy's name (its own chunk), once per page. */
export function loadEconomyTable(): Promise<void> {
  if (table !== undefined) return Promise.resolve();
  loadingTable = loadTable();
  return loadingTable;
}

/** Whether {@link economyName} gives `code` a name now (without waiting for the table). */
export function economyNamed(code: string): boolean {
  return named.has(code) || table !== undefined;
}

/**
 * The table of names while it loads (some code was drawn as itself; after a failed load, that
 * load's promise until the next try), else `undefined`.
 */
export function economyTableLoading(): Promise<void> | undefined {
  return table === undefined ? loadingTable : undefined;
}
