import { embeddedDatasets, serializeDataset, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { loadEvent, mount, mountLoaded, shadow } from '../__tests__/helpers.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

// The element's width on pages of 280, 390, 768 and 1,200 px, with 8px or 16px margins each
// side, and 340 (QA h135's 390 px page).
const WIDTHS = [248, 264, 340, 358, 374, 736, 752, 1000, 1168, 1184];

const inside = (box: DOMRect, x: number, y: number) =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
const intersect = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * What of the series each label (`selector`) of `element`'s chart touches: marks, bars, the line,
 * a band's edges, another label.
 */
function touched(element: Element, selector = '.band-label'): string[] {
  const root = shadow(element);
  const labels = [...root.querySelectorAll(selector)].map((text) => ({
    text: text.textContent,
    box: text.getBoundingClientRect(),
  }));
  // Some are drawn where there is room (a test of none would pass by drawing none).
  if (element.clientWidth > 700) expect(labels.length).toBeGreaterThan(0);
  const marks = [...root.querySelectorAll('.mark, .bar')].map((mark) =>
    mark.getBoundingClientRect(),
  );
  // The line and the band's edges, a point every 2px (their own coordinates are the page's: the
  // chart is not scaled).
  const along = (path: SVGPathElement) => {
    const matrix = path.getScreenCTM() ?? new DOMMatrix();
    const points: DOMPoint[] = [];
    for (let at = 0; at <= path.getTotalLength(); at += 2)
      points.push(path.getPointAtLength(at).matrixTransform(matrix));
    return points;
  };
  const paths = [...root.querySelectorAll<SVGPathElement>('path.line, path.band-edge')].map(
    (path) => ({
      name: path.classList.contains('line') ? 'the line' : 'an edge',
      points: along(path),
    }),
  );
  return labels.flatMap(({ text, box }, i) => [
    ...labels
      .slice(i + 1)
      // 2px apart at least: closer, they read as one.
      .filter((other) =>
        intersect(new DOMRect(box.x - 2, box.y, box.width + 4, box.height), other.box),
      )
      .map((other) => `${text} on ${other.text}`),
    ...marks.filter((mark) => intersect(box, mark)).map(() => `${text} on a mark`),
    ...paths
      .filter(({ points }) => points.some((p) => inside(box, p.x, p.y)))
      .map(({ name }) => `${text} on ${name}`),
  ]);
}

/** Whether a band's upper value (drawn first) is written above its lower one, if both are. */
function upperAbove(element: Element): boolean {
  const [upper, lower] = [...shadow(element).querySelectorAll('.band-label')].map((text) =>
    text.getBoundingClientRect(),
  );
  return !upper || !lower || upper.bottom <= lower.top + 1;
}

describe('bandLayer', () => {
  // QA h135 Q11: "US$1.90 billion" crossed by the 2023–2024 line at 390 px, "US$1.66 billion"
  // touching the 2023 point, "US$3.22 billion" on the 2025 bar.
  it.each(
    Object.entries(embeddedDatasets).flatMap(([name, dataset]) =>
      dataset.targets.map((target) => [name, target.id] as const),
    ),
  )('keeps the band values of %s / %s off the series at every width', async (name, id) => {
    for (const width of WIDTHS) {
      const element = await mountLoaded(
        `<bilateral-target dataset="${name}" target="${id}"></bilateral-target>`,
        width,
      );
      expect(touched(element), `${width}px`).toEqual([]);
      expect(upperAbove(element), `${width}px`).toBe(true);
    }
  });

  it('keeps them off the bars of a growth chart with a target band', async () => {
    for (const width of WIDTHS) {
      const element = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos" chart="bar" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
        width,
      );
      expect(touched(element), `${width}px`).toEqual([]);
      expect(upperAbove(element), `${width}px`).toBe(true);
    }
  });

  // Review h150 A9: a level target's band has one value (its ends are equal), which was moved
  // 16px up from the place chosen as clear, as if it had to go above a lower value.
  it('writes the one value of a level target where it was placed: 6px over the band, clear', async () => {
    for (const width of WIDTHS) {
      const element = await mountLoaded(
        '<bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion"></bilateral-target>',
        width,
      );
      const root = shadow(element);
      const labels = [...root.querySelectorAll<SVGTextElement>('.band-label')];
      expect(
        labels.map((label) => label.textContent),
        `${width}px`,
      ).toEqual(['US$5 billion']);
      const label = labels[0] as SVGTextElement;
      // The upper edge's rows under the label (its x: the band's end; about 7px a character).
      const x = Number(label.getAttribute('x'));
      const reach = x - (label.textContent ?? '').length * 7;
      const rows = (root.querySelector('.band-edge')?.getAttribute('d') ?? '')
        .slice(1)
        .split('L')
        .map((point) => point.split(',').map(Number) as [number, number])
        .filter(([at]) => at >= reach - 0.1)
        .map(([, row]) => row);
      expect(rows.length, `${width}px`).toBeGreaterThan(0);
      expect(Number(label.getAttribute('y')), `${width}px`).toBeCloseTo(Math.min(...rows) - 6, 0);
      expect(touched(element), `${width}px`).toEqual([]);
    }
  });

  // Review h150 A9 addendum: two values that both go above the band (the lower one finds no room
  // under it, its edge being under the plot) were swapped to 16px above the upper value's place
  // and to that place, which `place` never checked for them. Built on the Vietnam–Laos figures: a
  // band of −50 % to +7.5 % a year from 2018 to 2030 (US$251.46 thousand to US$2.45 billion); at
  // 358 and 374 px (a 390 px page) the swapped lower value lay on the 2024–2025 line.
  it('keeps two values that both go above the band off the series', async () => {
    const doc = serializeDataset(vietnamLaos);
    for (const width of [358, 374]) {
      const element = mount(
        '<bilateral-target target="vnm-lao-2018-2030"></bilateral-target>',
        width,
      );
      const loaded = loadEvent(element);
      element.data = {
        ...doc,
        targets: [
          {
            kind: 'average-growth-band',
            id: 'vnm-lao-2018-2030',
            reporter: 'VNM',
            partner: 'LAO',
            measure: 'turnover',
            source: 'seed-002-moit-2024-09',
            setBy: 'Test target',
            baseYear: '2018',
            endYear: '2030',
            band: { lower: '-0.5', upper: '0.075' },
          },
        ],
      };
      await loaded;
      await element.updateComplete;
      const root = shadow(element);
      const rows = [...root.querySelectorAll('.band-label')].map((label) =>
        Number(label.getAttribute('y')),
      );
      // Both values drawn, both above the band's end (its upper edge's last row).
      const end = Number(root.querySelector('.band-edge')?.getAttribute('d')?.split(',').at(-1));
      expect(rows, `${width}px`).toHaveLength(2);
      for (const row of rows) expect(row, `${width}px`).toBeLessThan(end);
      expect(touched(element), `${width}px`).toEqual([]);
    }
  });
});

describe('seriesChart', () => {
  // QA h135 Q9: at a 600 px page "+11.9%" touched "≈+10%"; from 736 px the line rising to the
  // next point crossed "+33.3%", "≈−3%" and "≈+30%" (they go under their point, or are left out).
  it.each(['en', 'vi', 'zh'])(
    'keeps its year-on-year labels (%s) off each other, the line and the marks',
    async (lang) => {
      for (const width of [...WIDTHS, 468, 484, 528, 544, 568, 584]) {
        const element = await mountLoaded(
          `<bilateral-growth dataset="vietnam-laos" lang="${lang}"></bilateral-growth>`,
          width,
        );
        expect(touched(element, '.value-label'), `${width}px`).toEqual([]);
      }
    },
  );
});
