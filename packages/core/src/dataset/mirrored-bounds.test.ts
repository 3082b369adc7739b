import { describe, expect, it } from 'vitest';
import { buildReport } from '../cli/report.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { Period } from '../period/index.js';
import { parseDataset } from './dataset.js';
import { withMirroredBounds } from './mirrored-bounds.js';

// Laos' H1 2023 exports to Vietnam, "more than US$565 million" (The Star): the embedded data has
// no flow of Vietnam's imports from Laos that repeats it.
const embedded = parseDataset(vietnamLaosDocument);
const repeat = (changes: object) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: 'import',
  period: '2023-H1',
  value: '565000000',
  currency: 'USD',
  status: 'preliminary',
  source: 'thestar-2023-09-18',
  ...changes,
});
const withFlow = (changes: object, statements: readonly object[] = []) =>
  parseDataset({
    ...vietnamLaosDocument,
    flows: [...vietnamLaosDocument.flows, repeat(changes)],
    statements: [...(vietnamLaosDocument.statements ?? []), ...statements],
  });

describe('withMirroredBounds', () => {
  it('gives the statements themselves where no flow repeats a bound', () => {
    expect(withMirroredBounds(embedded.flows, embedded.statements)).toBe(embedded.statements);
  });

  it("states a bound for the flow that repeats it, as that flow's pair and side", () => {
    const dataset = withFlow({});
    const read = withMirroredBounds(dataset.flows, dataset.statements);
    expect(read.slice(0, dataset.statements.length)).toEqual(dataset.statements);
    const added = read.slice(dataset.statements.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      id: 'lao-vn-2023-h1-exports',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      subject: 'imports',
      period: '2023-H1',
      amount: { value: '565000000', rounding: 'truncate', bound: 'more-than' },
    });
  });

  it.each([
    ['another value', { value: '566000000' }],
    ['another period', { period: '2023-Q2' }],
    ['another source', { source: 'seed-004-moit-2024-10-24' }],
    ['the same side', { flow: 'export' }],
    ['a commodity', { commodity: '0901' }],
  ])('repeats none for a flow of %s', (_, changes) => {
    const dataset = withFlow(changes);
    expect(withMirroredBounds(dataset.flows, dataset.statements)).toBe(dataset.statements);
  });

  it('repeats none for a flow of another currency', () => {
    // The same digits in kip: a series is of one currency, so the flow is given here alone.
    const { flows, statements } = withFlow({});
    const flow = flows.at(-1);
    const inKip = flow && { ...flow, value: { ...flow.value, currency: 'LAK' } };
    expect(withMirroredBounds(flow ? [flow] : [], statements)).not.toBe(statements);
    expect(withMirroredBounds(inKip ? [inKip] : [], statements)).toBe(statements);
  });

  it("repeats none where the flow's pair states that side itself", () => {
    const own = {
      id: 'vn-own-imports',
      source: 'thestar-2023-09-18',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2023-H1',
      subject: 'imports',
      amount: { text: 'US$565 million', value: '565000000', currency: 'USD' },
    };
    const dataset = withFlow({}, [own]);
    expect(withMirroredBounds(dataset.flows, dataset.statements)).toBe(dataset.statements);
  });
});

describe('withMirroredBounds on what no parser gave', () => {
  it('names the statement or the flow whose period it cannot read', () => {
    const dataset = withFlow({});
    const index = dataset.statements.findIndex((s) => s.id === 'lao-vn-2023-h1-exports');
    const statements = dataset.statements.map((s, at) =>
      at === index ? { ...s, period: 'H1/2023' } : s,
    );
    expect(() => withMirroredBounds(dataset.flows, statements)).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        issues: [expect.objectContaining({ path: ['statements', index, 'period'] })],
      }),
    );
    const last = dataset.flows.length - 1;
    const flows = dataset.flows.map((flow, at) =>
      at === last ? { ...flow, period: { kind: 'month', year: 2023, month: 13 } as Period } : flow,
    );
    expect(() => withMirroredBounds(flows, dataset.statements)).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        issues: [expect.objectContaining({ path: ['flows', last, 'period', 'month'] })],
      }),
    );
  });
});

describe('withMirroredBounds and bilateral report, for a bound of each kind of period', () => {
  // The widgets add their '-mirror' statements from these repeats (withDisputedRatesAndBalances'
  // node test has the same periods): the report marks the same flow a bound.
  it.each(['2023', '2023-H1', '2023-Q1', '2023-07', '2023-01/2023-09'])('%s', (period) => {
    const statements = (vietnamLaosDocument.statements ?? []).map((s) =>
      s.id === 'lao-vn-2023-h1-exports' ? { ...s, period } : s,
    );
    const dataset = parseDataset({
      ...vietnamLaosDocument,
      flows: [...vietnamLaosDocument.flows, repeat({ period })],
      statements,
    });
    const added = withMirroredBounds(dataset.flows, dataset.statements).slice(statements.length);
    expect(added).toEqual([
      expect.objectContaining({ reporter: 'VNM', subject: 'imports', period }),
    ]);
    const totals = buildReport(dataset).trade.find(
      (s) => s.reporter === 'VNM' && s.partner === 'LAO' && s.commodity === null,
    );
    const row = totals?.rows.find(
      (r) => r.period === period && r.sources.includes('thestar-2023-09-18'),
    );
    expect(row?.lowerBounds).toEqual(['imports']);
  });
});
