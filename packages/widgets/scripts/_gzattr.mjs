import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const code = readFileSync('dist/bilateral-widgets.js', 'utf8');
const map = JSON.parse(readFileSync('dist/bilateral-widgets.js.map', 'utf8'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(str) {
  const out = [];
  let v = 0,
    s = 0;
  for (const ch of str) {
    const d = B64.indexOf(ch);
    v += (d & 31) << s;
    if (d & 32) s += 5;
    else {
      out.push(v & 1 ? -(v >> 1) : v >> 1);
      v = 0;
      s = 0;
    }
  }
  return out;
}
const lines = code.split('\n');
let offset = 0,
  src = 0;
const segs = [];
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  if (line)
    for (const seg of line.split(',')) {
      const f = vlq(seg);
      col += f[0];
      if (f.length > 1) src += f[1];
      segs.push([offset + col, src]);
    }
  offset += (lines[li]?.length ?? 0) + 1;
});
const owner = new Int32Array(code.length).fill(-1);
for (let i = 0; i < segs.length; i++) {
  const [s, k] = segs[i];
  const e = i + 1 < segs.length ? segs[i + 1][0] : code.length;
  for (let j = s; j < e; j++) owner[j] = k;
}
const group = (p) => {
  const m = p.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  return p
    .replace(/^(\.\.\/)+/, '')
    .replace(/^(packages\/)?/, '')
    .split('/')
    .slice(0, Number(process.env.DEPTH ?? 3))
    .join('/');
};
const groups = new Map();
map.sources.forEach((s, i) => {
  const g = group(s);
  if (!groups.has(g)) groups.set(g, new Set());
  groups.get(g).add(i);
});
const gz = (s) => gzipSync(s, { level: 9 }).length;
const total = gz(code);
console.log('total gz', total, 'min', code.length);
const rows = [];
for (const [g, set] of groups) {
  let kept = '',
    raw = 0;
  for (let j = 0; j < code.length; j++) {
    if (set.has(owner[j])) raw++;
    else kept += code[j];
  }
  rows.push([g, raw, total - gz(kept)]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [g, raw, d] of rows)
  if (raw > 300) console.log(String(d).padStart(6), String(raw).padStart(7), g);
