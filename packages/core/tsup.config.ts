import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    calc: 'src/calc.ts',
    hs: 'src/hs/index.ts',
    rates: 'src/rates/index.ts',
    node: 'src/node.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm'],
  dts: {
    entry: {
      index: 'src/index.ts',
      calc: 'src/calc.ts',
      hs: 'src/hs/index.ts',
      rates: 'src/rates/index.ts',
      node: 'src/node.ts',
    },
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
