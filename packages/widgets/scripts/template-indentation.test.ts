// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code to transform
import { describe, expect, it } from 'vitest';
import { dropTemplateIndentation } from './template-indentation.js';

describe('dropTemplateIndentation', () => {
  it('drops the indentation after line breaks inside html, svg and css templates only (and the spaces around punctuation in css)', () => {
    const code = [
      'const a = html`<p>',
      '    ${x ? svg`<g>',
      '        <text>${y}</text>',
      '      </g>` : nothing}',
      '    <span>  two  spaces  </span>',
      '  </p>`;',
      'const b = css`',
      '  :host {',
      '    display: block;',
      '  }`;',
      'const c = `keep',
      '    this`;',
      'const d = msg`and',
      '    this`;',
    ].join('\n');
    const out = dropTemplateIndentation(code);
    expect(out.split('\n')).toEqual([
      'const a = html`<p>',
      '${x ? svg`<g>',
      '<text>${y}</text>',
      '</g>` : nothing}',
      '<span>  two  spaces  </span>',
      '</p>`;',
      'const b = css`',
      ':host{',
      'display:block;',
      '}`;',
      'const c = `keep',
      '    this`;',
      'const d = msg`and',
      '    this`;',
    ]);
  });

  it('drops the spaces around braces, semicolons and commas and after colons in css, never before a colon', () => {
    const code =
      'const s = css`:host ::slotted(p) , a :hover {\n  margin: 0 ${gap}px;\n  font: 1em a, b ; }\n@media (min-width: 30em) { a { color: red } }`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`:host ::slotted(p),a :hover{\nmargin:0 ${gap}px;\nfont:1em a,b;}\n@media (min-width:30em){a{color:red}}`;',
    );
  });

  it('keeps every line, so a source map stays true line by line', () => {
    const code = 'x = html`\n\t<a>\n\t\t${b}\n\t</a>\n`;\ny = 1;\n';
    const out = dropTemplateIndentation(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out).toBe('x = html`\n<a>\n${b}\n</a>\n`;\ny = 1;\n');
  });
});
