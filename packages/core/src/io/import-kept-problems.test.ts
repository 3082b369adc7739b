import { describe, expect, it } from 'vitest';
import { KEPT_PROBLEMS } from '../_internal/kept-issues.js';
import { BilateralError } from '../errors/index.js';
import { record, toCsv } from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import { importFlowsCsv } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

/** More problems than an import keeps. */
const COUNT = KEPT_PROBLEMS + 234;

/** The error `work` throws. */
async function errorOf(work: () => unknown): Promise<BilateralError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof BilateralError) return error;
    throw error;
  }
  throw new Error('no error');
}

/** Checks an error of COUNT problems, one a row, of which the first KEPT_PROBLEMS are kept. */
function expectKept(error: BilateralError, firstPath: readonly (string | number)[]) {
  expect(error.code).toBe('INVALID_IMPORT');
  expect(error.issues).toHaveLength(KEPT_PROBLEMS);
  expect(error.issueCount).toBe(COUNT);
  expect(error.issues[0]?.path).toEqual(firstPath);
  const lines = error.message.split('\n');
  expect(lines[0]).toBe(`${COUNT.toLocaleString('en')} problems`);
  expect(lines.at(-1)).toBe(
    `  … and ${(COUNT - 100).toLocaleString('en')} more (error.issues keeps the first 1,000; 234 more problems counted, not kept)`,
  );
}

describe('an import of more problems than it keeps', () => {
  it('keeps the first 1,000 of a JSON array of numbers and counts the others', async () => {
    const numbers = Array.from({ length: COUNT }, (_, index) => index);
    expectKept(await errorOf(() => importComtrade(numbers)), [0]);
    expectKept(await errorOf(() => importComtrade(JSON.stringify(numbers))), [0]);
  });

  it('keeps the first 1,000 of a streamed UN Comtrade CSV whose every row is wrong', async () => {
    const rows = Array.from({ length: COUNT }, () => record({ primaryValue: 'n/a' }));
    const error = await errorOf(() =>
      importComtradeStream([toCsv(rows)], { date: '2024-06-01', onFlows: () => undefined }),
    );
    expectKept(error, ['rows', 0, 'primaryValue']);
  });

  it('keeps the first 1,000 of a flows CSV, streamed or not, whose every row is wrong', async () => {
    const csv = [
      'reporter,partner,flow,period,value,currency',
      ...Array.from({ length: COUNT }, (_, index) => `VNM,LAO,export,${2000 + index},x,USD`),
    ].join('\n');
    expectKept(await errorOf(() => importFlowsCsv(csv)), ['rows', 0, 'value']);
    const streamed = () => importFlowsCsvStream([csv], { onFlows: () => undefined });
    expectKept(await errorOf(streamed), ['rows', 0, 'value']);
  });

  it('does not call the problems it only counted of the kinds it kept', async () => {
    // 1,000 values that are no number, then 234 rows whose partner is the reporter.
    const csv = [
      'reporter,partner,flow,period,value,currency',
      ...Array.from({ length: COUNT }, (_, index) =>
        index < KEPT_PROBLEMS
          ? `VNM,LAO,export,${2000 + index},x,USD`
          : `VNM,VNM,export,2000,1,USD`,
      ),
    ].join('\n');
    const error = await errorOf(() => importFlowsCsv(csv));
    expect(error.issueCount).toBe(COUNT);
    expect(error.message.split('\n').at(-1)).toBe(
      '  … and 1,134 more (error.issues keeps the first 1,000; 234 more problems counted, not kept)',
    );
  });

  it('keeps every problem, with no count, when they are 1,000 or fewer', async () => {
    const numbers = Array.from({ length: KEPT_PROBLEMS }, (_, index) => index);
    const error = await errorOf(() => importComtrade(numbers));
    expect(error.issues).toHaveLength(KEPT_PROBLEMS);
    expect(error.issueCount).toBeUndefined();
    expect(error.message.split('\n').at(-1)).toBe(
      '  … and 900 more (error.issues lists every one)',
    );
  });
});
