import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { record, response, soy, toCsv } from '../io/__fixtures__/comtrade.js';
import { exists, ONE_FLOW_CSV, tempFolder } from './__fixtures__/temp-folder.js';

/** The result of a `--json` run that succeeded: the envelope's `result`. */
function resultOf(out: string) {
  const envelope = JSON.parse(out);
  expect(envelope.ok).toBe(true);
  return envelope.result;
}

const folder = tempFolder('import');
const { at } = folder;

beforeAll(async () => {
  const fixtures = join(import.meta.dirname, '..', 'io', '__fixtures__');
  await writeFile(
    at('soy-2023.json'),
    await readFile(join(fixtures, 'comtrade-bra-chn-soy-2023.json'), 'utf8'),
  );
  await writeFile(at('soy.csv'), toCsv([soy(2021), soy(2023)], { crlf: true, bom: true }));
  await writeFile(
    at('breakdowns.json'),
    JSON.stringify({
      ...response(2023),
      count: 3,
      data: [
        record(),
        record({ motCode: 2100, motDesc: 'Sea', primaryValue: 38000000000 }),
        record({ customsCode: 'C01', primaryValue: 5 }),
      ],
    }),
  );
  await writeFile(
    at('broken.json'),
    JSON.stringify([record({ primaryValue: 'n/a' }), record({ flowCode: 'Z', period: '2022' })]),
  );
  await writeFile(at('not-json.json'), '{"data": [');
  await writeFile(at('flows.csv'), ONE_FLOW_CSV);
  // Three rows without a status, the second over two lines (a quoted note with a line break).
  await writeFile(
    at('no-status.csv'),
    [
      'reporter,partner,flow,period,value,currency,note',
      'VNM,LAO,export,2017,1,USD,',
      'VNM,LAO,export,2018,2,USD,"first line',
      'second line"',
      'VNM,LAO,export,2019,3,USD,',
      '',
    ].join('\n'),
  );
});

describe('bilateral import', () => {
  it('is listed in the help and has its own --help', async () => {
    expect((await bilateral('--help')).out).toContain('import comtrade|flows <file> -o <out>');
    const { code, out } = await bilateral('import', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: bilateral import');
    expect(out).toContain('--breakdowns');
  });

  it('writes a dataset from the captured response that bilateral validate accepts', async () => {
    const output = at('soy-2023-out.json');
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('soy-2023.json'),
      '-o',
      output,
      '--date',
      '2025-03-04',
    );
    expect(code).toBe(0);
    expect(out).toContain('UN Comtrade API v1 records (JSON response), 1 record');
    expect(out).toContain('imported 1 flow into');
    expect(out).toContain('(dataset "soy-2023-out", 1 source: un-comtrade)');
    expect(out).toContain('excluded nothing');
    const document = JSON.parse(await readFile(output, 'utf8'));
    expect(document).toMatchObject({
      id: 'soy-2023-out',
      title: { en: 'UN Comtrade: Brazil exports to China, HS 1201, 2023' },
      flows: [{ reporter: 'BRA', partner: 'CHN', value: '38917721136', commodity: '1201' }],
    });
    expect(document.sources[0].date).toBe('2025-03-04');
    const validate = await bilateral('validate', output);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain('valid — 1 flow, 1 source');
  });

  it('replaces an existing output whole (a file written beside it, then renamed), never in place', async () => {
    // Written in place, a reader (or an interrupted run) would meet half a dataset: the same
    // file, truncated and written again. Renamed over it, the old file stays whole until then.
    const output = at('soy-replaced.json');
    await writeFile(output, '{"old": true}\n');
    const before = (await stat(output)).ino;
    const { code } = await bilateral('import', 'comtrade', at('soy-2023.json'), '-o', output);
    expect(code).toBe(0);
    expect((await stat(output)).ino).not.toBe(before);
    expect(JSON.parse(await readFile(output, 'utf8')).flows).toHaveLength(1);
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads CSV, takes --id and --title, and prints the report as JSON with --json', async () => {
    const output = at('soy-csv.json');
    const { code, out } = await bilateral(
      'import',
      'comtrade',
      at('soy.csv'),
      '-o',
      output,
      '--id',
      'bra-chn-soy',
      '--title',
      'Brazil–China soya beans',
      '--json',
    );
    expect(code).toBe(0);
    const report = resultOf(out);
    expect(report).toMatchObject({
      output,
      dataset: { id: 'bra-chn-soy', flows: 2, sources: 1 },
      format: 'comtrade-v1',
      container: 'csv',
      records: 2,
      imported: 2,
      excluded: [],
    });
    const document = JSON.parse(await readFile(output, 'utf8'));
    expect(document.title).toEqual({ en: 'Brazil–China soya beans' });
    expect(document.flows.map((flow: { value: string }) => flow.value)).toEqual([
      '27208101300',
      '38917721136',
    ]);
    expect((await bilateral('validate', output)).code).toBe(0);
  });

  it('prints what was excluded and why; --breakdowns imports them instead', async () => {
    const totals = await bilateral('import', 'comtrade', at('breakdowns.json'), '-o', at('t.json'));
    expect(totals.code).toBe(0);
    expect(totals.out).toContain('imported 1 flow');
    expect(totals.out).toContain('excluded 2 records (data rows as numbered in the input):');
    expect(totals.out).toContain('1 × mode-of-transport — row 1');
    expect(totals.out).toContain('1 × customs-procedure — row 2');
    expect(totals.out).toContain('double-count');
    const breakdowns = await bilateral(
      'import',
      'comtrade',
      at('breakdowns.json'),
      '-o',
      at('b.json'),
      '--breakdowns',
    );
    expect(breakdowns.code).toBe(0);
    expect(breakdowns.out).toContain('imported 2 flows');
    expect(breakdowns.out).toContain('1 × totals — row 0');
    expect((await bilateral('validate', at('b.json'))).code).toBe(0);
  });

  it('imports the simple flows CSV', async () => {
    const { code, out } = await bilateral('import', 'flows', at('flows.csv'), '-o', at('f.json'));
    expect(code).toBe(0);
    expect(out).toContain('flows CSV, 1 record');
    // One row is "line 2", not "lines 2".
    expect(out).toContain('default-source (line 2):');
    expect((await bilateral('validate', at('f.json'))).code).toBe(0);
  });

  it('titles a dataset of rows from several sources after all of them, not the first alone', async () => {
    const row = (source: string, year: number) => `VNM,LAO,export,${year},1,USD,${source}`;
    const header = 'reporter,partner,flow,period,value,currency,source';
    await writeFile(
      at('three.csv'),
      [header, row('moit', 2022), row('lsb', 2023), row('gdc', 2024), ''].join('\n'),
    );
    await writeFile(
      at('five.csv'),
      [
        header,
        ...['moit', 'lsb', 'gdc', 'moit', 'nso', 'lmoic'].map((id, i) => row(id, 2019 + i)),
        '',
      ].join('\n'),
    );
    const titleOf = async (name: string) => {
      const { code } = await bilateral(
        'import',
        'flows',
        at(`${name}.csv`),
        '-o',
        at(`${name}.json`),
      );
      expect(code).toBe(0);
      return JSON.parse(await readFile(at(`${name}.json`), 'utf8')).title;
    };
    expect(await titleOf('three')).toEqual({
      en: 'Source "moit" (not described), Source "lsb" (not described) and Source "gdc" (not described)',
    });
    expect(await titleOf('five')).toEqual({
      en: 'Source "moit" (not described), Source "lsb" (not described), Source "gdc" (not described) and 2 more',
    });
    // One source: its title, as before.
    expect(await titleOf('flows')).toEqual({ en: 'Flows imported from a CSV file' });
  });

  it('takes --out for -o, as bilateral fetch does, and refuses both at once', async () => {
    const out = await bilateral('import', 'flows', at('flows.csv'), '--out', at('out.json'));
    expect(out.code).toBe(0);
    expect((await bilateral('validate', at('out.json'))).code).toBe(0);
    const both = await bilateral(
      'import',
      'flows',
      at('flows.csv'),
      '-o',
      at('both-o.json'),
      '--out',
      at('both-out.json'),
    );
    expect(both.code).toBe(2);
    expect(both.err).toContain('give -o or --out, not both');
    expect(await exists(at('both-o.json'))).toBe(false);
    expect(await exists(at('both-out.json'))).toBe(false);
  });

  it('says a flows CSV with a header only wrote no sources, with no list after it', async () => {
    await writeFile(at('header-only.csv'), 'reporter,partner,flow,period,value,currency\n');
    const { code, out } = await bilateral(
      'import',
      'flows',
      at('header-only.csv'),
      '-o',
      at('h.json'),
    );
    expect(code).toBe(0);
    expect(out).toContain(`imported 0 flows into ${at('h.json')} (dataset "h", 0 sources)`);
  });

  it('names the rows of a CSV file by the line they start on', async () => {
    const { code, out } = await bilateral(
      'import',
      'flows',
      at('no-status.csv'),
      '-o',
      at('n.json'),
    );
    expect(code).toBe(0);
    expect(out).toContain('default-status (lines 2, 3, 5):');
    const json = resultOf(
      (await bilateral('import', 'flows', at('no-status.csv'), '-o', at('n.json'), '--json')).out,
    );
    const note = json.notes.find((n: { code: string }) => n.code === 'default-status');
    expect(note).toMatchObject({ rows: [0, 1, 2], lines: [2, 3, 5] });
  });

  it('speaks of its own flags, not of options set in code, in its notes, rows and problems', async () => {
    const text = await bilateral('import', 'flows', at('no-status.csv'), '-o', at('w.json'));
    expect(text.out).toContain(
      'default-status (lines 2, 3, 5): rows with no status were given "official" (the default): fill the status column\n',
    );
    const rows = at('w-rows.jsonl');
    const json = await bilateral(
      ...['import', 'flows', at('no-status.csv'), '-o', at('w.json'), '--json'],
      ...['--report-rows', rows],
    );
    const notes = resultOf(json.out).notes.map((note: { message: string }) => note.message);
    expect(notes).toEqual([
      'rows with no status were given "official" (the default): fill the status column',
      'rows with no source cite a placeholder entry "csv-import": describe the publication in it, or fill the source column',
    ]);
    expect(`${text.out}${json.out}${await readFile(rows, 'utf8')}`).not.toMatch(
      /in code|options\./,
    );

    await writeFile(
      at('comma.csv'),
      'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024,"1,5",USD\n',
    );
    const comma = await bilateral('import', 'flows', at('comma.csv'), '-o', at('c.json'));
    expect(comma.err).toContain(
      'rows[0].value: "1,5" has a comma as the decimal separator: write "1.5", or read the file with decimal commas (--decimal-comma) (line 2)',
    );
    await writeFile(
      at('point.csv'),
      'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024,"1.000,5",USD\n',
    );
    const point = await bilateral(
      ...['import', 'flows', at('point.csv'), '-o', at('p.json'), '--decimal-comma', '--json'],
    );
    expect(JSON.parse(point.out).error.issues).toEqual([
      {
        path: ['rows', 0, 'value'],
        message:
          '"1.000,5" has points as thousands separators: write "1000,5", as the file writes decimal commas (--decimal-comma) (line 2)',
        hint: { code: 'DECIMAL_COMMA', message: '--decimal-comma' },
      },
    ]);
  });

  it('names its own flag and command where the library names an option or a function', async () => {
    await writeFile(
      at('semi.csv'),
      'reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;1;USD\n',
    );
    const semi = await bilateral('import', 'flows', at('semi.csv'), '-o', at('s.json'));
    expect(semi.err).toContain(
      "the fields look separated by semicolons; give that delimiter (--delimiter ';') or save the file as comma-separated CSV",
    );
    const comtrade = await bilateral(
      'import',
      'flows',
      at('soy.csv'),
      '-o',
      at('f.json'),
      '--json',
    );
    expect(JSON.parse(comtrade.out).error.issues).toEqual([
      {
        path: ['header'],
        message: expect.stringMatching(
          /^the header has UN Comtrade's columns .*: import it with "bilateral import comtrade"$/,
        ),
        hint: { code: 'IMPORT_COMTRADE', message: '"bilateral import comtrade"' },
      },
    ]);
    expect(`${semi.err}${comtrade.out}`).not.toMatch(/in code|importComtrade|delimiter:/);
  });

  it('lists every problem of the input with its path, exits 1 and writes nothing', async () => {
    const output = at('never.json');
    const { code, err } = await bilateral('import', 'comtrade', at('broken.json'), '-o', output);
    expect(code).toBe(1);
    expect(err).toContain('3 problems; nothing was written');
    expect(err).toContain('[0].primaryValue: "n/a" is not a number');
    expect(err).toContain('[1].flowCode: "Z" is not a UN Comtrade flow code');
    expect(err).toContain('[1].refYear: refYear gives year 2023, but period gives 2022');
    expect(await exists(output)).toBe(false);
    const json = await bilateral('import', 'comtrade', at('broken.json'), '-o', output, '--json');
    expect(json.code).toBe(1);
    const envelope = JSON.parse(json.out);
    expect(envelope).toMatchObject({
      ok: false,
      command: 'import',
      error: { code: 'INVALID_IMPORT' },
    });
    expect(envelope.error.issues.map((p: { path: unknown }) => p.path)).toEqual([
      [0, 'primaryValue'],
      [1, 'flowCode'],
      [1, 'refYear'],
    ]);
  });

  it('prints at most 50 problems as text, and all of them as JSON', async () => {
    // 60 problems of 60 messages (problems alike are one line: alike-problems.test.ts).
    const many = Array.from({ length: 60 }, (_, index) =>
      record({ cmdCode: String(1000 + index * 2), primaryValue: `n/a ${index}` }),
    );
    await writeFile(at('many.json'), JSON.stringify(many));
    const text = await bilateral('import', 'comtrade', at('many.json'), '-o', at('m.json'));
    expect(text.code).toBe(1);
    expect(text.err).toContain('60 problems; nothing was written');
    expect(text.err).toContain('… and 10 more (--json lists them all)');
    const json = await bilateral(
      'import',
      'comtrade',
      at('many.json'),
      '-o',
      at('m.json'),
      '--json',
    );
    expect(JSON.parse(json.out).error.issues).toHaveLength(60);
  });

  it('says a dataset needs no import, for either format (exit 2)', async () => {
    const made = await bilateral('import', 'comtrade', at('soy.csv'), '-o', at('made.json'));
    expect(made.code).toBe(0);
    for (const format of ['comtrade', 'flows']) {
      const again = await bilateral('import', format, at('made.json'), '-o', at('again.json'));
      expect([again.code, again.err]).toEqual([
        2,
        `bilateral import: ${at('made.json')} is a Bilateral dataset already (it has "flows"): it needs no import; validate or report it as it is`,
      ]);
    }
  });

  it('refuses a pipe as its input in words (it reads the file from the start twice)', async () => {
    const pipe = at('records.pipe');
    execFileSync('mkfifo', [pipe]);
    const writer = createWriteStream(pipe);
    writer.on('error', () => {}); // the reader closes without reading: EPIPE, as intended
    writer.end(await readFile(at('soy.csv')));
    const { code, err } = await bilateral('import', 'comtrade', pipe, '-o', at('piped.json'));
    expect([code, err]).toEqual([
      2,
      `bilateral import: cannot read ${pipe}: it is a pipe or a device, and the import reads its file from the start twice: save the records to a file first (… > records.csv)`,
    ]);
    writer.destroy();
  });

  it('says of a folder that it is one, and, for UN Comtrade records, which engine reads folders', async () => {
    // It said only "cannot read …: it is a directory" (exit 2), as of any folder.
    const bulk = at('bulk');
    await mkdir(bulk, { recursive: true });
    const comtrade = await bilateral('import', 'comtrade', bulk, '-o', at('bulk.json'), '--json');
    expect([comtrade.code, JSON.parse(comtrade.out).error]).toEqual([
      2,
      {
        code: 'FILE_UNREADABLE',
        message: `cannot read ${bulk}: it is a directory; --engine duckdb reads a folder of UN Comtrade bulk files`,
        issues: [],
      },
    ]);
    const flows = await bilateral('import', 'flows', bulk, '-o', at('bulk.json'));
    expect([flows.code, flows.err]).toEqual([
      2,
      `bilateral import: cannot read ${bulk}: it is a directory`,
    ]);
  });

  it('says an input that does not exist is missing, even named as the output too', async () => {
    const missing = at('missing.csv');
    const { code, err } = await bilateral('import', 'comtrade', missing, '-o', missing);
    expect([code, err]).toEqual([2, `bilateral import: cannot read ${missing}: no such file`]);
  });

  it('refuses to write over the file it imports, or one output over the other, before reading', async () => {
    const before = await readFile(at('soy.csv'), 'utf8');
    // Another spelling of the same file (join would drop the "./").
    const spelled = `${folder.dir}/./soy.csv`;
    const same = await bilateral('import', 'comtrade', at('soy.csv'), '-o', spelled);
    expect([same.code, same.err]).toEqual([
      2,
      `bilateral import: -o ${spelled} is the file being imported: write the dataset to another file`,
    ]);
    const rows = await bilateral(
      'import',
      'comtrade',
      at('soy.csv'),
      '-o',
      at('rows-out.json'),
      '--report-rows',
      at('rows-out.json'),
    );
    expect([rows.code, rows.err]).toEqual([
      2,
      `bilateral import: --report-rows ${at('rows-out.json')} is the output (-o): write the rows to another file`,
    ]);
    expect(await readFile(at('soy.csv'), 'utf8')).toBe(before);
  });

  it('refuses "-" as an output, which wrote a file named "-": standard output is /dev/stdout', async () => {
    for (const [flag, argv] of [
      ['-o', ['-o', '-']],
      ['--report-rows', ['-o', at('dash.json'), '--report-rows', '-']],
    ] as const) {
      const { code, err } = await bilateral('import', 'comtrade', at('soy.csv'), ...argv);
      expect([code, err]).toEqual([
        2,
        `bilateral import: ${flag} -: a file name is expected; standard output is /dev/stdout (a file named "-" is ./-)`,
      ]);
    }
    expect(await exists('-')).toBe(false);
    expect(await exists(at('dash.json'))).toBe(false);
  });

  it("refuses -o *.parquet without DuckDB: it wrote a dataset's JSON into a file named .parquet", async () => {
    const comtrade = await bilateral('import', 'comtrade', at('soy.csv'), '-o', at('soy.parquet'));
    expect([comtrade.code, comtrade.err]).toEqual([
      2,
      `bilateral import: -o ${at('soy.parquet')}: Parquet is written by --engine duckdb (the totals of UN Comtrade bulk files; needs @bilateral/duckdb); this import writes a dataset (.json) or JSON Lines (.jsonl)`,
    ]);
    const flows = await bilateral('import', 'flows', at('flows.csv'), '-o', at('f.PARQUET'));
    expect([flows.code, flows.err]).toEqual([
      2,
      `bilateral import: -o ${at('f.PARQUET')}: a flows CSV is imported into a dataset (.json) or JSON Lines (.jsonl), not Parquet`,
    ]);
    expect(await exists(at('soy.parquet'))).toBe(false);
    expect(await exists(at('f.PARQUET'))).toBe(false);
    // A CSV, spreadsheet or gzip name held the dataset's JSON too, with either engine.
    for (const [output, what] of [
      ['out.csv', 'CSV'],
      ['out.tsv', 'TSV'],
      ['out.xlsx', 'a spreadsheet'],
      ['out.csv.gz', 'CSV'],
      // Gzip is written for the names written without it (out.json.gz), not for these.
      ['out.parquet.gz', 'gzipped Parquet (Parquet compresses its own columns: name it .parquet)'],
      ['out.gz', 'gzip of a format the name does not give'],
    ] as const) {
      for (const engine of ['core', 'duckdb']) {
        const named = await bilateral(
          ...['import', 'comtrade', at('soy.csv'), '-o', at(output), '--engine', engine],
        );
        expect([named.code, named.err]).toEqual([
          2,
          `bilateral import: -o ${at(output)}: ${engine === 'duckdb' ? '--engine duckdb writes a dataset (.json, gzipped .json.gz) or Parquet (.parquet)' : 'the import writes a dataset (.json) or JSON Lines (.jsonl), either gzipped (.json.gz, .jsonl.gz)'}, not ${what}`,
        ]);
        expect(await exists(at(output))).toBe(false);
      }
    }
    // DuckDB wrote a dataset document into a .jsonl name, where the core writes JSON Lines.
    for (const output of ['out.jsonl', 'out.jsonl.gz']) {
      const lines = await bilateral(
        ...['import', 'comtrade', at('soy.csv'), '-o', at(output), '--engine', 'duckdb'],
      );
      expect([lines.code, lines.err]).toEqual([
        2,
        `bilateral import: -o ${at(output)}: --engine duckdb writes a dataset (.json, gzipped .json.gz) or Parquet (.parquet), not JSON Lines (the import writes them without --engine duckdb)`,
      ]);
      expect(await exists(at(output))).toBe(false);
    }
    // A missing input is said first, whatever the output's name (.parquet said its own words).
    for (const output of ['x.parquet', 'x.csv']) {
      const missing = await bilateral('import', 'comtrade', at('nope.csv'), '-o', at(output));
      expect([missing.code, missing.err]).toEqual([
        2,
        `bilateral import: cannot read ${at('nope.csv')}: no such file`,
      ]);
    }
  });

  it('exits 2 with one clear line for usage errors, with no stack trace', async () => {
    const cases: [string[], string][] = [
      [['import'], 'which format and file?'],
      [['import', 'wits', 'x.csv', '-o', 'y.json'], 'unknown format "wits"'],
      [['import', 'comtrade'], 'which file?'],
      [['import', 'comtrade', at('soy-2023.json')], 'Give -o <dataset.json>'],
      [['import', 'comtrade', at('nope.json'), '-o', at('x.json')], 'no such file'],
      [['import', 'comtrade', at('not-json.json'), '-o', at('x.json')], 'is not valid JSON'],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at('x.json'), '--colour'],
        'unknown option "--colour"',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at('x.json'), '--id', 'Soy'],
        '--id "Soy" is not a dataset id',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at('x.json'), '--date', 'today'],
        '--date "today" is not a date',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at('x.json'), '--date', '2024-13-45'],
        '--date "2024-13-45" is not a date: month 13 is not between 01 and 12',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at('x.json'), '--date', '2023-02-29'],
        '--date "2023-02-29" is not a date: day 29 does not exist in 2023-02',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), at('extra.json'), '-o', at('x.json')],
        'unexpected argument',
      ],
      [
        ['import', 'comtrade', at('soy-2023.json'), '-o', at(join('no', 'such', 'dir.json'))],
        'cannot write',
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await bilateral(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });
});
