import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { record, toCsv } from '../io/__fixtures__/comtrade.js';
import { memoryStore } from '../io/__fixtures__/memory-spill-store.js';
import { droppedFlowsOf, flowRowPieces } from '../io/_flow-row-pieces.js';
import { importComtrade, importComtradeStream, importFlowsCsvStream } from '../io/index.js';
import { commandResult } from './import-streamed.js';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Records of many kinds: totals, breakdowns, a repeat, other years. */
const RECORDS = [
  record(),
  record({ motCode: 2100, motDesc: 'Sea', primaryValue: 38000000000 }),
  record(),
  ...[2019, 2020, 2021, 2022].map((year) =>
    record({ period: String(year), refYear: year, refPeriodId: year * 10000 + 101 }),
  ),
];
const CSV = toCsv(RECORDS, { crlf: true });

let dir = '';
const at = (name: string) => join(dir, name);

/** A flows CSV of `count` monthly flows from January of `year`, none with a status (each noted). */
const monthlyFlowsCsv = (count: number, year: number) =>
  `reporter,partner,flow,period,value,currency\n${Array.from(
    { length: count },
    (_, row) =>
      `VNM,LAO,export,${year + Math.floor(row / 12)}-${String((row % 12) + 1).padStart(2, '0')},1,USD\n`,
  ).join('')}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-streamed-'));
  await writeFile(at('soy.csv'), CSV);
  await writeFile(at('soy.csv.gz'), gzipSync(Buffer.from(CSV)));
  await writeFile(at('bad.csv'), toCsv([record(), record({ primaryValue: 'n/a' })]));
  await writeFile(
    at('records.jsonl'),
    `${RECORDS.map((item) => JSON.stringify(item)).join('\n')}\n`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade, streamed', () => {
  it('writes a dataset that `bilateral validate` passes, with the whole-text import’s flows', async () => {
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('soy.csv'),
      '-o',
      at('soy.json'),
      '--date',
      '2024-06-01',
    );
    expect(code).toBe(0);
    expect(out).toContain('imported 5 flows');
    const validated = await bilateral('validate', at('soy.json'));
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('valid — 5 flows, 1 source');
    const written = JSON.parse(await readFile(at('soy.json'), 'utf8'));
    const whole = importComtrade(CSV, { date: '2024-06-01' });
    expect(written.flows).toEqual(whole.document.flows);
    expect(written.sources).toEqual(whole.document.sources);
    expect(written.title).toEqual({ en: whole.document.sources[0]?.title });
  });

  it('unpacks a gzip file as it reads it', async () => {
    const { code } = await bilateral(
      'import',
      'comtrade',
      at('soy.csv.gz'),
      '-o',
      at('gz.json'),
      '--date',
      '2024-06-01',
    );
    expect(code).toBe(0);
    expect(await readFile(at('gz.json'), 'utf8')).toBe(
      (await readFile(at('soy.json'), 'utf8')).replace('"id": "soy"', '"id": "gz"'),
    );
  });

  it('writes JSON Lines of flows for -o *.jsonl', async () => {
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('soy.csv'),
      '-o',
      at('soy.jsonl'),
      '--date',
      '2024-06-01',
    );
    expect(code).toBe(0);
    expect(out).toContain('JSON Lines');
    const lines = (await readFile(at('soy.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      importComtrade(CSV, { date: '2024-06-01' }).document.flows,
    );
  });

  it('reads JSON Lines of records, as fetch comtrade -o *.jsonl writes them', async () => {
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('records.jsonl'),
      '-o',
      at('lines.json'),
      '--date',
      '2024-06-01',
    );
    expect(code).toBe(0);
    expect(out).toContain('(JSON Lines), 7 records');
    const written = JSON.parse(await readFile(at('lines.json'), 'utf8'));
    expect(written.flows).toEqual(importComtrade(RECORDS, { date: '2024-06-01' }).document.flows);
    expect((await bilateral('validate', at('lines.json'))).code).toBe(0);
  });

  it('writes nothing (and leaves no temporary file) when a row is bad, naming its line', async () => {
    const { code, err } = await bilateral(
      'import',
      'comtrade',
      at('bad.csv'),
      '-o',
      at('bad.json'),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/rows\[1\]\.primaryValue: .*\(line 3\)/);
    expect(err).toContain('nothing was written');
    expect(await exists(at('bad.json'))).toBe(false);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the report as JSON with --json', async () => {
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('soy.csv'),
      '-o',
      at('report.json'),
      '--json',
    );
    expect(code).toBe(0);
    const { result } = JSON.parse(out);
    expect(result).toMatchObject({
      dataset: { id: 'report', flows: 5, sources: 1 },
      engine: 'core',
      records: 7,
      imported: 5,
    });
  });

  it('lists the first 100 rows of a note on every row and counts the rest, as text and as JSON', async () => {
    await writeFile(at('noted.csv'), monthlyFlowsCsv(150, 2000));
    const text = await bilateral('import', 'flows', at('noted.csv'), '-o', at('noted.json'));
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'default-status (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (150 lines))',
    );
    const json = await bilateral(
      'import',
      'flows',
      at('noted.csv'),
      '-o',
      at('noted.json'),
      '--json',
    );
    const [note] = JSON.parse(json.out).result.notes;
    expect([note.code, note.rows.length, note.lines.length, note.omitted]).toEqual([
      'default-status',
      100,
      100,
      50,
    ]);
    expect(note.rows.slice(-1)).toEqual([99]);
  });

  it('groups the count of a long list of rows in thousands, as it counts the records', async () => {
    await writeFile(at('many.csv'), monthlyFlowsCsv(1200, 1900));
    const text = await bilateral('import', 'flows', at('many.csv'), '-o', at('many.json'));
    expect(text.out).toContain('flows CSV, 1,200 records');
    expect(text.out).toContain(
      'default-status (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (1,200 lines))',
    );
    const modes = Array.from({ length: 1200 }, (_, row) => record({ motCode: 1000 + row }));
    await writeFile(at('modes.json'), JSON.stringify({ data: [record(), ...modes] }));
    const excluded = await bilateral('import', 'comtrade', at('modes.json'), '-o', at('m.json'));
    expect(excluded.out).toContain('excluded 1,200 records (data rows as numbered in the input):');
    expect(excluded.out).toContain(
      '1,200 × mode-of-transport — rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (1,200 rows)',
    );
  });

  it('writes every row of every exclusion and note with --report-rows, streamed or read whole', async () => {
    const streamed = await bilateral(
      ...['import', 'flows', at('noted.csv'), '-o', at('noted.json')],
      ...['--report-rows', at('noted-rows.jsonl')],
    );
    expect(streamed.code).toBe(0);
    const lines = (await readFile(at('noted-rows.jsonl'), 'utf8')).trimEnd().split('\n');
    // Each of the 150 rows has no status and no source.
    expect(lines).toHaveLength(300);
    expect(lines.map((line) => JSON.parse(line)).filter(({ row }) => row === 149)).toEqual([
      {
        code: 'default-status',
        row: 149,
        line: 151,
        message: expect.stringContaining('"official"'),
      },
      {
        code: 'default-source',
        row: 149,
        line: 151,
        message: expect.stringContaining('"csv-import"'),
      },
    ]);
    await writeFile(at('soy.json'), JSON.stringify(RECORDS));
    const whole = await bilateral(
      ...['import', 'comtrade', at('soy.json'), '-o', at('soy-out.json')],
      ...['--report-rows', at('soy-rows.jsonl')],
    );
    expect(whole.code).toBe(0);
    const rows = (await readFile(at('soy-rows.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(rows.map((line) => JSON.parse(line)).map(({ reason, row }) => [reason, row])).toEqual([
      ['mode-of-transport', 1],
      ['duplicate', 2],
    ]);
  });
});

describe('bilateral import -o *.json.gz and *.jsonl.gz', () => {
  /** The bytes of a gzip file, unpacked. */
  const unpacked = async (file: string) => gunzipSync(await readFile(file));
  // 5,000 flows: many pieces, each waiting for the gzip stream to take it.
  beforeAll(() => writeFile(at('five.csv'), monthlyFlowsCsv(5000, 1500)));

  it.each(['json', 'jsonl'])(
    'writes the bytes of -o *.%s gzipped, says the same, and --json stays JSON',
    async (ext) => {
      const run = (output: string, ...more: string[]) =>
        bilateral(
          'import',
          'flows',
          at('five.csv'),
          '-o',
          at(output),
          '--date',
          '2024-06-01',
          ...more,
        );
      const plain = await run(`five.${ext}`);
      const packed = await run(`five.${ext}.gz`);
      expect([plain.code, packed.code]).toEqual([0, 0]);
      expect(packed.out).toBe(plain.out.replace(`five.${ext}`, `five.${ext}.gz`));
      // The same bytes, the dataset id from the name without .gz ("five").
      expect(await unpacked(at(`five.${ext}.gz`))).toEqual(await readFile(at(`five.${ext}`)));
      expect((await readFile(at(`five.${ext}.gz`))).subarray(0, 2)).toEqual(
        Buffer.from([0x1f, 0x8b]),
      );
      const json = await run(`five.${ext}.gz`, '--json');
      expect(JSON.parse(json.out).result).toMatchObject({
        output: at(`five.${ext}.gz`),
        dataset: { id: 'five', flows: 5000 },
      });
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('writes a dataset that validate and report read back as they read the plain one', async () => {
    const plain = at('five.json');
    const packed = at('five.json.gz');
    expect((await bilateral('validate', packed)).out).toBe(
      `${packed}: valid — 5,000 flows, 1 source`,
    );
    const [report, reportPacked] = [
      await bilateral('report', plain),
      await bilateral('report', packed),
    ];
    expect(reportPacked).toEqual(report);
    expect(report.code).toBe(0);
  });

  it('gzips the --report-rows file named *.gz', async () => {
    const run = (rows: string) =>
      bilateral('import', 'flows', at('noted.csv'), '-o', at('n.json'), '--report-rows', at(rows));
    await writeFile(at('noted.csv'), monthlyFlowsCsv(150, 2000));
    expect((await run('rows.jsonl')).code).toBe(0);
    expect((await run('rows.jsonl.gz')).code).toBe(0);
    expect(await unpacked(at('rows.jsonl.gz'))).toEqual(await readFile(at('rows.jsonl')));
  });

  it('writes nothing and leaves no temporary file when the import fails, or the output cannot be', async () => {
    const bad = await bilateral('import', 'comtrade', at('bad.csv'), '-o', at('bad.json.gz'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('nothing was written');
    await mkdir(at('folder.json.gz'));
    const folder = await bilateral('import', 'comtrade', at('soy.csv'), '-o', at('folder.json.gz'));
    expect([folder.code, folder.err]).toEqual([
      2,
      `bilateral import: cannot write ${at('folder.json.gz')}: it is a directory`,
    ]);
    const nowhere = await bilateral('import', 'comtrade', at('soy.csv'), '-o', at('no/x.json.gz'));
    expect(nowhere.err).toBe(
      `bilateral import: cannot write ${at('no/x.json.gz')}: its folder does not exist`,
    );
    expect(await exists(at('bad.json.gz'))).toBe(false);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('says so (exit 2) and leaves nothing when the gzip file passes its size limit part way', async () => {
    // `ulimit -f 16` caps a file at 8 kB: the gzip of 5,000 flows is more (EFBIG part way through).
    const bin = join(import.meta.dirname, 'bin.ts');
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const output = at('capped.json.gz');
    const script = `trap '' XFSZ; ulimit -f 16; exec "$0" --conditions=@bilateral/source --import tsx "$@"`;
    const argv = ['import', 'flows', at('five.csv'), '-o', output];
    const child = spawn('sh', ['-c', script, process.execPath, bin, ...argv], { cwd: root });
    const err = text(child.stderr);
    const [code] = await once(child, 'close');
    expect({ code, err: await err }).toEqual({
      code: 2,
      err: `bilateral import: cannot write ${output}: the file would pass its size limit (the file system's, or the shell's ulimit -f)\n`,
    });
    expect(await exists(output)).toBe(false);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('commandResult', () => {
  it("puts the notes in the command's words and keeps the flows' rows as runs, not an array", async () => {
    const csv =
      'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024-01,1,USD\nVNM,LAO,export,2024-02,2,USD\n';
    const imported = await importFlowsCsvStream([csv], { onFlows: () => {} });
    // Counts the arrays the report's flowRows getter makes (a number per flow).
    let arrays = 0;
    const made = Object.getOwnPropertyDescriptor(imported.report, 'flowRows')?.get;
    Object.defineProperty(imported.report, 'flowRows', {
      get: () => {
        arrays += 1;
        return made?.call(imported.report);
      },
      enumerable: true,
    });
    const { report } = commandResult(imported);
    expect(imported.report.notes.map((note) => note.message).join(' ')).toContain('in code');
    expect(report.notes.map((note) => note.message).join(' ')).not.toContain('in code');
    // Spread, the report's flowRows getter made an array of a number per flow (8 MB a million
    // flows, held to the end of the import) and its rows were no longer handed out in pieces.
    expect(Object.getOwnPropertyDescriptor(report, 'flowRows')?.get).toBeTypeOf('function');
    expect([...flowRowPieces(report, 1)]).toEqual([[0], [1]]);
    expect(arrays).toBe(0);
    expect(report.flowRows).toEqual([0, 1]);
    expect(arrays).toBe(1);
  });

  it('hands out the flows a spilled import dropped as they come, not as an array', async () => {
    // The second China record repeats the first with the same value: past a budget of one record
    // it is found in the spilled files after its flow (the fifth) was handed out, and dropped.
    const china = { partnerCode: 156, partnerISO: 'CHN', partnerDesc: 'China', primaryValue: 7 };
    const csv = toCsv([
      record({ partnerCode: 418, partnerISO: 'LAO', partnerDesc: 'Lao PDR' }),
      record(china),
      record({ partnerCode: 392, partnerISO: 'JPN', partnerDesc: 'Japan' }),
      record({ partnerCode: 410, partnerISO: 'KOR', partnerDesc: 'Rep. of Korea' }),
      record(china),
      record({ partnerCode: 764, partnerISO: 'THA', partnerDesc: 'Thailand' }),
    ]);
    const imported = await importComtradeStream([csv], {
      onFlows: () => {},
      spill: { store: memoryStore(), records: 1 },
    });
    let arrays = 0;
    const made = Object.getOwnPropertyDescriptor(imported, 'droppedFlows')?.get;
    Object.defineProperty(imported, 'droppedFlows', {
      get: () => {
        arrays += 1;
        return made?.call(imported);
      },
      enumerable: true,
    });
    const result = commandResult(imported);
    expect([...droppedFlowsOf(result)]).toEqual([4]);
    expect(arrays).toBe(0);
    expect(result.droppedFlows).toEqual([4]);
    expect(arrays).toBe(1);
  });
});
