/** The files of the one-line app `import '@bilateral/widgets/<element>';` (see app-bundle.mjs). */
export interface AppBundle {
  /** The entry and the chunks it imports statically. */
  initial: string[];
  /** The chunks loaded on demand. */
  lazy: string[];
  /** The chunks of `lazy` that `<bilateral-growth dataset="vietnam-laos">` loads before it draws. */
  embedded: string[];
  /** The source modules (relative to the package) with code in one of the files. */
  modulesOf(file: string): string[];
}

/**
 * `file` and the files it imports statically (`"./name.js"` beside it, and theirs), added to
 * `into`, which is returned.
 *
 * @example
 * ```ts
 * const initial = withStaticImports('out/app.js', new Set<string>());
 * ```
 */
export function withStaticImports(file: string, into: Set<string>): Set<string>;

/**
 * Bundles the app of one element's entry (`growth` unless given) as an app would, into
 * `node_modules/.cache/app-<element>-<process id>/`.
 *
 * @example
 * ```ts
 * const { initial, embedded } = await appBundle();
 * const gates = await appBundle('gates');
 * ```
 */
export function appBundle(element?: string): Promise<AppBundle>;
