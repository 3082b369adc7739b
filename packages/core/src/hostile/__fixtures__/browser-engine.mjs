// Loaded with --import in the harness's child process when the test runs in the 'core on the
// browser engine' project: `decimal.js` resolves to the browsers' BigInt engine, as the project's
// alias does in vitest.config.ts.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    const engine = ${JSON.stringify(new URL('../../_internal/decimal-bigint.ts', import.meta.url).href)};
    export async function resolve(specifier, context, next) {
      return specifier === 'decimal.js' ? next(engine, context) : next(specifier, context);
    }
  `)}`,
);
