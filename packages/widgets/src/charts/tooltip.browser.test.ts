import { describe, expect, it } from 'vitest';
import { type AnyElement, mountLoaded, pointAtEach, shadow } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';
import { placeTip } from './place-tip.js';

/** A box in the chart's own units (its viewBox). */
const boxOf = (element: SVGGraphicsElement) => element.getBBox();

const overlap = (a: DOMRect, b: DOMRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Makes each point of a chart the active one in turn (as a pointer does) and checks its tip. */
async function everyTip(element: AnyElement): Promise<number> {
  const root = shadow(element);
  const svg = root.querySelector('svg') as SVGSVGElement;
  const { width, height } = svg.viewBox.baseVal;
  const points = await pointAtEach(element, (point) => {
    const box = boxOf(root.querySelector('.tip-box') as SVGRectElement);
    const where = `point ${point} at ${width} px`;
    // Inside the figure …
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.y, where).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where).toBeLessThanOrEqual(width);
    expect(box.y + box.height, where).toBeLessThanOrEqual(height);
    // … covering no other point's mark (nor the active one's).
    for (const mark of root.querySelectorAll<SVGGraphicsElement>('.mark')) {
      expect(overlap(box, boxOf(mark)), `${where} covers a mark`).toBe(false);
    }
    // Its text fits in it.
    for (const line of root.querySelectorAll<SVGTextElement>('.tip')) {
      const text = boxOf(line);
      expect(text.x, where).toBeGreaterThanOrEqual(box.x);
      expect(text.x + text.width, where).toBeLessThanOrEqual(box.x + box.width);
    }
  });
  expect(points).toBeGreaterThanOrEqual(2);
  return points;
}

describe('focus and hover labels (issue 15 defect 5)', () => {
  it.each([280, 640, 1200])(
    'are boxed inside the figure and cover no other point, on growth lines at %i px',
    async (width) => {
      const element = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
        width,
      );
      expect(await everyTip(element)).toBeGreaterThanOrEqual(9);
    },
  );

  it.each([
    '<bilateral-growth dataset="vietnam-laos" chart="bar" target="vnm-lao-joint-statement-2024"></bilateral-growth>',
    '<bilateral-balance dataset="vietnam-laos" view="series"></bilateral-balance>',
    '<bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion"></bilateral-target>',
  ])('are boxed inside the figure and cover no other point: %s', async (markup) => {
    for (const width of [280, 640]) {
      await everyTip(await mountLoaded(markup, width));
    }
  });

  /** The tip's box and the marks' boxes once the pointer is on point `index` (-2: last but one). */
  async function tipOn(markup: string, width: number, index: number) {
    const element = await mountLoaded(markup, width);
    const root = shadow(element);
    const column = [...root.querySelectorAll<SVGRectElement>('rect.hit[data-point]')].at(index);
    column?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    const marks = [...root.querySelectorAll<SVGGraphicsElement>('.mark')].map(boxOf);
    return { tip: boxOf(root.querySelector('.tip-box') as SVGRectElement), marks };
  }

  it.each([
    // QA h135 Q7: 2024's tip (three lines, 189px of a 198px plot) covered 2025's point; a
    // two-line one on 2016 (vi) did too.
    ['<bilateral-growth dataset="vietnam-laos"></bilateral-growth>', -2],
    ['<bilateral-growth dataset="vietnam-laos" lang="vi"></bilateral-growth>', 0],
  ])(
    "covers no point in a 280px viewport's column, narrower and taller if need be: %s, point %i",
    async (markup, index) => {
      const { tip, marks } = await tipOn(markup, 232, index);
      expect(marks.length).toBe(10);
      for (const mark of marks) expect(overlap(tip, mark), JSON.stringify(mark)).toBe(false);
    },
  );

  it("stays near its point where there is room: the target's first point at 768px", async () => {
    // QA h135 Q17: the one-line tip of 2023 (bottom left) sat in the top right corner, 200px
    // to the right of the point and 140px above it.
    const { tip, marks } = await tipOn(
      '<bilateral-target dataset="vietnam-laos"></bilateral-target>',
      752,
      0,
    );
    const point = marks[0] as DOMRect;
    const [x, y] = [point.x + point.width / 2, point.y + point.height / 2];
    const away = Math.hypot(
      Math.max(tip.x - x, 0, x - tip.x - tip.width),
      Math.max(tip.y - y, 0, y - tip.y - tip.height),
    );
    expect(away).toBeLessThanOrEqual(24);
    for (const mark of marks) expect(overlap(tip, mark)).toBe(false);
  });

  it('goes above its point when there is room, else beside or below, else nearest it', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 200 };
    const size = { width: 100, height: 26 };
    const point = { x: 150, y: 100, r: 9 };
    expect(placeTip(size, point, [], bounds)).toEqual({ x: 100, y: 59, width: 100, height: 26 });
    // A mark right above: below it then.
    const above = { x: 140, y: 60, width: 10, height: 10 };
    expect(placeTip(size, point, [above], bounds).y).toBe(115);
    // Near the right edge it stays inside.
    expect(placeTip(size, { x: 295, y: 100, r: 9 }, [], bounds).x).toBe(200);
    // It keeps off a label (the axis unit) where it can, but a point weighs more than a label.
    const unit = { x: 0, y: 20, width: 80, height: 14 };
    expect(placeTip(size, { x: 40, y: 60, r: 9 }, [], bounds, [unit]).y).toBe(75);
    const below = { x: 40, y: 80, width: 10, height: 10 };
    const beside = [
      { x: 60, y: 50, width: 10, height: 10 },
      { x: 0, y: 50, width: 10, height: 10 },
    ];
    // Marks above, below and on both sides: the free place nearest it, right of it and lower,
    // 16px from its centre (7px off its ring), rather than the strip at the top.
    expect(placeTip(size, { x: 40, y: 60, r: 9 }, [below, ...beside], bounds, [unit])).toEqual({
      x: 56,
      y: 60,
      width: 100,
      height: 26,
    });
  });
});
