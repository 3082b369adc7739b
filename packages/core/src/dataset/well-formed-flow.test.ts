import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { TradeFlowSchema } from '../flow/schemas.js';
import { flowFromValidJson } from '../flow/trade-flow.js';
import { parseDataset, safeParseDataset } from './dataset.js';
import { flowTextCache, wellFormedFlow } from './well-formed-flow.js';

const flow = {
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'export',
  period: '2024-03',
  value: '1234.5',
  currency: 'USD',
  status: 'official',
  source: 'gso',
};

/** Mostly a good value, sometimes one just past the rule. */
const near = <T, U>(good: readonly T[], bad: readonly U[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 24 },
    { arbitrary: fc.constantFrom(...bad), weight: 1 },
  );

/** Values near each field's rules: good ones, and ones just past them. */
const field = {
  reporter: near(['VNM', 'LAO', 'WLD'], ['XXX', 'vnm', 'VN', 'VNMM', 1, undefined]),
  partner: near(['LAO', 'THA', 'EUN', 'XNS'], ['ABC', '', null]),
  flow: near(['export', 'import'], ['Export', 're-export', 0]),
  period: near(
    ['2024-03', '2024', '2024-Q3', '2024-H2', '2024-01/2024-09', '2023-11/2024-02'],
    ['2024-13', '0000', '2024-Q5', '2024-09/2024-01', '', ' 2024', 2024],
  ),
  value: fc.oneof(
    { arbitrary: fc.stringMatching(/^\d{1,12}(\.\d{1,3})?$/), weight: 12 },
    fc.constantFrom('0', '0.0', '007', '1.', '.5', '-1', '-0', '1e3', '+1', ' 1', '1,5', 1.5),
    fc.stringMatching(/^\d{1,40}(\.\d{1,40})?$/),
  ),
  currency: near(['USD', 'LAK', 'VND'], ['usd', 'XYZ', 'US', undefined]),
  status: near(['official', 'estimate', 'preliminary', 'revised'], ['final']),
  source: near(['gso', 'x'], ['', 3]),
  valuation: near(['FOB', 'CIF', undefined], ['fob']),
  commodity: near(['27', '2701', '270112', '27011290', undefined], ['2', '270', '0x']),
  derivation: near(['sum of months', undefined], ['', false]),
  uncertain: near([true, false, undefined], ['true']),
  note: near(['a note', '', undefined], [1]),
};

/** Flows near the rules; one in five has a `precision` (left to the schema) or a key of no flow. */
const flows = fc
  .tuple(
    fc.record(field, {
      requiredKeys: [
        'reporter',
        'partner',
        'flow',
        'period',
        'value',
        'currency',
        'status',
        'source',
      ],
    }),
    fc.oneof(
      { arbitrary: fc.constant({}), weight: 4 },
      fc.constantFrom({ precision: '0.5' }, { precision: undefined }, { extra: 'x' }),
    ),
  )
  .map(([record, more]) => ({ ...record, ...more }));

describe('wellFormedFlow', () => {
  it('reads a plain well-formed flow as flowFromValidJson reads the schema output', () => {
    const read = wellFormedFlow({ ...flow, commodity: '2701', note: 'n', uncertain: false });
    const json = TradeFlowSchema.parse({ ...flow, commodity: '2701', note: 'n', uncertain: false });
    expect(read).toEqual(flowFromValidJson(json));
    expect(Object.keys(read ?? {})).toEqual(Object.keys(flowFromValidJson(json)));
    expect(Object.isFrozen(read)).toBe(true);
  });

  it('parses each period text once, yet gives every flow a period of its own', () => {
    const cache = flowTextCache();
    const range = { ...flow, period: '2023-11/2024-02' };
    const [first, second] = [wellFormedFlow(range, cache), wellFormedFlow(range, cache)];
    expect(cache.periods.size).toBe(1);
    expect(first?.period).toEqual(second?.period);
    expect(first?.period).not.toBe(second?.period);
    if (first?.period.kind === 'range' && second?.period.kind === 'range') {
      expect(first.period.start).not.toBe(second.period.start);
    }
  });

  it('leaves to the schema anything it is not sure of', () => {
    for (const input of [
      null,
      [],
      'flow',
      Object.create(null),
      new (class Flow {})(),
      { ...flow, precision: '0.5' },
      { ...flow, extra: 1 },
      { ...flow, period: '2024-13' },
      { ...flow, value: '1'.repeat(37) },
      { ...flow, value: '-1' },

      { ...flow, source: undefined },
    ]) {
      expect(wellFormedFlow(input)).toBeUndefined();
    }
  });

  it('accepts only what the schema accepts, and reads it the same (random flows)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(flows, (input) => {
        const read = wellFormedFlow(input);
        if (read === undefined) return;
        accepted++;
        const result = TradeFlowSchema.safeParse(input);
        expect(result.success).toBe(true);
        if (!result.success) return;
        expect(read).toEqual(flowFromValidJson(result.data));
        // The same keys in the same order (a commodity is written in the literal when it can be).
        expect(Object.keys(read)).toEqual(Object.keys(flowFromValidJson(result.data)));
      }),
      propertyRuns(20_261_202, { ci: 500, full: 5000 }),
    );
    expect(accepted).toBeGreaterThan(150);
  });

  it('gives parseDataset the same result and the same errors as the schema path', () => {
    fc.assert(
      fc.property(fc.array(flows, { maxLength: 4 }), (items) => {
        const document = {
          id: 'x',
          title: { en: 'X' },
          sources: [{ id: 'gso', publisher: 'GSO', title: 'GSO', date: '2025-01' }],
          flows: items,
        };
        // A class instance is never read by the fast path: the schema reads every flow.
        const slow = {
          ...document,
          flows: items.map((item) => Object.assign(Object.create({ constructor: null }), item)),
        };
        const fast = safeParseDataset(document);
        const schema = safeParseDataset(slow);
        expect(fast.success).toBe(schema.success);
        if (fast.success && schema.success) expect(fast.data).toEqual(schema.data);
        if (!fast.success && !schema.success)
          expect(fast.error.issues).toEqual(schema.error.issues);
      }),
      propertyRuns(20_261_203, { ci: 60, full: 600 }),
    );
  });

  it('keeps the nesting and cycle checks when every flow is flat (regression)', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let depth = 0; depth < 40; depth++) {
      const next = {};
      at.x = next;
      at = next;
    }
    const document = {
      id: 'x',
      title: { en: 'X' },
      sources: [{ id: 'gso', publisher: 'GSO', title: 'GSO', date: '2025-01' }],
      flows: [flow],
      statements: [deep],
    };
    const result = safeParseDataset(document);
    expect(result.success ? '' : result.error.issues[0]?.message).toMatch(/nested more than 32/);
    expect(parseDataset({ ...document, statements: [] }).flows).toHaveLength(1);
  });
});
