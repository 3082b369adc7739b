/**
 * `pnpm --filter @bilateral/widgets size:why` (after a build): where the bytes of the script-tag
 * bundle come from. For each package or source folder it prints its minified bytes and its
 * marginal gzipped cost: how many bytes the gzipped bundle would lose without it. Bytes are
 * attributed to sources through the bundle's source map. Marginal costs overlap (gzip shares
 * repeats between pieces), so they add up to more than the bundle.
 *
 *   node scripts/size-breakdown.mjs [depth]   depth: path segments of a source folder (default 3)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const depth = Number(process.argv[2] ?? 3);
const code = readFileSync(new URL('../dist/bilateral-widgets.js', import.meta.url), 'utf8');
const map = JSON.parse(
  readFileSync(new URL('../dist/bilateral-widgets.js.map', import.meta.url), 'utf8'),
);

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

// The source of every byte of the bundle (-1 where no mapping covers it).
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
    if (fields.length > 1) source += fields[1];
    starts.push([offset + column, source]);
  }
  offset += (lines[index]?.length ?? 0) + 1;
});
starts.forEach(([start, index], i) => {
  owner.fill(index, start, starts[i + 1]?.[0] ?? code.length);
});

/** A package name, or a source folder `depth` segments deep. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path
    .replace(/^(\.\.\/)+/, '')
    .replace(/^packages\//, '')
    .split('/')
    .slice(0, depth)
    .join('/');
}

const groups = new Map();
map.sources.forEach((path, index) => {
  const group = groupOf(path);
  groups.set(group, [...(groups.get(group) ?? []), index]);
});

const gzipped = (text) => gzipSync(text, { level: 9 }).length;
const total = gzipped(code);
const rows = [...groups].map(([group, indexes]) => {
  const mine = new Set(indexes);
  let rest = '';
  let bytes = 0;
  for (let i = 0; i < code.length; i++) {
    if (mine.has(owner[i])) bytes++;
    else rest += code[i];
  }
  return { group, bytes, marginal: total - gzipped(rest) };
});

console.log(`bundle: ${code.length} bytes minified, ${total} gzipped (gzip -9)\n`);
console.log('marginal gz   minified   source');
for (const { group, bytes, marginal } of rows.sort((a, b) => b.marginal - a.marginal)) {
  if (bytes >= 300)
    console.log(`${String(marginal).padStart(11)}  ${String(bytes).padStart(9)}   ${group}`);
}
