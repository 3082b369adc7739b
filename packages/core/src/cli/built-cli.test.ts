import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ComtradeServer,
  startComtradeServer,
  tableHandler,
  totalsRecord,
} from '../io/__fixtures__/comtrade-server.js';
import { installCommand } from './install-command.js';

// Runs the built command (built first when stale: vitest.config.ts's BUILT), as the README shows
// it, in this workspace: pnpm links @bilateral/duckdb and its dependencies by symlinks, which the
// tests of the command from its sources (tsx resolves them) never meet. Output and errors are
// pipes, as in CI or `| less`.
// Without NODE_PATH, which `pnpm exec` and `pnpm test` set to pnpm's store of every package: a
// user's `node dist/cli.js` finds no package through it.
const { NODE_PATH: _storeOfPnpm, ...userEnv } = process.env;
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const BULK = join(import.meta.dirname, '..', 'io', '__fixtures__', 'shapes', 'v1-bulk.txt');
const run = promisify(execFile);

async function bilateral(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...userEnv, NO_COLOR: '1', ...env },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

let dir = '';
let server: ComtradeServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-built-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('the built bilateral command (dist/cli.js)', () => {
  it('imports a bulk file with --engine duckdb into Parquet while stderr is a pipe', async () => {
    const result = await bilateral([
      'import',
      'comtrade',
      '--engine',
      'duckdb',
      BULK,
      '-o',
      join(dir, 'x.parquet'),
    ]);
    expect(result.err).toBe('');
    expect(result.out).toContain('imported 22 rows into');
    expect(result.code).toBe(0);
  });

  it('says once, as a usage error, what to reinstall when DuckDB cannot find its bindings', async () => {
    // Node keeping pnpm's symlinked paths: @duckdb/node-api's require('@duckdb/node-bindings')
    // finds nothing, as in an install without the bindings of its platform.
    const result = await bilateral(
      ['import', 'comtrade', '--engine', 'duckdb', BULK, '-o', join(dir, 'x.parquet')],
      { NODE_OPTIONS: '--preserve-symlinks' },
    );
    expect(result.err).toBe(
      `bilateral import: --engine duckdb needs DuckDB's native binding for this platform (${process.platform}-${process.arch}), which this install lacks (cannot find @duckdb/node-bindings): reinstall @bilateral/duckdb here with its optional dependencies (${installCommand('@bilateral/duckdb', { optional: true })})\n`,
    );
    expect(result.code).toBe(2);
  });

  it('fetches into Parquet (@bilateral/duckdb) while stderr is a pipe', async () => {
    server = await startComtradeServer(
      tableHandler([totalsRecord(764, 116, 'X', 2024, 5_000_000_000)]),
    );
    const result = await bilateral(
      [
        'fetch',
        'comtrade',
        '--reporter',
        'THA',
        '--partner',
        'KHM',
        '--years',
        '2024',
        '-o',
        join(dir, 'x.parquet'),
        '--cache-dir',
        join(dir, 'cache'),
      ],
      { BILATERAL_COMTRADE_URL: server.url, COMTRADE_API_KEY: 'key' },
    );
    expect(result.err).toBe('');
    expect(result.out).toContain('fetched 1 record in 1 request');
    expect(result.code).toBe(0);
  });
});
