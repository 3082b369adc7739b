import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { buildReport } from './report.js';

describe("buildReport's trade sections", () => {
  const [section] = buildReport(vietnamLaos).trade;

  it('make their rows as they are read, not keep them (a million rows are never held at once)', () => {
    const first = section?.rows ?? [];
    const again = section?.rows;
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('are written as JSON with their rows, in the order of their keys', () => {
    expect(Object.keys(section ?? {})).toEqual(['reporter', 'partner', 'commodity', 'rows']);
    expect(JSON.parse(JSON.stringify(section)).rows).toEqual(
      JSON.parse(JSON.stringify(section?.rows)),
    );
  });
});
