import { describe, expect, it } from 'vitest';
import { againstFirst, type RelayoutEvent, relayoutCpu } from './cold-relayout.js';

const stamp = (ts: number, message: string, tid = 1): RelayoutEvent => ({
  name: 'TimeStamp',
  ts,
  tid,
  args: { data: { message } },
});
const slice = (name: string, ts: number, tdur: number, tid = 1): RelayoutEvent => ({
  name,
  ph: 'X',
  ts,
  dur: tdur + 100,
  tdur,
  tid,
});

describe('relayoutCpu', () => {
  it("adds the style and layout CPU between each key's start and end, on its thread only", () => {
    const cpu = relayoutCpu([
      stamp(0, 'start 0 1 0'),
      slice('UpdateLayoutTree', 10, 2_000),
      slice('Layout', 3_000, 5_000),
      slice('Layout', 3_500, 7_000, 2),
      slice('Paint', 9_000, 4_000),
      stamp(10_000, 'end 0 1 0'),
      slice('Layout', 10_500, 9_000),
      stamp(20_000, 'start 1 1 0'),
      slice('Layout', 20_010, 1_500),
      stamp(30_000, 'end 1 1 0'),
    ]);
    expect([...cpu]).toEqual([
      ['0 1 0', 7],
      ['1 1 0', 1.5],
    ]);
  });

  it('reads the wall time of an event the trace gives no thread time', () => {
    const cpu = relayoutCpu([
      stamp(0, 'start 0 0 0'),
      { name: 'Layout', ph: 'X', ts: 5, dur: 2_500, tid: 1 },
      stamp(5_000, 'end 0 0 0'),
    ]);
    expect(cpu.get('0 0 0')).toBe(2.5);
  });
});

describe('againstFirst', () => {
  it("gives each file's median ratio to the first one's CPU of the same round, and its rounds lower", () => {
    expect(
      againstFirst([
        [100, 200, 100, 50],
        [90, 180, 120, 50],
        [100, 100, 100, 100],
      ]),
    ).toEqual([
      { ratio: 1, lower: 0, rounds: 4 },
      { ratio: 0.95, lower: 2, rounds: 4 },
      { ratio: 1, lower: 1, rounds: 4 },
    ]);
  });
});
