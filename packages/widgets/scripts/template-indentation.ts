/**
 * esbuild plugins for the bundles: drop the indentation inside Lit's `html`, `svg` and `css`
 * templates, which esbuild's minifier leaves as written (0.6 kB gzipped in the script-tag bundle,
 * 0.17 kB in an app bundling one element), and in `css` templates the line breaks, the spaces
 * around braces, semicolons and commas and after colons, and a block's last semicolon (about 70 B
 * more on the dashboard's page for the spaces; the line breaks and semicolons about 55 B in an app
 * bundling one element). In `html` templates only spaces and tabs go and every line break stays:
 * a line break alone is as much whitespace as a line break and an indent, so what renders does not
 * change (no element of the bundle uses `white-space: pre`). In `svg` templates, and inside
 * `<svg>` in `html` ones, the blank runs between tags outside `<text>` go too, line breaks included
 * (see {@link svgParts}: they render nothing and each was a DOM node). In CSS a line break is a space, and each run of whitespace
 * with one becomes a space or goes. Every line keeps its number, so the source map stays true line
 * by line: the line breaks a `css` or `svg` template loses are written after it, outside the
 * template.
 */
import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import ts from 'typescript';
import { directCoreImports } from './direct-core-imports.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const TAGS = new Set(['html', 'svg', 'css']);

/** One literal part of a Lit template: its text is `code.slice(start, end)`. */
interface LiteralRange {
  start: number;
  end: number;
  /** The length of what closes the part: 1 for `` ` ``, 2 for `${`. */
  closing: number;
  /**
   * The part's text as written out: without indentation, and in a `css` template as
   * {@link cssText} writes it, in an `html` or `svg` one without the blanks {@link svgParts} drops.
   */
  kept: string;
}

/**
 * The source ranges of the literal parts (between `${…}`) of every Lit template in `code`, with
 * the length of each part's closing (`` ` `` or `${`) and the text it is written out as
 * (`kept`).
 */
function literalRanges(code: string, fileName: string): LiteralRange[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const ranges: LiteralRange[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const { template } = node;
      const tag = node.tag.text;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Each part's text lies between its opening (` or }) and its closing (` or ${).
      const own = parts.map((part) => {
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - closing;
        return { start, end, closing, text: withoutIndentation(code.slice(start, end)) };
      });
      const kept =
        tag === 'css'
          ? own.map(({ text }, index) => cssText(text, index === 0, index === own.length - 1))
          : svgParts(
              own.map(({ text }) => text),
              tag === 'svg',
            );
      ranges.push(
        ...own.map(({ start, end, closing }, index) => ({
          start,
          end,
          closing,
          // One text per part, from cssText as from svgParts.
          kept: kept[index] as string,
        })),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A nested template (inside a `${…}`) is found after the parts around it.
  return ranges.sort((a, b) => a.start - b.start);
}

/** `text` without the spaces and tabs after each line break. */
const withoutIndentation = (text: string) => text.replace(/\n[ \t]+/g, '\n');

/** SVG elements whose content renders text: whitespace inside them stays. */
const SVG_TEXT = new Set(['text', 'tspan', 'textPath', 'foreignObject']);

/**
 * The literal parts of one template without the whitespace runs holding a line break that lie
 * between tags or parts (`${…}`) in SVG (the whole of an `svg` template, `<svg>`…`</svg>` in an
 * `html` one) and outside any `<text>`: in SVG only text elements render text, so such a run is a
 * DOM node that draws nothing. Runs inside a tag (between attributes), inside `<text>`, `<tspan>`,
 * `<textPath>` and `<foreignObject>`, outside SVG, and on one line stay. The parts are read in
 * order, so a tag, a `<text>` or an `<svg>` may open in one part and close in a later one. An
 * `svg` template's top level is never inside another template's `<text>` (none of the widgets'
 * templates interpolates one there; the text of a label is a string).
 *
 * @param parts - the template's literal parts, in order
 * @param svg - whether the template is an `svg` one (else `html`: SVG only inside `<svg>`)
 * @example
 * ```ts
 * svgParts(['<g>\n<text x=', '>\n', '\n</text>\n', '\n</g>'], true);
 * // ['<g><text x=', '>\n', '\n</text>', '</g>']
 * svgParts(['<p>\n<svg>\n', '\n</svg>\n</p>'], false);
 * // ['<p>\n<svg>', '</svg>\n</p>']
 * ```
 */
export function svgParts(parts: readonly string[], svg: boolean): string[] {
  let inTag = false;
  let quote = '';
  let textDepth = 0;
  let svgDepth = svg ? 1 : 0;
  return parts.map((part) => {
    let out = '';
    for (let at = 0; at < part.length; ) {
      const char = part[at] as string;
      if (inTag) {
        if (quote !== '') {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'") {
          quote = char;
        } else if (char === '>') {
          inTag = false;
        }
        out += char;
        at += 1;
        continue;
      }
      const tag = /^<(\/?)([A-Za-z][\w:-]*)/.exec(part.slice(at));
      if (tag !== null) {
        inTag = true;
        const step = tag[1] === '/' ? -1 : 1;
        if (SVG_TEXT.has(tag[2] as string)) textDepth += step;
        if (tag[2] === 'svg') svgDepth += step;
        out += char;
        at += 1;
        continue;
      }
      const blank = /^\s+/.exec(part.slice(at))?.[0];
      if (blank === undefined) {
        out += char;
        at += 1;
        continue;
      }
      if (svgDepth === 0 || textDepth > 0 || !blank.includes('\n')) out += blank;
      at += blank.length;
    }
    return out;
  });
}

/**
 * Spaces and tabs around a CSS block's braces, a declaration's semicolon, a list's commas, a
 * child or sibling combinator (`.grid > *`, `.a ~ *`), a range's comparison (`(width < 12em)`)
 * and a slash (`grid-column: 1 / -1`), and
 * after a property's colon (never before a colon: `a :hover` and `a:hover` differ; nor around a
 * `+`, which `calc()` needs; nor around the slash that opens or closes a comment: `.a`, a
 * comment and `.c` with spaces between them is a descendant selector, without them `.a.c`).
 */
const CSS_SPACE = /[ \t]*([{};,<>~]|(?<!\*)\/(?!\*))[ \t]*|(?<=:)[ \t]+/g;

/**
 * Spaces and tabs that mean nothing in CSS beyond {@link CSS_SPACE}'s: after an opening and before
 * a closing parenthesis (`repeat( auto-fit, 1fr )`).
 */
const CSS_PAREN_SPACE = /(?<=\()[ \t]+|[ \t]+(?=\))/g;

/**
 * A multiplication between a closing parenthesis and a number with its spaces
 * (`calc(var(--_space) * .5)`), which `*` alone writes; never `.a * .b`, a descendant selector.
 */
const CSS_TIMES = /(?<=\))[ \t]*\*[ \t]*(?=\.?\d)/g;

/** A CSS string (quoted, on one line: a bare line break cannot be in one). */
const CSS_STRING = /("[^"\n]*"|'[^'\n]*')/;

/**
 * A CSS part without line breaks: each run of whitespace with one becomes a space, then, outside
 * strings, the spaces around punctuation go (see {@link CSS_SPACE}), the semicolon that ends a
 * block's last declaration and a number's leading zero (`0.5em` is `.5em`); then the spaces at the
 * template's start (when the part opens it, `first`) and end (when it closes it, `last`).
 */
function cssText(text: string, first: boolean, last: boolean): string {
  let css = text
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .split(CSS_STRING)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(CSS_SPACE, '$1')
            .replace(CSS_PAREN_SPACE, '')
            .replace(CSS_TIMES, '*')
            .replace(/;(?=})/g, '')
            .replace(/(?<![\w.])0\.(?=\d)/g, '.'),
    )
    .join('');
  if (first) css = css.replace(/^ +/, '');
  if (last) css = css.replace(/ +$/, '');
  return css;
}

/**
 * `code` with the indentation after each line break inside Lit templates removed, in `css`
 * templates the line breaks too (with the spaces around punctuation), and in SVG the blank runs
 * between tags outside `<text>` ({@link svgParts}). The line breaks a CSS or SVG part
 * loses are written right after it, outside the template (after its closing `` ` `` or `${`),
 * where they are JavaScript whitespace that the minifier drops: every line after the template
 * keeps its number.
 */
export function dropTemplateIndentation(code: string, fileName = 'input.ts'): string {
  let out = '';
  let at = 0;
  for (const { start, end, closing, kept } of literalRanges(code, fileName)) {
    const lines = code.slice(start, end).split('\n').length - kept.split('\n').length;
    out += code.slice(at, start) + kept + code.slice(end, end + closing) + '\n'.repeat(lines);
    at = end + closing;
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
