/**
 * The figure as one standalone SVG picture: its title, summary, chart, notes and source line,
 * with the colours and fonts the page gave it written into the picture (no stylesheet, no
 * script), and that picture as a PNG drawn on a canvas.
 */
import { collapsedText } from './collapsed-text.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The computed properties copied onto each element of the chart, as presentation attributes. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The texts around the chart. */
export interface PictureText {
  readonly title: string;
  readonly summary: string;
  readonly notes: string;
  readonly source: string;
}

/** A picture: the SVG markup and its size in CSS pixels. */
export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * What a line may not break inside: a character of a script written without spaces (Chinese; Lao
 * with its vowels and marks, so ເປົ້າ is not parted from its ເ, ົ, ້ or າ), or a run of other
 * characters up to a space, tab or line break.
 */
const PIECE = String.raw`(?:[\u0EC0-\u0EC4]?[\p{Script=Han}\p{Script=Lao}][\p{M}\u0EB0\u0EB2\u0EB3]*|[^ \t\n\p{Script=Han}\p{Script=Lao}]+)`;

/**
 * The words a line is made of, each with the spaces before it: pieces, joined where the page keeps
 * them together, across a no-break space or a word joiner ("Jan – Jul 2025", "thg 9", the Lao
 * target's "10–15% ຕໍ່ປີ" and "ນັບແຕ່", Chinese "12个").
 */
const WORDS = new RegExp(
  String.raw`[ \t\n]*${PIECE}(?:(?<=[\u00a0\u2060])${PIECE}|(?=\u2060)${PIECE})*`,
  'gu',
);

/** Splits `text` into lines no wider than `width` in `font` (measured on a canvas). */
function wrap(text: string, font: string, width: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null || text === '') return text === '' ? [] : [text];
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(WORDS) ?? []) {
    const next = line + word;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word.trimStart();
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Where the legend goes: its left, top and width, and its font. */
interface Place {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly family: string;
}

/**
 * Draws the figure's legend (its `.legend` items, each a swatch and words) into `picture` as
 * swatches and text in rows, and returns the y under it (`at.y` when there is none).
 */
function legend(root: ShadowRoot, picture: SVGSVGElement, at: Place): number {
  const items = [...(root.querySelector('.legend')?.children ?? [])];
  if (items.length === 0) return at.y;
  const font = `400 ${at.size}px ${at.family}`;
  const context = document.createElement('canvas').getContext('2d');
  if (context !== null) context.font = font;
  const row = at.size * 1.5;
  let x = at.x;
  let y = at.y;
  for (const item of items) {
    const words = collapsedText(item.textContent ?? '');
    const swatch = item.querySelector('.swatch');
    const box = at.size * 0.8;
    const width =
      box + at.size * 0.3 + (context?.measureText(words).width ?? words.length * at.size * 0.6);
    if (x > at.x && x + width > at.x + at.width) {
      x = at.x;
      y += row;
    }
    if (swatch !== null) {
      const style = getComputedStyle(swatch);
      const mark = document.createElementNS(SVG, 'rect');
      const border = Number.parseFloat(style.borderTopWidth) || 0;
      mark.setAttribute('x', String(x + border / 2));
      mark.setAttribute('y', String(y + (row - box) / 2 + border / 2));
      mark.setAttribute('width', String(box - border));
      mark.setAttribute('height', String(box - border));
      mark.setAttribute('rx', style.borderRadius.endsWith('%') ? String(box / 2) : '2');
      mark.setAttribute('fill', style.backgroundColor);
      if (border > 0) {
        mark.setAttribute('stroke', style.borderTopColor);
        mark.setAttribute('stroke-width', String(border));
      }
      picture.append(mark);
    }
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(x + box + at.size * 0.3));
    label.setAttribute('y', String(y + row / 2 + at.size * 0.35));
    label.setAttribute('font-family', at.family);
    label.setAttribute('font-size', String(at.size));
    label.setAttribute('fill', getComputedStyle(item).color);
    label.textContent = words;
    picture.append(label);
    x += width + at.size;
  }
  return y + row + at.size * 0.5;
}

/**
 * A copy of the chart's SVG with every element's computed style written on it, without the
 * comments the page's templates mark their parts with (a file should not carry them).
 */
function inlined(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: ChildNode[] = [];
  while (comments.nextNode()) found.push(comments.currentNode as ChildNode);
  for (const comment of found) comment.remove();
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index] as Element;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      target.remove();
      return;
    }
    for (const name of PROPERTIES) target.setAttribute(name, style.getPropertyValue(name));
    for (const name of ['class', 'part', 'aria-hidden', 'focusable', 'data-point']) {
      target.removeAttribute(name);
    }
  });
  return copy;
}

/**
 * The picture of a figure drawn in `root` (an element's shadow root): `text` wrapped to the
 * chart's width above and below a copy of the chart, on the figure's background.
 */
export function figurePicture(root: ShadowRoot, text: PictureText): Picture {
  const chart = root.querySelector<SVGSVGElement>('[part=chart] svg');
  if (chart === null) throw new Error('the figure has no chart');
  const host = getComputedStyle(root.host);
  const muted = getComputedStyle(root.querySelector('[part=summary]') ?? root.host).color;
  const pad = 16;
  const size = Number.parseFloat(host.fontSize) || 16;
  const family = host.fontFamily;
  const width = chart.width.baseVal.value + 2 * pad;
  const picture = document.createElementNS(SVG, 'svg');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', host.backgroundColor);
  picture.append(background);
  let y = pad;
  const lines = (value: string, scale: number, weight: string, colour: string) => {
    const font = `${weight} ${size * scale}px ${family}`;
    for (const line of wrap(value, font, width - 2 * pad)) {
      y += size * scale * 1.3;
      const node = document.createElementNS(SVG, 'text');
      node.setAttribute('x', String(pad));
      node.setAttribute('y', String(y - size * scale * 0.3));
      node.setAttribute('font-family', family);
      node.setAttribute('font-size', String(size * scale));
      node.setAttribute('font-weight', weight);
      node.setAttribute('fill', colour);
      node.textContent = line;
      picture.append(node);
    }
    y += size * 0.5;
  };
  lines(text.title, 1.1, '600', host.color);
  lines(text.summary, 1, '400', muted);
  y = legend(root, picture, { x: pad, y, width: width - 2 * pad, size: size * 0.9, family });
  const copy = inlined(chart);
  copy.setAttribute('x', String(pad));
  copy.setAttribute('y', String(y));
  // The picture is one image named by its title: the chart inside it is part of that image.
  copy.setAttribute('aria-hidden', 'true');
  picture.append(copy);
  y += chart.height.baseVal.value + size * 0.5;
  lines(text.notes, 0.85, '400', muted);
  lines(text.source, 0.85, '400', muted);
  const height = Math.ceil(y + pad - size * 0.5);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  picture.setAttribute('role', 'img');
  const label = document.createElementNS(SVG, 'title');
  label.textContent = text.title;
  picture.prepend(label);
  return { svg: new XMLSerializer().serializeToString(picture), width, height };
}

/**
 * The picture as a PNG of `scale` times its size, drawn on a canvas. Rejects where the page's
 * Content Security Policy does not let images load from `blob:` URLs.
 */
export async function pngOf(picture: Picture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(picture.width, picture.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
