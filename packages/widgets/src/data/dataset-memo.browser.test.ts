import { vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { type AnyElement, loadEvent } from '../__tests__/helpers.js';
import { timeline } from '../base/timeline.js';
import '../elements/target.define.js';
import { seriesOf } from './dataset-memo.js';
import { memoized } from './memoized.js';

describe('memoized', () => {
  it('computes once per dataset and key, and again for another dataset or key', () => {
    const first = {};
    const second = {};
    const target = {};
    let runs = 0;
    const compute = () => {
      runs += 1;
      return { runs };
    };
    const result = memoized(first, target, compute);
    expect(memoized(first, target, compute)).toBe(result);
    expect(runs).toBe(1);
    expect(memoized(second, target, compute)).toEqual({ runs: 2 });
    expect(memoized(first, 'other', compute)).toEqual({ runs: 3 });
    expect(memoized(first, target, compute)).toBe(result);
  });

  it('throws what the first computation threw, without computing again', () => {
    const dataset = {};
    const failure = new RangeError('no full year after the base year');
    let runs = 0;
    const compute = () => {
      runs += 1;
      throw failure;
    };
    expect(() => memoized(dataset, 'evaluate', compute)).toThrow(failure);
    expect(() => memoized(dataset, 'evaluate', compute)).toThrow(failure);
    expect(runs).toBe(1);
  });

  it('lets the target cards of a page evaluate a target once', async () => {
    document.body.replaceChildren();
    const cards = [0, 1].map(() => {
      const card = document.createElement('bilateral-target') as AnyElement;
      card.data = vietnamLaos;
      return card;
    });
    const loaded = cards.map((card) => loadEvent(card));
    document.body.append(...cards);
    await Promise.all(loaded);
    const [first, second] = cards.map(
      (card) => (card as unknown as { model: { evaluation: object } }).model.evaluation,
    );
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it('gives the elements of a page that ask for the same series the same one', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    } as const;
    const series = seriesOf(vietnamLaos, request);
    expect(series.points.length).toBeGreaterThan(0);
    expect(
      seriesOf(vietnamLaos, {
        periodKind: 'year',
        measure: 'turnover',
        partner: 'LAO',
        reporter: 'VNM',
      }),
    ).toBe(series);
    expect(seriesOf(vietnamLaos, { ...request, measure: 'exports' })).not.toBe(series);
  });

  it('gives the timelines of one series the same points, each element keeping its own years', () => {
    const series = seriesOf(vietnamLaos, {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    });
    const all = timeline(series, () => true);
    const recent = timeline(series, (first) => first >= 2020);
    const last = all.points.at(-1);
    expect(last).not.toBeNull();
    expect(recent.points.at(-1)).toBe(last);
    expect(recent.points.length).toBeLessThan(all.points.length);
    expect(
      timeline(series, () => true, undefined, new Map([['2024', '12.5']])).points.at(-1),
    ).not.toBe(last);
  });
});
