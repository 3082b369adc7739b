import {
  parseDataset,
  serializeDataset,
  sliceDataset,
  toCompactDataset,
  vietnamLaos,
} from '@bilateral/core';
import { datasetFromCheckedCompact } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { compactDataset } from '../data/compact-dataset.js';
import { SERIES_SECTIONS } from '../data/embedded-names.js';
import { evaluate } from './target-evaluation.js';

describe('evaluate', () => {
  it("evaluates each target once for an embedded dataset's series file and whole file", async () => {
    const [seriesFile, wholeFile] = await Promise.all([
      compactDataset('vietnam-laos.series', async () =>
        toCompactDataset(sliceDataset(vietnamLaos, SERIES_SECTIONS)),
      ),
      compactDataset('vietnam-laos', async () => toCompactDataset(vietnamLaos)),
    ]);
    expect(seriesFile.targets.length).toBeGreaterThan(1);
    seriesFile.targets.forEach((target, index) => {
      const result = evaluate(seriesFile, target);
      // The target evaluated is the first file's; the other file's equal one gets the same result.
      expect(result.target).toBe(target);
      expect(evaluate(wholeFile, wholeFile.targets[index] as typeof target)).toBe(result);
    });
  });

  it('keeps each target of a dataset apart, and a dataset given otherwise apart from the embedded one', async () => {
    const embedded = await compactDataset(
      'https://other.example/data/vietnam-laos.json',
      async () => toCompactDataset(vietnamLaos),
    );
    const [first, second] = embedded.targets;
    if (first === undefined || second === undefined) throw new Error('two targets expected');
    const result = evaluate(embedded, first);
    expect(evaluate(embedded, second)).not.toBe(result);
    expect(evaluate(embedded, second).target).toBe(second);
    // As an element's `data` or `src` gives it: its own evaluation, equal to the embedded one's.
    const given = datasetFromCheckedCompact(toCompactDataset(vietnamLaos));
    const own = evaluate(given, given.targets[0] as typeof first);
    expect(own).not.toBe(result);
    expect(own.evaluation).toEqual(result.evaluation);
    expect(evaluate(given, given.targets[0] as typeof first)).toBe(own);
  });
});

describe('evaluate, on two files of one embedded dataset whose targets differ', () => {
  it('evaluates the target asked for, not the one at its index in the other file', async () => {
    // A series file and a whole file of different builds (a cached file of an older version):
    // their targets in another order.
    const doc = serializeDataset(vietnamLaos);
    const reordered = parseDataset({ ...doc, targets: [...(doc.targets ?? [])].reverse() });
    const [seriesFile, wholeFile] = await Promise.all([
      compactDataset('reordered.series', async () => toCompactDataset(vietnamLaos)),
      compactDataset('reordered', async () => toCompactDataset(reordered)),
    ]);
    const [first] = seriesFile.targets;
    const [last] = wholeFile.targets;
    if (first === undefined || last === undefined) throw new Error('targets expected');
    expect(last.id).not.toBe(first.id);
    expect(evaluate(seriesFile, first).target.id).toBe(first.id);
    expect(evaluate(wholeFile, last).target.id).toBe(last.id);
  });

  it("keeps a target whose id is a word of the dataset's other results apart from them", () => {
    // A dataset given as `data` keeps its own results (`same`, `balances`) under itself.
    const doc = serializeDataset(vietnamLaos);
    const given = datasetFromCheckedCompact(
      toCompactDataset(
        parseDataset({
          ...doc,
          targets: (doc.targets ?? []).map((target, index) =>
            index === 0 ? { ...target, id: 'same' } : target,
          ),
        }),
      ),
    );
    const [same] = given.targets;
    if (same === undefined) throw new Error('a target expected');
    expect(evaluate(given, same).target).toBe(same);
  });
});
