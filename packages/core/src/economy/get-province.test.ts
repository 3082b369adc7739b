import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { getProvince, listProvinces } from './index.js';

describe('getProvince', () => {
  it('returns every province by its id', () => {
    for (const province of listProvinces()) expect(getProvince(province.id)).toBe(province);
  });

  it('returns a merged unit as recorded, with its successor', () => {
    expect(getProvince('VN-KON-TUM')).toMatchObject({
      country: 'VNM',
      names: { en: 'Kon Tum', vi: 'Kon Tum' },
      mergedInto: 'VN-QUANG-NGAI',
      since: '2025-07-01',
    });
    expect(getProvince('CN-XISHUANGBANNA').parent).toBe('CN-YUNNAN');
    expect(getProvince('LA-HOUAPHANH').names).toEqual({
      en: 'Houaphanh',
      vi: 'Hủa Phăn',
      lo: 'ຫົວພັນ',
      zh: '华潘',
    });
  });

  it('throws UNKNOWN_ECONOMY naming an unknown id', () => {
    expect(() => getProvince('VN-ATLANTIS')).toThrowError(BilateralError);
    expect(() => getProvince('VN-ATLANTIS')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message:
          '"VN-ATLANTIS" is not a known border province id: ids look like "VN-DIEN-BIEN" or "LA-HOUAPHANH"; listProvinces() lists them all',
      }),
    );
  });

  it('suggests the id written in another case or with spaces', () => {
    expect(() => getProvince('la houaphanh')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message: '"la houaphanh" is not a known border province id: did you mean "LA-HOUAPHANH"?',
      }),
    );
  });
});
