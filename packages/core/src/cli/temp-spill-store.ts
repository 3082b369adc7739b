import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrongArgument } from '../_internal/wrong-argument.js';
import type { SpillFile, SpillStore } from '../io/spill-store.js';

/**
 * A {@link SpillStore} on disk, in a folder of its own, and the means to remove that folder.
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * const store: TempSpillStore = tempSpillStore();
 * store.folder.startsWith(tmpdir());
 * //=> true
 * store.removeAll();
 * ```
 *
 * @category Importers
 */
export interface TempSpillStore extends SpillStore {
  /**
   * A new, empty file in the folder.
   *
   * @example
   * ```ts
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * const file = store.create();
   * file.append(new Uint8Array([7]));
   * Array.from(file.read());
   * //=> [7]
   * store.removeAll();
   * ```
   */
  create(): SpillFile;
  /** The folder the files are in (made by {@link tempSpillStore}). */
  readonly folder: string;
  /**
   * Removes the folder and every file in it (files still open are closed first).
   *
   * @example
   * ```ts
   * import { existsSync } from 'node:fs';
   * import { tempSpillStore } from '@bilateral/core/node';
   * const store = tempSpillStore();
   * store.create().append(new Uint8Array([1, 2, 3]));
   * store.removeAll();
   * existsSync(store.folder);
   * //=> false
   * ```
   */
  removeAll(): void;
}

/**
 * Temporary files for a streamed import with bounded memory (`spill` of
 * `importComtradeStream`): a new folder `bilateral-import-spill-*` in `parent`, one file per partition
 * of the records, written and read with Node's synchronous file calls. The importer removes each
 * file once read; {@link TempSpillStore.removeAll} removes the folder (call it when the import
 * ends, however it ends — the `bilateral` command does, and on Ctrl-C, SIGTERM and SIGHUP too).
 *
 * @param parent - where to make the folder; `os.tmpdir()` by default
 * @returns the store, its folder made
 * @throws Error from Node when the folder cannot be made (no such folder, no permission)
 *
 * @throws BilateralError `INVALID_INPUT` at path `parent` when `parent` is given and is no
 *   folder name (not a string, or empty)
 * @example
 * ```ts
 * import { existsSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * const rows = ['period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n', '2023,BRA,CHN,X,1201,38917721136\n'];
 * const store = tempSpillStore(tmpdir()); // or '/var/tmp', for a big file
 * try {
 *   // rows: or createReadStream('big.csv')
 *   await importComtradeStream(rows, { onFlows: () => {}, spill: { store } });
 * } finally {
 *   store.removeAll();
 * }
 * existsSync(store.folder);
 * //=> false
 * ```
 *
 * @category Importers
 */
export function tempSpillStore(parent: string = tmpdir()): TempSpillStore {
  if (typeof parent !== 'string' || parent === '') {
    throw wrongArgument(['parent'], 'the folder to make the temporary folder in', parent);
  }
  const folder = mkdtempSync(join(parent, 'bilateral-import-spill-'));
  const open = new Set<number>();
  let count = 0;
  // One buffer for every read: the importer is done with a file's bytes before it reads another.
  let bytes = Buffer.alloc(0);
  const close = (fd: number) => {
    if (open.delete(fd)) closeSync(fd);
  };
  return {
    folder,
    create(): SpillFile {
      const path = join(folder, `part-${count}`);
      count += 1;
      const fd = openSync(path, 'w+');
      open.add(fd);
      return {
        append(appended) {
          for (let at = 0; at < appended.length; ) at += writeSync(fd, appended, at);
        },
        read() {
          const size = fstatSync(fd).size;
          // With room to spare: files differ in size, and each bigger one would otherwise leave
          // the last buffer for the garbage collector (external memory it frees late).
          if (bytes.length < size) bytes = Buffer.allocUnsafeSlow(Math.ceil(size * 1.5));
          let at = 0;
          while (at < size) {
            const read = readSync(fd, bytes, at, size - at, at);
            if (read === 0) break;
            at += read;
          }
          return bytes.subarray(0, at);
        },
        remove() {
          close(fd);
          rmSync(path, { force: true });
        },
      };
    },
    removeAll() {
      for (const fd of [...open]) close(fd);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
