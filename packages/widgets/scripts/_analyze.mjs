import { gzipSync } from 'node:zlib';
import { build } from '/work/main/node_modules/.pnpm/esbuild@0.28.2/node_modules/esbuild/lib/main.js';

const r = await build({
  entryPoints: ['src/bundle.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['@bilateral/source'],
  metafile: true,
  write: false,
  outfile: '/tmp/out.js',
  plugins: [
    {
      name: 'e',
      setup(b) {
        b.onResolve({ filter: /\/embedded-datasets\.js$/ }, () => ({
          path: process.cwd() + '/src/data/embedded-json.ts',
        }));
      },
    },
  ],
});
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [k, v] of Object.entries(out.inputs)) {
  let g = k.replace(/.*node_modules\/(\.pnpm\/)?/, '').replace(/^[^/]*@[^/]*\/node_modules\//, '');
  if (g.startsWith('@')) g = g.split('/').slice(0, 2).join('/');
  else if (!k.includes('node_modules'))
    g = k
      .replace(/^(\.\.\/)+/, '')
      .replace(/^packages\//, '')
      .split('/')
      .slice(0, 4)
      .join('/');
  else g = g.split('/')[0];
  groups[g] = (groups[g] ?? 0) + v.bytesInOutput;
}
const total = r.outputFiles.find((f) => f.path.endsWith('.js')).contents;
console.log('total', total.length, 'gz', gzipSync(total, { level: 9 }).length);
for (const [g, n] of Object.entries(groups).sort((a, b) => b[1] - a[1]))
  if (n > 500) console.log(String(n).padStart(7), g);
if (process.argv[2])
  for (const [k, v] of Object.entries(out.inputs).sort(
    (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
  ))
    if (k.includes(process.argv[2])) console.log(String(v.bytesInOutput).padStart(7), k);
