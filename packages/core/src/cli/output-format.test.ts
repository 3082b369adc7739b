import { describe, expect, it } from 'vitest';
import { gzipped, unpackedName, unwrittenFormat } from './output-format.js';

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

  it('names an archive or a compression other than gzip, which the command does not write', () => {
    // Each got the dataset's plain JSON under a name that promised it packed.
    expect(
      [
        'a.zip',
        'b.json.tgz',
        'c.tar',
        'd.7z',
        'e.json.bz2',
        'f.xz',
        'g.JSON.ZST',
        'h.br',
        'i.lz4',
      ].map(unwrittenFormat),
    ).toEqual([
      'a zip archive',
      'a gzipped tar archive',
      'a tar archive',
      'a 7-Zip archive',
      'bzip2',
      'xz',
      'Zstandard',
      'Brotli',
      'LZ4',
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

  it('names what a gzip name promises that is not written: gzipped Parquet, or gzip of no format', () => {
    // Each held plain JSON once; Parquet compresses its own columns.
    expect(['x.parquet.gz', 'x.PARQUET.GZ', 'x.gz', 'dir/.json.gz'].map(unwrittenFormat)).toEqual([
      'gzipped Parquet (Parquet compresses its own columns: name it .parquet)',
      'gzipped Parquet (Parquet compresses its own columns: name it .parquet)',
      'gzip of a format the name does not give',
      'gzip of a format the name does not give',
    ]);
  });

  it('leaves a gzip name of what the command writes: it writes those gzipped', () => {
    for (const name of ['x.json.gz', 'x.JSONL.GZ', 'x.txt.gz', '/tmp/flows.json.gz']) {
      expect(unwrittenFormat(name)).toBeUndefined();
    }
  });

  it('leaves the names the command writes, devices and names without an extension', () => {
    for (const name of ['x.json', 'x.jsonl', 'x.parquet', '/dev/stdout', 'data', 'csv', '.csv']) {
      expect(unwrittenFormat(name)).toBeUndefined();
    }
  });
});

describe('gzipped and unpackedName', () => {
  it('tell a gzip name by its .gz, in any case, and what it holds by the rest', () => {
    const names = ['a.json.gz', 'b.JSONL.GZ', 'c.json', 'd.gz.json', 'e.tgz'];
    expect(names.map(gzipped)).toEqual([true, true, false, false, false]);
    expect(names.map(unpackedName)).toEqual(['a.json', 'b.JSONL', 'c.json', 'd.gz.json', 'e.tgz']);
  });
});
