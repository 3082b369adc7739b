import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaosDocument } from '../datasets/index.js';

/** Runs the command with --json; `json` is the envelope's result (the envelope must say ok). */
async function bilateralJson(...argv: string[]) {
  const run = await bilateral(...argv, '--json');
  const envelope = JSON.parse(run.out);
  expect(envelope).toMatchObject({ ok: true, command: argv[0] });
  return { ...run, json: envelope.result };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-cli-'));
  await writeFile(join(dir, 'good.json'), JSON.stringify(vietnamLaosDocument));
  await writeFile(join(dir, 'not-json.json'), '{ "id": ');
  // Files `bilateral import` reads, given where a dataset is expected.
  await writeFile(
    join(dir, 'comtrade.json'),
    JSON.stringify({ count: 1, data: [{ reporterCode: 76, partnerCode: 156, cmdCode: '1201' }] }),
  );
  await writeFile(join(dir, 'flows.csv'), 'reporter,partner,flow,period,value,currency\n');
  const broken = structuredClone(vietnamLaosDocument) as { flows: Record<string, unknown>[] };
  (broken.flows[0] as Record<string, unknown>).value = '1,5';
  (broken.flows[1] as Record<string, unknown>).period = '2024-Q5';
  await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
  // The first growth statement dated the year 1, which has no year before it (review h150 A12).
  const yearOne = structuredClone(vietnamLaosDocument) as { statements: { kind: string }[] };
  const growth = yearOne.statements.find((statement) => statement.kind === 'growth');
  Object.assign(growth ?? {}, { period: '0001' });
  await writeFile(join(dir, 'year-one.json'), JSON.stringify(yearOne));
  // Its first level dated the year 1 too: yearOnYear has no year before it for that point.
  const levelInYearOne = structuredClone(yearOne);
  const level = levelInYearOne.statements.find((statement) => statement.kind === 'level');
  Object.assign(level ?? {}, { period: '0001' });
  await writeFile(join(dir, 'level-in-year-one.json'), JSON.stringify(levelInYearOne));
  // Small datasets with one source: a flow is [flow, period, value, currency?, commodity?]
  // between `pair`'s economies.
  const write = async (
    name: string,
    pair: readonly [string, string],
    flows: readonly (readonly [
      flow: string,
      period: string,
      value: string,
      currency?: string,
      commodity?: string,
    ])[],
  ) =>
    writeFile(
      join(dir, `${name}.json`),
      JSON.stringify({
        id: name,
        title: { en: name },
        sources: [
          { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
        ],
        flows: flows.map(([flow, period, value, currency = 'USD', commodity]) => ({
          reporter: pair[0],
          partner: pair[1],
          flow,
          period,
          value,
          currency,
          status: 'official',
          source: 'customs',
          ...(commodity === undefined ? {} : { commodity }),
        })),
      }),
    );
  // A pair outside Bilateral's economy table.
  await write(
    'mexico',
    ['MEX', 'USA'],
    [
      ['export', '2023', '475000000000'],
      ['import', '2023', '360000000000'],
      ['export', '2024', '505000000000'],
      ['import', '2024', '334000000000'],
    ],
  );
  // Months only: no yearly figure to compute growth from.
  await write(
    'monthly',
    ['DEU', 'POL'],
    [
      ['export', '2024-01', '10000000', 'EUR'],
      ['import', '2024-01', '9000000', 'EUR'],
      ['export', '2024-02', '10000000', 'EUR'],
      ['import', '2024-02', '9000000', 'EUR'],
    ],
  );
  // A dataset that lists no flows yet (statements or crossings only, say).
  await write('no-flows', ['VNM', 'LAO'], []);
  // Exports of 10^32 dollars on imports of a millionth: their ratio and growth pass 10^36.
  await write(
    'past-range',
    ['VNM', 'LAO'],
    [
      ['export', '2023', '0.000001'],
      ['import', '2023', '0.000001'],
      ['export', '2024', '1'.padEnd(33, '0')],
      ['import', '2024', '0.000001'],
    ],
  );
  // Each value within the supported range, but exports + imports need 67 significant digits
  // (their ratio, 1e35, is within it).
  await write(
    'past-digits',
    ['VNM', 'LAO'],
    [
      ['export', '2023', '1'],
      ['import', '2023', '1'],
      ['export', '2024', `1${'0'.repeat(35)}.${'1'.padStart(30, '0')}`],
      ['import', '2024', '1'],
    ],
  );
  // Exports in dollars, imports in euros.
  await write(
    'currencies',
    ['VNM', 'LAO'],
    [
      ['export', '2024', '100'],
      ['import', '2024', '80', 'EUR'],
    ],
  );
  // Exports only, as a country's export statistics publish them.
  await write(
    'exports-only',
    ['BRA', 'CHN'],
    [
      ['export', '2021', '100.5'],
      ['export', '2022', '120'],
      ['export', '2023', '150.25'],
    ],
  );
  // Commodity flows only, as a UN Comtrade query by HS code gives them.
  await write(
    'soy',
    ['BRA', 'CHN'],
    [
      ['export', '2021', '38600000000', 'USD', '1201'],
      ['export', '2023', '38900000000', 'USD', '1201'],
      ['import', '2023', '1500000', 'USD', '1201'],
      ['export', '2023', '5000000', 'USD', '0901'],
    ],
  );
  // No trade in the first year.
  await write(
    'from-zero',
    ['VNM', 'LAO'],
    [
      ['export', '2023', '0'],
      ['import', '2023', '0'],
      ['export', '2024', '5'],
      ['import', '2024', '0'],
    ],
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral', () => {
  it('prints help and lists the commands', async () => {
    const { code, out } = await bilateral('--help');
    expect(code).toBe(0);
    expect(out).toContain('validate <file>');
    expect(out).toContain('report');
  });

  it('prints the version of @bilateral/core for --version and -V, exit 0, and lists it in the help', async () => {
    const { version } = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(await bilateral('--version')).toEqual({ code: 0, out: `bilateral ${version}`, err: '' });
    expect(await bilateral('-V')).toEqual(await bilateral('--version'));
    for (const argv of [
      ['--version', '--json'],
      ['--json', '-V'],
    ]) {
      const { code, out } = await bilateral(...argv);
      expect([code, JSON.parse(out)]).toEqual([
        0,
        { ok: true, command: null, result: { version } },
      ]);
    }
    expect((await bilateral('--help')).out).toContain('--version, -V');
  });

  it('refuses arguments after --version, and points -v to -V (exit 2)', async () => {
    expect(await bilateral('--version', 'extra')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: --version takes no arguments: "extra"',
    });
    expect((await bilateral('-V', '--bogus')).code).toBe(2);
    expect(await bilateral('-v')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: unknown command "-v": did you mean -V (--version)?',
    });
  });

  it('without a command, prints the help on stderr (a usage error, exit 2); --json one document', async () => {
    const help = (await bilateral('--help')).out;
    expect(await bilateral()).toEqual({ code: 2, out: '', err: help });
    const { code, out } = await bilateral('--json');
    expect([code, JSON.parse(out).error.code]).toEqual([2, 'USAGE']);
  });

  it("lines the commands' summaries up in one column, a long usage on a line of its own", async () => {
    const { out } = await bilateral('--help');
    const list = out.slice(out.indexOf('Commands:\n') + 10, out.indexOf('\n\nOptions'));
    const lines = list.split('\n');
    for (const summary of [
      'Check a dataset file; print every problem with its JSON path.',
      'Print trade, growth, balance, commodity indicators, targets, reconciliation and border crossings.',
      'Check published statements against each other; print each verdict and why.',
      'Write a dataset from UN Comtrade records (JSON or CSV) or a flows CSV.',
      'Fetch UN Comtrade records for a query into a dataset (or JSON Lines, or Parquet).',
    ]) {
      const line = lines.find((text) => text.includes(summary)) ?? '';
      expect([summary, line.indexOf(summary), line[46]]).toEqual([summary, 47, ' ']);
    }
    expect(list).toContain('\n  report [--dataset <name> | <file>]');
    expect(list).toMatch(/--rates <file>\]\]\n {47}Print trade/);
  });

  it('calls an option before the command an option, not a command, and says where it goes', async () => {
    expect(await bilateral('--locale', 'vi', 'economies')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: option "--locale" comes before the command; put it after: bilateral economies --locale …',
    });
    expect(await bilateral('--foo')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: unknown option "--foo": before a command bilateral takes only --json, --help and --version; a command\'s options go after it. Run "bilateral --help" for the list.',
    });
    const { code, out } = await bilateral('--json', '--dataset', 'laos-china', 'report');
    expect([code, JSON.parse(out).error]).toEqual([
      2,
      {
        code: 'USAGE',
        message:
          'option "--dataset" comes before the command; put it after: bilateral report --dataset …',
        issues: [],
      },
    ]);
  });

  it('names the command an unknown one is near', async () => {
    expect((await bilateral('reprot')).err).toBe(
      'bilateral: unknown command "reprot": did you mean report? Run "bilateral --help" for the list.',
    );
    expect((await bilateral('imprt')).err).toBe(
      'bilateral: unknown command "imprt": did you mean import? Run "bilateral --help" for the list.',
    );
    // Nothing near: no guess.
    expect((await bilateral('frobnicate')).err).toBe(
      'bilateral: unknown command "frobnicate". Run "bilateral --help" for the list.',
    );
  });

  it('refuses an unknown command or option with exit code 2 and no stack trace', async () => {
    const unknown = await bilateral('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    const option = await bilateral('report', '--colour');
    expect(option.code).toBe(2);
    // One line, its quotes balanced (Node's own sentence leaves one open).
    expect(option.err).toBe(
      'bilateral report: unknown option "--colour" (an argument that starts with "-" goes after "--"). Run "bilateral report --help".',
    );
    const missing = await bilateral('report', '--locale');
    expect([missing.code, missing.err]).toEqual([
      2,
      'bilateral report: option --locale needs a value. Run "bilateral report --help".',
    ]);
    // An option near one of the command's, or another name for it, is named.
    expect((await bilateral('report', '--lang', 'vi')).err).toBe(
      'bilateral report: unknown option "--lang": did you mean --locale? (an argument that starts with "-" goes after "--"). Run "bilateral report --help".',
    );
    expect((await bilateral('report', '--curency=VND', '--json')).out).toContain(
      'unknown option \\"--curency\\": did you mean --currency?',
    );
    expect((await bilateral('import', 'flows', 'x.csv', '--ouput', 'x.json')).err).toContain(
      'did you mean --output?',
    );
    // A flag given a value is named as an option without one is.
    expect((await bilateral('report', '--json=1')).err).toBe(
      'bilateral report: option --json takes no value. Run "bilateral report --help".',
    );
    expect(JSON.parse((await bilateral('report', '--help=yes', '--json')).out).error.message).toBe(
      'option --help takes no value',
    );
    const output = await bilateral('import', 'comtrade', 'x.json', '-o');
    expect(output.err).toMatch(/^bilateral import: option --output needs a value\./);
    // Followed by an option (Node: "Option '--locale' argument is ambiguous.\nDid you forget…").
    expect((await bilateral('report', '--locale', '--json')).out).toContain(
      '"message": "option --locale needs a value: the next argument, \\"--json\\", starts with \\"-\\" (if it is the value, write it as --locale=<value>)"',
    );
    expect((await bilateral('import', 'flows', 'x.csv', '-o', '-x')).err).toBe(
      'bilateral import: option --output needs a value: the next argument, "-x", starts with "-" (if it is the value, write it as --output=<value>). Run "bilateral import --help".',
    );
    const long = await bilateral('report', `--${'x'.repeat(5000)}`, '--json');
    expect(JSON.parse(long.out).error.message).toBe(
      `unknown option "--${'x'.repeat(58)}…" (5,002 characters) (an argument that starts with "-" goes after "--")`,
    );
  });

  it("sets each command's options apart from their words by two spaces, or a line", async () => {
    // `import --help` read "--engine core|duckdb duckdb: read UN Comtrade bulk files", the
    // option's values running into its words (and "-o, --output <file> where to write").
    for (const command of ['validate', 'report', 'reconcile', 'import', 'fetch', 'economies']) {
      const { out } = await bilateral(command, '--help');
      const options = out.split('\n').filter((line) => /^ {2}\S/.test(line));
      expect(options.length).toBeGreaterThan(0);
      const runTogether = options.filter(
        (line) => !/^ {2}\S.*? {2}\S/.test(line) && line.length > 30,
      );
      expect([command, runTogether]).toEqual([command, []]);
    }
  });

  it("starts the words of each command's options at one column", async () => {
    // `fetch --help` had "--id <id>, --title <title>  the dataset id …" six columns right of the rest.
    for (const command of ['validate', 'report', 'reconcile', 'import', 'fetch', 'economies']) {
      const { out } = await bilateral(command, '--help');
      const columns = out
        .split('\n')
        .map((line) => /^( {2}\S(?:\S| \S)*) {2,}\S/.exec(line)?.[0].length)
        .filter((column) => column !== undefined);
      expect([command, new Set(columns).size]).toEqual([command, 1]);
    }
  });

  it("wraps each command's option words at one width: a line goes on only when the next word passes it", async () => {
    // `import --help` wrapped --temp-dir and --report-rows at 77 and 80 columns, its other options
    // at 83 to 89. 85: the narrowest wrap of every other command's help (economies' --locale).
    const width = 85;
    const early: string[] = [];
    for (const command of ['validate', 'report', 'reconcile', 'import', 'fetch', 'economies']) {
      const lines = (await bilateral(command, '--help')).out.split('\n');
      lines.forEach((line, index) => {
        const words = /^( {2}\S(?:\S| \S)* {2,}| {8,})\S/.exec(line)?.[1]?.length;
        const next = /^( +)(\S+)/.exec(lines[index + 1] ?? '');
        if (words === undefined || next?.[1]?.length !== words) return;
        if (line.length + 1 + (next[2]?.length ?? 0) <= width) early.push(`${command}: ${line}`);
      });
    }
    expect(early).toEqual([]);
  });

  it('has --help on each command', async () => {
    for (const command of ['validate', 'report']) {
      const { code, out } = await bilateral(command, '--help');
      expect(code).toBe(0);
      expect(out).toContain(`Usage: bilateral ${command}`);
    }
  });

  it('gives a command\'s help for "help <command>", and refuses help on what is not one', async () => {
    for (const command of ['validate', 'report', 'reconcile', 'import', 'fetch']) {
      expect(await bilateral('help', command)).toEqual(await bilateral(command, '--help'));
    }
    expect(JSON.parse((await bilateral('help', 'report', '--json')).out).result.help).toMatch(
      /^Usage: bilateral report /,
    );
    expect(await bilateral('help', 'frobnicate')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: no help on "frobnicate": it is not a command. Run "bilateral --help" for the list.',
    });
  });
});

describe('bilateral validate', () => {
  it('says a good file is valid', async () => {
    const { code, out } = await bilateral('validate', join(dir, 'good.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/valid — \d+ flows, \d+ sources/);
  });

  it('prints every problem with its JSON path and exits 1', async () => {
    const { code, out } = await bilateral('validate', join(dir, 'broken.json'));
    expect(code).toBe(1);
    expect(out).toContain('2 problems');
    expect(out).toContain('flows[0].value: must be a plain decimal number such as "491.9", found');
    expect(out).toContain('flows[1].period: "2024-Q5" is not a period');
  });

  it('prints JSON with --json', async () => {
    const { code, out } = await bilateral('validate', join(dir, 'broken.json'), '--json');
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as {
      ok: boolean;
      command: string;
      result: { valid: boolean; issues: { path: (string | number)[] }[] };
    };
    expect(parsed).toMatchObject({ ok: true, command: 'validate', result: { valid: false } });
    expect(parsed.result.issues.map((p) => p.path)).toEqual([
      ['flows', 0, 'value'],
      ['flows', 1, 'period'],
    ]);
  });

  it('words each problem as a user reads it: missing, a JSON number for a decimal, the kinds there are', async () => {
    const [source] = vietnamLaosDocument.sources;
    const [flow] = vietnamLaosDocument.flows;
    const [statement] = vietnamLaosDocument.statements ?? [];
    const { date: _date, ...undated } = source ?? {};
    const file = join(dir, 'num.json');
    await writeFile(
      file,
      JSON.stringify({
        ...vietnamLaosDocument,
        sources: [undated, ...vietnamLaosDocument.sources.slice(1)],
        flows: [{ ...flow, value: 1.5 }, ...vietnamLaosDocument.flows.slice(1)],
        statements: [{ ...statement, kind: 'levle' }],
      }),
    );
    const { code, out } = await bilateral('validate', file);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        `${file}: 3 problems`,
        '  sources[0].date: is missing',
        '  flows[0].value: must be a decimal written as a string: "1.5", not the JSON number 1.5 (a JSON number may lose digits)',
        '  statements[0].kind: must be one of "level", "growth", "share" or "balance", found the string "levle"',
      ].join('\n'),
    );
  });

  it('explains a missing file, bad JSON and a missing argument with exit code 2', async () => {
    const missing = await bilateral('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const bad = await bilateral('validate', join(dir, 'not-json.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not valid JSON');
    const none = await bilateral('validate');
    expect(none.code).toBe(2);
    expect(none.err).toContain('which file?');
  });

  it('names the import command to run when given UN Comtrade records or a flows CSV', async () => {
    const comtrade = join(dir, 'comtrade.json');
    for (const command of ['validate', 'report']) {
      const { code, err } = await bilateral(command, comtrade);
      expect(code).toBe(2);
      expect(err).toContain(
        `${comtrade} is not a dataset; it looks like UN Comtrade records: write a dataset from it with "bilateral import comtrade ${comtrade} -o <dataset.json>"`,
      );
    }
    const csv = await bilateral('validate', join(dir, 'flows.csv'));
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('is not valid JSON');
    expect(csv.err).toContain(
      `it looks like a flows CSV: write a dataset from it with "bilateral import flows`,
    );
  });

  it("names the import for records the import reads in other layouts: TSV, semicolons, JSON Lines; and says what the widgets' compact form is", async () => {
    const at = (name: string, text: string) =>
      writeFile(join(dir, name), text).then(() => join(dir, name));
    // Tab-separated UN Comtrade records, as the bulk files are: no hint was given.
    const tsv = await at('bulk.txt', 'typeCode\tfreqCode\treporterCode\tflowCode\nC\tA\t704\tX\n');
    expect((await bilateral('reconcile', tsv)).err).toContain(
      `; it looks like UN Comtrade records: write a dataset from it with "bilateral import comtrade ${tsv} -o <dataset.json>"`,
    );
    // A flows CSV written by a European spreadsheet: the command needs its delimiter.
    const eu = await at(
      'eu.csv',
      'reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;1,5;USD\n',
    );
    expect((await bilateral('validate', eu)).err).toContain(
      `; it looks like a flows CSV: write a dataset from it with "bilateral import flows ${eu} -o <dataset.json> --delimiter ';'"`,
    );
    // The same, saved by Excel with its first line naming the delimiter: the import reads it.
    const excel = await at(
      'excel.csv',
      'sep=;\r\nreporter;partner;flow;period;value;currency\r\nVNM;LAO;export;2024;1,5;USD\r\n',
    );
    const excelErr = (await bilateral('validate', excel)).err;
    expect(excelErr).toContain(
      `; it looks like a flows CSV: write a dataset from it with "bilateral import flows ${excel} -o <dataset.json>"`,
    );
    expect(excelErr).not.toContain('--delimiter');
    // The API's answer to a refused request, saved in place of the records: it was "4 problems:
    // id: is missing, …".
    const refused = await at(
      'refused.json',
      '{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 20 seconds."}',
    );
    const answer = await bilateral('validate', refused);
    expect(answer.code).toBe(2);
    expect(answer.err).toContain(
      `${refused} is not a dataset: it is an error answer of the UN Comtrade API (statusCode 429, "Rate limit is exceeded. Try again in 20 seconds."), kept in place of the records: fetch them again`,
    );
    // UN Comtrade records as JSON Lines.
    const lines = await at(
      'records.jsonl',
      '{"typeCode":"C","reporterCode":704}\n{"typeCode":"C","reporterCode":704}\n',
    );
    expect((await bilateral('report', lines)).err).toContain(
      `; it looks like UN Comtrade records: write a dataset from it with "bilateral import comtrade ${lines} -o <dataset.json>"`,
    );
    // JSON Lines of flows, as import -o *.jsonl writes them: one line was "4 problems: id:
    // expected string, …", two "a '{' after the end of the JSON value".
    const flow = JSON.stringify({
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2024',
      value: '1',
      currency: 'USD',
    });
    const said = (file: string) =>
      `bilateral validate: ${file} is not a dataset; it looks like JSON Lines of flows (one flow a line, as "bilateral import … -o <file>.jsonl" writes them): a dataset is one JSON document with its id, title, sources and flows, as "bilateral import … -o <dataset.json>" writes it`;
    const one = await at('one.jsonl', `${flow}\n`);
    expect(await bilateral('validate', one)).toEqual({ code: 2, out: '', err: said(one) });
    const two = await at('two.jsonl', `${flow}\n${flow}\n`);
    expect((await bilateral('validate', two)).err).toBe(
      `bilateral validate: ${two} is not valid JSON: line 2, column 1: a '{' after the end of the JSON value: \`▶{"reporter":"VNM","partner":"L…\`${said(two).slice(said(two).indexOf(';'))}`,
    );
    // The widgets' data file (dist/data/vietnam-laos.json, copied beside a page): it was "4
    // problems: id, title: is missing; sources: missing; flows: missing", exit 1.
    const compact = await at(
      'compact.json',
      '{"format":"bilateral-compact/1","columns":[],"row":[]}',
    );
    expect(await bilateral('validate', compact)).toEqual({
      code: 2,
      out: '',
      err: `bilateral validate: ${compact} is not a dataset document: it is the compact form the widgets load ("format": "bilateral-compact/1", written by toCompactDataset from a document the build checked); validate or report the document it was written from (an embedded dataset's: bilateral report --dataset vietnam-laos or laos-china)`,
    });
  });
});

describe('bilateral report', () => {
  it('prints the Vietnam–Laos report by default', async () => {
    const { code, out } = await bilateral('report');
    expect(code).toBe(0);
    expect(out).toContain('Vietnam–Laos trade — Bilateral report');
    // Imports "US$1 billion" alone would leave turnover and balance known to the billion (QA h120
    // F11); the published turnover, US$1.5 billion, narrows both (h155).
    expect(out).toMatch(
      /2024-01\/2024-09\s+US\$491\.9 million\s+US\$1 billion\s+US\$1\.5 billion\s+about -US\$500 million/,
    );
    expect(out).toMatch(/2017\s+US\$524\.5 million\s+US\$368\.4 million\s+US\$892\.9 million/);
  });

  it('writes every number of its tables and target lines in the locale (QA h120, vi)', async () => {
    const { out } = await bilateral('report', '--locale', 'vi', '--currency', 'VND');
    // Was "10.0–15.0 %" beside "+30,5 %", and a coverage ratio of "1.42" (then "1,42", now a
    // percentage as the widgets write it, QA h135 Q18); the band as its
    // source wrote it, "10–15 %", as the widgets write it (QA h135 Q13).
    // Percentages as CLDR's vi pattern #,##0% and the widgets write them, with a true minus
    // sign: "+8,5%", "about −10%", "−19,4 triệu USD" (was "+8,5 %", "about -10 %", QA h135 Q18).
    expect(out).toContain(
      '2024-01/2024-09: +25,5% so với 2023-01/2023-09, mục tiêu 10–15% mỗi năm: vượt tiến độ (chưa trọn năm)',
    );
    expect(out).toContain('mức 13,8% mỗi năm cần để đạt mục tiêu');
    // The level itself, on its own line: the target's note no longer says it (lead, 2026-12-06).
    expect(out).toContain('mức mục tiêu: 5 tỷ USD vào năm 2030');
    expect(out).toMatch(/2017 .* 142,4% +xuất siêu/);
    expect(out).toContain('suy ra: giá trị 2017 ÷ (1 + 8,5%)');
    expect(out).toMatch(/2017 .* 22\.370,09 .* \+8,5%/);
    expect(out).toMatch(/2020 .* khoảng \u221210% /);
    expect(out).toMatch(/2021-Q1 .* \u221219,4 triệu USD/);
    expect(out).toMatch(/điểm 0,30/);
    // The target lines, the trade, growth and currency tables and the ranking have no "1.5" left,
    // no space before a percent sign and no hyphen for a minus (but in the targets' notes: the
    // dataset's own words, as written).
    const tables = out.slice(0, out.indexOf('Đối chiếu'));
    expect(tables.replaceAll(/\d{4}-\d{2}\/\d{4}-\d{2}/g, '')).not.toMatch(/\d\.\d{1,2}(?!\d)/);
    const ours = tables.split('\n').filter((line) => !line.trimStart().startsWith('ghi chú: '));
    expect(ours.join('\n')).not.toMatch(/\d %|(^|[\s(])-\d/m);
  });

  it('writes each amount with the digits it knows, as the widgets do (QA h120 F4, F11)', async () => {
    const { out } = await bilateral('report');
    // 2019: US$1.15 billion, an estimate known to the 0.1 billion (was "US$1.15 billion").
    expect(out).toMatch(/2019\s+about US\$1\.2 billion\s+about \+10 %/);
    // 2016, implied by 2017 and its rounded +8.5 %: three digits (was "US$822.95 million").
    expect(out).toMatch(/2016\s+about US\$823 million\s+—/);
    // 2022: exports to the 0.1 million plus imports to the 10 million.
    expect(out).toMatch(/2022\s+about US\$1\.70 billion\s+about \+24 %/);
    // A figure known to the million keeps its digits (was "US$1 billion"); an exact one is written
    // as compact notation writes it.
    const flow = (period: string, value: string, precision?: string) => ({
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period,
      value,
      currency: 'USD',
      status: 'official',
      source: 'customs',
      ...(precision === undefined ? {} : { precision }),
    });
    await writeFile(
      join(dir, 'million.json'),
      JSON.stringify({
        id: 'million',
        title: { en: 'Million' },
        sources: [
          { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
        ],
        flows: [flow('2023', '1000000000', '1000000'), flow('2024', '1001000000', '1000000')],
      }),
    );
    const million = await bilateral('report', join(dir, 'million.json'), '--locale', 'vi');
    expect(million.out).toMatch(/2023\s+1,000 tỷ USD/);
    expect(million.out).toMatch(/2024\s+1,001 tỷ USD\s+\+0,1%/);
    // --json keeps the exact values beside the unit and the rounded value the text writes.
    const { json } = await bilateralJson('report');
    const row2019 = json.growth.rows.find((row: { period: string }) => row.period === '2019');
    expect(row2019).toMatchObject({
      value: '1150000000',
      precision: '100000000',
      unit: '100000000',
      valueRounded: '1200000000',
      valueAbout: true,
    });
    const row2016 = json.growth.rows.find((row: { period: string }) => row.period === '2016');
    expect(row2016).toMatchObject({
      value: '822949308.756',
      precision: null,
      unit: '1000000',
      valueRounded: '823000000',
      valueAbout: true,
    });
    expect(json.trade[0].rows[0]).toMatchObject({
      period: '2017',
      turnover: '892900000',
      // The turnover as published (to the 0.1 million); the balance the parts' summed (h155).
      units: { exports: '100000', imports: '100000', turnover: '100000', balance: '200000' },
    });
  });

  it('shows growth, targets, reconciliation and crossings', async () => {
    const { out } = await bilateral('report');
    // A computed rate with the digits its figures support, as the widgets write it (h115):
    // US$1.03 billion (uncertain) on US$892.9 million is "about +15 %", not "+15.4 %".
    expect(out).toMatch(/2018\s+US\$1\.03 billion\s+about \+15 %\s+\+11\.9 %/);
    // "US$2.2 billion" on US$1.65 billion: 29.9–36.8 %, so not "+33.3 %".
    expect(out).toMatch(/2024\s+US\$2\.2 billion\s+about \+30 %\s+—/);
    // On the 2016 it implies, 2017's published +8.5 % comes back exactly.
    expect(out).toMatch(/2017\s+US\$892\.9 million\s+\+8\.5 %\s+\+8\.5 %/);
    expect(out).toContain('Average growth 2016–2025 (CAGR): about +15 % a year');
    expect(out).toContain(
      '2024-01/2024-09: +25.5 % on 2023-01/2023-09 against a band of 10–15 % a year: ahead (partial year)',
    );
    expect(out).toMatch(
      /Reconciliation of \d+ relations between published figures: \d+ consistent, 2 inconsistent/,
    );
    expect(out).toContain('imply 2020-Q1 exports of about US$150 M');
    expect(out).toContain('secondary: 18 official, 13 listed, 5 missing');
    expect(out).toContain('opening: 27 official, 0 listed, 27 missing');
    // A band target needs a range of rates; a level target (US$5 billion) needs one rate.
    expect(out).toContain('needed from now on: +1.5 % to +8.1 % a year');
    expect(out).toContain('needed from now on: +10.9 % a year');
    // The level and its year on the line before the verdict's "the level needs": the target's
    // note no longer says "US$5 billion" (lead, 2026-12-06), and nothing else did.
    expect(out).toMatch(
      /47th Vietnam–Laos Intergovernmental Committee, January 2025\n {6}level: US\$5 billion by 2030\n {6}2025: about \+15 % a year since 2016 against the 13\.8 % a year the level needs/,
    );
    expect(out).not.toMatch(/needed from now on: (\S+ %) to \1 a year/);
    // The 2021–2025 pledge, with 2025 published, is judged on its last year; its rate with the
    // digits its figures support, as the growth table writes it (QA h120 F1; was "+23.7 %").
    expect(out).toContain(
      '2025: about +24 % a year since 2020 against a band of 8–10 % a year: met',
    );
    expect(out).toContain('2024: about +30 % a year since 2023 against a band');
    expect(out).toContain('2025: about +34 % a year since 2023 against a band');
    expect(out).not.toMatch(/needed from now on: -/);
  });

  it('gives a level target its level in --json, null for a band (lead, 2026-12-06)', async () => {
    const { out } = await bilateral('report', '--json');
    const targets = JSON.parse(out).result.targets as { id: string; level: unknown }[];
    expect(targets.find((target) => target.id === 'vnm-lao-5-billion')?.level).toEqual({
      amount: '5000000000',
      currency: 'USD',
      byYear: 2030,
    });
    expect(targets.filter((target) => target.level === null)).toHaveLength(targets.length - 1);
  });

  it('says how far trade may fall when a target is past its band before its end', async () => {
    // The dataset as it stood before the 2025 figures: the 2021–2025 pledge was then past its band.
    const before2025 = {
      ...vietnamLaosDocument,
      flows: vietnamLaosDocument.flows.filter((flow) => !flow.period.startsWith('2025')),
      statements: (vietnamLaosDocument.statements ?? []).filter(
        (s) => !s.period.startsWith('2025'),
      ),
    };
    await writeFile(join(dir, 'before-2025.json'), JSON.stringify(before2025));
    const { out } = await bilateral('report', join(dir, 'before-2025.json'));
    expect(out).toContain('on course unless the figures fall by more than 31.4 % a year');
    expect(out).not.toMatch(/needed from now on: -/);
  });

  it('gives --json the rates its text writes, published rates as written (review h130)', async () => {
    // 2017's rate published as "8.35 %", 2025's as "32.70 %", 2022's "up about 24 %" uncertain.
    const statements = (vietnamLaosDocument.statements ?? []).map((s) => {
      if (s.kind !== 'growth' || s.subject !== 'turnover' || s.reporter !== 'VNM') return s;
      if (s.period === '2017') return { ...s, rate: { text: 'up 8.35%', value: '8.35' } };
      if (s.period === '2025') return { ...s, rate: { text: '32.70 percent', value: '32.70' } };
      if (s.period === '2022') return { ...s, uncertain: true };
      return s;
    });
    await writeFile(
      join(dir, 'rates.json'),
      JSON.stringify({ ...vietnamLaosDocument, statements }),
    );
    const { out } = await bilateral('report', join(dir, 'rates.json'));
    const { json } = await bilateralJson('report', join(dir, 'rates.json'));
    const row = (period: string) =>
      json.growth.rows.find((r: { period: string }) => r.period === period);
    // F6: the quotient 0.08349999… is "+8.4 %" in the text and 0.084 in --json (was 0.083).
    expect(out).toMatch(/2017\s+US\$892\.9 million\s+\+8\.4 %\s+\+8\.35 %/);
    expect(row('2017')).toMatchObject({ computed: '0.0835', computedRounded: '0.084' });
    // F10: the published trailing zero stays.
    expect(out).toMatch(/2025\s+US\$2\.98 billion\s+about \+35 %\s+\+32\.70 %/);
    expect(row('2025')).toMatchObject({ published: '0.327', publishedDecimals: 2 });
    // F8: an uncertain published rate is left out, as the widgets leave it out.
    expect(out).toMatch(/2022\s+about US\$1\.70 billion\s+about \+24 %\s+—/);
    expect(row('2022')).toMatchObject({ published: null, publishedDecimals: null });
    // F12: a target row keeps its exact growth beside the rounded one its message writes.
    const target = json.targets.find((t: { message: string }) =>
      t.message.startsWith('2024: about +30 %'),
    );
    expect(target).toMatchObject({ growthDigits: 2, growthRounded: '0.3' });
    expect(target.growthToDate).toMatch(/^0\.33\d{10}$/);
  });

  it('reports on economies outside its own table by their CLDR names', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'mexico.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('4 published flows from 1 source (dataset "mexico")');
    expect(out).toContain('Trade reported by Mexico with the United States');
    expect(out).toMatch(/2024\s+US\$839 billion\s+\+0\.5 %/);
    const zh = await bilateral('report', join(dir, 'mexico.json'), '--locale', 'zh');
    expect(zh.out).toContain('墨西哥');
  });

  it('reports a dataset of months only, saying why there is no growth table', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'monthly.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Trade reported by Germany with Poland');
    expect(out).toMatch(/2024-02\s+€10 million\s+€9 million\s+€19 million\s+€1 million/);
    expect(out).toContain(
      'No growth table: the dataset has no yearly exports, imports or turnover for its main pair.',
    );
  });

  it('says why a dataset without flows has no trade and no growth table, in text and JSON', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'no-flows.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Trade\n\n  No trade table: the dataset has no trade flows.');
    expect(out).toContain('Growth\n\n  No growth table: the dataset has no trade flows.');
    const { json } = await bilateralJson('report', join(dir, 'no-flows.json'));
    expect(json).toMatchObject({
      trade: [],
      growth: null,
      growthNote: 'the dataset has no trade flows',
    });
  });

  it('evaluates a target once per year when no partial year is published, and says why not', async () => {
    const target = {
      kind: 'growth-band',
      id: 'plan',
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      source: 'customs',
      setBy: 'a committee',
      year: '2024',
      band: { lower: '0.10', upper: '0.15' },
    };
    const yearly = JSON.parse(await readFile(join(dir, 'mexico.json'), 'utf8'));
    const flows = yearly.flows.map((flow: object) => ({
      ...flow,
      reporter: 'VNM',
      partner: 'LAO',
    }));
    await writeFile(
      join(dir, 'target.json'),
      JSON.stringify({ ...yearly, flows, targets: [target] }),
    );
    const { json } = await bilateralJson('report', join(dir, 'target.json'));
    // Was a second row, "cannot evaluate: points: the observed series has no points".
    expect(json.targets).toHaveLength(1);
    expect(json.targets[0]).toMatchObject({ id: 'plan', status: expect.any(String) });
    // A source without flows: one row per target, saying why.
    const none = await bilateralJson('report', '--source', 'seed-002-moit-2024-09');
    expect(none.json.tradeNote).toBe('source "seed-002-moit-2024-09" has no trade flows');
    const ids = none.json.targets.map((row: { id: string }) => row.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(none.json.targets[0].message).toBe(
      'cannot evaluate: source "seed-002-moit-2024-09" has no yearly turnover of Vietnam with Laos',
    );
    expect(none.out).not.toContain('the observed series has no points');
  });

  it('reports a dataset whose ratios pass the supported range, saying what it cannot compute', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'past-range.json'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/2024 .* — {2}no turnover or balance: the coverage ratio is 1e\+38, past/);
    expect(out).toContain('No growth table: the growth rate is ');
    const { json } = await bilateralJson('report', join(dir, 'past-range.json'));
    expect(json.growth).toBeNull();
    expect(json.growthNote).toMatch(/^the growth rate is .*past the supported range/);
    expect(json.trade[0].rows[1]).toMatchObject({ turnover: null, coverageRatio: null });
  });

  it('reports a dataset whose sum needs more digits than the engine keeps, saying so where it cannot compute', async () => {
    // The whole report failed with PRECISION_EXCEEDED, a dataset validate accepts.
    expect((await bilateral('validate', join(dir, 'past-digits.json'))).code).toBe(0);
    const { code, out, err } = await bilateral('report', join(dir, 'past-digits.json'));
    expect([code, err]).toEqual([0, '']);
    const sum = `1${'0'.repeat(35)}.${'1'.padStart(30, '0')} + 1 needs more than 64 significant digits to be exact`;
    // The trade row's turnover was rounded to 64 digits: 100000000000000000000000000000000001.
    expect(out).toContain(`  —        —        —  no turnover or balance: ${sum}\n`);
    expect(out).toContain(`No growth table: ${sum}.`);
    const { json } = await bilateralJson('report', join(dir, 'past-digits.json'));
    expect([json.growth, json.growthNote]).toEqual([null, sum]);
    expect(json.trade[0].rows[1]).toMatchObject({
      turnover: null,
      balance: null,
      coverageRatio: null,
      position: null,
      marks: [`no turnover or balance: ${sum}`],
    });
  });

  it('reports a growth statement or a level in the year 1, which has no year before it (review h150 A12)', async () => {
    // It failed with INVALID_PERIOD ("0001 moved by -12 months leaves the years 1–9999").
    const { code, out, err } = await bilateral('report', join(dir, 'year-one.json'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('Growth of Vietnam–Laos turnover');
    const { json } = await bilateralJson('report', join(dir, 'year-one.json'));
    const relation = json.reconciliation.relations.find(
      (each: { period: string }) => each.period === '0001',
    );
    expect(relation).toMatchObject({ kind: 'growth-levels', verdict: 'cannot-check' });
    expect(relation.explanation).toContain('no year comes before 0001');
    // A level in the year 1 is a growth row without a rate (no year before it), and every other
    // row stands: the whole report failed with INVALID_PERIOD, then the growth table was dropped
    // with that error's text.
    const level = await bilateralJson('report', join(dir, 'level-in-year-one.json'));
    expect(level.json.growthNote).toBeNull();
    const rows: { period: string; computed: string | null }[] = level.json.growth.rows;
    expect(rows.map((row) => row.period)).toEqual([
      '0001',
      ...['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'],
    ]);
    expect(rows[0]).toMatchObject({ value: '892900000', computed: null, computedRounded: null });
    expect(rows.filter((row) => row.computed !== null).length).toBe(8);
    // 0001–2025 is past the millennium a compound rate is taken over.
    expect(level.json.growth).toMatchObject({ cagr: null });
    expect(level.json.growth.cagrNote).toMatch(/^no average growth 0001–2025: 2024 intervals/);
    const text = await bilateral('report', join(dir, 'level-in-year-one.json'));
    expect(text.out).toMatch(/\n {2}0001 +US\$892\.9 million +— +\+8\.5 %/);
    expect(level.json.trade.length).toBeGreaterThan(0);
    expect(level.json.targets.length).toBeGreaterThan(0);
  });

  it('shows the growth of exports when only exports are published', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'exports-only.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain("Growth of Brazil–China exports (Brazil's figures)");
    expect(out).toContain('exports only: no year has both exports and imports');
    expect(out).toContain(
      'Nothing to reconcile: the dataset publishes no figures that bear on each other.',
    );
    expect(out).not.toContain('Reconciliation of 0 relations');
    expect(out).toMatch(/2022\s+US\$120\s+\+19\.4 %/);
    expect(out).toMatch(/2023\s+US\$150\.25\s+\+25\.2 %/);
    // (150.25 / 100.5)^(1/2) − 1 = 22.27 %
    expect(out).toContain('Average growth 2021–2023 (CAGR): +22.3 % a year');
    const { json } = await bilateralJson('report', join(dir, 'exports-only.json'));
    expect(json.growth).toMatchObject({ measure: 'exports', commodity: null });
    expect(json.growth.rows[1].computed).toBe('0.194029850746');
  });

  it('shows commodity flows, and their growth when the dataset has no totals', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'soy.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    // Each commodity has its own table, in HS order.
    const first = out.indexOf('Trade reported by Brazil with China, HS 0901');
    const second = out.indexOf('Trade reported by Brazil with China, HS 1201');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(out).toMatch(/2023\s+US\$38\.9 billion\s+US\$1\.5 million\s+US\$38\.9 billion/);
    // Turnover of HS 1201 needs both directions, which only 2023 has: growth is of exports.
    expect(out).toContain(
      "Growth of Brazil–China exports, HS 1201 — Soya beans, whether or not broken (Brazil's figures)",
    );
    expect(out).toContain(
      'exports: they are known for 2 years, turnover (exports + imports) for 1 year only',
    );
    // 2022 is missing, so 2023 has no year-on-year rate; the average spans the gap.
    expect(out).toMatch(/2023\s+US\$38\.9 billion\s+—/);
    expect(out).toContain('Average growth 2021–2023 (CAGR): +0.4 % a year');
    // In Chinese the code is named in Chinese, as the widgets name it: no English ", HS".
    const zh = (
      await bilateral('report', join(dir, 'soy.json'), '--locale', 'zh', '--currency', 'CNY')
    ).out;
    expect(zh).toContain('巴西报告的对中国贸易（HS编码1201：Soya beans, whether or not broken）（');
    expect(zh).toContain(
      '巴西–中国出口增长（HS编码1201：Soya beans, whether or not broken）（巴西数据）',
    );
    expect(zh).toContain('巴西–中国出口增长（HS编码1201），以CNY与USD对照');
    expect(zh).not.toContain(', HS');
    const { json } = await bilateralJson('report', join(dir, 'soy.json'));
    expect(json.trade.map((t: { commodity: string | null }) => t.commodity)).toEqual([
      '0901',
      '1201',
    ]);
    expect(json.growth).toMatchObject({ measure: 'exports', commodity: '1201' });
  });

  it('reports exports and imports in two currencies without adding them up', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'currencies.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/2024\s+US\$100\s+€80\s+—\s+—\s+—\s+currencies differ \(USD, EUR\)/);
    // Growth falls back to exports, saying why.
    expect(out).toContain("Growth of Vietnam–Laos exports (Vietnam's figures)");
    expect(out).toContain('exports only: turnover needs one currency');
    const { json } = await bilateralJson('report', join(dir, 'currencies.json'));
    expect(json.trade[0].rows[0]).toMatchObject({ currency: 'USD', importsCurrency: 'EUR' });
    expect(json.growth).toMatchObject({ measure: 'exports' });
    expect(json.growth.note).toMatch(/^exports only: turnover needs one currency/);
    expect(json.growthNote).toBeNull();
  });

  it('reports growth from a year without trade, saying why there is no average', async () => {
    const { code, out, err } = await bilateral('report', join(dir, 'from-zero.json'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'no average growth: turnover in 2023 is 0, and growth needs a base above 0',
    );
  });

  it('reads a dataset file, in Vietnamese', async () => {
    const { code, out } = await bilateral('report', join(dir, 'good.json'), '--locale', 'vi');
    expect(code).toBe(0);
    expect(out).toContain('491,9 triệu USD');
  });

  it('gives JSON with --json', async () => {
    const { json } = await bilateralJson('report', '--dataset', 'laos-china');
    expect(json.dataset.id).toBe('laos-china');
  });

  it('refuses an unknown dataset or locale', async () => {
    expect((await bilateral('report', '--dataset', 'mars')).err).toContain(
      'no embedded dataset "mars"',
    );
    expect((await bilateral('report', '--locale', 'fr')).err).toContain('unknown locale "fr"');
  });

  it('points a file name that is an embedded dataset, where no such file is, to --dataset', async () => {
    const { code, err } = await bilateral('report', 'laos-china');
    expect(code).toBe(2);
    expect(err).toContain(
      'cannot read laos-china: no such file; the embedded dataset is "bilateral report --dataset laos-china"',
    );
    expect((await bilateral('report', 'mars')).err).toMatch(/cannot read mars: no such file$/m);
  });

  it('reports an invalid dataset file with exit code 1', async () => {
    const { code, err } = await bilateral('report', join(dir, 'broken.json'));
    expect(code).toBe(1);
    // People read the problems; the class and the code are for programs (`--json` gives it).
    // Named by the file, as a problem of the --rates file is by its own.
    expect(err.split('\n')[0]).toBe(`bilateral report: ${join(dir, 'broken.json')}: 2 problems:`);
    expect(err).toContain('flows[0].value');
    expect(err).not.toMatch(/BilateralError|INVALID_DATASET/);
    const json = await bilateral('report', join(dir, 'broken.json'), '--json');
    expect(JSON.parse(json.out).error).toMatchObject({ code: 'INVALID_DATASET' });
  });
});
