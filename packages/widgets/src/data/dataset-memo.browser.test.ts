import {
  BilateralError,
  datasetFromCompact,
  datasetSeries,
  toCompactDataset,
  vietnamLaos,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { type AnyElement, errorEvent, loadEvent, mount, shadow } from '../__tests__/helpers.js';
import { timeline } from '../base/timeline.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';
import { seriesOf } from './dataset-memo.js';
import { loadedSeriesChecker, loadValidator } from './load-validator.js';
import { memoized } from './memoized.js';

// First in the file: the validator's chunk (and with it the request checker) has not loaded yet.
describe('seriesOf', () => {
  const request = {
    reporter: 'VNM',
    partner: 'LAO',
    periodKind: 'year',
    impliedBases: true,
  } as const;
  // As embedded data is read: every level statement gives its precision (no figure parser).
  const compact = datasetFromCompact(toCompactDataset(vietnamLaos));

  it('draws a plainly valid request without the request checker, as datasetSeries does', () => {
    for (const measure of ['turnover', 'exports', 'imports'] as const) {
      expect(seriesOf(compact, { ...request, measure })).toEqual(
        datasetSeries(vietnamLaos, { ...request, measure }),
      );
    }
    expect(loadedSeriesChecker()).toBeUndefined();
  });

  it("has an element whose request is not plain hold its loading state while the checker loads, then fire the checker's error", async () => {
    // The element draws its commodity attribute as given (codes are checked before, by
    // datasetCommodities): a request with it is not plain.
    const element = mount(
      '<bilateral-growth dataset="vietnam-laos" commodity="12x"></bilateral-growth>',
    );
    const states: string[] = [];
    element.addEventListener('bilateral-load', () => states.push('load'));
    const event = await errorEvent(element);
    expect(event.detail.reason).toBe('compute');
    expect(event.detail.error.code).toBe('INVALID_INPUT');
    expect(event.detail.error.message).toMatch(/"12x" is not an HS code/);
    expect(loadedSeriesChecker()).toBeDefined();
    await element.updateComplete;
    expect(shadow(element).querySelector('[role=alert]')).not.toBeNull();
    // No bilateral-load: the figure was not drawn (QA h135 Q6).
    expect(states).toEqual([]);
  });

  it('words the error of a request that is not plain with the checker once it has loaded', async () => {
    await loadValidator();
    const bad = { ...request, reporter: 'vnm', measure: 'exports' } as const;
    expect(() => seriesOf(vietnamLaos, bad)).toThrow(BilateralError);
    expect(() => seriesOf(vietnamLaos, bad)).toThrow(/use "VNM"/);
    // An alias is not plain either: the checker reads it as datasetSeries does.
    const alias = { ...request, measure: 'export' } as const;
    expect(seriesOf(vietnamLaos, alias)).toEqual(datasetSeries(vietnamLaos, alias));
  });
});

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

  it('keeps no Promise it throws (a chunk the computation waits for): computes again', () => {
    const dataset = {};
    const loading = Promise.resolve();
    let runs = 0;
    const compute = () => {
      runs += 1;
      if (runs === 1) throw loading;
      return runs;
    };
    expect(() => memoized(dataset, 'series', compute)).toThrow();
    expect(memoized(dataset, 'series', compute)).toBe(2);
    expect(memoized(dataset, 'series', compute)).toBe(2);
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
      timeline(
        series,
        () => true,
        undefined,
        new Map([['2024', ['12.5', undefined] as const]]),
      ).points.at(-1),
    ).not.toBe(last);
  });
});
