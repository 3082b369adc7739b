import { describe, expect, it } from 'vitest';
import { vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { tradeFlowToJson } from './trade-flow.js';
import { parseTradeFlow, tradeFlowFromJson } from './trade-flow-schema.js';

const json = vietnamLaosDocument.flows[0];

describe('tradeFlowFromJson and tradeFlowToJson', () => {
  it('round-trip a flow', () => {
    expect(tradeFlowToJson(tradeFlowFromJson(json as NonNullable<typeof json>))).toEqual(json);
  });

  it('refuse JSON missing fields instead of making a flow with undefined in it', () => {
    expect(() =>
      tradeFlowFromJson({ period: '2024', value: '1', currency: 'USD' } as never),
    ).toThrowError(/reporter: expected string/);
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
});
