import { describe, expect, it } from 'vitest';
import { unwrittenFormat } from './output-format.js';

describe('unwrittenFormat', () => {
  it('names the format a table or spreadsheet name asks for, in any case', () => {
    expect(['a.csv', 'A.TSV', 'b.xlsx', 'c.xls', 'd.ods'].map(unwrittenFormat)).toEqual([
      'CSV',
      'TSV',
      'a spreadsheet',
      'a spreadsheet',
      'a spreadsheet',
    ]);
  });

  it('names the format under a gzip extension, which the command does not write either', () => {
    // 'flows.csv.gz' got the dataset's JSON, not gzipped, where 'flows.csv' was refused.
    expect(['a.csv.gz', 'b.TSV.GZ', 'c.xlsx.gz'].map(unwrittenFormat)).toEqual([
      'CSV',
      'TSV',
      'a spreadsheet',
    ]);
  });

  it('names gzip for any other gzip name: the command writes no gzip (it wrote plain JSON there)', () => {
    expect(
      ['x.json.gz', 'x.JSONL.GZ', 'x.parquet.gz', 'x.gz', '.csv.gz'].map(unwrittenFormat),
    ).toEqual(['gzip', 'gzip', 'gzip', 'gzip', 'gzip']);
  });

  it('leaves the names the command writes, devices and names without an extension', () => {
    for (const name of ['x.json', 'x.jsonl', 'x.parquet', '/dev/stdout', 'data', 'csv', '.csv']) {
      expect(unwrittenFormat(name)).toBeUndefined();
    }
  });
});
