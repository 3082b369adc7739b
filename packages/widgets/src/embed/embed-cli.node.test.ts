import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onFullDisk } from '../../../core/src/__fixtures__/source-command.js';
import { runEmbed } from './embed-cli.js';

/** Runs the command; `out` and `err` are its lines, `json` the parsed envelope with --json. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEmbed(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  const json = argv.includes('--json') ? JSON.parse(out.join('\n')) : undefined;
  return { code, out, err, json };
}

const folders: string[] = [];
/** A new temporary folder, removed after this file's tests. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-embed-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('bilateral-embed', () => {
  it('writes one page per chart element, with no script, its chart, table and source line', async () => {
    const out = folder();
    const { code, json } = await run('vietnam-laos', '-o', out, '--json');
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.result.files.map((f: { element: string }) => f.element)).toEqual([
      'growth',
      'balance',
      'target',
      'gates',
      'dashboard',
    ]);
    for (const name of ['growth', 'balance', 'target', 'gates']) {
      const page = readFileSync(join(out, `${name}.html`), 'utf8');
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(page).toContain(`<bilateral-${name}><template shadowrootmode="open"><style>`);
      expect(page).not.toMatch(/<script|lit-part|lit-node/);
      expect(page).toMatch(/<svg[^>]* viewBox="0 0 640 /);
      expect(page).toContain('<table');
      expect(page).toContain('Source: ');
    }
    // The figures the live element shows (elements.browser.test.ts and growth.browser.test.ts).
    const growth = readFileSync(join(out, 'growth.html'), 'utf8');
    expect(growth).toContain('<title>Vietnam–Laos turnover</title>');
    expect(growth).toContain('US$892.9 million');
    expect(growth).toMatch(/Vietnam–Laos turnover rose from/);
  });

  it('names the gates’ provinces in the page’s language, as the live element does', async () => {
    const out = folder();
    const { code } = await run(
      ...['vietnam-laos', '-o', out, '-e', 'gates', '--locale', 'vi', '--set', 'country=LAO'],
    );
    expect(code).toBe(0);
    const page = readFileSync(join(out, 'gates.html'), 'utf8');
    // As the live element draws them (gates-languages.browser.test.ts), not the dataset's names.
    expect(page).toContain('Khăm Muộn');
    expect(page).not.toContain('Khammouane');
  });

  it('writes the dashboard as one page: its title, then the panels the live one shows for the pair', async () => {
    const out = folder();
    const { code } = await run('vietnam-laos', '-o', out, '-e', 'dashboard');
    expect(code).toBe(0);
    const page = readFileSync(join(out, 'dashboard.html'), 'utf8');
    expect(page).toContain('<title>Vietnam–Laos trade</title>');
    expect(page).toContain('<h1 style="font-size:1.4em">Vietnam–Laos trade</h1>');
    expect(page).not.toMatch(/<script|lit-part|lit-node/);
    const panels = [...page.matchAll(/<bilateral-(\w+)><template shadowrootmode="open">/g)];
    expect(panels.map((panel) => panel[1])).toEqual(['growth', 'balance', 'target', 'gates']);
    // Panels are headings one level under the page's title.
    expect(page.match(/role="heading" aria-level="2"/g)).toHaveLength(4);
    // Laos–China has no target: no target panel, as on a live page; a `title` replaces the title.
    const other = folder();
    await run('laos-china', '-o', other, '-e', 'dashboard', '--set', 'title=Laos and China');
    const second = readFileSync(join(other, 'dashboard.html'), 'utf8');
    expect(second).toContain('<title>Laos and China</title>');
    const shown = [...second.matchAll(/<bilateral-(\w+)><template/g)].map((panel) => panel[1]);
    expect(shown).toEqual(['growth', 'balance', 'gates']);
  });

  it('speaks the language asked for, takes attributes, and writes nothing for an empty selection', async () => {
    const out = folder();
    const { code, out: lines } = await run(
      'vietnam-laos',
      '--out',
      out,
      '--locale',
      'vi',
      '--theme',
      'dark',
      '-e',
      'growth',
      '-e',
      'balance',
      '--set',
      'from=2030',
    );
    expect(code).toBe(0);
    expect(lines).toEqual([
      'nothing to show for <bilateral-growth>: no file written',
      'nothing to show for <bilateral-balance>: no file written',
    ]);
    const again = await run(
      'vietnam-laos',
      '-o',
      out,
      '--locale',
      'vi',
      '--theme',
      'dark',
      '-e',
      'growth',
    );
    expect(again.out).toEqual([
      `wrote ${join(out, 'growth.html')}: <bilateral-growth> "Kim ngạch thương mại Việt Nam – Lào"`,
    ]);
    const page = readFileSync(join(out, 'growth.html'), 'utf8');
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('<bilateral-growth theme="dark">');
  });

  it('refuses a from/to that names no year, or a to before from, as the element does (exit 1, the path named), whichever element reads it', async () => {
    const out = folder();
    const cases = [
      { element: 'growth', set: ['to=2O24'], err: 'to: expected a year YYYY, got "2O24"' },
      {
        element: 'target',
        set: ['from=last year'],
        err: 'from: expected a year YYYY, got "last year"',
      },
      // The gates' as-of day is written from `to`; a balance of one period reads no range.
      { element: 'gates', set: ['to=2O24'], err: 'to: expected a year YYYY, got "2O24"' },
      {
        element: 'balance',
        set: ['period=2023', 'from=2019-06'],
        err: 'from: expected a year YYYY, got "2019-06"',
      },
      {
        element: 'dashboard',
        set: ['from=2024', 'to=2019'],
        err: 'to: expected a year YYYY from 2024, got "2019"',
      },
    ];
    for (const { element, set, err } of cases) {
      const argv = ['vietnam-laos', '-o', out, '-e', element, ...set.flatMap((a) => ['--set', a])];
      const text = await run(...argv);
      expect([text.code, text.err]).toEqual([1, [`bilateral-embed: ${err}`]]);
      const { json } = await run(...argv, '--json');
      expect(json.error.code).toBe('INVALID_INPUT');
    }
  });

  it('names a page by its title as plain text: a span of months without its word joiners and no-break spaces', async () => {
    const out = folder();
    const { json } = await run(
      'vietnam-laos',
      '-o',
      out,
      '-e',
      'balance',
      '--locale',
      'vi',
      '--json',
    );
    // The card's heading holds the span together (U+2060 and U+00A0); its name is the text.
    const title = 'Cán cân thương mại Việt Nam – Lào, thg 1 – thg 7 2025';
    expect(json.result.files[0].title).toBe(title);
    expect(readFileSync(join(out, 'balance.html'), 'utf8')).toContain(`<title>${title}</title>`);
    const { out: lines } = await run('vietnam-laos', '-o', out, '-e', 'balance', '--locale', 'vi');
    expect(lines).toEqual([`wrote ${join(out, 'balance.html')}: <bilateral-balance> "${title}"`]);
    // The heading on the page keeps them: the span does not break inside.
    expect(readFileSync(join(out, 'balance.html'), 'utf8')).toContain(
      'thg\u00a01\u2060\u00a0–\u2060\u00a0thg\u00a07\u2060\u00a02025</div>',
    );
  });

  it('names the dashboard’s page by its title as plain text, its heading keeping the title as given', async () => {
    const out = folder();
    const given = 'Trade, Jan\u2060\u00a0–\u2060\u00a0Jul\u2060\u00a02025';
    const { json } = await run(
      ...['vietnam-laos', '-o', out, '-e', 'dashboard', '--set', `title=${given}`, '--json'],
    );
    expect(json.result.files[0].title).toBe('Trade, Jan – Jul 2025');
    const page = readFileSync(join(out, 'dashboard.html'), 'utf8');
    expect(page).toContain('<title>Trade, Jan – Jul 2025</title>');
    expect(page).toContain(`<h1 style="font-size:1.4em">${given}</h1>`);
  });

  it('escapes what a page gives it (a title with markup stays text)', async () => {
    const out = folder();
    await run(
      'vietnam-laos',
      '-o',
      out,
      '-e',
      'growth',
      '--set',
      'title=<script>alert(1)</script> & co',
    );
    const page = readFileSync(join(out, 'growth.html'), 'utf8');
    expect(page).not.toContain('<script>');
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>');
  });

  it.each([
    ['growth', 'commodity=12x', 'INVALID_INPUT', 'commodity'],
    ['balance', 'period=2024-Q7', 'INVALID_PERIOD', 'period'],
  ])(
    'names a bad attribute of %s (%s) with its code and path (exit 1), as a live element does',
    async (element, set, errorCode, path) => {
      const dir = folder();
      const { code, json } = await run(
        'vietnam-laos',
        '-o',
        dir,
        '-e',
        element,
        '--set',
        set,
        '--json',
      );
      expect(code).toBe(1);
      expect(json.ok).toBe(false);
      expect(json.error.code).toBe(errorCode);
      expect(JSON.stringify(json.error)).toContain(`"${path}"`);
    },
  );

  it('reads a dataset file, and names each problem of a bad one with its path (exit 1)', async () => {
    const dir = folder();
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'x', title: { en: 'X' }, sources: [], flows: [{ reporter: 'VNM' }] }),
    );
    const { code, json } = await run(file, '-o', dir, '--json');
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.command).toBe('embed');
    expect(json.error.code).toBe('INVALID_DATASET');
    expect(json.error.issues).toContainEqual({
      path: ['flows', 0, 'flow'],
      message: expect.any(String),
    });
    // The file is named, as the bilateral command names it ("bilateral validate bad.json: …").
    expect(json.error.message.startsWith(`${file}: `)).toBe(true);
    const text = await run(file, '-o', dir);
    expect(text.code).toBe(1);
    expect(text.err[0]).toMatch(/^bilateral-embed: /);
    expect(text.err[0]).toContain(file);
    expect(text.err.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('writes a bad file’s problems as the bilateral command does: issues alike on one line', async () => {
    // 'bilateral report bad.json' says "bad.json: 2 problems:" and one line for the paths of one
    // message ("id, title: is missing"); it wrote a line per issue, and --json the library's text.
    const dir = folder();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ sources: [], flows: [] }));
    const { code, err } = await run(file, '-o', dir);
    expect(code).toBe(1);
    expect(err).toEqual([`bilateral-embed: ${file}: 2 problems:`, '  - id, title: is missing']);
    const { json } = await run(file, '-o', dir, '--json');
    expect(json.error.message).toBe(`${file}: 2 problems\n  - id, title: is missing`);
  });

  it('refuses a file that is not JSON as the bilateral command does: NOT_JSON, exit 2, the file and place named', async () => {
    // It said INVALID_DATASET, exit 1, without the file or where in it: the bilateral command
    // says NOT_JSON, exit 2, with the file, line and column (`place` with --json).
    const dir = folder();
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "id": \n}');
    const { code, json } = await run(file, '-o', dir, '--json');
    expect(code).toBe(2);
    expect(json.error).toMatchObject({ code: 'NOT_JSON', place: { line: 3, column: 1 } });
    expect(json.error.message).toMatch(/ is not valid JSON: line 3, column 1: /);
    expect(json.error.message.startsWith(`${file} is not valid JSON`)).toBe(true);
    const text = await run(file, '-o', dir);
    expect(text.code).toBe(2);
    expect(text.err).toEqual([`bilateral-embed: ${json.error.message}`]);
  });

  it('says what a file is when it holds no dataset, as the bilateral command does, in one line', async () => {
    // The widgets' compact form: "is not a dataset document", exit 2, without the help line that
    // follows a mistaken argument (the bilateral command prints none either).
    const dir = folder();
    const file = join(dir, 'vietnam-laos.json');
    writeFileSync(file, JSON.stringify({ format: 'bilateral-compact/1', pairs: [] }));
    const { code, err } = await run(file, '-o', dir);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toBe(
      `bilateral-embed: ${file} is not a dataset document: it is the compact form the widgets load ("format": "bilateral-compact/1", written by toCompactDataset from a document the build checked); validate or report the document it was written from (an embedded dataset's: bilateral report --dataset vietnam-laos or laos-china)`,
    );
  });

  it.each([
    [['missing.json'], 'FILE_UNREADABLE'],
    [[], 'USAGE'],
    [['vietnam-laos', '--width', '99'], 'USAGE'],
    [['vietnam-laos', '--locale', 'fr'], 'USAGE'],
    [['vietnam-laos', '-e', 'map'], 'USAGE'],
    [['vietnam-laos', '--set', 'colour=red'], 'USAGE'],
    [['vietnam-laos', '--set', 'nothing'], 'USAGE'],
    [['vietnam-laos', '--colour'], 'USAGE'],
  ])('refuses %j with %s (exit 2), one envelope with --json', async (argv, code) => {
    const { code: exit, json } = await run(...argv, '--json');
    expect(exit).toBe(2);
    expect(json).toMatchObject({ ok: false, command: 'embed', error: { code } });
  });

  it('quotes at most 200 characters of a value it refuses, its length grouped in thousands', async () => {
    const { json } = await run('vietnam-laos', '--locale', 'x'.repeat(1500), '--json');
    expect(json.error.message).toBe(
      `--locale "${'x'.repeat(200)}…" (1,500 characters): choose en, vi, lo or zh`,
    );
  });

  it('says when it cannot write its folder, and why in words, not an error code', async () => {
    const dir = folder();
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const below = join(file, 'below');
    const { code, json } = await run('vietnam-laos', '-o', below, '--json');
    expect(code).toBe(2);
    expect(json.error.code).toBe('FILE_UNWRITABLE');
    // It said "(ENOTDIR)".
    expect(json.error.message).toBe(
      `cannot write into ${JSON.stringify(below)}: a part of its path is a file, not a folder`,
    );
  });

  it('says why it cannot read a file in the words of the bilateral command, not an error code', async () => {
    // It said `cannot read "missing.json" (ENOENT)` and `(EISDIR)`. The file is shown as the
    // bilateral command shows it: as given, quoted only when it would not show whole.
    const dir = folder();
    const missing = join(dir, 'missing.json');
    expect((await run(missing, '-o', dir)).err[0]).toBe(
      `bilateral-embed: cannot read ${missing}: no such file; give a dataset file, or vietnam-laos or laos-china`,
    );
    expect((await run(dir, '-o', dir, '--json')).json.error.message).toBe(
      `cannot read ${dir}: it is a directory; give a dataset file, or vietnam-laos or laos-china`,
    );
  });

  it('ends with exit code 2 and says so when its output cannot be written (a full disk)', async () => {
    // The real executable, from its source (tsx, the core's source), stdout on /dev/full: the
    // failed write's exit code was overwritten by the command's 0.
    const bin = join(import.meta.dirname, 'bin.ts');
    const node = ['--conditions=@bilateral/source'];
    expect(await onFullDisk(bin, ['--help'], 'stdout', node)).toEqual({
      code: 2,
      err: 'bilateral-embed: cannot write its output: the disk is full\n',
    });
  }, 60_000);
});
