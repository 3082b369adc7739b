/**
 * esbuild plugins giving the builds their resolver of an embedded dataset name in place of
 * `src/data/embedded-datasets.ts` (the sources' and tests' resolver, which reads the core's
 * datasets): both read the compact data scripts/write-data.mjs validated and wrote in `dist/data/`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/**
 * An embedded dataset's compact data (`json`, the text of `data/<name>.json`) as the module apps
 * import, `data/<name>.js`: the JSON in a string literal read by `JSON.parse` (V8's advice for
 * data; a `__proto__` key stays a key). The same text as an object literal is 15–32 B smaller
 * gzipped; cold compile and run of either showed no difference above the noise
 * (docs/performance-history.md).
 *
 * @example
 * ```ts
 * dataModule('{"a":"it\'s"}'); // "export default JSON.parse('{\"a\":\"it\\'s\"}');\n"
 * ```
 */
export function dataModule(json: string): string {
  return `export default JSON.parse('${json.replace(/[\\']/g, '\\$&')}');\n`;
}

/** Resolves the widgets' import of `embedded-datasets.js` to `module` (in `src/data/`). */
function resolver(name: string, module: string): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /\/embedded-datasets\.js$/ }, ({ importer }) =>
        importer.startsWith(src) ? { path: join(src, 'data', module) } : undefined,
      );
    },
  };
}

/** The script-tag bundle fetches embedded datasets as `data/<name>.json` (`embedded-json.ts`). */
export const embeddedAsJson: Plugin = resolver('embedded-as-json', 'embedded-json.ts');

/**
 * Apps import embedded datasets as the modules `data/<name>.js` (`embedded-modules.ts`), which
 * their bundler splits off. Without `data` (the build of `dist/`), each stays an import of
 * `./data/<file>`, beside the entries and chunks; with `data` (a folder, e.g. `dist/data`: an app
 * bundled from the sources, scripts/app-bundle.mjs), it is that folder's file, bundled.
 *
 * @example
 * ```ts
 * esbuildPlugins: [embeddedAsModules()]; // the entries in dist/
 * ```
 */
export function embeddedAsModules(data?: string): Plugin {
  return {
    name: 'embedded-as-modules',
    setup(build) {
      resolver('embedded-as-modules', 'embedded-modules.ts').setup(build);
      build.onResolve({ filter: /^@bilateral\/widgets\/data\/[^/]+\.js$/ }, ({ path }) => {
        const file = path.slice(path.lastIndexOf('/') + 1);
        return data === undefined
          ? { path: `./data/${file}`, external: true }
          : { path: join(data, file) };
      });
    },
  };
}
