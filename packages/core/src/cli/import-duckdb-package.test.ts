import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

  it('says the package is there but unbuilt when a file it needs is missing (a clone before pnpm build)', async () => {
    // As `@bilateral/duckdb` resolves in the repository before a build: to dist/index.js, absent.
    const fake = join(dir, 'node_modules', 'fake-duckdb');
    await mkdir(fake, { recursive: true });
    await writeFile(
      join(fake, 'package.json'),
      JSON.stringify({ name: 'fake-duckdb', type: 'module', exports: './dist/index.js' }),
    );
    const entry = join(dir, 'entry.mjs');
    await writeFile(entry, "export * from 'fake-duckdb';\n");
    // Node's own loader says this (Vitest resolves imports its own way): run it in a child, with a
    // limit of its own, as a synchronous child holds up Vitest's timeout (it takes under 1 s).
    const program = [
      `import { importDuckDBPackage } from ${JSON.stringify(fileURLToPath(new URL('./import-duckdb-package.ts', import.meta.url)))};`,
      `await importDuckDBPackage(${JSON.stringify(pathToFileURL(entry).href)}, '--engine duckdb')`,
      "  .catch((error) => console.log(error.name + ': ' + error.message));",
    ].join('\n');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', program],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(out).toMatch(
      /^UsageError: --engine duckdb needs the package .*, which is installed without the files it runs \(cannot find .*fake-duckdb.dist.index\.js\): in a clone of the Bilateral repository, build it \(pnpm build\)/,
    );
  });

  it('lets any other missing module through as it is', async () => {
    await expect(
      importDuckDBPackage(await requiring('not-duckdb-at-all'), '--engine duckdb'),
    ).rejects.toThrowError(/Cannot find module 'not-duckdb-at-all'/);
  });
});
