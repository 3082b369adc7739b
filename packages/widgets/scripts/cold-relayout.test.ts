import { describe, expect, it } from 'vitest';
import { againstFirst, median, type RelayoutEvent, relayoutCpu } from './cold-relayout.js';

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

  it('refuses an event the trace gives no thread time: its wall time is not CPU', () => {
    expect(() =>
      relayoutCpu([
        stamp(0, 'start 0 0 0'),
        { name: 'Layout', ph: 'X', ts: 5, dur: 2_500, tid: 1 },
        stamp(5_000, 'end 0 0 0'),
      ]),
    ).toThrow('relayout 0 0 0: a Layout without thread time');
  });

  it('refuses a relayout the trace has no end or no Layout of (events lost), not 0 ms', () => {
    expect(() => relayoutCpu([stamp(0, 'start 0 0 0'), slice('Layout', 10, 2_000)])).toThrow(
      'relayout 0 0 0: no end in the trace',
    );
    expect(() =>
      relayoutCpu([
        stamp(0, 'start 0 0 0'),
        slice('UpdateLayoutTree', 10, 2_000),
        stamp(5_000, 'end 0 0 0'),
      ]),
    ).toThrow('relayout 0 0 0: no Layout in the trace');
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([120, 100, 130, 110])).toBe(115);
    expect(() => median([])).toThrow('the median of no values');
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

  it('refuses a round whose CPU is 0 or missing, where the ratio would be NaN or Infinity', () => {
    expect(() =>
      againstFirst([
        [100, 0],
        [90, 80],
      ]),
    ).toThrow('a round without a CPU time above 0');
    expect(() => againstFirst([[100], [90, 80]])).toThrow('a round without a CPU time above 0');
  });
});
