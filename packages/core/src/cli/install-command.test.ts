import { describe, expect, it, vi } from 'vitest';
import { installCommand } from './install-command.js';

// The core as a release's version bump leaves it: the version is read from package.json at each
// build, so the words change with no code changed.
vi.mock('../../package.json', () => ({ version: '0.1.0' }));

describe('installCommand', () => {
  it('names the package on the registry once the core is released, and its tarball while the registry lacks it', () => {
    // It said "npm install @bilateral/duckdb" alone once the core was released: a 404 while
    // @bilateral/duckdb stays unpublished (r31c), which the command cannot tell offline. Its
    // tarball was `bilateral-duckdb-*.tgz`, a glob Windows' cmd passes to npm as it is (r32c): its
    // version, which the core cannot know (the packages are versioned apart), is a placeholder.
    const tarball =
      "<clone>/.release/bilateral-duckdb-<version>.tgz after pnpm release:dry in a clone of the Bilateral repository at the release of @bilateral/core 0.1.0 (<version>: @bilateral/duckdb's in that clone)";
    const released = { coreVersion: '0.1.0' };
    expect(installCommand('@bilateral/duckdb', released)).toBe(
      `npm install @bilateral/duckdb, or where the npm registry does not have it yet, npm install ${tarball}`,
    );
    expect(installCommand('@bilateral/duckdb', { ...released, update: true })).toBe(
      `npm install @bilateral/duckdb@latest, or where the npm registry does not have it yet, npm install ${tarball}`,
    );
    expect(installCommand('@bilateral/duckdb', { ...released, optional: true })).toBe(
      `npm install --include=optional @bilateral/duckdb, or where the npm registry does not have it yet, npm install --include=optional ${tarball}`,
    );
  });

  it('names the tarballs of a clone, the core’s with it, before the first release', () => {
    // The hints said "npm install @bilateral/duckdb", which is not on the registry yet.
    const tarballs =
      '<clone>/.release/bilateral-core-0.0.0.tgz <clone>/.release/bilateral-duckdb-0.0.0.tgz after pnpm release:dry in a clone of the Bilateral repository: @bilateral/duckdb is not on the npm registry before the first release';
    const unreleased = { coreVersion: '0.0.0' };
    expect(installCommand('@bilateral/duckdb', unreleased)).toBe(`npm install ${tarballs}`);
    expect(installCommand('@bilateral/duckdb', { ...unreleased, update: true })).toBe(
      `npm install ${tarballs}`,
    );
    expect(installCommand('@bilateral/duckdb', { ...unreleased, optional: true })).toBe(
      `npm install --include=optional ${tarballs}`,
    );
  });

  it('names no file with a wildcard, which a shell without globs passes as it is', () => {
    for (const coreVersion of ['0.0.0', '0.1.0']) {
      for (const optional of [false, true]) {
        expect(installCommand('@bilateral/duckdb', { coreVersion, optional })).not.toMatch(/[*?]/);
      }
    }
  });

  it('reads the version the command ships with', () => {
    // It compared the default with package.json's version, 0.0.0 until the first release: a
    // default of '0.0.0' written in the code passed it too.
    expect(installCommand('@bilateral/duckdb')).toMatch(
      /^npm install @bilateral\/duckdb, or .* at the release of @bilateral\/core 0\.1\.0 \(/,
    );
  });
});
