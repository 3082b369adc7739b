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
  // The `bilateral` command (bin) needs no declarations, nor does the browsers' decimal engine,
  // which `#decimal-engine` (package.json `imports`) resolves to in browsers, decimal.js elsewhere.
  entry: {
    ...entries,
    cli: 'src/cli/bin.ts',
    'decimal-bigint': 'src/_internal/decimal-bigint.ts',
  },
  external: ['#decimal-engine'],
  format: ['esm'],
  dts: { entry: entries },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
