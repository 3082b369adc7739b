/**
 * Where a streamed import puts what it cannot keep in memory: temporary files, given by the
 * program (the `bilateral` command gives files in a temporary folder; see `@bilateral/core/node`).
 * The core only writes and reads bytes through these interfaces, so it stays free of Node's file
 * system.
 *
 * @packageDocumentation
 */

/**
 * A temporary file a streamed import writes to, then reads back whole once, then removes.
 *
 * @example
 * ```ts
 * // A file in memory (what the tests use); `@bilateral/core/node` gives files on disk.
 * const parts: Uint8Array[] = [];
 * const file: SpillFile = {
 *   append: (bytes) => { parts.push(bytes.slice()); },
 *   read: () => Uint8Array.from(parts.flatMap((part) => [...part])),
 *   remove: () => { parts.length = 0; },
 * };
 * file.append(new Uint8Array([1, 2]));
 * file.read();
 * //=> new Uint8Array([1, 2])
 * ```
 *
 * @category Importers
 */
export interface SpillFile {
  /**
   * Adds bytes at the end of the file. The bytes are the importer's again once the call returns
   * (or its promise settles): copy them to keep them.
   *
   * @example
   * ```ts
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * const file = await store.create();
   * await file.append(new Uint8Array([1, 2]));
   * await file.append(new Uint8Array([3]));
   * Array.from(await file.read());
   * //=> [1, 2, 3]
   * store.removeAll();
   * ```
   */
  append(bytes: Uint8Array): void | Promise<void>;
  /**
   * Every byte appended, in order. The importer reads them before it reads another file, so the
   * store may give the same memory to the next `read`.
   *
   * @example
   * ```ts
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * const file = await store.create();
   * await file.append(new Uint8Array([1, 2]));
   * Array.from(await file.read());
   * //=> [1, 2]
   * store.removeAll();
   * ```
   */
  read(): Uint8Array | Promise<Uint8Array>;
  /**
   * Removes the file; nothing is read or appended after.
   *
   * @example
   * ```ts
   * import { readdirSync } from 'node:fs';
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * const file = await store.create();
   * await file.append(new Uint8Array([1, 2]));
   * readdirSync(store.folder).length;
   * //=> 1
   * await file.remove();
   * readdirSync(store.folder).length;
   * //=> 0
   * store.removeAll();
   * ```
   */
  remove(): void | Promise<void>;
}

/**
 * Makes the temporary files of a streamed import: see {@link ComtradeStreamOptions.spill}.
 *
 * @example
 * ```ts
 * // Files in memory (tempSpillStore() on Node: files on disk).
 * const store: SpillStore = {
 *   create: () => {
 *     let bytes = new Uint8Array(0);
 *     return {
 *       append: (more) => void (bytes = new Uint8Array([...bytes, ...more])),
 *       read: () => bytes,
 *       remove: () => void (bytes = new Uint8Array(0)),
 *     };
 *   },
 * };
 * // Or createReadStream('comtrade.csv'), with records: 100_000.
 * const rows = ['period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n', '2021,BRA,CHN,X,1201,27208101300\n', '2023,BRA,CHN,X,1201,38917721136\n'];
 * const { report, droppedFlows } = await importComtradeStream(rows, {
 *   onFlows: () => {},
 *   spill: { store, records: 1 },
 * });
 * [report.imported, droppedFlows];
 * //=> [2, []]
 * ```
 *
 * @category Importers
 */
export interface SpillStore {
  /**
   * A new, empty temporary file.
   *
   * @example
   * ```ts
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * const file = await store.create();
   * (await file.read()).length;
   * //=> 0
   * store.removeAll();
   * ```
   */
  create(): SpillFile | Promise<SpillFile>;
}

/**
 * How a streamed import checks a file for repeated records with bounded memory: the distinct
 * records it keeps in memory (`records`, 1,048,576 by default: about 50 MB), and where the rest
 * go (`store`).
 *
 * @example
 * ```ts
 * import { existsSync } from 'node:fs';
 * import { tempSpillStore } from '@bilateral/core/node';
 * const store = tempSpillStore();
 * const spill: ImportSpill = { store, records: 1_000_000 };
 * spill.records;
 * //=> 1000000
 * store.removeAll(); // when the import ends
 * existsSync(store.folder);
 * //=> false
 * ```
 *
 * @category Importers
 */
export interface ImportSpill {
  /** Makes the temporary files. */
  readonly store: SpillStore;
  /** How many distinct records stay in memory before the others go to the files (at least 1). */
  readonly records?: number;
}
