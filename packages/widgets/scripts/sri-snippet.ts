/**
 * The tags a page pastes to load the script-tag bundle with Subresource Integrity: the
 * autoloader and the stylesheet, each with its `sha384` hash and `crossorigin="anonymous"`
 * (required for a hash on a file from another origin). After a build:
 *
 *   pnpm --filter @bilateral/widgets exec tsx scripts/sri-snippet.ts [base URL]
 *
 * prints them for `dist/` served at the base URL (default: jsDelivr at this package's version).
 * The hash covers the autoloader only: the chunks it imports come from the same base URL, which
 * must therefore be one that does not change (a pinned version, or a folder you serve).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
  const base = process.argv[2] ?? `https://cdn.jsdelivr.net/npm/@bilateral/widgets@${version}/dist`;
  console.log(sriSnippet(base, join(here, '..', 'dist')));
}
