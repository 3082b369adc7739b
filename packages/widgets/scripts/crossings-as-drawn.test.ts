import { describe, expect, it } from 'vitest';
import {
  laosChina,
  parseDataset,
  serializeDataset,
  summarizeCheckedCrossings,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
  vietnamLaos,
} from '../../core/src/index.js';
import { crossingsAsDrawn } from './crossings-as-drawn.js';

/** Every source id a value cites (in any `sources` list, however deep). */
function cited(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) cited(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(inner)) for (const id of inner) into.add(id);
      else cited(inner, into);
    }
  }
  return into;
}

describe('crossingsAsDrawn', () => {
  it.each([
    ['vietnam-laos', vietnamLaos],
    ['laos-china', laosChina],
  ] as const)('%s: a valid dataset the gates count the same, every citation kept', (_, dataset) => {
    const drawn = crossingsAsDrawn(dataset);
    expect(() => parseDataset(serializeDataset(drawn))).not.toThrow();
    expect([...cited(drawn.crossings)].sort()).toEqual([...cited(dataset.crossings)].sort());
    for (const date of [undefined, '2013-12-31', '2024-10-24']) {
      const filter = { ...(date && { date }), official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10 };
      const {
        withUncertainty: _,
        comparison: a,
        ...counts
      } = summarizeCheckedCrossings(drawn.crossings, filter);
      const {
        withUncertainty: __,
        comparison: b,
        ...before
      } = summarizeCheckedCrossings(dataset.crossings, filter);
      expect(counts).toEqual(before);
      // The economic-zone row (zones are no longer linked) is one the gates never show.
      const shown = (rows = a?.rows ?? []) =>
        rows
          .filter((row) => row.what !== 'economic-zones')
          .map((row) => [row.what, row.official, row.listed]);
      expect(shown(a?.rows)).toEqual(shown(b?.rows));
    }
  });

  it('keeps what the gates draw and drops the prose, aliases and links they never show', () => {
    const drawn = crossingsAsDrawn(vietnamLaos);
    const laLay = drawn.crossings.find((crossing) => crossing.id === 'vnm-lao-la-lay');
    expect(laLay?.sides[0]).toMatchObject({
      country: 'VNM',
      gate: 'La Lay',
      class: 'international',
    });
    expect(laLay?.sides[0].province).toEqual({ name: 'Quảng Trị' });
    expect(laLay?.sides[0].classHistory?.[1]).toEqual({
      date: '2014-06',
      class: 'international',
      from: 'main',
      change: 'upgraded',
      sources: ['vietnam-vn-quang-tri-2024-04', 'vietgiaitri-2014-06-26-la-lay'],
    });
    for (const crossing of drawn.crossings) {
      expect(Object.keys(crossing).sort()).toEqual(
        ['id', 'modes', 'names', 'sides', 'sources', ...(crossing.status ? ['status'] : [])].sort(),
      );
      expect(Object.keys(crossing.names)).toEqual(['en']);
      for (const side of crossing.sides) {
        expect(['aliases', 'locality', 'note', 'uncertain'].filter((key) => key in side)).toEqual(
          [],
        );
      }
    }
  });

  it('keeps the counts of a border, which the gates compare with, and drops a country-wide one (h414)', () => {
    // Laos' nationwide checkpoint count of 2016 counts no border: no gates figure reads it
    // (they compare with a count of the pair's two countries), so the file need not carry it, nor
    // the source only it cites.
    expect(vietnamLaos.crossingCounts.map((count) => count.id)).toEqual([
      'vnm-lao-2024-10',
      'lao-2016',
    ]);
    const drawn = crossingsAsDrawn(vietnamLaos);
    expect(drawn.crossingCounts.map((count) => count.id)).toEqual(['vnm-lao-2024-10']);
    expect(drawn.crossingCounts[0]).toBe(vietnamLaos.crossingCounts[0]);
  });
});
