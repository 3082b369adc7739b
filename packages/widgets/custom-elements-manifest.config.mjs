/** @custom-elements-manifest/analyzer: the five elements and their shared base classes. */
import { stateNotAttributes } from './scripts/state-not-attributes.mjs';

export default {
  globs: ['src/base/bilateral-base.ts', 'src/base/bilateral-element.ts', 'src/elements/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/elements/*.styles.ts', 'src/elements/*.define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [stateNotAttributes()],
};
