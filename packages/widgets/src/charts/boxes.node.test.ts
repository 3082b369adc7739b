import { describe, expect, it } from 'vitest';
import { axisBoxes, textBox, unitBox } from './boxes.js';
import { linearScale } from './scale.js';

describe('axisBoxes', () => {
  it('boxes the axis unit and each tick’s value where valueAxis writes them (3px above its line)', () => {
    const scale = linearScale([0, 3], [200, 20]);
    const boxes = axisBoxes('US$ billion', scale, (value) => `${value}.0`);
    expect(boxes).toEqual([
      unitBox('US$ billion'),
      ...scale.ticks.map((tick) => textBox({ x: 0, y: scale(tick) - 3, text: `${tick}.0` })),
    ]);
    expect(boxes).toHaveLength(1 + scale.ticks.length);
    // The value 0's box sits on the bottom line: its text ends 3px above y = 200.
    expect(boxes[1]).toEqual({
      x: 0,
      y: 185,
      width: textBox({ x: 0, y: 0, text: '0.0' }).width,
      height: 15,
    });
  });
});
