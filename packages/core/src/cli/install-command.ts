import { version } from '../../package.json';

/** The version every package of the repository has until its first release on npm. */
const UNRELEASED = '0.0.0';

/** A package's tarball as `pnpm release:dry` packs it into a clone's `.release/`. */
const tarball = (name: string, packed: string) =>
  `<clone>/.release/${name.replace(/^@/, '').replace('/', '-')}-${packed}.tgz`;

/**
 * The npm command that installs (or updates, or reinstalls with its optional dependencies) the
 * package `name` beside `@bilateral/core`, for a message's hint. Until the core's first release
 * (its version `0.0.0`) no package of Bilateral is on the registry, and `npm install
 * @bilateral/duckdb` would stop at a 404 (or install someone else's package of that name): the
 * hint says to pack the tarballs in a clone and install them together, as
 * docs/getting-started-developer.md does. Once the core is released it says `npm install name`,
 * and, since the core may be released while the package is not yet (the command cannot tell
 * without asking the registry), where to take the package's tarball then: from a clone at the
 * core's release, its file named with a placeholder for its version (which the core cannot know:
 * the packages are versioned apart), never a glob, which Windows' cmd does not expand.
 *
 * @param name - the package (`@bilateral/duckdb`)
 * @param options - `update` for a newer version (`@latest`), `optional` to include the optional
 * dependencies (DuckDB's native bindings); `coreVersion` is the core's, for tests
 * @returns the command, with where the tarballs come from where the registry has no package
 *
 * @example
 * ```ts
 * installCommand('@bilateral/duckdb', { coreVersion: '0.1.0' }).startsWith(
 *   'npm install @bilateral/duckdb, or where the npm registry does not have it yet, npm install <clone>/.release/bilateral-duckdb-<version>.tgz',
 * );
 * //=> true
 * installCommand('@bilateral/duckdb', { update: true, coreVersion: '0.1.0' }).startsWith(
 *   'npm install @bilateral/duckdb@latest, or',
 * );
 * //=> true
 * // before the first release: the tarballs a clone packs, and why
 * installCommand('@bilateral/duckdb', { coreVersion: '0.0.0' }).startsWith(
 *   'npm install <clone>/.release/bilateral-core-0.0.0.tgz <clone>/.release/bilateral-duckdb-0.0.0.tgz after pnpm release:dry',
 * );
 * //=> true
 * ```
 */
export function installCommand(
  name: string,
  {
    update = false,
    optional = false,
    coreVersion = version,
  }: { update?: boolean; optional?: boolean; coreVersion?: string } = {},
): string {
  const npm = `npm install ${optional ? '--include=optional ' : ''}`;
  const clone = 'after pnpm release:dry in a clone of the Bilateral repository';
  if (coreVersion !== UNRELEASED) {
    // The package's version, not the core's (they are versioned apart): a placeholder, not a
    // glob, which Windows' cmd would give npm as it is.
    return `${npm}${name}${update ? '@latest' : ''}, or where the npm registry does not have it yet, ${npm}${tarball(name, '<version>')} ${clone} at the release of @bilateral/core ${coreVersion} (<version>: ${name}'s in that clone)`;
  }
  return `${npm}${tarball('@bilateral/core', UNRELEASED)} ${tarball(name, UNRELEASED)} ${clone}: ${name} is not on the npm registry before the first release`;
}
