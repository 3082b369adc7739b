/**
 * `pnpm --filter @bilateral/widgets size:why` (after a build): where the bytes of the script-tag
 * bundle come from, over the files a page with the given elements loads (default: the dashboard,
 * which loads every element's chunk; see `page-files.mjs`). For each package or source folder it
 * prints its minified bytes and its marginal gzipped cost: how many bytes the gzipped files would
 * lose without it (each file compressed on its own, as a server sends it). Bytes are attributed
 * to sources through each file's source map. Marginal costs overlap (gzip shares repeats between
 * pieces), so they add up to more than the files.
 *
 *   node scripts/size-breakdown.mjs [depth] [element …]   depth: path segments of a source folder (default 3)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pageFiles } from './page-files.mjs';

const depth = Number(process.argv[2] ?? 3);
/** The monorepo's `packages` folder, which source paths are grouped from. */
const PACKAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tags = process.argv.slice(3);
/** `pnpm build`'s folder, and the list of its script-tag files' source maps. */
const DIST = join(PACKAGES, 'widgets', 'dist');
const MAPS = JSON.parse(readFileSync(join(DIST, 'bilateral-widgets.maps.json'), 'utf8'));
const files = pageFiles(tags.length > 0 ? tags : ['dashboard'], { dataset: '', css: false });

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** What a file's bytes are put under when it has no source map (rolldown writes none for a file of
 * imports and exports only), and the bytes of a mapped file no segment maps to a source. */
const NO_MAP = '(no source map)';
const UNMAPPED = '(unmapped)';

/** Every byte of one file and the source group it comes from. */
function attribute(file) {
  const code = readFileSync(file, 'utf8');
  // The map the build lists for the file (`bilateral-widgets.maps.json`, `scripts/merge-chunks.ts`):
  // the files name none in a comment.
  const listed = MAPS[relative(DIST, file).split(sep).join('/')];
  const path = listed === undefined ? undefined : join(DIST, listed);
  if (path === undefined || !existsSync(path)) return { code, groupAt: () => NO_MAP };
  const map = JSON.parse(readFileSync(path, 'utf8'));
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const starts = [];
  let offset = 0;
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeSegment(segment);
      column += fields[0];
      // A segment of one field maps what follows to no source.
      if (fields.length > 1) source += fields[1];
      starts.push([offset + column, fields.length > 1 ? source : -1]);
    }
    offset += (lines[index]?.length ?? 0) + 1;
  });
  starts.forEach(([start, index], i) => {
    owner.fill(index, start, starts[i + 1]?.[0] ?? code.length);
  });
  // Sources are relative to the map (`../../src/…`, `../../../core/src/…`): grouped from the
  // packages folder, so `widgets/src/base` and `core/src/growth` read alike.
  const groups = map.sources.map((path) =>
    groupOf(relative(PACKAGES, resolve(dirname(file), path))),
  );
  return { code, groupAt: (i) => (owner[i] < 0 ? UNMAPPED : groups[owner[i]]) };
}

/** A package name, or a source folder `depth` segments deep (from the packages folder). */
function groupOf(path) {
  const pkg = path.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path.split('/').slice(0, depth).join('/');
}

const gzipped = (text) => gzipSync(text, { level: 9 }).length;
const parts = files.filter((file) => file.endsWith('.js')).map(attribute);
const total = parts.reduce((sum, { code }) => sum + gzipped(code), 0);
const bytes = parts.reduce((sum, { code }) => sum + code.length, 0);
const rows = new Map();
for (const { code, groupAt } of parts) {
  const whole = gzipped(code);
  const mine = new Map();
  for (let i = 0; i < code.length; i++) {
    const group = groupAt(i);
    mine.set(group, (mine.get(group) ?? 0) + 1);
  }
  for (const [group, count] of mine) {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (groupAt(i) !== group) rest += code[i];
    const row = rows.get(group) ?? { bytes: 0, marginal: 0 };
    row.bytes += count;
    row.marginal += whole - gzipped(rest);
    rows.set(group, row);
  }
}

console.log(
  `${parts.length} files: ${bytes} bytes minified, ${total} gzipped (gzip -9, each on its own)\n`,
);
console.log('marginal gz   minified   source');
for (const [group, { bytes, marginal }] of [...rows].sort(
  (a, b) => b[1].marginal - a[1].marginal,
)) {
  if (bytes >= 300)
    console.log(`${String(marginal).padStart(11)}  ${String(bytes).padStart(9)}   ${group}`);
}
