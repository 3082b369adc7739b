import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import { ECONOMY_CODES } from './economies.js';
import { isEconomyCode } from './index.js';
import { EconomyCodeSchema, parseEconomyCode, safeParseEconomyCode } from './schemas.js';

describe('EconomyCodeSchema', () => {
  it('accepts every known code', () => {
    for (const code of ECONOMY_CODES) expect(EconomyCodeSchema.safeParse(code).data).toBe(code);
  });

  it('refuses three capital letters that are not a known code', () => {
    expect(EconomyCodeSchema.safeParse('XYZ').error?.issues[0]?.message).toBe(
      '"XYZ" is not a known economy code: known codes are ISO 3166-1 alpha-3 such as "VNM", "LAO", "CHN"; listEconomies() lists them all',
    );
  });
});

describe('isEconomyCode', () => {
  it('is true for known codes only', () => {
    expect(isEconomyCode('THA')).toBe(true);
    expect(isEconomyCode('WLD')).toBe(true);
    for (const other of ['tha', 'TH', 'W00', 'XYZ', '', 704, null]) {
      expect(isEconomyCode(other)).toBe(false);
    }
  });
});

describe('parseEconomyCode', () => {
  it('returns a known code', () => {
    expect(parseEconomyCode('KHM')).toBe('KHM');
  });

  it.each([
    [
      'vnm',
      '"vnm" is not an economy code: did you mean "VNM"? (codes are ISO 3166-1 alpha-3 in capitals)',
    ],
    [
      'VN',
      '"VN" is not an economy code: did you mean "VNM"? (codes are ISO 3166-1 alpha-3 in capitals)',
    ],
    [
      'Lào',
      '"Lào" is not an economy code: did you mean "LAO"? (codes are ISO 3166-1 alpha-3 in capitals)',
    ],
    [
      'W00',
      '"W00" is not an economy code: did you mean "WLD"? (codes are ISO 3166-1 alpha-3 in capitals)',
    ],
    [
      'Viet-Nam',
      '"Viet-Nam" is not an economy code: expected three capital letters (ISO 3166-1 alpha-3) such as "VNM"',
    ],
    [
      704,
      '704 is not an economy code: expected three capital letters (ISO 3166-1 alpha-3) such as "VNM"',
    ],
    [
      null,
      'null is not an economy code: expected three capital letters (ISO 3166-1 alpha-3) such as "VNM"',
    ],
  ])('refuses %j with UNKNOWN_ECONOMY naming it', (input, message) => {
    expect(() => parseEconomyCode(input)).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ECONOMY', message }),
    );
  });

  it('refuses any string that is not a known code (property)', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        fc.pre(!(ECONOMY_CODES as readonly string[]).includes(input));
        const result = safeParseEconomyCode(input);
        return (
          !result.success &&
          result.error instanceof BilateralError &&
          result.error.code === 'UNKNOWN_ECONOMY' &&
          result.error.message.startsWith(JSON.stringify(input))
        );
      }),
      propertyRuns(704_418, { ci: 1000, full: 1000 }),
    );
  });
});

describe('safeParseEconomyCode', () => {
  it('returns the code or the error, never throws', () => {
    expect(safeParseEconomyCode('LAO')).toEqual({ success: true, data: 'LAO' });
    const result = safeParseEconomyCode('lao');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('UNKNOWN_ECONOMY');
  });
});
