// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code to check
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/**
 * The first argument of every `svgRows(` call in `code` (its definition left out), and whether it
 * is a string literal alone (the row's markup written in the call).
 */
function rowArguments(code: string): { readonly text: string; readonly literal: boolean }[] {
  return [...code.matchAll(/(?<!function )\bsvgRows\(\s*/g)].map((match) => {
    const rest = code.slice((match.index ?? 0) + match[0].length);
    const literal = /^('[^'\\\n]*'|"[^"\\\n]*")\s*,/.exec(rest);
    return { text: rest.slice(0, 60), literal: literal !== null };
  });
}

describe('svgRows calls', () => {
  it('tells a string literal from a name, a template literal or a concatenation', () => {
    const code = [
      'svgRows(\'<circle cx={} r="4"></circle>\', rows);',
      'svgRows(\n  "<text x={}>{}</text>",\n  rows,\n);',
      'svgRows(ROW, rows);',
      'svgRows(`<text>${label}</text>`, rows);',
      "svgRows('<text x={}>' + tag + '</text>', rows);",
      'export function svgRows(row: string, values: unknown[]) {}',
    ].join('\n');
    expect(rowArguments(code).map((call) => call.literal)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('passes every row as a string literal in the call, so no markup comes from elsewhere', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) =>
        // This file's own examples of calls left out.
        file.endsWith('.ts') && !file.endsWith('svg-rows.node.test.ts'),
    );
    const calls = files.flatMap((file) =>
      rowArguments(readFileSync(join(SRC, file), 'utf8')).map((call) => ({ file, ...call })),
    );
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(calls.filter((call) => !call.literal)).toEqual([]);
  });
});
