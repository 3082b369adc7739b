import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { litWithoutHooks, withoutLitHooks } from './without-lit-hooks.js';

const require = createRequire(import.meta.url);
/** The path of a production module of Lit for the browser, as the bundle reads it (not Node's). */
function litPath(pkg: string, module: string): string {
  const resolved = require.resolve(pkg).replaceAll('\\', '/');
  const root = resolved.slice(0, resolved.lastIndexOf(`/${pkg}/`) + pkg.length + 1);
  return `${root}${module.slice(pkg.length + 1)}`;
}

/** A production module of Lit for the browser, as the bundle reads it (not Node's), and its text. */
function lit(pkg: string, module: string): readonly [string, string] {
  return [module, readFileSync(litPath(pkg, module), 'utf8')];
}

describe('withoutLitHooks', () => {
  it.each([
    lit('lit-html', '/lit-html/lit-html.js'),
    lit('@lit/reactive-element', '/@lit/reactive-element/reactive-element.js'),
    lit('lit-element', '/lit-element/lit-element.js'),
  ])('takes the polyfill, hydration and version hooks out of %s, nothing else', (module, code) => {
    expect(code).toMatch(/PolyfillSupport/);
    const out = withoutLitHooks(module, code);
    expect(out).not.toMatch(/PolyfillSupport|HydrateSupport|Versions/);
    // What goes is the hooks' text alone (and reactive-element.js's decorator metadata, below):
    // the rest is the module as written, and still a module.
    const metadata = module.endsWith('reactive-element.js') ? 200 : 0;
    expect(code.length - out.length).toBeLessThan(150 + metadata);
    expect(() => parseAst(out)).not.toThrow();
  });

  it("takes reactive-element.js's decorator metadata out: the polyfill, the global map and the read of a class's, nothing else", () => {
    const [module, code] = lit(
      '@lit/reactive-element',
      '/@lit/reactive-element/reactive-element.js',
    );
    expect(code).toMatch(/litPropertyMetadata/);
    const out = withoutLitHooks(module, code);
    expect(out).not.toMatch(/metadata/i);
    // Its `static properties` are still read, and finalizing a class goes on to its attributes.
    expect(out).toMatch(/this\.createProperty\(\w+,\w+\[\w+\]\)\}this\.[\w$]+=new Map;/);
    expect(() => parseAst(out)).not.toThrow();
  });

  it("makes css-tag.js's test of constructable stylesheets true, and changes nothing else", () => {
    const [module, code] = lit('@lit/reactive-element', '/@lit/reactive-element/css-tag.js');
    const out = withoutLitHooks(module, code);
    expect(out).not.toMatch(/ShadyCSS|"adoptedStyleSheets"in/);
    // The test alone goes: `supportsAdoptingStyleSheets` is the constant `!0`.
    const test = code.match(/,(\w+)=\w+\.ShadowRoot&&[^,]+(?=,)/);
    expect(out).toBe(code.replace(test?.[0] ?? 'no test', `,${test?.[1]}=!0`));
    expect(out).toMatch(new RegExp(`\\b${test?.[1]} as supportsAdoptingStyleSheets\\b`));
    expect(() => parseAst(out)).not.toThrow();
  });

  it('is how the build loads each of those modules, css-tag.js too', async () => {
    const loads: ((args: { path: string }) => Promise<{ contents: string }>)[] = [];
    const filters: RegExp[] = [];
    litWithoutHooks.setup({
      onLoad: (options: { filter: RegExp }, load: (typeof loads)[number]) => {
        filters.push(options.filter);
        loads.push(load);
      },
    } as never);
    expect(filters).toHaveLength(2);
    for (const [pkg, module] of [
      ['lit-html', '/lit-html/lit-html.js'],
      ['@lit/reactive-element', '/@lit/reactive-element/reactive-element.js'],
      ['@lit/reactive-element', '/@lit/reactive-element/css-tag.js'],
      ['lit-element', '/lit-element/lit-element.js'],
    ] as const) {
      const path = litPath(pkg, module);
      expect(filters[0]?.test(path), path).toBe(true);
      const { contents } = (await loads[0]?.({ path })) ?? { contents: '' };
      expect(contents).toBe(withoutLitHooks(module, readFileSync(path, 'utf8')));
      expect(contents).not.toMatch(/PolyfillSupport|ShadyCSS/);
    }
  });

  it('fails the build of an element that declares a property with a Lit decorator: its metadata is out', async () => {
    const loads = new Map<RegExp, () => Promise<unknown> | unknown>();
    litWithoutHooks.setup({
      onLoad: (options: { filter: RegExp }, load: () => unknown) => loads.set(options.filter, load),
    } as never);
    const path = litPath('@lit/reactive-element', '/@lit/reactive-element/decorators/property.js');
    const refusing = [...loads].filter(([filter]) => filter.test(path));
    expect(refusing).toHaveLength(1);
    expect(await refusing[0]?.[1]()).toEqual({
      errors: [{ text: expect.stringMatching(/no decorator metadata.*static properties/) }],
    });
    // The other decorators (`@query()`…) read no metadata, and Lit's own modules load as before.
    const query = litPath('@lit/reactive-element', '/@lit/reactive-element/decorators/query.js');
    expect([...loads.keys()].filter((filter) => filter.test(query))).toEqual([]);
  });

  it('fails where Lit writes a hook otherwise (a new release), rather than keep it', () => {
    expect(() => withoutLitHooks('/lit-element/lit-element.js', 'const o=1;')).toThrow(
      /matched 0 times, not once/,
    );
  });
});
