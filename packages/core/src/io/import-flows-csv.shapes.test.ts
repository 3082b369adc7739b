/**
 * The flows CSV importer on the files European spreadsheets write (issue 16): semicolons and
 * decimal commas, with the options that accept them, and a header with a trailing comma.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { importFlowsCsv } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

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

  /** The messages of a decimal-comma file whose one row has `cell` as its value. */
  const value = (cell: string) =>
    messages(() =>
      importFlowsCsv(
        `reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;${cell};USD\n`,
        { delimiter: ';', decimalComma: true },
      ),
    );

  it('refuses a point in a decimal-comma file, with the number to write only when it is one', () => {
    expect(value('1.000.000,5')).toEqual([
      '"1.000.000,5" has points as thousands separators: write "1000000,5", as the file writes decimal commas (decimalComma: true) (line 2)',
    ]);
    // Was told to write 15 and 1,500,0005: "a point there separates thousands".
    expect(value('1.5')).toEqual([
      '"1.5" has a point as the decimal separator: write "1,5", as the file writes decimal commas (decimalComma: true) (line 2)',
    ]);
    expect(value('1,500,000.5')).toEqual([
      '"1,500,000.5" has commas as thousands separators and a point as the decimal one: write "1500000,5", as the file writes decimal commas (decimalComma: true) (line 2)',
    ]);
    expect(value('1.500')).toEqual([
      '"1.500" has a point: write no thousands separators, and a comma before decimals, as the file writes decimal commas (decimalComma: true) (line 2)',
    ]);
    expect(value('1.500,2.5')).toEqual([
      '"1.500,2.5" has a point, but the file writes decimal commas (decimalComma: true) (line 2)',
    ]);
  });

  it('refuses a point before three digits in a semicolon file read without decimal commas', async () => {
    // "491.900" was imported as 491.9 (a thousandth of it, where a European spreadsheet writes
    // 491,900 so); "491.900.000" was already told to write 491900000.
    const text = (cell: string) =>
      `reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;${cell};USD\n`;
    // Each way forward is one the importer takes: with decimal commas "491.900" is refused too.
    const told =
      '"491.900" has a point before three digits, which a file separated by semicolons may write between thousands: write "491900" if it separates thousands, or "491.9000" if it is a decimal point (line 2)';
    expect(messages(() => importFlowsCsv(text('491.900'), { delimiter: ';' }))).toEqual([told]);
    const streamed = await importFlowsCsvStream([text('491.900')], {
      delimiter: ';',
      onFlows: () => {},
    }).then(
      () => [],
      (error: BilateralError) => error.issues.map((issue) => issue.message),
    );
    expect(streamed).toEqual([told]);
    // Other decimals, a leading 0, and a comma-separated file are read as written.
    for (const [cell, delimiter] of [
      ['491.9', ';'],
      ['491.9000', ';'],
      ['0.125', ';'],
      ['491.900', ','],
    ] as const) {
      const csv = delimiter === ';' ? text(cell) : text(cell).replaceAll(';', ',');
      expect(importFlowsCsv(csv, { delimiter }).document.flows[0]?.value).toBe(cell);
    }
  });

  it('refuses a point before three digits in a file whose sep=; line names semicolons', async () => {
    // Excel writes the line, and the file's values as its locale does: "491.900" was read as 491.9.
    const text =
      'sep=;\nreporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;491.900;USD';
    const told = [
      '"491.900" has a point before three digits, which a file separated by semicolons may write between thousands: write "491900" if it separates thousands, or "491.9000" if it is a decimal point (line 3)',
    ];
    expect(messages(() => importFlowsCsv(text))).toEqual(told);
    const streamed = await importFlowsCsvStream([text], { onFlows: () => {} }).then(
      () => [],
      (error: BilateralError) => error.issues.map((issue) => issue.message),
    );
    expect(streamed).toEqual(told);
    // The ways the issue names are read.
    for (const cell of ['491900', '491.9000']) {
      expect(importFlowsCsv(text.replace('491.900', cell)).document.flows[0]?.value).toBe(cell);
    }
  });

  it('tells a negative value in a decimal-comma file that it is negative, whatever its separators', () => {
    // Was told to write "-1,5" and "-1000,5", which a trade value cannot be.
    expect(value('-1.5')).toEqual([
      '"-1.5" has a point as the decimal separator, and a trade value cannot be negative (line 2)',
    ]);
    expect(value('-1.000,5')).toEqual([
      '"-1.000,5" has points as thousands separators, and a trade value cannot be negative (line 2)',
    ]);
    expect(value('-1,5')).toEqual(['"-1,5": a trade value cannot be negative (line 2)']);
  });

  it('reads negative zero in a decimal-comma file as zero, as in a point file', () => {
    // "-0,0" was refused as negative, and "-0.0" told to write it.
    const text = `reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;-0,0;USD\n`;
    const { document } = importFlowsCsv(text, { delimiter: ';', decimalComma: true });
    expect(document.flows[0]?.value).toBe('0.0');
    const precision = `reporter;partner;flow;period;value;currency;precision\nVNM;LAO;export;2024;1;USD;-0,5\n`;
    expect(
      messages(() => importFlowsCsv(precision, { delimiter: ';', decimalComma: true })),
    ).toEqual(['"-0,5" is not a decimal number greater than 0 (line 2)']);
  });

  it('tells a value no convention writes, in a decimal-comma file, to write a decimal comma', () => {
    // Was told "an optional decimal point, e.g. … 159.6", which the file then refuses.
    expect(value('1,50,000')).toEqual([
      '"1,50,000" is not a decimal number: write digits with an optional decimal comma, e.g. 491900000 or 159,6 (line 2)',
    ]);
  });

  it('accepts a header with a trailing comma', () => {
    const { document } = importFlowsCsv(`${HEADER},\nVNM,LAO,export,2024,1,USD,\n`, {
      date: '2025-03-04',
    });
    expect(document.flows).toHaveLength(1);
  });
});
