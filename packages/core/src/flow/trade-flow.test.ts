import { describe, expect, it } from 'vitest';
import { failure } from '../__fixtures__/error-code.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { tradeFlowToJson } from './trade-flow.js';
import { parseTradeFlow, tradeFlowFromJson } from './trade-flow-schema.js';

const json = vietnamLaosDocument.flows[0] as NonNullable<(typeof vietnamLaosDocument.flows)[0]>;

describe('tradeFlowFromJson and tradeFlowToJson', () => {
  it('round-trip a flow', () => {
    expect(tradeFlowToJson(tradeFlowFromJson(json))).toEqual(json);
  });

  it('refuse JSON missing fields instead of making a flow with undefined in it', () => {
    expect(() =>
      tradeFlowFromJson({ period: '2024', value: '1', currency: 'USD' } as never),
    ).toThrowError(/reporter: is missing/);
    expect(() => tradeFlowFromJson({} as never, ['flows', 3])).toThrowError(/flows\[3\]\.reporter/);
    expect(() => tradeFlowFromJson(null as never, 'not a path' as never)).toThrowError(
      BilateralError,
    );
  });

  it('refuse what is not a TradeFlow (the JSON form, null) with a BilateralError', () => {
    expect(() => tradeFlowToJson(json as never)).toThrowError(
      'expected a TradeFlow (parseTradeFlow returns one), got an object without a Money value',
    );
    expect(() => tradeFlowToJson(null as never)).toThrowError(BilateralError);
  });

  it('refuse economies that are no country (XXX) or a group (EUR)', () => {
    for (const partner of ['XXX', 'EUR']) {
      expect(() => parseTradeFlow({ ...json, partner })).toThrowError(
        `partner: "${partner}" is not an economy`,
      );
    }
    expect(parseTradeFlow({ ...json, partner: 'MEX' }).partner).toBe('MEX');
  });

  it('refuse a precision that the value has finer digits than, at precision', () => {
    const flow = { ...json, value: '1234000', precision: '100000' };
    expect(failure(() => parseTradeFlow(flow))).toEqual({
      code: 'INVALID_INPUT',
      paths: [['precision']],
    });
    expect(() => tradeFlowFromJson(flow, ['flows', 2])).toThrowError(
      'flows[2].precision: the value 1234000 has digits finer than its precision 100000: a value rounded to 100000 is a whole multiple of it',
    );
    // 1.234 rounded to 0.1, a step coarser than the value, a step that is no power of ten.
    for (const [value, precision] of [
      ['1.234', '0.1'],
      ['5000000', '10000000'],
      ['1.2', '0.25'],
      [`1${'0'.repeat(35)}.${'0'.repeat(35)}1`, '0.1'],
    ] as const) {
      expect(failure(() => parseTradeFlow({ ...json, value, precision }))?.paths).toEqual([
        ['precision'],
      ]);
    }
    for (const [value, precision] of [
      ['1.2', '0.1'],
      ['1.20', '0.100'],
      ['0', '1000000000'],
      ['10000000', '10000000'],
      ['1.25', '0.05'],
      ['780000000', '10000000'],
      [`1${'0'.repeat(35)}.1`, '0.1'],
    ] as const) {
      expect(parseTradeFlow({ ...json, value, precision }).precision?.toFixed()).toBe(
        precision.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
      );
    }
  });

  it('report a malformed or zero precision once, by its own check', () => {
    for (const [value, precision] of [
      ['1.234', '0'],
      ['1.234', '-0.1'],
      ['-1.234', '0.1'],
      ['1.234', '1e-1'],
    ] as const) {
      const paths = failure(() => parseTradeFlow({ ...json, value, precision }))?.paths;
      expect(paths).toHaveLength(1);
    }
  });
});
