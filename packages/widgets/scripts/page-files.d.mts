/** Options of {@link pageFiles} (see page-files.mjs). */
export interface PageFilesOptions {
  /** The embedded dataset the page names (`''`: none); default `vietnam-laos`. */
  readonly dataset?: string;
  /** The page's language; default `en` (built in: no messages chunk). */
  readonly locale?: string;
  /** Whether the page links the placeholder stylesheet; default `true`. */
  readonly css?: boolean;
  /** The script-tag build to read; default the package's `dist`. */
  readonly dist?: string;
}

/**
 * The files (absolute paths) a page with the elements `tags` transfers (see page-files.mjs).
 *
 * @example
 * ```ts
 * pageFiles(['dashboard']);
 * //=> ['…/dist/bilateral-widgets.js', '…/dist/bilateral-widgets/loader-….js', …,
 * //    '…/dist/data/vietnam-laos.json', '…/dist/bilateral-widgets.css']
 * ```
 */
export function pageFiles(tags: readonly string[], options?: PageFilesOptions): string[];
