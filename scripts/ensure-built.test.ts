import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReason, toBuild } from './ensure-built.js';

/** The scratch repository: made before the first test (a run that skips them all makes none). */
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bilateral-ensure-built-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `file` under the scratch repository, modified `minutes` after an hour ago. */
function write(file: string, minutes: number): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '\n');
  const time = new Date(Date.now() - 3_600_000 + minutes * 60_000);
  utimesSync(path, time, time);
}

const folder = (name: string) => join(root, 'packages', name);

describe('the builds the tests of built packages need', () => {
  it('builds a package whose dist/ is missing or empty', () => {
    write('packages/core/src/index.ts', 0);
    expect(staleReason(folder('core'))).toBe(`${folder('core')}/dist/ is missing`);
    mkdirSync(join(folder('core'), 'dist'));
    expect(staleReason(folder('core'))).toBe(`${folder('core')}/dist/ is missing`);
  });

  it('builds nothing when every file of dist/ is newer than the sources, and ignores tests', () => {
    write('packages/core/dist/index.js', 2);
    write('packages/core/dist/cli.js', 3);
    write('packages/core/package.json', 1);
    write('packages/core/src/index.test.ts', 5);
    write('packages/core/src/__fixtures__/data.json', 5);
    write('packages/core/node_modules/x/index.js', 5);
    expect(staleReason(folder('core'))).toBeUndefined();
    expect(toBuild(['core'], root)).toEqual([]);
  });

  it('builds a package with a source newer than the oldest file of its dist/', () => {
    write('packages/core/src/cli/main.ts', 2.5);
    expect(staleReason(folder('core'))).toBe(
      `${folder('core')}/src/cli/main.ts is newer than ${folder('core')}/dist/`,
    );
    write('packages/core/dist/index.js', 4);
    expect(staleReason(folder('core'))).toBeUndefined();
  });

  it("builds the widgets after a change of the core's sources, which their bundles hold", () => {
    write('packages/widgets/src/index.ts', 0);
    write('packages/widgets/dist/index.js', 6);
    write('packages/duckdb/src/index.ts', 0);
    write('packages/duckdb/dist/index.js', 6);
    expect(toBuild(['core', 'duckdb', 'widgets'], root)).toEqual([]);
    write('packages/core/src/index.ts', 7);
    expect(toBuild(['widgets', 'duckdb', 'core'], root)).toEqual([
      ['core', `${folder('core')}/src/index.ts is newer than ${folder('core')}/dist/`],
      ['widgets', `${folder('core')}/src/index.ts is newer than ${folder('widgets')}/dist/`],
    ]);
    // Only the packages asked for.
    expect(toBuild(['duckdb'], root)).toEqual([]);
  });
});
