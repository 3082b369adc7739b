/**
 * The flows CSV importer on the files European spreadsheets write (issue 16): semicolons and
 * decimal commas, with the options that accept them, and a header with a trailing comma.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { importFlowsCsv } from './import-flows-csv.js';

const shape = (name: string) =>
  readFileSync(join(import.meta.dirname, '__fixtures__', 'shapes', name), 'utf8');

function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BilateralError);
    return (error as BilateralError).issues.map((issue) => issue.message);
  }
  throw new Error('expected a BilateralError');
}

const HEADER = 'reporter,partner,flow,period,value,currency';

describe('importFlowsCsv: delimiters and decimal commas', () => {
  it('reads a semicolon file with decimal commas when told (BOM, quoted semicolons)', () => {
    const { document } = importFlowsCsv(shape('flows-eu.csv'), {
      delimiter: ';',
      decimalComma: true,
      date: '2025-03-04',
    });
    expect(document.flows.map((flow) => [flow.value, flow.note])).toEqual([
      ['491900000.5', 'US$491,9 triệu; +24 %'],
      ['1000000000', 'published as "US$1 billion"'],
    ]);
  });

  it('refuses the semicolon file untold, naming the option', () => {
    expect(messages(() => importFlowsCsv(shape('flows-eu.csv'))).join('\n')).toContain(
      "(delimiter: ';')",
    );
  });

  it('reads a quoted decimal comma with decimalComma, and hints at it without', () => {
    const { document } = importFlowsCsv(shape('flows-comma.csv'), {
      decimalComma: true,
      date: '2025-03-04',
    });
    expect(document.flows[0]?.value).toBe('491900000.5');
    expect(messages(() => importFlowsCsv(shape('flows-comma.csv'))).join('\n')).toContain(
      '(decimalComma: true)',
    );
  });

  it('refuses a point in a decimal-comma file: it separates thousands there', () => {
    const text = `reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;1.000.000,5;USD\n`;
    expect(messages(() => importFlowsCsv(text, { delimiter: ';', decimalComma: true }))).toEqual([
      '"1.000.000,5" has a point, but the file writes decimal commas (decimalComma: true): a point there separates thousands; write the number without separators, e.g. 1000000,5 (line 2)',
    ]);
  });

  it('accepts a header with a trailing comma', () => {
    const { document } = importFlowsCsv(`${HEADER},\nVNM,LAO,export,2024,1,USD,\n`, {
      date: '2025-03-04',
    });
    expect(document.flows).toHaveLength(1);
  });
});
