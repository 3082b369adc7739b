import { version } from '../../package.json';

/** The version every package of the repository has until its first release on npm. */
const UNRELEASED = '0.0.0';

/**
 * The npm command that installs (or updates, or reinstalls with its optional dependencies) the
 * package `name` beside `@bilateral/core`, for a message's hint: `npm install name` once the
 * command ships with a released core. Until the first release (the core's version `0.0.0`) no
 * package of Bilateral is on the registry, and `npm install @bilateral/duckdb` would stop at a 404
 * (or install someone else's package of that name): the hint then says to pack the tarballs in a
 * clone and install them together, as docs/getting-started-developer.md does.
 *
 * @param name - the package (`@bilateral/duckdb`)
 * @param options - `update` for a newer version (`@latest`), `optional` to include the optional
 * dependencies (DuckDB's native bindings); `coreVersion` is the core's, for tests
 * @returns the command, with where the tarballs come from before the first release
 *
 * @example
 * ```ts
 * installCommand('@bilateral/duckdb', { coreVersion: '0.1.0' });
 * //=> 'npm install @bilateral/duckdb'
 * installCommand('@bilateral/duckdb', { update: true, coreVersion: '0.1.0' });
 * //=> 'npm install @bilateral/duckdb@latest'
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
  if (coreVersion !== UNRELEASED) return `${npm}${name}${update ? '@latest' : ''}`;
  const tarball = (pkg: string) =>
    `<clone>/.release/${pkg.replace(/^@/, '').replace('/', '-')}-${UNRELEASED}.tgz`;
  return `${npm}${tarball('@bilateral/core')} ${tarball(name)} after pnpm release:dry in a clone of the Bilateral repository: ${name} is not on the npm registry before the first release`;
}
