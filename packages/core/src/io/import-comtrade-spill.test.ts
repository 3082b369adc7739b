import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { memoryStore } from './__fixtures__/memory-spill-store.js';
import { PARTITIONS } from './_observation-spill.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import type { ReportRow } from './import-result.js';
import type { SpillStore } from './spill-store.js';

const HEADER =
  'typeCode,reporterCode,flowCode,partnerCode,partner2Code,period,cmdCode,customsCode,motCode,primaryValue';

/** What a row is made of: its key's parts (a few of each, so keys repeat) and its value. */
const KEY = fc.record({
  typeCode: fc.constantFrom('C', 'C', 'C', 'S'),
  reporterCode: fc.constantFrom('704', '418'),
  flowCode: fc.constantFrom('X', 'M', 'X', 'RX'),
  partnerCode: fc.constantFrom('418', '156', '156', '704'),
  partner2Code: fc.constantFrom('0', '0', '0', '4'),
  period: fc.constantFrom('2023', '2023', '2022'),
  cmdCode: fc.constantFrom('TOTAL', '10', '1001', '27'),
  customsCode: fc.constantFrom('C00', 'C00', 'C00', 'C01'),
  motCode: fc.constantFrom('0', '0', '0', '2100'),
});
const VALUES = ['1', '1.50', '1.5', '2', '123456789012345678.25', '123456789012345678.5', 'x'];

/** The flows and report of a streamed import (flows it says to drop, dropped), or its error. */
async function outcome(
  chunks: readonly string[],
  options: {
    rows: 'totals' | 'breakdowns';
    spill?: { store: SpillStore; records: number };
    examples?: number;
    onReportRows?: (rows: readonly ReportRow[]) => void;
  },
): Promise<unknown> {
  const flows: TradeFlowJson[] = [];
  try {
    const { sources, report, droppedFlows } = await importComtradeStream(chunks, {
      date: '2024-06-01',
      ...options,
      onFlows: (batch) => {
        flows.push(...batch);
      },
    });
    const dropped = new Set(droppedFlows);
    return {
      sources,
      flows: flows.filter((_, at) => !dropped.has(at)),
      report: { ...report },
    };
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { code: error.code, issues: error.issues };
  }
}

/** A CSV of `rows` ([key, value] pairs) cut in two at `cut` past the header. */
function csvChunks(
  rows: readonly (readonly [Record<string, string>, string])[],
  cut: number,
  header = HEADER,
) {
  const columns = header.split(',');
  const body = rows
    .map(([key, value]) =>
      columns.map((name) => (name === 'primaryValue' ? value : key[name])).join(','),
    )
    .join('\n');
  const at = body.length === 0 ? 0 : cut % body.length;
  return [`${header}\n`, body.slice(0, at), `${body.slice(at)}\n`];
}

/** A group of a report's exclusions or notes, as the tests read it. */
interface Listed {
  rows: number[];
  lines?: number[];
  omitted?: number;
  count?: number;
}

/** An outcome's report with each group listing its first `examples` rows, as the option does. */
function limited(outcome: unknown, examples: number): unknown {
  if (!(outcome as { report?: unknown }).report) return outcome;
  const { report } = outcome as { report: { excluded: Listed[]; notes: Listed[] } };
  const limit = (group: Listed) => {
    const { rows, lines, omitted: _, ...rest } = group;
    const omitted = rows.length - Math.min(rows.length, examples);
    return {
      ...rest,
      rows: rows.slice(0, examples),
      ...(lines === undefined ? {} : { lines: lines.slice(0, examples) }),
      ...(omitted === 0 ? {} : { omitted }),
    };
  };
  return {
    ...(outcome as object),
    report: { ...report, excluded: report.excluded.map(limit), notes: report.notes.map(limit) },
  };
}

describe('importComtradeStream with spill', () => {
  it('gives exactly what the import in memory gives, whatever the budget: flows, report, issues', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(KEY, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(39)), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        async (keys, picks, cut, records, breakdowns) => {
          // Mostly the first value, so most repeats are same-value repeats.
          const rows = picks.map(
            ([key, value]) =>
              [
                keys[key % keys.length] as Record<string, string>,
                VALUES[value < 33 ? 0 : value - 33] as string,
              ] as const,
          );
          const chunks = csvChunks(rows, cut);
          const mode = breakdowns ? 'breakdowns' : 'totals';
          const store = memoryStore();
          const expected = await outcome(chunks, { rows: mode });
          const actual = await outcome(chunks, { rows: mode, spill: { store, records } });
          expect(actual).toEqual(expected);
          expect(store.live()).toBe(0);
        },
      ),
      propertyRuns(20261228, { ci: 60, full: 2000 }),
    );
  });

  it('notes and example limits: every row counted, the first ones listed, spilled or not', async () => {
    const header = `${HEADER},qtyUnitCode,qty`;
    await fc.assert(
      fc.asyncProperty(
        fc.array(KEY, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(39), fc.boolean()), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        async (keys, picks, records, examples, breakdowns) => {
          // Noted rows: a quantity written as missing (a note on the flow, if the row is one).
          const rows = picks.map(
            ([key, value, noted]) =>
              [
                {
                  ...(keys[key % keys.length] as Record<string, string>),
                  ...(noted ? { qtyUnitCode: '-1', qty: '0' } : { qtyUnitCode: '', qty: '' }),
                },
                VALUES[value < 33 ? 0 : value - 33] as string,
              ] as const,
          );
          const chunks = csvChunks(rows, 0, header);
          const rowsMode = breakdowns ? 'breakdowns' : 'totals';
          const every = await outcome(chunks, { rows: rowsMode, examples: Infinity });
          const store = memoryStore();
          const spill = { store, records };
          expect(await outcome(chunks, { rows: rowsMode, spill, examples: Infinity })).toEqual(
            every,
          );
          expect(await outcome(chunks, { rows: rowsMode, examples })).toEqual(
            limited(every, examples),
          );
          // Spilled, a row moved late to another group leaves the first listed rows one short.
          const listed: ReportRow[] = [];
          const spilled = await outcome(chunks, {
            ...{ rows: rowsMode, spill, examples },
            onReportRows: (batch) => {
              listed.push(...batch);
            },
          });
          const report = (spilled as { report?: { excluded: Listed[]; notes: Listed[] } }).report;
          if (report === undefined) expect(spilled).toEqual(every);
          else {
            const all = (every as { report: { excluded: Listed[]; notes: Listed[] } }).report;
            for (const kind of ['excluded', 'notes'] as const) {
              expect(report[kind].map((group) => group.rows.length + (group.omitted ?? 0))).toEqual(
                all[kind].map((group) => group.rows.length),
              );
              report[kind].forEach((group, at) => {
                expect(group.rows.length).toBeLessThanOrEqual(examples);
                expect(group.rows).toEqual(all[kind][at]?.rows.slice(0, group.rows.length));
              });
            }
            // The full list, asked for: every row of every group, as the report with every row.
            const entry = (what: string, row: number, message: string) =>
              `${what} ${row} ${message}`;
            expect(
              listed
                .map((item) => entry(item.reason ?? item.code ?? '', item.row, item.message))
                .sort(),
            ).toEqual(
              [
                ...all.excluded.flatMap((group) =>
                  group.rows.map((row) =>
                    entry(
                      (group as { reason?: string }).reason ?? '',
                      row,
                      (group as { message?: string }).message ?? '',
                    ),
                  ),
                ),
                ...all.notes.flatMap((group) =>
                  group.rows.map((row) =>
                    entry(
                      (group as { code?: string }).code ?? '',
                      row,
                      (group as { message?: string }).message ?? '',
                    ),
                  ),
                ),
              ].sort(),
            );
          }
          expect(store.live()).toBe(0);
        },
      ),
      propertyRuns(20261203, { ci: 25, full: 1500 }),
    );
  });

  it('finds a repeat past the budget once the file has ended, naming both rows and lines', async () => {
    const store = memoryStore();
    const line = (partner: string, value: string) =>
      `C,704,X,${partner},0,2023,TOTAL,C00,0,${value}`;
    const text = [HEADER, line('418', '5'), line('156', '7'), line('156', '8'), ''].join('\n');
    const result = await outcome([text], { rows: 'totals', spill: { store, records: 1 } });
    expect(store.made).toBe(PARTITIONS);
    expect(result).toEqual({
      code: 'INVALID_IMPORT',
      issues: [
        {
          path: ['rows', 2],
          message:
            'repeats row 1 (same reporter, partner, flow, period, commodity and breakdown) with another value: 8 against 7 (line 4)',
        },
      ],
    });
    expect(store.live()).toBe(0);
  });

  it('drops a flow found past the budget to repeat an earlier one with the same value', async () => {
    const store = memoryStore();
    const line = (partner: string) => `C,704,X,${partner},0,2023,TOTAL,C00,0,7.5`;
    const text = [HEADER, line('418'), line('156'), line('392'), line('156'), ''].join('\n');
    const handed: TradeFlowJson[] = [];
    const { report, droppedFlows } = await importComtradeStream([text], {
      date: '2024-06-01',
      spill: { store, records: 1 },
      onFlows: (flows) => {
        handed.push(...flows);
      },
    });
    expect(handed).toHaveLength(4);
    expect(droppedFlows).toEqual([3]);
    expect([report.records, report.imported, report.flowRows]).toEqual([4, 3, [0, 1, 2]]);
    expect(report.excluded).toMatchObject([{ reason: 'duplicate', rows: [3], lines: [5] }]);
    expect(store.live()).toBe(0);
  });

  it('takes back the notes of a flow it drops, and moves a row excluded for another reason', async () => {
    const store = memoryStore();
    // Row 3 repeats row 1 (past the budget) with the same value: its note goes with its flow. Row
    // 4 repeats row 2, a re-export left out as a part of the exports: it becomes a duplicate.
    const line = (partner: string, flow = 'X', qty = ',') =>
      `C,704,${flow},${partner},0,2023,TOTAL,C00,0,7.5,${qty}`;
    const text = [
      `${HEADER},qtyUnitCode,qty`,
      line('418'),
      line('156', 'X', '-1,0'),
      line('392', 'RX'),
      line('156', 'X', '-1,0'),
      line('392', 'RX'),
      '',
    ].join('\n');
    const listed: ReportRow[] = [];
    const spilled = await outcome([text], {
      ...{ rows: 'totals', spill: { store, records: 1 } },
      onReportRows: (batch) => {
        listed.push(...batch);
      },
    });
    expect(spilled).toEqual(await outcome([text], { rows: 'totals' }));
    // The full list: as the rows were placed, then what the whole-file checks found.
    expect(listed.map(({ reason, code, row, line }) => [reason ?? code, row, line])).toEqual([
      ['missing-quantity', 1, 3],
      ['flow-part', 2, 4],
      ['no-totals-row', 2, 4],
      ['duplicate', 3, 5],
      ['duplicate', 4, 6],
    ]);
    expect(spilled).toMatchObject({
      report: {
        excluded: [
          { reason: 'flow-part', count: 1, rows: [2] },
          { reason: 'duplicate', count: 2, rows: [3, 4] },
        ],
        notes: [
          { code: 'missing-quantity', rows: [1] },
          { code: 'no-totals-row', rows: [2] },
        ],
      },
    });
    expect(store.live()).toBe(0);
  });

  it('checks JSON Lines of records the same way, naming the line of a repeat found at the end', async () => {
    const store = memoryStore();
    const line = (partnerCode: number, primaryValue: number) =>
      JSON.stringify({
        reporterCode: 704,
        flowCode: 'X',
        partnerCode,
        period: '2023',
        cmdCode: 'TOTAL',
        primaryValue,
      });
    const lines = [line(418, 5), line(156, 7), '', line(392, 1), line(156, 7), line(156, 9)];
    const text = `${lines.join('\n')}\n`;
    const expected = await outcome([text], { rows: 'totals' });
    expect(await outcome([text], { rows: 'totals', spill: { store, records: 1 } })).toEqual(
      expected,
    );
    expect(expected).toEqual({
      code: 'INVALID_IMPORT',
      issues: [
        {
          path: ['rows', 4],
          message:
            'repeats row 1 (same reporter, partner, flow, period, commodity and breakdown) with another value: 9 against 7 (line 6)',
        },
      ],
    });
    expect([store.made, store.live()]).toEqual([PARTITIONS, 0]);
  });

  it('keeps every record in memory, and makes no file, while the budget holds them', async () => {
    const store = memoryStore();
    const text = `${HEADER}\nC,704,X,418,0,2023,TOTAL,C00,0,7.5\n`;
    const result = await importComtradeStream([text], {
      spill: { store, records: 1 },
      onFlows: () => undefined,
    });
    expect([store.made, result.droppedFlows]).toEqual([0, []]);
  });

  it('removes its files when the input fails part way', async () => {
    const store = memoryStore();
    async function* chunks() {
      yield `${HEADER}\nC,704,X,418,0,2023,TOTAL,C00,0,1\nC,704,X,156,0,2023,TOTAL,C00,0,1\n`;
      yield new Uint8Array([0xff, 0xfe, 0x41]); // not UTF-8
    }
    await expect(
      importComtradeStream(chunks(), { spill: { store, records: 1 }, onFlows: () => undefined }),
    ).rejects.toThrow(BilateralError);
    expect([store.made, store.live()]).toEqual([PARTITIONS, 0]);
  });

  it('refuses a spill without a store, or a budget that is no whole number', async () => {
    const run = (spill: unknown) =>
      outcome([`${HEADER}\n`], {
        rows: 'totals',
        spill: spill as { store: SpillStore; records: number },
      });
    await expect(run({ store: {}, records: 1 })).resolves.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['spill', 'store'] }],
    });
    await expect(run({ store: memoryStore(), records: 0.5 })).resolves.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['spill', 'records'] }],
    });
  });
});
