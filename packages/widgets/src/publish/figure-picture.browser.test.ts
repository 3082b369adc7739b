import { afterEach, describe, expect, it } from 'vitest';
import { figurePicture } from './figure-picture.js';

const SVG = 'http://www.w3.org/2000/svg';
// As formatMonthSpan writes a span: each space a word joiner and a no-break space.
const SPAN = 'Jan\u2060\u00a0–\u2060\u00a0Jul\u2060\u00a02025';

afterEach(() => document.body.replaceChildren());

/** A shadow root holding a figure with a chart `width` px wide and a summary. */
function figureRoot(width: number): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const part = document.createElement('div');
  part.setAttribute('part', 'chart');
  const chart = document.createElementNS(SVG, 'svg');
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', '40');
  part.append(chart);
  const summary = document.createElement('p');
  summary.setAttribute('part', 'summary');
  root.append(part, summary);
  return root;
}

describe('figurePicture', () => {
  it('breaks lines only at spaces that break on the page: a span of months and "thg 9" stay whole', () => {
    // A chart so narrow that every word that can go on a line of its own does.
    const picture = figurePicture(figureRoot(1), {
      title: `Vietnam–Laos balance, ${SPAN}`,
      summary: 'Việt Nam nhập siêu (thg\u00a09 2024).',
      notes: '',
      source: '',
    });
    const markup = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
    const lines = [...markup.querySelectorAll('text')].map((line) => line.textContent);
    expect(lines).toContain(SPAN);
    expect(lines).toContain('(thg\u00a09');
    expect(lines).toContain('balance,');
  });

  it('keeps what the page keeps whole: a Lao rate with its "a year", "since", a Chinese count', () => {
    const picture = figurePicture(figureRoot(1), {
      title: '',
      summary: 'ເປົ້າໝາຍ 10–15%\u00a0ຕໍ່\u2060ປີ ນັບ\u2060ແຕ່ 2023; 列出12\u2060个口岸',
      notes: '',
      source: '',
    });
    const markup = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
    const lines = [...markup.querySelectorAll('text')].map((line) => line.textContent ?? '');
    expect(lines).toContain('10–15%\u00a0ຕໍ່\u2060ປີ');
    // The picture parts Lao between letters (it has no dictionary): the joiner holds ນັບ to ແຕ່.
    expect(lines).toContain('ບ\u2060ແຕ່');
    expect(lines).toContain('12\u2060个');
    // No Lao vowel or mark is parted from its letter: ເປົ້າ is one piece.
    expect(lines).toContain('ເປົ້າ');
    expect(
      lines.filter((line) => /^[\p{M}\u0EB0\u0EB2\u0EB3]|[\u0EC0-\u0EC4]$/u.test(line)),
    ).toEqual([]);
  });
});
