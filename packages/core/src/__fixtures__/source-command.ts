/** Runs a package's command from its TypeScript source in a child process, for the tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

/** The workspace's root, where the commands run from (their sources' imports resolve from it). */
const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

/**
 * How `child` ended: its exit code and all it wrote to stderr (which must be a pipe).
 *
 * @example
 * ```ts
 * const { code, err } = await exitAndStderr(spawn('sh', ['-c', 'echo no >&2; exit 3']));
 * // code 3, err 'no\n'
 * ```
 */
export function exitAndStderr(child: ChildProcess) {
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  return new Promise<{ code: number | null; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

/**
 * The command `bin` (a TypeScript file, run by tsx, so no build is needed) with its `stream` on
 * /dev/full (a disk that is full), the other one a pipe: its exit code and stderr. `node` goes
 * before the file (e.g. `--conditions=@bilateral/source` to import the core from its source).
 *
 * @example
 * ```ts
 * const bin = join(import.meta.dirname, 'bin.ts');
 * expect(await onFullDisk(bin, ['report'], 'stdout')).toEqual({ code: 2, err: '…the disk is full\n' });
 * ```
 */
export function onFullDisk(
  bin: string,
  argv: readonly string[],
  stream: 'stdout' | 'stderr',
  node: readonly string[] = [],
) {
  const full = openSync('/dev/full', 'w');
  const child = spawn(process.execPath, [...node, '--import', 'tsx', bin, ...argv], {
    cwd: ROOT,
    stdio: stream === 'stdout' ? ['ignore', full, 'pipe'] : ['ignore', 'pipe', full],
  });
  closeSync(full);
  return exitAndStderr(child);
}

/**
 * The command `bin` (a TypeScript file, run by tsx) in a V8 heap of at most `heapMb` MB, its
 * stdout dropped: its exit code and stderr (a command that runs out of that heap aborts, exit 134).
 *
 * @example
 * ```ts
 * const bin = join(import.meta.dirname, 'bin.ts');
 * const { code, err } = await inHeapOf(48, bin, ['import', 'comtrade', 'big.json', '-o', 'out.jsonl']);
 * ```
 */
export function inHeapOf(heapMb: number, bin: string, argv: readonly string[]) {
  const node = [`--max-old-space-size=${heapMb}`, '--import', 'tsx'];
  const child = spawn(process.execPath, [...node, bin, ...argv], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return exitAndStderr(child);
}
