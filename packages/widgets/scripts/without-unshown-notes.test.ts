import { describe, expect, it } from 'vitest';
import { sliceDataset, vietnamLaos } from '../../core/src/index.js';
import { SERIES_SECTIONS } from '../src/data/embedded-names.js';
import { withoutUnshownNotes } from './without-unshown-notes.js';

describe('withoutUnshownNotes', () => {
  it('drops the description and the notes of flows, statements and sources, nothing else', () => {
    const slice = sliceDataset(vietnamLaos, SERIES_SECTIONS);
    const series = withoutUnshownNotes(slice);
    expect(vietnamLaos.description).toBeDefined();
    expect('description' in series).toBe(false);
    expect(slice.statements.some((statement) => statement.note !== undefined)).toBe(true);
    expect(series.statements.every((statement) => !('note' in statement))).toBe(true);
    expect(series.sources.every((source) => !('note' in source))).toBe(true);
    expect(series.statements.map(({ note: _, ...rest }) => rest)).toEqual(series.statements);
    expect(series.sources.map((source) => source.id)).toEqual(slice.sources.map((s) => s.id));
    expect(slice.flows.some((flow) => flow.note !== undefined)).toBe(true);
    expect(series.flows.map(({ note: _, ...rest }) => rest)).toEqual(series.flows);
    expect(series.flows).toEqual(slice.flows.map(({ note: _, ...rest }) => rest));
    expect(series.targets).toEqual(slice.targets);
  });
});
