import { type BigIntStats, fstatSync } from 'node:fs';

/**
 * What the open `descriptor` is (a file, a pipe, a socket, a device), read without leaving a
 * pipe or a socket in Node's shared stat array. A plain `fstatSync` (or `fstat`) writes its
 * result there, and `fs.realpathSync` reads that array again when its cache already knows the
 * first folders of a path: when it says pipe or socket, it stops resolving symlinks and returns
 * the path as given (Node 20's `lib/fs.js`, "break if a pipe/socket"). Node's ESM resolver goes
 * through that cache, so after `fstatSync(2)` on a piped stderr every later `import()` kept the
 * symlinked path pnpm links a package at: `bilateral import --engine duckdb 2>&1 | cat` loaded
 * `@duckdb/node-api` from `node_modules/@bilateral/duckdb/…`, where its own
 * `require('@duckdb/node-bindings')` finds nothing. A BigInt stat fills another array.
 *
 * @param descriptor - an open file descriptor: 1 for stdout, 2 for stderr.
 * @returns Its stats (with `bigint` numbers, which `isFile()`, `isFIFO()` and the like ignore).
 * @throws The error of `fstatSync` when the descriptor is not open (EBADF).
 */
export function descriptorStats(descriptor: number): BigIntStats {
  return fstatSync(descriptor, { bigint: true });
}
