/**
 * A spill store of files in memory, for the tests of the streamed imports' temporary files.
 */
import type { SpillFile, SpillStore } from '../spill-store.js';

/** A store of files in memory that remembers which files it made and which were removed. */
export function memoryStore(): SpillStore & {
  made: number;
  live: () => number;
  bytes: () => number;
} {
  const files = new Set<Uint8Array[]>();
  let made = 0;
  return {
    get made() {
      return made;
    },
    live: () => files.size,
    bytes: () => [...files].reduce((n, parts) => n + parts.reduce((m, p) => m + p.length, 0), 0),
    create(): SpillFile {
      const parts: Uint8Array[] = [];
      files.add(parts);
      made += 1;
      return {
        append: (bytes) => {
          parts.push(bytes.slice());
        },
        read: () => {
          const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
          let at = 0;
          for (const part of parts) {
            all.set(part, at);
            at += part.length;
          }
          return all;
        },
        remove: () => {
          files.delete(parts);
        },
      };
    },
  };
}
