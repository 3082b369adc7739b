/**
 * esbuild plugins for the bundles: drop the indentation inside Lit's `html`, `svg` and `css`
 * templates, which esbuild's minifier leaves as written (0.6 kB gzipped in the script-tag bundle,
 * 0.17 kB in an app bundling one element), and in `css` templates the spaces around braces,
 * semicolons and commas and after colons (about 70 B more on the dashboard's page). Only spaces
 * and tabs go; every line break stays. In HTML, SVG text and CSS a line break alone is as much whitespace as a line break
 * and an indent, so what renders does not change (no element of the bundle uses
 * `white-space: pre`), and every line keeps its number, so the source map stays true line by
 * line.
 */
import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import ts from 'typescript';
import { directCoreImports } from './direct-core-imports.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const TAGS = new Set(['html', 'svg', 'css']);

/** The source ranges of the literal parts (between `${…}`) of every Lit template in `code`. */
function literalRanges(
  code: string,
  fileName: string,
): [start: number, end: number, css: boolean][] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const ranges: [number, number, boolean][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Each part's text lies between its opening (` or }) and its closing (` or ${).
      for (const part of parts) {
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        ranges.push([part.getStart(file) + 1, part.getEnd() - closing, node.tag.text === 'css']);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A nested template (inside a `${…}`) is found after the parts around it.
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * Spaces and tabs around a CSS block's braces, a declaration's semicolon, a list's commas and
 * after a property's colon (never before a colon: `a :hover` and `a:hover` differ).
 */
const CSS_SPACE = /[ \t]*([{};,])[ \t]*|(?<=:)[ \t]+/g;

/** `code` with the indentation after each line break inside Lit templates removed. */
export function dropTemplateIndentation(code: string, fileName = 'input.ts'): string {
  let out = '';
  let at = 0;
  for (const [start, end, css] of literalRanges(code, fileName)) {
    const text = code.slice(start, end).replace(/\n[ \t]+/g, '\n');
    out += code.slice(at, start) + (css ? text.replace(CSS_SPACE, '$1') : text);
    at = end;
  }
  return out + code.slice(at);
}

/** The widgets' own TypeScript sources, which the plugins transform. */
const WIDGETS_SOURCE = /[/\\]widgets[/\\]src[/\\].*\.ts$/;

/**
 * The plugin of the per-element ESM entries that apps bundle (and of `app-bundle.mjs`, which
 * bundles an app from the sources as an app would from those entries): applies
 * {@link dropTemplateIndentation} to the widgets' own TypeScript sources.
 */
export const appTemplateIndentation: Plugin = {
  name: 'app-template-indentation',
  setup(build) {
    build.onLoad({ filter: WIDGETS_SOURCE }, async ({ path }) => ({
      contents: dropTemplateIndentation(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/**
 * The script-tag bundle's plugin: applies {@link dropTemplateIndentation} to the widgets' own
 * TypeScript sources, and {@link directCoreImports} (esbuild runs one loader per file, so both
 * passes live here).
 */
export const templateIndentation: Plugin = {
  name: 'template-indentation',
  setup(build) {
    build.onLoad({ filter: WIDGETS_SOURCE }, async ({ path }) => ({
      contents: dropTemplateIndentation(
        directCoreImports(await readFile(path, 'utf8'), path),
        path,
      ),
      loader: 'ts',
    }));
  },
};
