import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { CliIo } from './cli-io.js';
import { run } from './main.js';

/** What a terminal acts on: no line the command prints may hold one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

let dir = '';
const at = (name: string) => join(dir, name);
const seed003 = join(
  import.meta.dirname,
  '..',
  'figures',
  '__fixtures__',
  'seed-003-statements.json',
);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-hostile-'));
  const dataset = JSON.stringify(vietnamLaosDocument);
  await writeFile(at('bom.json'), `\uFEFF${dataset}`);
  await writeFile(at('bom-statements.json'), `\uFEFF${await readFile(seed003, 'utf8')}`);
  await writeFile(at('utf16le.json'), Buffer.from(`\uFEFF${dataset}`, 'utf16le'));
  // UTF-16 without a byte-order mark: NUL bytes between the ASCII letters.
  await writeFile(at('utf16-no-bom.csv'), Buffer.from('reporter,partner\n', 'utf16le'));
  await writeFile(at('latin1.csv'), Buffer.from([0x56, 0x69, 0xea, 0x74, 0x0a]));
  await writeFile(at('empty.json'), '');
  await writeFile(at('blank.csv'), ' \n\r\n');
  await writeFile(at('not-json.json'), '{ "id": ');
  await mkdir(at('a-directory'));
  const broken = structuredClone(vietnamLaosDocument) as { flows: Record<string, unknown>[] };
  (broken.flows[0] as Record<string, unknown>).value = '1,5';
  await writeFile(at('broken.json'), JSON.stringify(broken));
  // A dataset whose texts try to drive the terminal.
  const escapes = {
    id: 'escapes',
    title: { en: 'Trade\u001b]0;PWNED\u0007\u001b[2J report\u202e' },
    sources: [
      {
        id: 'customs',
        publisher: 'Customs\u001b]52;c;aGk=\u0007',
        title: 'Trade\u009b2J',
        date: '2025-03',
        language: 'en',
      },
    ],
    flows: [
      {
        reporter: 'VNM',
        partner: 'LAO',
        flow: 'export',
        period: '2024',
        value: '100',
        currency: 'USD',
        status: 'official',
        source: 'customs',
      },
    ],
  };
  await writeFile(at('escapes.json'), JSON.stringify(escapes));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('names that are properties of every object (defect 3)', () => {
  it('are unknown commands, with exit code 2 and no internal error', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const { code, err } = await bilateral(name);
      expect(code, name).toBe(2);
      expect(err).toBe(
        `bilateral: unknown command "${name}". Run "bilateral --help" for the list.`,
      );
    }
  });

  it('are no embedded datasets', async () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const { code, err } = await bilateral('report', '--dataset', name);
      expect(code, name).toBe(2);
      expect(err).toContain(
        `no embedded dataset "${name}"; choose one of vietnam-laos, laos-china`,
      );
    }
  });
});

describe('--json (defect 9)', () => {
  /** Runs with --json: stdout must be exactly one envelope, stderr empty. */
  async function envelope(...argv: string[]) {
    const result = await bilateral(...argv);
    expect(result.err, argv.join(' ')).toBe('');
    return { code: result.code, json: JSON.parse(result.out) };
  }

  it('is one envelope on stdout for every failure, with a stable code and the exit code unchanged', async () => {
    const cases: [string[], string | null, string, number][] = [
      [['frobnicate', '--json'], null, 'USAGE', 2],
      [['--json'], null, 'USAGE', 2],
      [['--json', 'constructor'], null, 'USAGE', 2],
      [['report', '--colour', '--json'], 'report', 'USAGE', 2],
      [['report', '--dataset', 'mars', '--json'], 'report', 'USAGE', 2],
      [['report', '--locale', 'fr', '--json'], 'report', 'USAGE', 2],
      [['validate', '--json'], 'validate', 'USAGE', 2],
      [['validate', at('nope.json'), '--json'], 'validate', 'FILE_UNREADABLE', 2],
      [['validate', at('a-directory'), '--json'], 'validate', 'FILE_UNREADABLE', 2],
      [['validate', at('not-json.json'), '--json'], 'validate', 'NOT_JSON', 2],
      [['validate', at('utf16le.json'), '--json'], 'validate', 'NOT_UTF8', 2],
      [['validate', at('empty.json'), '--json'], 'validate', 'EMPTY_FILE', 1],
      [['report', at('broken.json'), '--json'], 'report', 'INVALID_DATASET', 1],
      [['reconcile', at('not-json.json'), '--json'], 'reconcile', 'NOT_JSON', 2],
      [
        ['import', 'flows', at('blank.csv'), '-o', at('x.json'), '--json'],
        'import',
        'EMPTY_FILE',
        1,
      ],
      [['import', 'wits', 'x', '-o', 'y', '--json'], 'import', 'USAGE', 2],
    ];
    for (const [argv, command, code, exit] of cases) {
      const result = await envelope(...argv);
      expect(result.code, argv.join(' ')).toBe(exit);
      expect(result.json, argv.join(' ')).toMatchObject({ ok: false, command, error: { code } });
      expect(result.json.error.message).toEqual(expect.any(String));
      expect(result.json.error.issues).toEqual(expect.any(Array));
    }
  });

  it('gives every issue of an invalid dataset with its path', async () => {
    const { json } = await envelope('report', at('broken.json'), '--json');
    expect(json.error.issues).toEqual([
      { path: ['flows', 0, 'value'], message: expect.stringContaining('decimal') },
    ]);
  });

  it('takes --json before the command too, and gives help as JSON', async () => {
    const { code, json } = await envelope('--json', 'validate', at('bom.json'));
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, command: 'validate', result: { valid: true } });
    const help = await envelope('report', '--help', '--json');
    expect(help.json.result.help).toContain('Usage: bilateral report');
  });

  it('gives rates as fractions and computed numbers to 12 significant digits', async () => {
    const { json } = await envelope('report', '--json');
    const growth = json.result.growth.rows as { period: string; published: string | null }[];
    // Vietnam–Laos 2017: 8.5 % published, as computed from the levels.
    expect(growth.find((row) => row.period === '2017')).toMatchObject({
      computed: '0.085',
      computedDigits: null,
      computedRounded: '0.085',
      published: '0.085',
    });
    // 2024: "US$2.2 billion" on US$1.65 billion, 29.9–36.8 %: the exact rate, and "about +30 %".
    expect(growth.find((row) => row.period === '2024')).toMatchObject({
      computed: '0.333333333333',
      computedDigits: 2,
      computedRounded: '0.3',
    });
    expect(json.result.growth.cagr).toMatchObject({ digits: 3, rounded: '0.15' });
    const numbers = JSON.stringify(json.result).match(/"-?\d+\.\d+"/g) ?? [];
    const digits = (text: string) => text.replace(/[^\d]/g, '').replace(/^0+/, '').length;
    expect(Math.max(...numbers.map(digits))).toBeLessThanOrEqual(12);
    const percent = JSON.stringify(json.result.reconciliation).match(/"unit":"%"/g);
    expect(percent).toBeNull();
  });
});

describe('files (defect 12)', () => {
  it('reads JSON with a byte-order mark in validate, report and reconcile', async () => {
    expect((await bilateral('validate', at('bom.json'))).code).toBe(0);
    expect((await bilateral('report', at('bom.json'))).code).toBe(0);
    expect((await bilateral('reconcile', at('bom-statements.json'))).code).toBe(0);
  });

  it('says to save UTF-16 and other encodings as UTF-8', async () => {
    for (const file of ['utf16le.json', 'utf16-no-bom.csv', 'latin1.csv']) {
      const { code, err } = await bilateral('import', 'flows', at(file), '-o', at('x.json'));
      expect(code, file).toBe(2);
      expect(err).toContain('is not UTF-8 text');
      expect(err).toContain('save it as UTF-8');
    }
  });

  it('refuses a NUL byte past the first 64 as every command does (NOT_UTF8, exit 2), naming the file', async () => {
    // The import's reader looked at 64 bytes, the importer at 1,024 characters: a NUL in between
    // was INVALID_IMPORT, exit 1, "the file is UTF-16" and no file name in --json's message.
    const file = at('nul.csv');
    const row = 'VNM,LAO,export,2024,100,USD\n';
    await writeFile(
      file,
      `reporter,partner,flow,period,value,currency\n${row.repeat(3)}VNM\u0000\n`,
    );
    for (const format of ['flows', 'comtrade']) {
      const { code, out } = await bilateral('import', format, file, '-o', at('x.json'), '--json');
      expect([code, JSON.parse(out).error.code, JSON.parse(out).error.message]).toEqual([
        2,
        'NOT_UTF8',
        `${file} is not UTF-8 text (it looks like UTF-16, or a binary file): save it as UTF-8`,
      ]);
    }
    expect((await bilateral('validate', file)).code).toBe(2);
  });

  it('refuses an empty file with exit code 1, in import and everywhere else', async () => {
    const output = at('never-written.json');
    const cases = [
      ['import', 'comtrade', at('empty.json'), '-o', output],
      ['import', 'flows', at('blank.csv'), '-o', output],
      ['validate', at('empty.json')],
      ['reconcile', at('empty.json')],
    ];
    for (const argv of cases) {
      const { code, err } = await bilateral(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toContain('the file is empty');
    }
    await expect(readFile(output)).rejects.toThrow();
  });

  it('names a directory as such', async () => {
    const { code, err } = await bilateral('report', at('a-directory'));
    expect(code).toBe(2);
    expect(err).toBe(`bilateral report: cannot read ${at('a-directory')}: it is a directory`);
  });
});

describe('what the command prints (defects 8 and 10)', () => {
  it('strips control characters of the data in text mode, and keeps them escaped in JSON', async () => {
    const text = await bilateral('report', at('escapes.json'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('Trade report — Bilateral report');
    for (const line of [...text.out.split('\n'), ...text.err.split('\n')]) {
      expect(line).not.toMatch(CONTROL);
    }
    const json = await bilateral('report', at('escapes.json'), '--json');
    expect(json.out).not.toMatch(CONTROL);
    expect(JSON.parse(json.out).result.dataset.title).toBe(
      'Trade\u001b]0;PWNED\u0007\u001b[2J report\u202e',
    );
  });

  it('strips them from argv quoted in messages too', async () => {
    const { err } = await bilateral('validate', 'x\u001b]0;PWNED\u0007.json');
    expect(err).toBe('bilateral validate: cannot read x.json: no such file');
  });

  it('caps what a message quotes of argv', async () => {
    const huge = 'x'.repeat(1_000_000);
    for (const argv of [[huge], ['report', `--${huge}`], ['report', '--dataset', huge]]) {
      const { code, err } = await bilateral(...argv);
      expect(code).toBe(2);
      expect(err.length).toBeLessThan(400);
      expect(err).toMatch(/\(1,000,00[02] characters\)/);
    }
  });
});

describe('an unexpected error (a bug)', () => {
  it('is one line asking for a report, exit code 70, never a stack trace', async () => {
    const err: string[] = [];
    const io: CliIo = {
      out: () => {
        throw new TypeError('boom\n    at somewhere (file.js:1:1)');
      },
      err: (text) => err.push(text),
      color: false,
    };
    expect(await run(['report'], io)).toBe(70);
    expect(err).toEqual(['bilateral report: internal error (please report it): TypeError: boom']);
  });
});
