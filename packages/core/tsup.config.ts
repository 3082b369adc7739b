import { defineConfig } from 'tsup';

/** The package's entries (the `exports` of package.json), each with its type declarations. */
const entries = {
  index: 'src/index.ts',
  calc: 'src/calc.ts',
  hs: 'src/hs/index.ts',
  provinces: 'src/economy/provinces.ts',
  rates: 'src/rates/index.ts',
  'rate-digits': 'src/growth/rate-digits.ts',
  targets: 'src/targets/index.ts',
  node: 'src/node.ts',
};

export default defineConfig({
  // The `bilateral` command (bin) needs no declarations, nor do the decimal engines' modules:
  // `#decimal-engine` (package.json `imports`) resolves to the BigInt engine in browsers, to
  // decimal.js elsewhere, and `#decimal-power` to the BigInt power in browsers, elsewhere to
  // src/_internal/decimal-js-power.mjs (decimal.js's, plain JavaScript: no build needed).
  entry: {
    ...entries,
    cli: 'src/cli/bin.ts',
    'decimal-bigint': 'src/_internal/decimal-bigint.ts',
    'decimal-bigint-power': 'src/_internal/decimal-bigint-power.ts',
  },
  external: ['#decimal-engine', '#decimal-power'],
  format: ['esm'],
  dts: { entry: entries },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
