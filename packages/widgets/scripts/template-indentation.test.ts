// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code to transform
import { describe, expect, it } from 'vitest';
import { dropTemplateIndentation, svgParts } from './template-indentation.js';

describe('dropTemplateIndentation', () => {
  it('drops the indentation after line breaks inside html, svg and css templates only (and in css the line breaks and the spaces around punctuation, in SVG the line breaks between tags outside text)', () => {
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
      '${x ? svg`<g><text>${',
      'y}</text></g>`',
      ' : nothing}',
      '<span>  two  spaces  </span>',
      '</p>`;',
      'const b = css`:host{display:block}`',
      '',
      '',
      ';',
      'const c = `keep',
      '    this`;',
      'const d = msg`and',
      '    this`;',
    ]);
  });

  it('drops the spaces around braces, semicolons and commas and after colons in css (never before a colon) and the last semicolon of a block', () => {
    const code =
      'const s = css`:host ::slotted(p) , a :hover {\n  margin: 0 ${gap}px;\n  font: 1em a, b ; }\n@media (min-width: 30em) { a { color: red } }`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`:host ::slotted(p),a :hover{margin:0 ${\ngap}px;font:1em a,b}@media (min-width:30em){a{color:red}}`\n\n;',
    );
  });

  it('joins the lines of a css template with a space where no punctuation ends them (a descendant selector, a value on two lines), never inside a string', () => {
    const code =
      'const s = css`\n  .a\n  .b,\n\n  .c {\n    margin: 0\n      auto;\n    content: "x  y";\n  }\n`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`.a .b,.c{margin:0 auto;content:"x  y"}`\n\n\n\n\n\n\n\n\n;',
    );
  });

  it('drops the spaces around css combinators, comparisons and slashes, inside parentheses and around a multiplication by a number, not around a + nor a descendant *', () => {
    const code =
      'const s = css`.a > * , .b ~ .c{grid-area: 1 / -1;gap:calc(var(--x) * 0.5);width:calc(1em + ( 2px ))}@container (width < 12em){.a * .b{margin:0}}`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`.a>*,.b~.c{grid-area:1/-1;gap:calc(var(--x)*.5);width:calc(1em + (2px))}@container (width<12em){.a * .b{margin:0}}`;',
    );
  });

  it('keeps the spaces around a css comment, whose slashes are no division: .a /* b */ .c is a descendant selector, .a/* b */.c a compound one', () => {
    const code = 'const s = css`.a /* b */ .c{grid-area:1 / -1}`;';
    expect(dropTemplateIndentation(code)).toBe('const s = css`.a /* b */ .c{grid-area:1/-1}`;');
  });

  it("drops a number's leading zero in css, not a digit of a larger number nor of a name", () => {
    const code = 'const s = css`a{margin:0.25em -0.5em 10.5em;opacity:0;--_x0.5:1}`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`a{margin:.25em -.5em 10.5em;opacity:0;--_x0.5:1}`;',
    );
  });

  it('leaves css strings as written', () => {
    const code = 'const s = css`[data-x=\'0.5 , b\'] {\n  content: "a ; b: 0.5";\n}`;';
    expect(dropTemplateIndentation(code)).toBe(
      'const s = css`[data-x=\'0.5 , b\']{content:"a ; b: 0.5"}`\n\n;',
    );
  });

  it('drops blank runs between svg tags and parts outside <text> only, never between attributes nor in text, across the parts of a template', () => {
    const code = [
      'const g = svg`<g class="a"',
      '    x=${x}',
      '    y="1">',
      '  <text x="0">',
      '    ${a}',
      '    <tspan>b</tspan>',
      '  </text>',
      '  ${bar}',
      '  <rect> </rect>',
      '</g>`;',
    ].join('\n');
    const out = dropTemplateIndentation(code);
    expect(out).toBe(
      'const g = svg`<g class="a"\nx=${x}\ny="1"><text x="0">\n${\na}\n<tspan>b</tspan>\n</text>${\nbar}<rect> </rect></g>`\n\n;',
    );
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('reads a quoted > inside a tag as part of an attribute (svgParts)', () => {
    expect(svgParts(['<g title="a > b"\nx=', '>\n<text>a\n', '</text>\n</g>'], true)).toEqual([
      '<g title="a > b"\nx=',
      '><text>a\n',
      '</text></g>',
    ]);
  });

  it('drops blank runs in html templates only inside <svg> (and not in its <text> nor <foreignObject>)', () => {
    const code = [
      'const h = html`<div>',
      '  <svg',
      '    width=${w}>',
      '    ${content}',
      '    <text>a',
      '    </text>',
      '    <foreignObject>',
      '      <p>b</p>',
      '    </foreignObject>',
      '  </svg>',
      '  <p>c</p>',
      '</div>`;',
    ].join('\n');
    const out = dropTemplateIndentation(code);
    expect(out).toBe(
      'const h = html`<div>\n<svg\nwidth=${w}>${\ncontent}<text>a\n</text><foreignObject>\n<p>b</p>\n</foreignObject></svg>\n<p>c</p>\n</div>`\n\n\n;',
    );
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('keeps every line, so a source map stays true line by line', () => {
    const code = 'x = html`\n\t<a>\n\t\t${b}\n\t</a>\n`;\ny = 1;\n';
    const out = dropTemplateIndentation(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out).toBe('x = html`\n<a>\n${b}\n</a>\n`;\ny = 1;\n');
  });

  it('writes the line breaks a css template loses after it, so the code after it keeps its line numbers', () => {
    const code = 'x = css`\n  a {\n    ${b};\n  }\n  ${c}\n`;\ny = 1;\n';
    const out = dropTemplateIndentation(code);
    expect(out).toBe('x = css`a{${\n\nb}}${\n\nc}`\n;\ny = 1;\n');
    expect(out.split('\n').indexOf('y = 1;')).toBe(code.split('\n').indexOf('y = 1;'));
  });
});
