/**
 * The tags a page pastes to load the script-tag bundle with Subresource Integrity: the
 * autoloader and the stylesheet, each with its `sha384` hash and `crossorigin="anonymous"`
 * (required for a hash on a file from another origin). After a build:
 *
 *   pnpm --filter @bilateral/widgets exec tsx scripts/sri-snippet.ts [base URL]
 *
 * prints them for `dist/` served at the base URL (default: jsDelivr at this package's version,
 * once one is released: before that, it asks for the URL).
 * The hashes cover those two files only: the chunks the autoloader imports come from the same
 * base URL, which must therefore be one that does not change (a pinned version, or a folder you
 * serve).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The `sha384-…` integrity value of some bytes. */
export function integrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The script and stylesheet tags for the bundle in `dist` served at `base`. */
export function sriSnippet(base: string, dist: string): string {
  const url = base.replace(/\/+$/, '');
  const script = integrity(readFileSync(join(dist, 'bilateral-widgets.js')));
  const style = integrity(readFileSync(join(dist, 'bilateral-widgets.css')));
  return [
    `<script type="module" src="${url}/bilateral-widgets.js" integrity="${script}" crossorigin="anonymous"></script>`,
    `<link rel="stylesheet" href="${url}/bilateral-widgets.css" integrity="${style}" crossorigin="anonymous">`,
  ].join('\n');
}

/** What the command takes, printed for `--help` and with an option it does not know. */
const USAGE =
  'usage: pnpm --filter @bilateral/widgets sri [base URL]  (the URL you serve dist/ from; without one, jsDelivr at the released version)';

/**
 * The command: the tags for `dist` served at `argv[0]`, or, without one, at jsDelivr for
 * `version` — refused (exit code 2) before a release, whose files jsDelivr does not have, when
 * the bundle is not built and for an option it does not know (`--help` prints its usage), each
 * said in one line.
 *
 * @example
 * ```ts
 * sriCommand([], '0.0.0', 'dist').code; //=> 2 (no release to hash yet: give a URL)
 * sriCommand(['https://example.org/static/bilateral'], '0.0.0', 'dist').text; // the two tags
 * ```
 */
export function sriCommand(
  argv: readonly string[],
  version: string,
  dist: string,
): { readonly code: 0 | 2; readonly text: string } {
  const [base] = argv;
  if (base === '--help' || base === '-h') return { code: 0, text: USAGE };
  if (base?.startsWith('-')) return { code: 2, text: `sri: unknown option ${base}\n${USAGE}` };
  if (base === undefined && version === '0.0.0') {
    return {
      code: 2,
      text: 'sri: no version of @bilateral/widgets is published yet (0.0.0), so jsDelivr has no files to hash: give the URL you serve dist/ from (pnpm --filter @bilateral/widgets sri https://example.org/static/bilateral)',
    };
  }
  const script = join(dist, 'bilateral-widgets.js');
  if (!existsSync(script)) {
    return {
      code: 2,
      text: `sri: ${script} is missing: build the bundle first (pnpm --filter @bilateral/widgets build)`,
    };
  }
  const url = base ?? `https://cdn.jsdelivr.net/npm/@bilateral/widgets@${version}/dist`;
  return { code: 0, text: sriSnippet(url, dist) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
  const { code, text } = sriCommand(process.argv.slice(2), version, join(here, '..', 'dist'));
  if (code === 0) console.log(text);
  else console.error(text);
  process.exitCode = code;
}
