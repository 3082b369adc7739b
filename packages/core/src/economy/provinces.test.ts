import { describe, expect, it } from 'vitest';
import { LAOS_CHINA_CROSSINGS, VIETNAM_LAOS_CROSSINGS } from '../infrastructure/index.js';
import { getEconomy, LOCALES, listProvinces } from './index.js';
import { BorderProvinceSchema } from './schemas.js';

const LAO_SCRIPT = /^[\u0E80-\u0EFF]+(?:[ -][\u0E80-\u0EFF]+)*$/;
const HAN = /^[\u4E00-\u9FFF]+$/;

describe('the border-province table', () => {
  const table = listProvinces();
  const byId = new Map(table.map((province) => [province.id, province]));

  it.each(table.map((province) => [province.id, province] as const))(
    '%s matches BorderProvinceSchema',
    (_id, province) => {
      expect(BorderProvinceSchema.safeParse(province).error?.issues).toBeUndefined();
    },
  );

  it('has unique ids, each starting with its country’s alpha-2 code', () => {
    expect(new Set(byId.keys()).size).toBe(table.length);
    for (const province of table) {
      expect(province.id.startsWith(`${getEconomy(province.country).iso2}-`), province.id).toBe(
        true,
      );
    }
  });

  it('covers the Vietnam–Laos border on both sides, and Yunnan', () => {
    const ids = (country: string) =>
      table.filter((province) => province.country === country).map((province) => province.id);
    expect(ids('VNM')).toEqual([
      'VN-DIEN-BIEN',
      'VN-SON-LA',
      'VN-THANH-HOA',
      'VN-NGHE-AN',
      'VN-HA-TINH',
      'VN-QUANG-BINH',
      'VN-QUANG-TRI',
      'VN-THUA-THIEN-HUE',
      'VN-QUANG-NAM',
      'VN-KON-TUM',
      'VN-HUE',
      'VN-DA-NANG',
      'VN-QUANG-NGAI',
    ]);
    expect(ids('LAO')).toEqual([
      'LA-PHONGSALY',
      'LA-LUANG-NAMTHA',
      'LA-OUDOMXAY',
      'LA-BOKEO',
      'LA-LUANG-PRABANG',
      'LA-HOUAPHANH',
      'LA-XIENGKHOUANG',
      'LA-BOLIKHAMXAY',
      'LA-KHAMMOUANE',
      'LA-SAVANNAKHET',
      'LA-SALAVAN',
      'LA-SEKONG',
      'LA-ATTAPEU',
    ]);
    expect(ids('CHN')).toEqual(['CN-YUNNAN', 'CN-XISHUANGBANNA', 'CN-PUER']);
  });

  it('records Vietnam’s 2025 changes', () => {
    const changes = table
      .filter((province) => province.mergedInto !== undefined)
      .map((province) => [province.id, province.mergedInto, province.since]);
    expect(changes).toEqual([
      ['VN-QUANG-BINH', 'VN-QUANG-TRI', '2025-07-01'],
      ['VN-THUA-THIEN-HUE', 'VN-HUE', '2025-01-01'],
      ['VN-QUANG-NAM', 'VN-DA-NANG', '2025-07-01'],
      ['VN-KON-TUM', 'VN-QUANG-NGAI', '2025-07-01'],
    ]);
  });

  it('points mergedInto and parent at known units of the same country, without cycles', () => {
    for (const province of table) {
      for (const target of [province.mergedInto, province.parent]) {
        if (target === undefined) continue;
        expect(byId.get(target)?.country, `${province.id} → ${target}`).toBe(province.country);
      }
      const seen = new Set([province.id]);
      let next = province.mergedInto;
      while (next !== undefined) {
        expect(seen.has(next), `cycle through ${province.id}`).toBe(false);
        seen.add(next);
        next = byId.get(next)?.mergedInto;
      }
    }
  });

  it('records which of its three borders each unit lies on (h408)', () => {
    const borders = (id: string) => byId.get(id)?.borders;
    expect(borders('VN-DIEN-BIEN')).toEqual(['LAO', 'CHN']);
    expect(borders('LA-PHONGSALY')).toEqual(['VNM', 'CHN']);
    // A border province with no crossing listed, and one on none of the three borders.
    expect(borders('LA-LUANG-PRABANG')).toEqual(['VNM']);
    expect(borders('LA-OUDOMXAY')).toEqual(['CHN']);
    expect(borders('LA-BOKEO')).toEqual([]);
    expect(borders('CN-XISHUANGBANNA')).toEqual(['LAO']);
    for (const province of table) {
      // Another country's border, in the table's order (VNM, LAO, CHN), each once.
      const order = (['VNM', 'LAO', 'CHN'] as const).filter((code) =>
        province.borders.includes(code),
      );
      expect(province.borders, province.id).toEqual(order);
      expect(province.borders, province.id).not.toContain(province.country);
      // A unit that took over another's territory has its borders too.
      const merged = province.mergedInto === undefined ? undefined : byId.get(province.mergedInto);
      for (const code of province.borders) expect(merged?.borders ?? [code]).toContain(code);
    }
  });

  it('puts each side of every embedded crossing on the border with the other side', () => {
    const named = (name: string) =>
      table.find((province) => province.names.en === name || province.names.vi === name);
    for (const crossing of [...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS]) {
      const [a, b] = crossing.sides;
      for (const [side, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const name = side.province?.name;
        if (name === undefined || name === '(unknown)') continue;
        const province = side.province?.id ? byId.get(side.province.id) : named(name);
        expect(province?.country, `${crossing.id}: ${name}`).toBe(side.country);
        expect(province?.borders, `${crossing.id}: ${name}`).toContain(other.country);
      }
    }
  });

  it('gives every province a non-empty, trimmed, NFC name in every locale', () => {
    for (const province of table) {
      for (const locale of LOCALES) {
        const name = province.names[locale];
        expect(name.length, `${province.id} ${locale}`).toBeGreaterThan(0);
        expect(name.trim()).toBe(name);
        expect(name.normalize('NFC')).toBe(name);
      }
      expect(province.names.lo, province.id).toMatch(LAO_SCRIPT);
      expect(province.names.zh, province.id).toMatch(HAN);
    }
    const vietnamese = new Set(table.map((province) => province.names.vi));
    expect(vietnamese.size).toBe(table.length);
  });

  it('writes Vietnamese province names with their diacritics', () => {
    const vi = (id: string) => byId.get(id)?.names.vi;
    expect(vi('VN-DIEN-BIEN')).toBe('Điện Biên');
    expect(vi('VN-THANH-HOA')).toBe('Thanh Hóa');
    expect(vi('VN-NGHE-AN')).toBe('Nghệ An');
    expect(vi('VN-HA-TINH')).toBe('Hà Tĩnh');
    expect(vi('VN-QUANG-BINH')).toBe('Quảng Bình');
    expect(vi('VN-QUANG-TRI')).toBe('Quảng Trị');
    expect(vi('VN-THUA-THIEN-HUE')).toBe('Thừa Thiên Huế');
    expect(vi('VN-DA-NANG')).toBe('Đà Nẵng');
    expect(vi('VN-QUANG-NGAI')).toBe('Quảng Ngãi');
    expect(vi('LA-HOUAPHANH')).toBe('Hủa Phăn');
  });

  it('explains every uncertain entry in a note', () => {
    for (const province of table.filter((entry) => entry.uncertain)) {
      expect(province.note, province.id).toBeTruthy();
    }
  });

  it('is also given without its notes, for code that shows none (h414)', async () => {
    // The widgets' on-demand chunk of province names took the table with its English notes.
    const { BORDER_PROVINCES, BORDER_PROVINCES_WITHOUT_NOTES } = await import('./provinces.js');
    expect(BORDER_PROVINCES_WITHOUT_NOTES.some((p) => 'note' in p || 'uncertain' in p)).toBe(false);
    expect(BORDER_PROVINCES.map(({ uncertain: _, note: __, ...unit }) => unit)).toEqual(
      BORDER_PROVINCES_WITHOUT_NOTES,
    );
    expect(BORDER_PROVINCES.filter((p) => p.note !== undefined)).toHaveLength(24);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(table)).toBe(true);
    for (const province of table) {
      expect(Object.isFrozen(province)).toBe(true);
      expect(Object.isFrozen(province.names)).toBe(true);
      expect(Object.isFrozen(province.borders)).toBe(true);
    }
  });
});

describe('BorderProvinceSchema', () => {
  const valid = {
    id: 'VN-KON-TUM',
    country: 'VNM',
    borders: ['LAO'],
    names: { en: 'Kon Tum', vi: 'Kon Tum', lo: 'ກອນຕຸມ', zh: '昆嵩' },
  };

  it('requires mergedInto and since together', () => {
    const result = BorderProvinceSchema.safeParse({ ...valid, mergedInto: 'VN-QUANG-NGAI' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['since'], 'mergedInto and since go together: give both or neither'],
    ]);
  });

  it('refuses a malformed id, an unknown country and an impossible date', () => {
    const result = BorderProvinceSchema.safeParse({
      ...valid,
      id: 'vn-kon tum',
      country: 'XYZ',
      mergedInto: 'VN-QUANG-NGAI',
      since: '2025-02-30',
    });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['id', 'country', 'since']);
  });

  it('refuses borders that name the province’s own country or a country twice (r37d)', () => {
    // Before: both passed the schema, though a province lies on no border with its own country.
    const own = BorderProvinceSchema.safeParse({ ...valid, borders: ['LAO', 'VNM'] });
    const twice = BorderProvinceSchema.safeParse({ ...valid, borders: ['LAO', 'LAO'] });
    expect(
      [own, twice].map((result) =>
        result.error?.issues.map((issue) => [issue.path, issue.message]),
      ),
    ).toEqual([
      [[['borders'], 'must not name the province’s own country: a border is with another one']],
      [[['borders'], 'must name each country once']],
    ]);
  });
});
