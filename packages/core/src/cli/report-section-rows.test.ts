import { describe, expect, it } from 'vitest';
import { vietnamLaos } from '../datasets/index.js';
import { buildReport } from './report.js';

describe("buildReport's trade sections", () => {
  // Vietnam's totals with Laos, which the growth table and the targets read, then Laos' with
  // Vietnam, which neither reads.
  const [section, unread] = buildReport(vietnamLaos).trade;

  it('make their rows as they are read, not keep them (a million rows are never held at once)', () => {
    const first = unread?.rows ?? [];
    const again = unread?.rows;
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('keep the totals the growth table reads: made once, for it and for the trade table', () => {
    // Its turnover of years resting on a bound is that of these rows (sideBoundTurnovers).
    expect([section?.reporter, section?.partner, section?.commodity]).toEqual(['VNM', 'LAO', null]);
    expect(section?.rows).toBe(section?.rows);
  });

  it('are written as JSON with their rows, in the order of their keys', () => {
    expect(Object.keys(section ?? {})).toEqual(['reporter', 'partner', 'commodity', 'rows']);
    expect(JSON.parse(JSON.stringify(section)).rows).toEqual(
      JSON.parse(JSON.stringify(section?.rows)),
    );
  });
});
