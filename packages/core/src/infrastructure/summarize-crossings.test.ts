import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { safeParseDataset } from '../dataset/dataset.js';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/vietnam-laos.js';
import {
  type BorderCrossing,
  LAOS_CHECKPOINT_COUNT_2016,
  LAOS_CHINA_CROSSINGS,
  summarizeCrossings,
  VIETNAM_LAOS_CROSSINGS,
  VIETNAM_LAOS_LIST_COMPLETENESS,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
} from './index.js';

const ALL = [...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS];

describe('summarizeCrossings — the Vietnam–Laos count at Oct 2024', () => {
  const summary = summarizeCrossings(ALL, {
    countries: ['VNM', 'LAO'],
    official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
  });

  it('counts the listed rows by Vietnamese and Lao class', () => {
    expect(summary.total).toBe(28);
    expect(summary.byClass.VNM).toEqual({ international: 9, main: 6, secondary: 13 });
    expect(summary.byClass.LAO).toEqual({ international: 9, unknown: 19 });
  });

  it('reproduces the official counts with what is listed and what is missing', () => {
    const comparison = summary.comparison;
    expect(comparison?.lines).toEqual([
      'international: 9 official, 9 listed',
      'main: 6 official, 6 listed',
      'secondary: 18 official, 13 listed, 5 missing (1 with an uncertain class)',
      'opening: 27 official, 0 listed, 27 missing',
      'economic-zones: 9 official, 4 listed, 5 missing',
    ]);
    expect(comparison?.rows.find((row) => row.what === 'secondary')).toMatchObject({
      official: 18,
      listed: 13,
      missing: 5,
      extra: 0,
      uncertain: 1,
    });
    expect(comparison?.complete).toBe(false);
    expect(comparison?.notCounted).toEqual({});
    expect(comparison?.unclassified).toBe(0);
  });

  it('agrees with the embedded incompleteness note', () => {
    for (const gap of VIETNAM_LAOS_LIST_COMPLETENESS.unlisted) {
      const row = summary.comparison?.rows.find((r) => r.what === gap.what);
      expect(row).toMatchObject({
        official: gap.official,
        listed: gap.listed,
        missing: gap.missing,
      });
    }
    const complete = summary.comparison?.rows
      .filter((row) => row.missing === 0)
      .map((row) => row.what);
    expect(complete).toEqual(['international', 'main']);
  });

  it('reads the class as on the official date (Nam Giang counts as international in 2024, main in 2019)', () => {
    const in2019 = summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { date: '2019-06-01' });
    expect(in2019.byClass.VNM).toEqual({ international: 8, main: 7, secondary: 13 });
    const in2013 = summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { date: '2013-01-01' });
    expect(in2013.byClass.VNM).toEqual({ international: 7, main: 8, secondary: 13 });
    const in2005 = summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { date: '2005-01-01' });
    expect(in2005.byClass.VNM?.unknown).toBe(1);
  });

  it('counts by province (recorded and after the 2025 merger) and by pair of provinces', () => {
    expect(summary.byProvince.VNM).toEqual({
      'Điện Biên': 3,
      'Thanh Hóa': 3,
      'Nghệ An': 5,
      'Hà Tĩnh': 1,
      'Quảng Bình': 2,
      'Quảng Trị': 6,
      'Kon Tum': 1,
      'Quảng Nam': 1,
      'Sơn La': 4,
      'Thừa Thiên Huế': 2,
    });
    // Cà Roòng's Lao side names no province; Na Son's is Luang Prabang (press reports, h414).
    expect(summary.byProvince.LAO?.['(unknown)']).toBe(1);
    expect(summary.byProvince.LAO?.['Luang Prabang']).toBe(1);
    expect(summary.byProvincePair['Điện Biên (VNM) – Luang Prabang (LAO)']).toBe(1);
    const merged = summarizeCrossings(VIETNAM_LAOS_CROSSINGS, { provinces: 'after-2025-merger' });
    expect(merged.byProvince.VNM?.['Quảng Trị']).toBe(8);
    expect(merged.byProvince.VNM?.Huế).toBe(2);
    expect(merged.byProvince.VNM?.['Quảng Ngãi']).toBe(1);
    expect(merged.byProvince.VNM?.['Đà Nẵng']).toBe(1);
    expect(summary.byProvincePair['Quảng Trị (VNM) – Savannakhet (LAO)']).toBe(4);
    expect(summary.byProvincePair['Sơn La (VNM) – Houaphanh (LAO)']).toBe(4);
    const pairTotal = Object.values(summary.byProvincePair).reduce((a, b) => a + b, 0);
    expect(pairTotal).toBe(28);
  });

  it('counts crossings carrying an uncertain marker', () => {
    expect(summary.withUncertainty).toBe(28);
  });
});

describe('summarizeCrossings — filters', () => {
  it('filters by country, mode, status and uncertainty', () => {
    expect(summarizeCrossings(ALL, { countries: ['CHN'] }).total).toBe(3);
    expect(summarizeCrossings(ALL, { modes: ['rail'] }).crossingIds).toEqual([
      'lao-chn-boten-mohan',
    ]);
    expect(
      summarizeCrossings(ALL, { date: '2023-03-01', status: ['suspended'] }).crossingIds,
    ).toEqual(['lao-chn-pang-hai-mengman']);
    expect(
      summarizeCrossings(ALL, { countries: ['LAO', 'CHN'], excludeUncertain: true }).total,
    ).toBe(2);
    const laoChina = summarizeCrossings(ALL, { countries: ['LAO', 'CHN'] });
    expect(laoChina.byClass.CHN).toEqual({ 'class-1-port': 1, 'class-2-port': 1, unknown: 1 });
    expect(laoChina.byProvincePair['Luang Namtha (LAO) – Yunnan (CHN)']).toBe(2);
  });

  it('compares Lao crossings with the nationwide 2016 count (Dak Ta Ok still local then)', () => {
    const comparison = summarizeCrossings(ALL, { official: LAOS_CHECKPOINT_COUNT_2016 }).comparison;
    expect(comparison?.lines).toEqual([
      'international: 27 official, 9 listed, 18 missing (8 with an uncertain class)',
      'local: 32 official, 1 listed, 31 missing',
      'traditional: 48 official, 0 listed, 48 missing',
    ]);
    expect(comparison?.unclassified).toBe(21);
  });

  it('refuses a status filter without a day, a bad day, and bad crossings, naming the path', () => {
    expect(() => summarizeCrossings(ALL, { status: ['open'] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['filter', 'status'] })],
      }),
    );
    expect(() => summarizeCrossings(ALL, { date: '2024-13-01' })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['filter', 'date'] })],
      }),
    );
    const broken = [...ALL];
    const first = broken[3] as BorderCrossing;
    broken[3] = { ...first, sides: [{ ...first.sides[0], class: 'gateway' }, first.sides[1]] };
    expect(() => summarizeCrossings(broken)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_CLASS',
        issues: [expect.objectContaining({ path: ['crossings', 3, 'sides', 0, 'class'] })],
      }),
    );
    expect(() =>
      summarizeCrossings([ALL[0] as BorderCrossing, ALL[0] as BorderCrossing]),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_CROSSING',
        issues: [expect.objectContaining({ path: ['crossings', 1, 'id'] })],
      }),
    );
    expect(() =>
      summarizeCrossings(ALL, {
        official: { ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10, counts: { main: -1 } },
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('names a bad official count’s field from its root: filter.official, as filter.date (h408)', () => {
    const official = { ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10, counts: { main: -1 } };
    expect(() => summarizeCrossings(ALL, { official })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['filter', 'official', 'counts', 'main'],
            message: 'must be a whole number 0 or more, found a number (-1)',
          },
        ],
      }),
    );
    expect(() => summarizeCrossings(ALL, { official: 'VNM' as never })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['filter', 'official'] })],
      }),
    );
  });

  it('names a dataset’s bad crossing at its path in the document, as safeParseDataset does (h397)', () => {
    // A class no system has, in the document and in the Dataset parsed from it.
    const odd = <T extends { readonly sides: readonly [unknown, unknown] }>(crossing: T): T => ({
      ...crossing,
      sides: [{ ...(crossing.sides[0] as object), class: 'odd' }, crossing.sides[1]],
    });
    const [first, ...rest] = vietnamLaosDocument.crossings ?? [];
    if (first === undefined) throw new Error('the Vietnam–Laos document lists crossings');
    const parsed = safeParseDataset({ ...vietnamLaosDocument, crossings: [odd(first), ...rest] });
    const [one, ...others] = vietnamLaos.crossings as BorderCrossing[];
    const path = ['crossings', 0, 'sides', 0, 'class'];
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([path]);
    expect(() => summarizeCrossings([odd(one as BorderCrossing), ...others])).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_CLASS',
        issues: [expect.objectContaining({ path })],
      }),
    );
  });

  it('property: per country, class counts add up to the crossings with a side there', () => {
    fc.assert(
      fc.property(
        fc.subarray(ALL),
        fc.option(fc.constantFrom('1999-01-01', '2014-06-15', '2019-06-01', '2024-10-24'), {
          nil: undefined,
        }),
        (subset, date) => {
          const summary = summarizeCrossings(subset, date === undefined ? {} : { date });
          expect(summary.total).toBe(subset.length);
          for (const country of ['VNM', 'LAO', 'CHN']) {
            const withSide = subset.filter((c) =>
              c.sides.some((s) => s.country === country),
            ).length;
            const byClass = Object.values(summary.byClass[country] ?? {}).reduce(
              (a, b) => a + b,
              0,
            );
            const byProvince = Object.values(summary.byProvince[country] ?? {}).reduce(
              (a, b) => a + b,
              0,
            );
            expect(byClass).toBe(withSide);
            expect(byProvince).toBe(withSide);
          }
          const pairs = Object.values(summary.byProvincePair).reduce((a, b) => a + b, 0);
          expect(pairs).toBe(subset.length);
        },
      ),
      propertyRuns(4, { ci: 200, full: 1000 }),
    );
  });
});

describe('summarizeCrossings — keys that are prototype names', () => {
  it('counts an official class named "constructor" as 0 listed, and a province named "__proto__"', () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    const summary = summarizeCrossings(ALL, {
      countries: ['VNM', 'LAO'],
      official: {
        ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
        counts: { ...VIETNAM_LAOS_OFFICIAL_COUNT_2024_10.counts, constructor: 1 },
      },
    });
    expect(summary.comparison?.lines).toContain('constructor: 1 official, 0 listed, 1 missing');
    const [first, ...rest] = VIETNAM_LAOS_CROSSINGS;
    const renamed = {
      ...first,
      sides: first?.sides.map((side) => ({
        ...side,
        province: { ...side.province, name: '__proto__' },
      })),
    } as BorderCrossing;
    const byProvince = summarizeCrossings([renamed, ...rest]).byProvince;
    expect(Object.getPrototypeOf(byProvince.VNM)).toBe(Object.prototype);
    expect(Object.hasOwn(byProvince.VNM ?? {}, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  });
});
