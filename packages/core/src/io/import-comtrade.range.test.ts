/**
 * Issue 12, defect 1 (the importer's part): a Comtrade value past the supported range is an error
 * naming its record at once — it used to import for 15 s at 3.6 GB into a 100 MB dataset — and
 * `-0` is the zero it is, as the dataset parser reads it too.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/schemas.js';
import { BilateralError, formatIssuePath } from '../errors/index.js';
import { parseTradeFlow } from '../flow/schemas.js';
import { record } from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';

const now = () => new Date('2025-01-01T00:00:00Z');
const envelope = (...data: unknown[]) => ({ count: data.length, data, error: '' });

function failure(input: unknown): BilateralError {
  try {
    importComtrade(input, { now });
  } catch (error) {
    if (error instanceof BilateralError) return error;
    throw error;
  }
  throw new Error('the input was imported without an error');
}

describe('importComtrade: values past the supported range', () => {
  it.each([
    ['1e99999999', 'past the supported range'],
    ['1e9000000000000001', 'past the supported range'],
    [1e300, 'past the supported range'],
    [`1${'0'.repeat(36)}`, 'past the supported range'],
    ['1e-9999999', 'digits after the decimal point'],
  ])('refuses primaryValue %s, naming the record', (value, words) => {
    const error = failure(envelope(record(), record({ primaryValue: value })));
    const lines = error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\[1\]\.primaryValue: /);
    expect(lines[0]).toContain(words);
    expect(lines[0]?.length).toBeLessThan(300);
  });

  it('imports the largest supported value', () => {
    const value = `${'9'.repeat(36)}`;
    const { document } = importComtrade(
      envelope(record({ primaryValue: value, fobvalue: value })),
      { now },
    );
    expect(document.flows[0]?.value).toBe(value);
  });
});

describe('the dataset parser refuses the same values', () => {
  it('names the flow whose value is past the range', () => {
    const { document } = importComtrade(envelope(record()), { now });
    const flows = [{ ...document.flows[0], value: `1${'0'.repeat(36)}` }];
    try {
      parseDataset({ id: 'huge', title: { en: 'Huge' }, ...document, flows });
      throw new Error('the dataset was accepted');
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      const issue = error.issues.find((i) => formatIssuePath(i.path) === 'flows[0].value');
      expect(issue?.message).toContain('past the supported range');
    }
  });
});

describe('negative zero: the importer and the dataset parser agree', () => {
  it('reads "-0" as the value 0', () => {
    const { document } = importComtrade(envelope(record({ primaryValue: '-0', fobvalue: '-0' })), {
      now,
    });
    expect(document.flows[0]?.value).toBe('0');
    const flow = parseTradeFlow({ ...document.flows[0], value: '-0' });
    expect(flow.value.amount.isNegative()).toBe(false);
    expect(flow.value.amount.toString()).toBe('0');
    const dataset = parseDataset({
      id: 'zero',
      title: { en: 'Zero' },
      ...document,
      flows: [{ ...document.flows[0], value: '-0.00' }],
    });
    expect(dataset.flows[0]?.value.amount.toString()).toBe('0');
  });

  it('still refuses a negative value in both', () => {
    expect(failure(envelope(record({ primaryValue: '-0.5' }))).message).toContain('negative');
    expect(() =>
      parseTradeFlow({
        ...importComtrade(envelope(record()), { now }).document.flows[0],
        value: '-0.5',
      }),
    ).toThrowError(/cannot be negative/);
  });
});
