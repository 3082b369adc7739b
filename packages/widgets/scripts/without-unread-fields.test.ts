import { describe, expect, it } from 'vitest';
import { type Dataset, vietnamLaos } from '../../core/src/index.js';
import { withEnglishTitle, withoutUnreadFields } from './without-unread-fields.js';

describe('withoutUnreadFields', () => {
  it("drops the sources' languages, the flows' valuations and the statements' comparisons, nothing else", () => {
    const read = withoutUnreadFields(vietnamLaos);
    expect(vietnamLaos.sources.some((source) => source.language !== undefined)).toBe(true);
    expect(vietnamLaos.flows.some((flow) => flow.valuation !== undefined)).toBe(true);
    const growth = (statements: Dataset['statements']) =>
      statements.filter((s) => s.kind === 'growth');
    expect(growth(vietnamLaos.statements).some((s) => s.comparison !== undefined)).toBe(true);
    expect(growth(read.statements).some((s) => 'comparison' in s)).toBe(false);
    expect(read.sources).toEqual(vietnamLaos.sources.map(({ language: _, ...source }) => source));
    expect(read.flows).toEqual(vietnamLaos.flows.map(({ valuation: _, ...flow }) => flow));
    expect(read.statements.filter((s) => s.kind !== 'growth')).toEqual(
      vietnamLaos.statements.filter((s) => s.kind !== 'growth'),
    );
    expect(growth(read.statements)).toEqual(
      growth(vietnamLaos.statements).map(({ comparison: _, ...statement }) => statement),
    );
    expect(read.sources.every((source) => !('language' in source))).toBe(true);
    const { sources: _s, flows: _f, statements: _t, ...rest } = read;
    const { sources: _s2, flows: _f2, statements: _t2, ...before } = vietnamLaos;
    expect(rest).toEqual(before);
  });
});

describe('withEnglishTitle', () => {
  it("keeps the title's English only", () => {
    expect(Object.keys(vietnamLaos.title).length).toBeGreaterThan(1);
    expect(withEnglishTitle(vietnamLaos).title).toEqual({ en: vietnamLaos.title.en });
    expect(withEnglishTitle(vietnamLaos).flows).toBe(vietnamLaos.flows);
  });
});
