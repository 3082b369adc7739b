import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  // As the core's builds: the map names the package's own src/ files, which it ships, without a
  // second copy of their text.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  target: 'es2022',
  // As the core's builds: tsup says only errors, not each file it writes.
  silent: true,
});
