import { describe, expect, it, vi } from 'vitest';
import { datasetSeries } from '../dataset/dataset-series.js';
import { vietnamLaos } from '../datasets/index.js';
import { buildSeries, type Series, type TradeFlow, tradeFlowToJson } from '../flow/index.js';
import { growthRate, writeKnownAmount } from '../growth/index.js';
import { equals, formatMoney, type Money, money, writeMoney } from '../money/index.js';
import { moneyToJson } from '../money/schemas.js';
import { parsePeriod } from '../period/index.js';
import { evaluateTarget } from '../targets/index.js';
import { parseTarget } from '../targets/schemas.js';
import { thrown } from './__fixtures__/thrown.js';
import { Decimal } from './decimal.js';
import { toDecimal } from './to-decimal.js';

// An object that passes `Decimal.isDecimal` on either engine without being a Decimal: the BigInt
// engine's brand (a symbol only code can set) and decimal.js's (a field JSON can carry). Such a
// value is read through its text as a string is, never through its fields or methods.

/** An object carrying both engines' Decimal brands, with the given `toString` and nothing else. */
function forged(text: () => string): object {
  return {
    [Symbol.for('bilateral-decimal')]: true,
    toStringTag: '[object Decimal]',
    toString: text,
  };
}

// Counts the Decimals made from text longer than any value in range is written in (140
// characters for another copy's, 200 for a string): text that long is refused before it is parsed.
const parsedLong = vi.hoisted(() => ({ count: 0 }));
vi.mock('./decimal.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./decimal.js')>();
  const Decimal = new Proxy(original.Decimal, {
    construct(target, args, newTarget) {
      if (typeof args[0] === 'string' && args[0].length > 140) parsedLong.count++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  return { ...original, Decimal };
});

const asDecimal = (value: object) => value as Decimal;
const usd = (amount: object) => ({ amount: asDecimal(amount), currency: 'USD' }) as Money;

describe('a value that carries the Decimal brand without being a Decimal', () => {
  it('passes isDecimal, so every check below is needed', () => {
    expect(Decimal.isDecimal(forged(() => '1'))).toBe(true);
  });

  it('is read through its text into a Decimal of this copy', () => {
    const read = toDecimal(asDecimal(forged(() => '-12.50')), ['x']);
    expect(read).toBeInstanceOf(Decimal);
    expect(read.toString()).toBe('-12.5');
    expect(toDecimal(asDecimal(forged(() => '-0'))).toString()).toBe('0');
    expect(toDecimal(asDecimal(forged(() => '3.3e-70'))).toString()).toBe('3.3e-70');
  });

  it.each([
    ['NaN', 'INVALID_DECIMAL'],
    ['Infinity', 'INVALID_DECIMAL'],
    ['[object Object]', 'INVALID_DECIMAL'],
    ['1e36', 'OUT_OF_RANGE'],
    ['1e-101', 'OUT_OF_RANGE'],
    ['1e99999999999999999999', 'OUT_OF_RANGE'],
  ])('whose text is %j is refused with %s and the path', (text, code) => {
    const error = thrown(() => toDecimal(asDecimal(forged(() => text)), ['band', 'lower']));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual(['band', 'lower']);
  });

  it('whose toString throws is INVALID_DECIMAL with the path, not its own error', () => {
    const error = thrown(() =>
      toDecimal(
        asDecimal(
          forged(() => {
            throw new Error('boom');
          }),
        ),
        ['x'],
      ),
    );
    expect(error.code).toBe('INVALID_DECIMAL');
    expect(error.issues[0]?.path).toEqual(['x']);
  });

  it('of ten million digits is refused at once, before its digits are parsed', () => {
    const text = '9'.repeat(10_000_000);
    parsedLong.count = 0;
    expect(thrown(() => toDecimal(asDecimal(forged(() => text)))).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toDecimal(text)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toDecimal(`0.${text}`)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toDecimal(`${text}e-9999999`)).code).toBe('OUT_OF_RANGE');
    // Text longer than any value in range needs is refused before parsing, zeros and all.
    const zeros = '0'.repeat(10_000_000);
    expect(thrown(() => toDecimal(`${zeros}1`)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toDecimal(`1${zeros}e-10000000`)).code).toBe('OUT_OF_RANGE');
    // The BigInt engine took 12 s to parse the first alone: none of them is parsed.
    expect(parsedLong.count).toBe(0);
    expect(toDecimal(`0.${'0'.repeat(160)}`).toString()).toBe('0');
    expect(parsedLong.count).toBe(1);
  });

  it('as a Money amount: read through its text by the money functions, or refused', () => {
    expect(equals(usd(forged(() => '1.50')), money('1.5', 'USD'))).toBe(true);
    expect(moneyToJson(usd(forged(() => '1.50')))).toEqual({ amount: '1.5', currency: 'USD' });
    expect(growthRate(usd(forged(() => '110')), usd(forged(() => '100'))).toString()).toBe('0.1');
    const error = thrown(() => equals(money('1', 'USD'), usd(forged(() => 'NaN'))));
    expect(error.code).toBe('INVALID_DECIMAL');
    expect(error.issues[0]?.path).toEqual([1, 'amount']);
    expect(thrown(() => growthRate(usd(forged(() => 'NaN')), money('1', 'USD'))).code).toBe(
      'INVALID_DECIMAL',
    );
  });

  it('as the Money writeMoney and writeKnownAmount write: read through its text, as formatMoney reads it', () => {
    const amount = () => usd(forged(() => '1491900000'));
    expect(writeMoney(amount(), { locale: 'vi', compact: true })).toBe('1,49 tỷ USD');
    expect(writeMoney(amount(), { locale: 'vi', compact: true })).toBe(
      formatMoney(amount(), { locale: 'vi', notation: 'compact' }),
    );
    expect(writeKnownAmount(amount(), new Decimal('100000000'), 'en')).toEqual({
      text: 'US$1.5 billion',
      about: true,
    });
    const error = thrown(() => writeKnownAmount(usd(forged(() => 'NaN')), undefined, 'en'));
    expect([error.code, error.issues[0]?.path]).toEqual(['INVALID_DECIMAL', ['value', 'amount']]);
  });

  describe('in a target', () => {
    const target = parseTarget({
      kind: 'growth-band',
      id: 'vnm-lao-2024-growth',
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      source: 'seed-004',
      setBy: '46th Vietnam–Laos Intergovernmental Committee, January 2024',
      year: '2024',
      band: { lower: '0.10', upper: '0.15' },
    });
    const observed: Series = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      currency: 'USD',
      points: [
        { period: parsePeriod('2023'), value: money('1000', 'USD') },
        { period: parsePeriod('2024'), value: money('1120', 'USD') },
      ],
    };
    const { band } = target as Extract<typeof target, { band: unknown }>;
    const withLower = (lower: object) => ({
      ...target,
      band: { ...band, lower: asDecimal(lower) },
    });

    it('is read through its text: the same evaluation as its Decimal', () => {
      expect(evaluateTarget(withLower(forged(() => '0.10')), observed)).toEqual(
        evaluateTarget(target, observed),
      );
    });

    it('is INVALID_TARGET with its path when its text is no decimal', () => {
      const error = thrown(() => evaluateTarget(withLower(forged(() => 'NaN')), observed));
      expect(error.code).toBe('INVALID_TARGET');
      expect(error.issues[0]?.path).toEqual(['target', 'band', 'lower']);
    });
  });

  describe('in a trade flow', () => {
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      periodKind: 'year',
    } as const;
    const flows = vietnamLaos.flows;
    const index = flows.findIndex(
      (flow) => flow.reporter === 'VNM' && flow.partner === 'LAO' && flow.flow === 'export',
    );
    const first = flows[index] as TradeFlow;
    const withAmount = (amount: object): TradeFlow[] =>
      flows.map((flow, at) => (at === index ? { ...flow, value: usd(amount) } : flow));

    it('is read through its text: the same series and JSON as its Decimal', () => {
      const text = first.value.amount.toFixed();
      expect(buildSeries(withAmount(forged(() => text)), request)).toEqual(
        buildSeries(flows, request),
      );
      expect(
        datasetSeries({ ...vietnamLaos, flows: withAmount(forged(() => text)) }, request),
      ).toEqual(datasetSeries(vietnamLaos, request));
      expect(tradeFlowToJson({ ...first, value: usd(forged(() => text)) })).toEqual(
        tradeFlowToJson(first),
      );
    });

    it('of every flow: read in one pass for every series, no flow looked up by its place', () => {
      const foreign = flows.map((flow) => {
        const text = flow.value.amount.toFixed();
        return { ...flow, value: usd(forged(() => text)) };
      });
      // Counts the copies of the array and the lookups of a flow's place (once per flow, the
      // lookups made reading a series of 100,000 such flows take seconds).
      const calls = { map: 0, indexOf: 0 };
      const counted = Object.assign(foreign, {
        map: (...args: Parameters<TradeFlow[]['map']>) => {
          calls.map++;
          return Array.prototype.map.apply(foreign, args);
        },
        indexOf: (flow: TradeFlow) => {
          calls.indexOf++;
          return Array.prototype.indexOf.call(foreign, flow);
        },
      });
      const imports = { ...request, measure: 'imports' } as const;
      const dataset = { ...vietnamLaos, flows: counted };
      for (let round = 0; round < 2; round++) {
        expect(buildSeries(counted, request)).toEqual(buildSeries(flows, request));
        expect(datasetSeries(dataset, imports)).toEqual(datasetSeries(vietnamLaos, imports));
      }
      expect(calls).toEqual({ map: 1, indexOf: 0 });
    });

    it('is INVALID_DECIMAL with its path when its text is no decimal', () => {
      const error = thrown(() => buildSeries(withAmount(forged(() => 'NaN')), request));
      expect(error.code).toBe('INVALID_DECIMAL');
      expect(error.issues[0]?.path).toEqual(['flows', index, 'value', 'amount']);
      expect(
        thrown(() => tradeFlowToJson({ ...first, value: usd(forged(() => 'NaN')) })).code,
      ).toBe('INVALID_DECIMAL');
    });
  });
});
