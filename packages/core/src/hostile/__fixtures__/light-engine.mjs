// Loaded with --import in the harness's child process when the test runs in the 'core on
// decimal.js-light' project: `decimal.js` resolves to the script-tag bundle's engine, as the
// project's alias does in vitest.config.ts.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    const light = ${JSON.stringify(new URL('../../_internal/decimal-light.ts', import.meta.url).href)};
    export async function resolve(specifier, context, next) {
      if (specifier === 'decimal.js' && !context.parentURL?.endsWith('/decimal-light.ts')) {
        return next(light, context);
      }
      return next(specifier, context);
    }
  `)}`,
);
