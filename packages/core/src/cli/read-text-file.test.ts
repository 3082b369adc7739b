import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { UsageError } from './cli-io.js';
import { run } from './main.js';
import { readTextFile, shownFile } from './read-text-file.js';

const bulk = readFileSync(
  join(import.meta.dirname, '..', 'io', '__fixtures__', 'shapes', 'v1-bulk.txt'),
  'utf8',
);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readTextFile: size', () => {
  it('says a file past the longest string is too large, without reading it (not "not UTF-8")', async () => {
    const file = join(dir, 'huge.json');
    await writeFile(file, '{"id":');
    await truncate(file, 600 * 1024 * 1024); // sparse: no disk, no memory
    const error = await readTextFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
    expect((error as Error).message).toMatch(/^cannot read .*huge\.json whole: it is 600 MB/);
  });

  it('says a text a few bytes past the longest string is too large, in bytes (not "not UTF-8")', async () => {
    // 512 MB less 10 bytes of text (2^29 - 10) is 14 bytes past V8's longest string: it was read
    // whole, then refused as "not UTF-8 text (a binary file, …)".
    const file = join(dir, 'just-past.json');
    await writeFile(file, ' '.repeat(8192));
    await truncate(file, 2 ** 29 - 10); // sparse
    const error = await readTextFile(file).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringMatching(
        /^cannot read .*just-past\.json whole: it is 536,870,902 bytes, and a JavaScript string holds at most about 512 MB/,
      ),
    });
  });

  it('says a gzip file that unpacks past the longest string is too large, not that it does not unpack', async () => {
    // 513 gzip members of 1 MB of spaces each: a 1 MB file that unpacks to 513 MB (it was told
    // "a gzip file that does not unpack", as if it were damaged).
    const file = join(dir, 'huge.json.gz');
    const member = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
    await writeFile(file, Buffer.concat(Array.from({ length: 513 }, () => member)));
    const error = await readTextFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
    expect((error as Error).message).toMatch(
      /^cannot read .*huge\.json\.gz whole: it unpacks to more than 512 MB, and a JavaScript string holds at most about 512 MB/,
    );
  }, 60_000);
});

describe('readTextFile: gzip', () => {
  it('unpacks a gzip file (a UN Comtrade bulk file, .txt.gz)', async () => {
    const file = join(dir, 'bulk.txt.gz');
    await writeFile(file, gzipSync(bulk));
    expect(await readTextFile(file)).toBe(bulk);
  });

  it('refuses a gzip file that does not unpack, as FILE_UNREADABLE', async () => {
    const file = join(dir, 'cut.txt.gz');
    await writeFile(file, gzipSync(bulk).subarray(0, 40));
    const error = await readTextFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
    expect((error as Error).message).toContain('a gzip file that does not unpack');
  });

  it('lets `bilateral import comtrade` read a gzipped tab-separated bulk file', async () => {
    const file = join(dir, 'bulk-2.txt.gz');
    await writeFile(file, gzipSync(bulk));
    const out: string[] = [];
    const code = await run(
      ['import', 'comtrade', file, '-o', join(dir, 'bulk.json'), '--date', '2025-03-04'],
      { out: (t) => out.push(t), err: (t) => out.push(t), color: false },
    );
    expect(code).toBe(0);
    expect(out[0]).toContain('UN Comtrade API v1 records (CSV), 31 records');
    const dataset = JSON.parse(await readFile(join(dir, 'bulk.json'), 'utf8'));
    expect(dataset.flows.map((flow: { value: string }) => flow.value)).toContain('156234567.5');
  });
});

describe('readTextFile: standard input', () => {
  it('says where standard input is when given "-", which names no file here', async () => {
    await expect(readTextFile('-')).rejects.toThrow(
      'cannot read -: no such file (a file name is expected; standard input is /dev/stdin)',
    );
  });
});

describe('readTextFile: a device or a pipe, which says no size', () => {
  it('refuses /dev/zero at its first bytes, as NUL bytes, instead of reading it until memory runs out', async () => {
    // It read on (fs.readFile of a device, whose size stat gives as 0): 9 GB and still reading
    // after 30 s, in validate, report, reconcile and report --rates.
    await expect(readTextFile('/dev/zero')).rejects.toMatchObject({
      code: 'NOT_UTF8',
      message:
        '/dev/zero is not UTF-8 text (it looks like UTF-16, or a binary file): save it as UTF-8',
    });
  });

  it('stops reading a pipe that goes on past the most a text may be, and says so', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    // A writer of endless text, as `yes | bilateral validate /dev/stdin` is.
    const writer = spawn('sh', ['-c', `yes '{"id": 1}' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const error = await readTextFile(fifo, 1024 * 1024).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
      expect((error as Error).message).toMatch(
        /^cannot read .*endless\.fifo whole: it goes on past 1 MB, and a JavaScript string holds at most about 1 MB/,
      );
    } finally {
      writer.kill();
    }
  });

  it('reads what a pipe gives, to its end (`bilateral validate <(…)`)', async () => {
    const fifo = join(dir, 'dataset.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '%s' '{"id": "piped"}' > '${fifo}'`], {
      stdio: 'ignore',
    });
    await expect(readTextFile(fifo)).resolves.toBe('{"id": "piped"}');
    writer.kill();
  });

  it('reads a character or a CRLF that a chunk edge cuts whole', async () => {
    // Two writes: the first ends in the first byte of 'é' (its 65,536th byte, a read's chunk), the
    // second starts with its second byte and ends in a CR, whose LF comes in a third write.
    const text = `${' '.repeat(65_535)}é\r\n"x"`;
    const bytes = Buffer.from(text);
    const pieces = [bytes.subarray(0, 65_536), bytes.subarray(65_536, -4), bytes.subarray(-4)];
    await Promise.all(pieces.map((piece, i) => writeFile(join(dir, `piece-${i}`), piece)));
    const fifo = join(dir, 'cut.fifo');
    execFileSync('mkfifo', [fifo]);
    const cats = pieces.map((_, i) => `cat '${join(dir, `piece-${i}`)}'`).join('; sleep 0.2; ');
    const writer = spawn('sh', ['-c', `{ ${cats}; } > '${fifo}'`], { stdio: 'ignore' });
    await expect(readTextFile(fifo)).resolves.toBe(text);
    writer.kill();
  });

  it('is refused by every command that reads a whole file, with --json one envelope', async () => {
    for (const argv of [
      ['validate', '/dev/zero'],
      ['report', '/dev/zero'],
      ['reconcile', '/dev/zero'],
      ['report', '--dataset', 'vietnam-laos', '--currency', 'LAK', '--rates', '/dev/zero'],
    ]) {
      const { code, out } = await bilateral(...argv, '--json');
      expect(code, argv.join(' ')).toBe(2);
      expect(JSON.parse(out), argv.join(' ')).toMatchObject({
        ok: false,
        error: { code: 'NOT_UTF8' },
      });
    }
  });
});

describe('readTextFile: a name that is not UTF-8', () => {
  it('says why a file named in Latin-1 is not found: Node passes its bytes on as U+FFFD', async () => {
    // `bilateral import comtrade café.csv` with the name in Latin-1 (E9) said "no such file",
    // beside the file `ls` shows: Node decodes the command line as UTF-8, é becoming U+FFFD.
    await writeFile(Buffer.from(`${dir}/caf\xe9.csv`, 'latin1'), bulk);
    const given = join(dir, 'caf\uFFFD.csv');
    const said = `cannot read ${given}: no such file by this name, which holds \uFFFD where the command line had bytes that are not UTF-8 (a Latin-1 name): rename the file in UTF-8`;
    await expect(readTextFile(given)).rejects.toThrow(said);
    expect((await bilateral('import', 'comtrade', given, '-o', join(dir, 'out.json'))).err).toBe(
      `bilateral import: ${said}`,
    );
  });
});

describe('readTextFile: a path it cannot open', () => {
  it("says a path through a file, or a name too long, in words without Node's code and call", async () => {
    // They said `ENOTDIR: not a directory, stat '…/a-file/x.json'` and `ENAMETOOLONG: name too
    // long, stat '…'`, the name again in full after the shortened one.
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const through = join(file, 'x.json');
    expect((await bilateral('validate', through)).err).toBe(
      `bilateral validate: cannot read ${through}: a part of its path is a file, not a folder`,
    );
    const long = `${'a'.repeat(300)}.json`;
    expect((await bilateral('validate', long)).err).toMatch(
      /^bilateral validate: cannot read "a+…" \(305 characters\): name too long$/,
    );
  });
});

describe('readTextFile: a Parquet file', () => {
  it('says a Parquet file is Parquet, not text in another encoding to save as UTF-8', async () => {
    // `bilateral report totals.parquet`, after `import --engine duckdb -o totals.parquet`, said
    // "totals.parquet is not UTF-8 text (it looks like UTF-16, or a binary file): save it as UTF-8".
    const file = join(dir, 'totals.parquet');
    await writeFile(
      file,
      Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64), Buffer.from('PAR1')]),
    );
    const said = `${file} is a Parquet file, not text: the commands read datasets and records as JSON or CSV; "bilateral import comtrade --engine duckdb" reads UN Comtrade bulk files in Parquet`;
    await expect(readTextFile(file)).rejects.toThrow(said);
    const imported = await bilateral('import', 'comtrade', file, '-o', join(dir, 'out.json'));
    expect([imported.code, imported.err]).toEqual([2, `bilateral import: ${said}`]);
  });
});

describe('shownFile', () => {
  it('quotes a name with a control character, so a line feed in it starts no line of its own', () => {
    expect(shownFile('a\nb.json')).toBe('"a\\nb.json"');
    expect(shownFile('plain name.json')).toBe('plain name.json');
  });

  it('quotes an empty name and one with white space at an end, which would not show', async () => {
    // `bilateral validate ''` said "cannot read : no such file".
    expect(shownFile('')).toBe('""');
    expect(shownFile('data.json ')).toBe('"data.json "');
    expect(shownFile(' data.json')).toBe('" data.json"');
    expect((await bilateral('validate', '')).err).toBe(
      'bilateral validate: cannot read "": no such file',
    );
  });
});

describe('readTextFile: text', () => {
  it('reads ASCII, Latin-1 being its fast path, as the UTF-8 text it is (2 MB, past where Node keeps it outside the heap)', async () => {
    const line = '{"reporter":"VNM","partner":"LAO","value":"9234224.57","note":"~\\t\\u00e9"}\n';
    const text = line.repeat(Math.ceil(2_000_000 / line.length));
    const file = join(dir, 'ascii.json');
    await writeFile(file, text);
    await expect(readTextFile(file)).resolves.toBe(text);
  });

  it('reads other UTF-8 as UTF-8, without its byte-order mark, and refuses Latin-1 bytes', async () => {
    const file = join(dir, 'utf8.csv');
    await writeFile(file, '\uFEFFreporter,note\nVNM,Cầu Treo – 老挝\n');
    await expect(readTextFile(file)).resolves.toBe('reporter,note\nVNM,Cầu Treo – 老挝\n');
    await writeFile(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(readTextFile(file)).rejects.toMatchObject({ code: 'NOT_UTF8' });
  });

  it('reads every byte before taking the ASCII path: UTF-8 or Latin-1 only at the end of 2 MB of ASCII', async () => {
    const ascii = 'VNM,LAO,2024,9234224.57\n'.repeat(90_000);
    const file = join(dir, 'late.csv');
    await writeFile(file, `${ascii}Cầu Treo\n`);
    expect(await readTextFile(file)).toBe(`${ascii}Cầu Treo\n`);
    await writeFile(file, Buffer.concat([Buffer.from(ascii), Buffer.from([0xe9, 0x0a])]));
    await expect(readTextFile(file)).rejects.toMatchObject({ code: 'NOT_UTF8' });
  });
});
