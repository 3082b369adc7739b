import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', calc: 'src/calc.ts', cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', calc: 'src/calc.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
