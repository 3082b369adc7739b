import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import {
  type BorderCrossing,
  type ClassChange,
  crossingClassOn,
  crossingSideOn,
  crossingStatusOn,
  LAOS_CHINA_CROSSINGS,
  VIETNAM_LAOS_CROSSINGS,
} from './index.js';

const byId = (id: string): BorderCrossing => {
  const crossing = [...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS].find((c) => c.id === id);
  if (crossing === undefined) throw new Error(id);
  return crossing;
};
const namGiang = byId('vnm-lao-nam-giang');
const laLay = byId('vnm-lao-la-lay');

describe('crossingClassOn', () => {
  it('Nam Giang is main on 2019-06-01 and international on 2021-09-01 (Resolution 183/NQ-CP)', () => {
    const before = crossingClassOn(namGiang, 'VNM', '2019-06-01');
    expect(before).toMatchObject({
      country: 'VNM',
      class: 'main',
      basis: 'before-first-change',
      approximate: false,
    });
    const after = crossingClassOn(namGiang, 'VNM', '2021-09-01');
    expect(after).toMatchObject({ class: 'international', basis: 'history', approximate: false });
    expect(after.entry?.act).toBe('Resolution 183/NQ-CP of 22 Dec 2020');
    expect(crossingClassOn(namGiang, 0, '2020-12-21').class).toBe('main');
    expect(crossingClassOn(namGiang, 0, '2020-12-22').class).toBe('international');
  });

  it('the Lao side is classed independently: Dak Ta Ok was local, international in 2021', () => {
    expect(crossingClassOn(namGiang, 'LAO', '2019-06-01').class).toBe('local');
    const lao2021 = crossingClassOn(namGiang, 'LAO', '2021-09-01');
    expect(lao2021).toMatchObject({ class: 'international', approximate: true });
    expect(crossingClassOn(namGiang, 1, '2022-01-01').approximate).toBe(false);
  });

  it('La Lay was upgraded from main to international in June 2014', () => {
    expect(crossingClassOn(laLay, 'VNM', '2014-05-31')).toMatchObject({
      class: 'main',
      basis: 'history',
    });
    expect(crossingClassOn(laLay, 'VNM', '2014-06-10')).toMatchObject({
      class: 'international',
      approximate: true,
    });
    expect(crossingClassOn(laLay, 'VNM', '2014-07-01')).toMatchObject({
      class: 'international',
      approximate: false,
    });
    expect(crossingClassOn(laLay, 'VNM', '1997-01-01')).toMatchObject({
      class: undefined,
      basis: 'unknown',
    });
    expect(crossingClassOn(laLay, 'VNM', '1998-03-01')).toMatchObject({
      class: 'main',
      approximate: true,
    });
  });

  it('a side without history gives its recorded class as "undated", or nothing', () => {
    const tayTrang = byId('vnm-lao-tay-trang');
    expect(crossingClassOn(tayTrang, 'VNM', '2024-10-24')).toMatchObject({
      class: 'international',
      basis: 'undated',
    });
    const caRoong = byId('vnm-lao-ca-roong');
    expect(crossingClassOn(caRoong, 'LAO', '2024-10-24')).toMatchObject({
      class: undefined,
      basis: 'unknown',
    });
  });

  it('refuses a bad day or side with INVALID_INPUT naming it, and a bad crossing', () => {
    expect(() => crossingClassOn(namGiang, 'VNM', '2021-02-29')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['date'] })],
      }),
    );
    expect(() => crossingClassOn(namGiang, 'VNM', '2021-09')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => crossingClassOn(namGiang, 'CHN', '2021-09-01')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['side'] })],
      }),
    );
    const bad = {
      ...namGiang,
      sides: [namGiang.sides[0], namGiang.sides[0]],
    } as unknown as BorderCrossing;
    expect(() => crossingClassOn(bad, 'VNM', '2021-09-01')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_CROSSING',
        issues: [expect.objectContaining({ path: ['crossing', 'sides', 1, 'country'] })],
      }),
    );
  });

  it('property: the class on any day is that of the last history entry on or before it', () => {
    const classes = ['international', 'main', 'secondary', 'opening'] as const;
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...classes), { minLength: 8, maxLength: 8 }),
        day,
        (dates, picks, query) => {
          const sorted = [...dates].sort();
          const history: ClassChange[] = sorted.map((date, index) => ({
            date,
            class: picks[index] ?? 'main',
            change: 'reclassified',
            sources: ['test'],
          }));
          const last = history.at(-1) as ClassChange;
          const crossing: BorderCrossing = {
            id: 'test',
            names: { en: 'Test' },
            sides: [
              { country: 'VNM', class: last.class, classHistory: history },
              { country: 'LAO' },
            ],
            modes: [{ mode: 'road' }],
            sources: ['test'],
          };
          const result = crossingClassOn(crossing, 'VNM', query);
          const expected = history.filter((entry) => entry.date <= query).at(-1);
          expect(result.class).toBe(expected?.class);
          expect(result.basis).toBe(expected === undefined ? 'unknown' : 'history');
          expect(result.approximate).toBe(false);
        },
      ),
      propertyRuns(20241024, { ci: 1000, full: 1000 }),
    );
  });
});

describe('crossingStatusOn / crossingSideOn', () => {
  const pangHai = byId('lao-chn-pang-hai-mengman');
  const boten = byId('lao-chn-boten-mohan');

  it('reads dated status periods and leaves unsourced days without a status', () => {
    expect(crossingStatusOn(pangHai, '2023-03-01')).toMatchObject({
      status: 'suspended',
      approximate: false,
    });
    expect(crossingStatusOn(pangHai, '2022-01-15')).toMatchObject({
      status: 'suspended',
      approximate: true,
    });
    expect(crossingStatusOn(pangHai, '2023-09-11').status).toBe('open');
    expect(crossingStatusOn(pangHai, '2021-06-01')).toEqual({
      date: '2021-06-01',
      status: undefined,
      approximate: false,
    });
    expect(crossingStatusOn(boten, '2023-01-07').status).toBeUndefined();
    expect(crossingStatusOn(boten, '2023-01-08').period?.sources).toEqual([
      'chinanews-2023-07-08-mohan',
    ]);
    expect(crossingStatusOn(namGiang, '2021-09-01').status).toBeUndefined();
  });

  it("gives a side's gate, province, class and status together", () => {
    const side = crossingSideOn(boten, 'CHN', '2024-01-01');
    expect(side).toMatchObject({
      crossingId: 'lao-chn-boten-mohan',
      country: 'CHN',
      gate: 'Mohan',
      province: { name: 'Yunnan' },
      class: { class: 'class-1-port', basis: 'history' },
      status: { status: 'open' },
    });
    const vn = crossingSideOn(namGiang, 'VNM', '2021-09-01');
    expect(vn.province).toEqual({
      name: 'Quảng Nam',
      id: 'VN-QUANG-NAM',
      after2025Merger: 'Đà Nẵng',
    });
    expect(vn.class.class).toBe('international');
  });

  it('refuses a bad day', () => {
    expect(() => crossingStatusOn(boten, 'yesterday')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['date'] })],
      }),
    );
    expect(() => crossingSideOn(boten, 'LAO', 20240101 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
