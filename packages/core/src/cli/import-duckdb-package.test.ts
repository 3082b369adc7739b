import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from './cli-io.js';
import { importDuckDBPackage } from './import-duckdb-package.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-duckdb-package-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A CommonJS module that requires `required`, as @duckdb/node-bindings requires its platform's. */
async function requiring(required: string): Promise<string> {
  const file = join(dir, 'requiring.cjs');
  await writeFile(file, `require(${JSON.stringify(required)});\n`);
  return pathToFileURL(file).href;
}

describe('importDuckDBPackage', () => {
  it("says to reinstall with optional dependencies when the platform's binding is missing", async () => {
    const binding = '@duckdb/node-bindings-nowhere-x64/duckdb.node';
    const error = await importDuckDBPackage(await requiring(binding), '--engine duckdb').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(
      `which this install lacks (cannot find ${binding}): reinstall `,
    );
    expect((error as UsageError).message).toMatch('(npm install --include=optional ');
    expect((error as UsageError).cause).toBeInstanceOf(Error);
  });

  it('lets any other missing module through as it is', async () => {
    await expect(
      importDuckDBPackage(await requiring('not-duckdb-at-all'), '--engine duckdb'),
    ).rejects.toThrowError(/Cannot find module 'not-duckdb-at-all'/);
  });
});
