/**
 * A spill store of files in memory, for the tests of the streamed imports' temporary files.
 */
import { memoryFile } from '../_row-ledger.js';
import type { SpillFile, SpillStore } from '../spill-store.js';

/** A store of files in memory that remembers which files it made and which were removed. */
export function memoryStore(): SpillStore & {
  made: number;
  live: () => number;
  bytes: () => number;
} {
  const files = new Set<ReturnType<typeof memoryFile>>();
  let made = 0;
  return {
    get made() {
      return made;
    },
    live: () => files.size,
    bytes: () => [...files].reduce((n, file) => n + file.size, 0),
    create(): SpillFile {
      const file = memoryFile();
      files.add(file);
      made += 1;
      return {
        append: file.append,
        read: file.read,
        remove: () => {
          files.delete(file);
          file.remove();
        },
      };
    },
  };
}
