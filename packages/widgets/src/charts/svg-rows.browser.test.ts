import { render, svg } from 'lit';
import { describe, expect, it } from 'vitest';
import { svgRows } from './svg-rows.js';

/** An `<svg>` in the document with `content` rendered into it. */
function drawn(content: unknown): SVGSVGElement {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(host);
  render(content, host);
  return host;
}

/** The markup without Lit's comment nodes. */
const markup = (element: Element) => element.innerHTML.replace(/<!--.*?-->/gs, '');

describe('svgRows', () => {
  it('draws the elements a list of templates draws, with no comment node between them', () => {
    const rows: [number, number, string][] = [
      [10, 20, 'US$1 billion'],
      [30, 40, '<b>&amp;</b>'],
      [50.5, 60, 'ສປປ ລາວ'],
    ];
    const ours = drawn(svgRows('<text class="value-label" x={} y={}>{}</text>', rows));
    const list = drawn(
      svg`${rows.map(([x, y, text]) => svg`<text class="value-label" x=${x} y=${y}>${text}</text>`)}`,
    );
    expect(markup(ours)).toBe(markup(list));
    expect(ours.querySelectorAll('text')).toHaveLength(3);
    // Labels stay text: markup in a value is not parsed.
    expect(ours.querySelectorAll('b')).toHaveLength(0);
    expect(ours.querySelectorAll('text')[1]?.textContent).toBe('<b>&amp;</b>');
    // One comment per text binding only (a list adds two per item).
    const comments = (element: Element) =>
      [...element.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
    expect(comments(ours)).toBeLessThan(comments(list));
  });

  it('updates the same elements in place for as many rows, and draws none for no row', () => {
    const host = drawn(
      svgRows('<text class="value-label" x={} y={}>{}</text>', [
        [1, 2, 'a'],
        [3, 4, 'b'],
      ]),
    );
    const [first] = host.querySelectorAll('text');
    render(
      svgRows('<text class="value-label" x={} y={}>{}</text>', [
        [5, 6, 'c'],
        [7, 8, 'd'],
      ]),
      host,
    );
    expect(host.querySelectorAll('text')[0]).toBe(first);
    expect(first?.getAttribute('x')).toBe('5');
    expect(first?.textContent).toBe('c');
    render(svgRows('<text class="value-label" x={} y={}>{}</text>', []), host);
    expect(host.querySelectorAll('text')).toHaveLength(0);
  });

  it('types each row as one value per {} of the markup', () => {
    // @ts-expect-error: two {} and one value would shift every later value (review h105, F9).
    const short = svgRows('<text x={}>{}</text>', [[1]]);
    // @ts-expect-error: one value too many.
    const long = svgRows('<text>{}</text>', [['a', 'b']]);
    const right = svgRows('<text x={}>{}</text>', [[1, 'a']]);
    expect([short, long, right].map((template) => template.values.length)).toEqual([1, 2, 2]);
  });

  it('keeps the strings of a row and count apart from those of a count with more digits', () => {
    // 1 row of '2<text>{}</text>' and 12 rows of '<text>{}</text>' (review h105, F9).
    drawn(svgRows('2<text>{}</text>', [['a']]));
    const twelve = Array.from({ length: 12 }, (_, index): [string] => [`t${index}`]);
    const host = drawn(svgRows('<text>{}</text>', twelve));
    expect([...host.querySelectorAll('text')].map((text) => text.textContent)).toEqual(
      twelve.flat(),
    );
  });
});
