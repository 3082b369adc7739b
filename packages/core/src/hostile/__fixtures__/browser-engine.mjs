// Loaded with --import in the harness's child process when the test runs in the 'core on the
// browser engine' project: `decimal.js` resolves to the browsers' BigInt engine and `#decimal-power`
// to its powers, as the project's aliases do in vitest.config.ts.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    const engine = ${JSON.stringify(new URL('../../_internal/decimal-bigint.ts', import.meta.url).href)};
    const power = ${JSON.stringify(new URL('../../_internal/decimal-bigint-power.ts', import.meta.url).href)};
    export async function resolve(specifier, context, next) {
      // The core's own import too: Node resolves '#decimal-engine' to the decimal.js package without
      // asking this hook again for 'decimal.js'.
      if (specifier === 'decimal.js' || specifier === '#decimal-engine') return next(engine, context);
      return specifier === '#decimal-power' ? next(power, context) : next(specifier, context);
    }
  `)}`,
);
