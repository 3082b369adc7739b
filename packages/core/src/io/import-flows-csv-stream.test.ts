import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { cut } from './__fixtures__/cut-text.js';
import { type FlowsCsvImportOptions, importFlowsCsv } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

const OPTIONS = { date: '2024-06-01' } as const;
const SHAPES = join(import.meta.dirname, '__fixtures__/shapes');

/** Rows with defaults, notes, a quoted note over two lines, a lost leading zero, sources. */
const CSV = [
  'reporter,partner,flow,period,value,currency,commodity,status,source,note',
  'VNM,LAO,export,2024-01,491900000,USD,901,,moit,"border trade, ""all"" gates"',
  'VNM,LAO,import,2024-01,1.5,USD,,official,,"two\r\nlines"',
  'LAO,VNM,export,2024-Q1,0.25,USD,1201,estimate,lsb,',
  'VNM,LAO,export,2024-02,-0,USD,0901,revised,moit,Đồng Đăng',
].join('\r\n');

async function streamed(
  source: Parameters<typeof importFlowsCsvStream>[0],
  options: FlowsCsvImportOptions = {},
) {
  const flows: TradeFlowJson[] = [];
  const { sources, report } = await importFlowsCsvStream(source, {
    ...OPTIONS,
    ...options,
    onFlows: (batch) => {
      flows.push(...batch);
    },
  });
  return { document: { sources, flows }, report };
}

describe('importFlowsCsvStream', () => {
  it('gives what importFlowsCsv gives for the whole text, however the bytes are cut', async () => {
    const expected = importFlowsCsv(CSV, OPTIONS);
    expect(expected.report.notes.length).toBeGreaterThan(1);
    const bytes = new TextEncoder().encode(CSV);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (places) => {
        expect(await streamed(cut(bytes, places))).toEqual(expected);
      }),
      propertyRuns(20261205, { ci: 30, full: 300 }),
    );
  });

  it('reads the shared file shapes (comma and semicolon with decimal commas) as importFlowsCsv does', async () => {
    const comma = readFileSync(join(SHAPES, 'flows-comma.csv'), 'utf8');
    expect(
      await streamed(Readable.from(cut(comma, [50, 51, 300])), { decimalComma: true }),
    ).toEqual(importFlowsCsv(comma, { ...OPTIONS, decimalComma: true }));
    const eu = readFileSync(join(SHAPES, 'flows-eu.csv'), 'utf8');
    const euOptions = { delimiter: ';', decimalComma: true } as const;
    expect(await streamed(new Blob([eu]).stream(), euOptions)).toEqual(
      importFlowsCsv(eu, { ...OPTIONS, ...euOptions }),
    );
  });

  it('names the line and field of each bad row once the input has ended', async () => {
    const bad = `${CSV}\r\nVNM,LAO,export,2024-13,1,USD,,,,\r\nVNM,VNM,export,2024,1,USD,,,,\r\n`;
    const error = await streamed(cut(bad, [200, 300])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BilateralError);
    let whole: unknown;
    try {
      importFlowsCsv(bad, OPTIONS);
    } catch (caught) {
      whole = caught;
    }
    expect((error as BilateralError).issues).toEqual((whole as BilateralError).issues);
    expect((error as BilateralError).issues[0]?.message).toMatch(/\(line 7\)$/);
  });

  it('refuses a bad header at once, as importFlowsCsv does', async () => {
    const error = await streamed(['reporter,partner,flow,period,valeu,currency\n']).catch(
      (caught: unknown) => caught,
    );
    expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([
      ['header', 4],
      ['header'],
    ]);
  });
});
