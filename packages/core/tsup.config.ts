import { defineConfig } from 'tsup';

/** The package's entries (the `exports` of package.json), each with its type declarations. */
const entries = {
  index: 'src/index.ts',
  calc: 'src/calc.ts',
  hs: 'src/hs/index.ts',
  rates: 'src/rates/index.ts',
  targets: 'src/targets/index.ts',
  node: 'src/node.ts',
};

export default defineConfig({
  // The `bilateral` command (bin) needs no declarations.
  entry: { ...entries, cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: { entry: entries },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
