import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { parseDataset } from '../dataset/schemas.js';
import {
  type ComtradeServer,
  type Handler,
  raw,
  startComtradeServer,
  tableHandler,
  tooManyRequests,
  totalsRecord,
} from '../io/__fixtures__/comtrade-server.js';
import { exists } from './__fixtures__/temp-folder.js';

const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
/** Thailand–Cambodia totals, 2015–2024: invented values, one past 2^53 and with decimals. */
const PAIR = YEARS.flatMap((year, i) => [
  totalsRecord(764, 116, 'X', year, i === 9 ? raw('9007199254740993.25') : 5_000_000_000 + i),
  totalsRecord(764, 116, 'M', year, 1_000_000_000 + i),
]);
const KEY = 'secret-subscription-key';

let server: ComtradeServer | undefined;
let dir = '';
const at = (name: string) => join(dir, name);

async function serve(handler: Handler): Promise<ComtradeServer> {
  server = await startComtradeServer(handler);
  vi.stubEnv('BILATERAL_COMTRADE_URL', server.url);
  return server;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-fetch-'));
  vi.stubEnv('COMTRADE_API_KEY', KEY);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

const FETCH = [
  'fetch',
  'comtrade',
  '--reporter',
  'THA',
  '--partner',
  'KHM',
  '--years',
  '2015-2024',
];

describe('bilateral fetch comtrade', () => {
  it('goes from the API to a dataset and a report on the pair', async () => {
    const s = await serve(tableHandler(PAIR));
    const fetched = await bilateral(...FETCH, '-o', at('tha-khm.json'), '--cache-dir', at('cache'));
    expect(fetched.err).toBe('');
    expect(fetched.code).toBe(0);
    expect(fetched.out).toContain('fetched 20 records in 1 request');
    expect(fetched.out).toContain('imported 20 flows into');
    expect(s.requests[0]?.key).toBe(KEY);

    const written = JSON.parse(await readFile(at('tha-khm.json'), 'utf8'));
    const dataset = parseDataset(written);
    expect(dataset.id).toBe('tha-khm');
    expect(dataset.flows).toHaveLength(20);
    const exports2024 = written.flows.find(
      (f: { flow: string; period: string }) => f.flow === 'export' && f.period === '2024',
    );
    expect(exports2024?.value).toBe('9007199254740993.25');
    const [source] = dataset.sources;
    expect(source?.url).toContain('reporterCode=764');
    expect(source?.note).toContain('Fetched by "bilateral fetch comtrade" on ');
    expect(source?.note).toContain('period 2015–2024 (annual)');
    expect(source?.note).toContain('customsCode C00, motCode 0, partner2Code 0');

    const report = await bilateral('report', at('tha-khm.json'));
    expect(report.code).toBe(0);
    expect(report.out).toContain('Thailand');
    expect(report.out).toContain('Cambodia');
    expect(`${fetched.out}${fetched.err}${report.out}`).not.toContain(KEY);
  });

  it('keeps the World, the EU and the special areas of an all-partners pull as named partners', async () => {
    const partner = (code: number, iso: string, desc: string, value: number) => ({
      ...totalsRecord(764, code, 'X', 2024, value),
      partnerISO: iso,
      partnerDesc: desc,
    });
    await serve(
      tableHandler([
        partner(0, 'W00', 'World', 1000),
        partner(116, 'KHM', 'Cambodia', 600),
        partner(97, 'EUR', 'EU', 250),
        partner(899, '_X', 'Areas, nes', 30),
        partner(837, 'X2', 'Bunkers', 20),
      ]),
    );
    const output = at('tha-all.json');
    const argv = ['fetch', 'comtrade', '--reporter', 'THA', '--years', '2024', '--flows', 'X'];
    const fetched = await bilateral(...argv, '-o', output, '--no-cache');
    expect(fetched.code).toBe(0);
    expect(fetched.out).toContain('excluded nothing');
    const dataset = parseDataset(JSON.parse(await readFile(output, 'utf8')));
    // Each partner keeps its own record's value: the World's and the EU's are never sums.
    expect(dataset.flows.map((flow) => [flow.partner, flow.value.amount.toFixed()])).toEqual([
      ['WLD', '1000'],
      ['KHM', '600'],
      ['EUN', '250'],
      ['XNS', '30'],
      ['XBK', '20'],
    ]);
    const report = await bilateral('report', output);
    expect(report.code).toBe(0);
    for (const name of ['the World', 'Cambodia', 'the European Union', 'Areas, nes', 'Bunkers']) {
      expect(report.out).toContain(`Trade reported by Thailand with ${name} `);
    }
  });

  it('names the dataset after the query when no -o is given', async () => {
    await serve(tableHandler(PAIR));
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const { code, out } = await bilateral(...FETCH, '--no-cache');
      expect(code).toBe(0);
      expect(out).toContain('into tha-khm-2015-2024.json (dataset "tha-khm-2015-2024"');
    } finally {
      process.chdir(previous);
    }
    expect(await exists(at('tha-khm-2015-2024.json'))).toBe(true);
  });

  it('shows progress on stderr when it is a terminal, and never with --json', async () => {
    const table = tableHandler(PAIR);
    await serve((request, index) => (index === 0 ? tooManyRequests(0) : table(request, index)));
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    try {
      const text = await bilateral(...FETCH, '-o', at('tty.json'), '--no-cache');
      expect(text.err.split('\n')).toEqual([
        '  HTTP 429: Rate limit is exceeded. Try again in 0 seconds; trying again in 0.0 s (try 2)',
        '  request 1/1: 20 records so far',
      ]);
      const json = await bilateral(...FETCH, '-o', at('tty.json'), '--no-cache', '--json');
      expect(json.err).toBe('');
    } finally {
      if (tty === undefined) Reflect.deleteProperty(process.stderr, 'isTTY');
      else Object.defineProperty(process.stderr, 'isTTY', tty);
    }
  });

  it('prints one JSON envelope with --json', async () => {
    await serve(tableHandler(PAIR));
    const { code, out } = await bilateral(...FETCH, '-o', at('pair.json'), '--no-cache', '--json');
    expect(code).toBe(0);
    const envelope = JSON.parse(out);
    expect(envelope).toMatchObject({
      ok: true,
      command: 'fetch',
      result: {
        endpoint: 'final',
        records: 20,
        imported: 20,
        output: at('pair.json'),
        dataset: { id: 'pair', flows: 20, sources: 1 },
      },
    });
    expect(envelope.result.requests).toHaveLength(1);
  });

  it('does not call a merged total of exactly 500 records possibly truncated', async () => {
    vi.stubEnv('COMTRADE_API_KEY', '');
    const many = YEARS.flatMap((year) =>
      Array.from({ length: 50 }, (_, p) => ({
        ...totalsRecord(764, 116, 'X', year, p + 1),
        cmdCode: String(10 + p),
      })),
    );
    const s = await serve(tableHandler(many));
    const { code, out } = await bilateral(
      'fetch',
      'comtrade',
      '--reporter',
      'THA',
      '--partner',
      'KHM',
      '--years',
      '2015-2024',
      '--flows',
      'X',
      '-o',
      at('500.json'),
      '--no-cache',
      '--json',
    );
    expect(code).toBe(0);
    const { result } = JSON.parse(out);
    expect(result.records).toBe(500);
    expect(s.requests.length).toBe(3);
    expect(result.notes.map((note: { code: string }) => note.code)).not.toContain(
      'possibly-truncated',
    );
  });

  it('writes the records as JSON Lines, values as the JSON text had them', async () => {
    await serve(tableHandler(PAIR));
    const { code } = await bilateral(...FETCH, '--out', at('pair.jsonl'), '--no-cache');
    expect(code).toBe(0);
    const rows = (await readFile(at('pair.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(20);
    expect(rows.find((row) => row.period === '2024' && row.flowCode === 'X').primaryValue).toBe(
      '9007199254740993.25',
    );
  });

  it('says the reader of its output stopped reading before the end, not that it wrote them (-o /dev/stdout | head)', async () => {
    // Records of 50 kB each: 1 MB of JSON Lines, more than the reader's first chunk and a pipe hold.
    await serve(tableHandler(PAIR.map((row) => ({ ...row, cmdDesc: 'x'.repeat(50_000) }))));
    const pipe = at('pipe.jsonl');
    execFileSync('mkfifo', [pipe]);
    const reader = createReadStream(pipe);
    reader.once('data', () => reader.destroy());
    const { code, out } = await bilateral(...FETCH, '-o', pipe, '--no-cache');
    expect(code).toBe(0);
    expect(out).toBe(
      `fetched 20 records in 1 request, but the reader of ${pipe} stopped reading before the end: it has only part of them (JSON Lines)`,
    );
    const again = createReadStream(pipe);
    again.once('data', () => again.destroy());
    const json = await bilateral(...FETCH, '-o', pipe, '--no-cache', '--json');
    expect(JSON.parse(json.out).result.readerLeft).toEqual([pipe]);
  });

  it('resumes: after a failure nothing is written, and a rerun asks only for what is missing', async () => {
    let refuse = true;
    const table = tableHandler(PAIR);
    const s = await serve((request, index) =>
      refuse && index === 1
        ? { status: 400, body: JSON.stringify({ error: 'Service unavailable for this period' }) }
        : table(request, index),
    );
    const args = [
      ...FETCH.slice(0, -1),
      '1999-2024',
      '-o',
      at('long.json'),
      '--cache-dir',
      at('cache'),
    ];
    await writeFile(at('long.json'), 'the previous dataset\n');
    const failed = await bilateral(...args);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('Service unavailable for this period');
    expect(await readFile(at('long.json'), 'utf8')).toBe('the previous dataset\n');
    expect(await readdir(at('cache'))).toHaveLength(1);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    refuse = false;
    const before = s.requests.length;
    const rerun = await bilateral(...args);
    expect(rerun.code).toBe(0);
    expect(rerun.out).toContain('in 3 requests (1 from the cache)');
    expect(s.requests.length - before).toBe(2);
  });

  it('never prints the key, even when it is refused', async () => {
    await serve(() => ({
      status: 401,
      body: JSON.stringify({
        statusCode: 401,
        message: 'Access denied due to invalid subscription key.',
      }),
    }));
    for (const json of [[], ['--json']]) {
      const { code, out, err } = await bilateral(
        ...FETCH,
        '-o',
        at('x.json'),
        '--no-cache',
        ...json,
      );
      expect(code).toBe(1);
      expect(`${out}${err}`).toContain('COMTRADE_API_KEY');
      expect(`${out}${err}`).not.toContain(KEY);
    }
    expect(await exists(at('x.json'))).toBe(false);
  });

  it('says so when the API has no records, and writes nothing', async () => {
    await serve(tableHandler([]));
    const { code, err } = await bilateral(...FETCH, '-o', at('none.json'), '--no-cache');
    expect(code).toBe(1);
    // It read "no records for UN Comtrade API v1, …", as if the API were what had none.
    expect(err).toMatch(
      /^UN Comtrade has no records for this query \(UN Comtrade API v1, final data: reporterCode 764; .*\); nothing was written$/,
    );
    expect(await exists(at('none.json'))).toBe(false);
  });

  it('uses the preview without a key', async () => {
    vi.stubEnv('COMTRADE_API_KEY', '');
    const s = await serve(tableHandler(PAIR));
    const { code } = await bilateral(...FETCH, '-o', at('p.json'), '--no-cache');
    expect(code).toBe(0);
    expect(s.requests[0]?.url.pathname).toBe('/public/v1/preview/C/A/HS');
    expect(s.requests[0]?.key).toBeUndefined();
  });

  it.each([
    [['fetch'], 'fetch from where?'],
    [['fetch', 'wits', '--reporter', 'THA', '--years', '2023'], 'unknown source "wits"'],
    [['fetch', 'comtrade', '--years', '2023'], 'which reporter?'],
    [['fetch', 'comtrade', '--reporter', 'THA'], 'which periods?'],
    [
      // Both given were asked "which periods?", as if neither had been.
      ['fetch', 'comtrade', '--reporter', 'THA', '--years', '2023', '--months', '2023-01'],
      '--years and --months together: give one (years for annual data, months for monthly)',
    ],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--years', '2024-2015'],
      'the first year is after the last',
    ],
    [['fetch', 'comtrade', '--reporter', 'THA', '--years', '1900-2024'], 'at most 100 years'],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--years', '1800'],
      '--years: "1800" is before 1962, the first year UN Comtrade holds',
    ],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--months', '1961-11/1962-02'],
      '--months: "1961-11" and 1 more are before 1962, the first year UN Comtrade holds',
    ],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--months', '2023-13/2024-01'],
      'between 01 and 12',
    ],
    [['fetch', 'comtrade', '--reporter', 'THA,', '--years', '2023'], 'has an empty item'],
    [['fetch', 'comtrade', '--reporter', 'THA', '--years', '2023', '--tariffline'], 'JSON Lines'],
    [
      ['fetch', 'comtrade', '--reporter', 'XXX', '--years', '2023'],
      '--reporter: "XXX" is not an economy code Bilateral knows: give one it knows (ISO alpha-3) or a UN Comtrade code (a number such as 764); "bilateral economies" lists them all',
    ],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--years', '2023', '--flows', 'Q'],
      '--flows: "Q" is not a UN Comtrade flow code',
    ],
    [
      ['fetch', 'comtrade', '--reporter', 'THA', '--years', '2023', '--commodity', '1'],
      '--commodity: "1" is not a commodity code',
    ],
  ])('refuses %j (exit 2)', async (argv, message) => {
    const { code, err } = await bilateral(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('refuses an output whose folder is missing, or is a file, before any request (exit 2)', async () => {
    // It fetched first (six tries when offline, a key's quota when not), then could not write.
    const s = await serve(tableHandler(PAIR));
    await writeFile(at('file'), '');
    for (const [output, why] of [
      [at('no/out.json'), 'its folder does not exist'],
      [at('file/out.jsonl'), 'a part of its path is a file, not a folder'],
    ] as const) {
      const { code, err } = await bilateral(...FETCH, '-o', output, '--no-cache');
      expect(err).toBe(`bilateral fetch: cannot write ${output}: ${why}`);
      expect(code).toBe(2);
    }
    expect(s.requests).toHaveLength(0);
  });

  it('refuses an output named as a format it does not write (CSV), before any request', async () => {
    // It wrote the dataset's JSON into out.csv, and into out.json.gz, where gzip is now written.
    const s = await serve(tableHandler(PAIR));
    for (const [name, what] of [
      ['out.csv', 'CSV'],
      ['out.parquet.gz', 'gzipped Parquet (Parquet compresses its own columns: name it .parquet)'],
      ['out.gz', 'gzip of a format the name does not give'],
    ] as const) {
      const { code, err } = await bilateral(...FETCH, '-o', at(name), '--no-cache');
      expect(err).toBe(
        `bilateral fetch: -o ${at(name)}: fetch writes a dataset (.json), JSON Lines (.jsonl), either gzipped (.json.gz, .jsonl.gz), or Parquet (.parquet), not ${what}`,
      );
      expect(code).toBe(2);
    }
    expect(s.requests).toHaveLength(0);
  });

  it('writes -o *.json.gz and *.jsonl.gz gzipped: the bytes of .json and .jsonl, which validate reads', async () => {
    await serve(tableHandler(PAIR));
    const cache = ['--no-cache'];
    for (const name of ['pair.json', 'pair.jsonl']) {
      const plain = await bilateral(...FETCH, '-o', at(name), ...cache);
      const packed = await bilateral(...FETCH, '-o', at(`${name}.gz`), ...cache);
      expect([plain.code, packed.code]).toEqual([0, 0]);
      expect(packed.out).toBe(plain.out.replaceAll(name, `${name}.gz`));
      // The dataset's id is the name's without .gz (pair), as the source's note and date are.
      expect(gunzipSync(await readFile(at(`${name}.gz`)))).toEqual(await readFile(at(name)));
    }
    expect((await bilateral('validate', at('pair.json.gz'))).out).toBe(
      `${at('pair.json.gz')}: valid — 20 flows, 1 source`,
    );
    // Tariff lines are JSON Lines: gzipped too.
    const lines = await bilateral(...FETCH, '-o', at('tl.jsonl.gz'), '--tariffline', ...cache);
    expect(lines.code).toBe(0);
    const text = gunzipSync(await readFile(at('tl.jsonl.gz'))).toString('utf8');
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toHaveLength(20);
  });

  it('refuses "-" as an output before any request: standard output is /dev/stdout', async () => {
    const s = await serve(tableHandler(PAIR));
    const { code, err } = await bilateral(...FETCH, '-o', '-', '--no-cache');
    expect(err).toBe(
      'bilateral fetch: -o -: a file name is expected; standard output is /dev/stdout (a file named "-" is ./-)',
    );
    expect(code).toBe(2);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a year after the current one before any request (exit 2), as a year before 1962', async () => {
    const s = await serve(tableHandler(PAIR));
    const { code, err } = await bilateral(
      'fetch',
      'comtrade',
      '--reporter',
      'THA',
      '--years',
      '2205',
    );
    // The year the command read from the clock: the test's own reading may be a year later.
    expect(err).toMatch(
      /^bilateral fetch: --years: "2205" is after \d{4}, the current year: UN Comtrade holds no data yet$/,
    );
    expect(code).toBe(2);
    const months = await bilateral(
      ...['fetch', 'comtrade', '--reporter', 'THA', '--months', '2204-11/2205-02', '--json'],
    );
    expect(months.code).toBe(2);
    expect(JSON.parse(months.out).error.issues).toEqual([
      {
        path: ['--months', 0],
        message: expect.stringMatching(/^"2204-11" and 3 more are after \d{4}, the current year/),
      },
    ]);
    expect(s.requests).toEqual([]);
  });

  it('names BILATERAL_COMTRADE_URL, not the library option, for an address on a port fetch refuses', async () => {
    vi.stubEnv('BILATERAL_COMTRADE_URL', 'http://127.0.0.1:6000');
    const { err } = await bilateral(...FETCH);
    expect(err).toContain('give the API address another port (BILATERAL_COMTRADE_URL)');
    expect(err).not.toContain('baseUrl');
  });

  it('refuses a base URL that is not http(s), and a bad option value as a usage error (exit 2)', async () => {
    vi.stubEnv('BILATERAL_COMTRADE_URL', 'ftp://example.org');
    expect((await bilateral(...FETCH)).err).toContain('BILATERAL_COMTRADE_URL');
    vi.stubEnv('BILATERAL_COMTRADE_URL', 'http://127.0.0.1:9');
    const bad = await bilateral(
      'fetch',
      'comtrade',
      '--reporter',
      'XYZ',
      '--years',
      '2023',
      '--json',
    );
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error).toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(/^--reporter: "XYZ" is not an economy code/),
    });
    // The hint is data too: its code and the command's words, on the issue of its option.
    expect(JSON.parse(bad.out).error.issues).toEqual([
      {
        path: ['--reporter', 0],
        message: expect.stringMatching(
          /^"XYZ" is not an economy code .*; "bilateral economies" lists them all$/,
        ),
        hint: { code: 'LIST_ECONOMIES', message: '"bilateral economies" lists them all' },
      },
    ]);
  });
});
