/**
 * esbuild plugin of the script-tag bundle: Lit without its hooks for other scripts of the page,
 * which no page of the bundle has: the polyfill support of `@webcomponents/polyfill-support`
 * (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`, `litElementPolyfillSupport`: the
 * ShadyDOM and ShadyCSS of browsers without shadow DOM; the bundle is ES2022 for current Chrome,
 * Edge, Safari and Firefox, which all have it), the hydration of server-rendered elements
 * (`litElementHydrateSupport`: the elements render in the browser, and `bilateral-embed`'s pages
 * are never hydrated), and the record of the loaded versions (`litHtmlVersions`…, which only
 * Lit's development build reads, to warn of several copies: no template, part or directive of
 * this bundle meets another copy of Lit, see `mangleProps` in `tsup.config.ts`). About 105 B
 * gzipped on every page (its runtime chunk: the dashboard's page 60,021 -> 59,915 B, a growth
 * page 34,115 -> 34,011). And Lit's styles for browsers without constructable stylesheets (see
 * `css-tag.js` below), and the properties that standard decorators declare (Lit's decorator
 * metadata, see `reactive-element.js` below: 65 B gzipped on every page). An app bundling the
 * elements keeps its Lit as it is.
 */
import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * For each of Lit's production modules (the end of its path), what goes (a pattern alone), or what
 * it becomes (`[pattern, replacement]`): each pattern must match exactly once, so that a Lit
 * release that writes them otherwise fails the build rather than keeping them unnoticed.
 */
const HOOKS: readonly (readonly [string, readonly (RegExp | readonly [RegExp, string])[]])[] = [
  [
    '/lit-html/lit-html.js',
    [
      /,(\w+)=(\w+)\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\2\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/g,
    ],
  ],
  [
    '/@lit/reactive-element/reactive-element.js',
    [
      /,\w+=\w+\.reactiveElementPolyfillSupport(?=,)/g,
      /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/g,
      // The properties that standard decorators (`@property()` on an `accessor`) declare, which
      // Lit keeps in `litPropertyMetadata` and reads when it finalizes a class: no class of the
      // bundle has a decorator (they declare `static properties`; the plugin below refuses Lit's
      // property decorators). The `Symbol.metadata` polyfill and the global map go with them. A
      // page's own Lit sets both for its own elements, which work beside the bundle; a page's
      // subclass of one of the bundle's elements declaring a property with its own Lit's
      // `@property()` gets no attribute for it (it did before: Lit's published modules name
      // `_$changeProperty` alike, `C`, so `mangleProps` did not part them). Checked in Chromium
      // with a page's own Lit 3.3 before and after the bundle.
      /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/g,
      /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[(\w+),(\w+)\]of \2\)this\.elementProperties\.set\(\3,\4\)\}/g,
    ],
  ],
  [
    // Lit's fallback for browsers without constructable stylesheets (`<style>` elements, with
    // `litNonce`). Of the browsers that parse the bundle (ES2022, a regex lookbehind in
    // `keepTogether`), only Firefox 90–100 (2021–2022) lacks them; the current Chrome, Edge,
    // Safari and Firefox the bundle is for all have them, and the elements' own sheets
    // (`adoptSheet`: the navigation's, the table's, the alert's) are adopted only there. Lit's
    // test of support becomes `true`, and the minifiers drop the branches it guarded.
    '/@lit/reactive-element/css-tag.js',
    [
      [
        /(?<==)\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype(?=,)/g,
        '!0',
      ],
    ],
  ],
  [
    '/lit-element/lit-element.js',
    [
      /,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\)(?=;)/g,
      /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/g,
    ],
  ],
];

/**
 * `code`, a module of Lit's whose path ends in `module` (a key of {@link HOOKS}), without its
 * hooks; throws where a pattern does not match exactly once.
 *
 * @example
 * ```ts
 * withoutLitHooks('/lit-element/lit-element.js', code); // no litElementPolyfillSupport in it
 * ```
 */
export function withoutLitHooks(module: string, code: string): string {
  const patterns = HOOKS.find(([end]) => end === module)?.[1] ?? [];
  return patterns.reduce((text, change) => {
    const [pattern, replacement] = change instanceof RegExp ? [change, ''] : change;
    const found = text.match(pattern)?.length ?? 0;
    if (found !== 1)
      throw new Error(`${module}: ${pattern} matched ${found} times, not once (a new Lit?)`);
    return text.replace(pattern, replacement);
  }, code);
}

/** Why the plugin refuses Lit's property decorators in the script-tag bundle. */
const DECORATORS_REFUSED =
  "the script-tag bundle's Lit has no decorator metadata (scripts/without-lit-hooks.ts): declare an element's properties in `static properties`, not with @property() or @state() (other decorators from their own modules, lit/decorators/query.js, not lit/decorators.js)";

/**
 * The plugin: loads Lit's four production modules above through {@link withoutLitHooks}, and
 * refuses Lit's property decorators, whose metadata they leave out.
 *
 * @example
 * ```ts
 * await esbuild.build({ ...options, plugins: [litWithoutHooks] });
 * ```
 */
export const litWithoutHooks: Plugin = {
  name: 'lit-without-hooks',
  setup(build) {
    const filter =
      /[/\\](lit-html[/\\]lit-html|reactive-element[/\\](reactive-element|css-tag)|lit-element[/\\]lit-element)\.js$/;
    build.onLoad({ filter }, async ({ path }) => {
      const module = HOOKS.find(([end]) => path.replaceAll('\\', '/').endsWith(end))?.[0];
      const code = await readFile(path, 'utf8');
      return {
        contents: module === undefined ? code : withoutLitHooks(module, code),
        loader: 'js',
      };
    });
    // Lit's `@property()` (and `@state()`, which uses it) keep what they declare in the decorator
    // metadata this Lit goes without: an element of the bundle declaring a property with one would
    // throw as its class is defined (`globalThis.litPropertyMetadata` is undefined), or, beside a
    // page's own Lit, have no attribute. A build error says so rather than a broken page.
    build.onLoad({ filter: /[/\\]reactive-element[/\\]decorators[/\\]property\.js$/ }, () => ({
      errors: [{ text: DECORATORS_REFUSED }],
    }));
  },
};
