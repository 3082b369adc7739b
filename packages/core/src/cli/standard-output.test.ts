import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitAndStderr, onFullDisk } from '../__fixtures__/source-command.js';
import { response, soy, toCsv } from '../io/__fixtures__/comtrade.js';
import { descriptorOf, isStandardOutput, writeInto } from './standard-output.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-stdout-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * The command from its source, its stdout through a pipe to `reader` (`… | cat`, as in a shell),
 * or (`null`) the socket Node gives a child; its exit code, stdout and stderr gathered.
 */
function gathered(reader: string | null, argv: readonly string[]) {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const bin = join(import.meta.dirname, 'bin.ts');
  const script = `node --import tsx "$0" "$@" | ${reader}`;
  const [command, ...args] =
    reader === null
      ? [process.execPath, '--import', 'tsx', bin, ...argv]
      : ['bash', '-o', 'pipefail', '-c', script, bin, ...argv];
  const child = spawn(command ?? '', args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('-o /dev/stdout', () => {
  it('names standard output however it is written', () => {
    expect(isStandardOutput('/dev/stdout')).toBe(true);
    expect(isStandardOutput('/dev/fd/1')).toBe(true);
    expect(isStandardOutput('/dev/../dev/stdout')).toBe(true);
    expect(isStandardOutput('stdout')).toBe(false);
    expect(isStandardOutput(undefined)).toBe(false);
  });

  it('knows the descriptor a path names, of this process only', () => {
    expect(['/dev/stdin', '/dev/stdout', '/dev/stderr'].map(descriptorOf)).toEqual([0, 1, 2]);
    expect(descriptorOf('/dev/fd/3')).toBe(3);
    expect(descriptorOf('/proc/self/fd/12')).toBe(12);
    expect(descriptorOf(`/proc/${process.pid}/fd/4`)).toBe(4);
    expect(descriptorOf(`/proc/${process.pid + 1}/fd/4`)).toBeUndefined();
    expect(descriptorOf('/dev/fd')).toBeUndefined();
    expect(descriptorOf('out/dev/fd/3')).toBeUndefined();
  });

  it('knows it through a symbolic link that leads to one, link by link, not past it', async () => {
    const links = await mkdtemp(join(dir, 'links-'));
    const at = (name: string) => join(links, name);
    await symlink('/dev/stdout', at('stdout.json'));
    await symlink('/dev/fd/3', at('three.json'));
    await symlink(`/proc/self/fd/2`, at('two.json'));
    await symlink('stdout.json', at('again.json'));
    await symlink('/dev', at('devices'));
    await writeFile(at('plain.json'), '{}');
    await symlink('plain.json', at('to-plain.json'));
    expect(
      ['stdout.json', 'three.json', 'two.json', 'again.json', 'devices/fd/1'].map((name) =>
        descriptorOf(at(name)),
      ),
    ).toEqual([1, 3, 2, 1, 1]);
    expect(isStandardOutput(at('again.json'))).toBe(true);
    expect(descriptorOf(at('to-plain.json'))).toBeUndefined();
    expect(descriptorOf(at('missing.json'))).toBeUndefined();
  });

  it.each([
    '/dev/fd/3',
    '/proc/self/fd/3',
    '/dev/stdout',
    'a link to /dev/stdout',
    'a link to /dev/fd/1',
    'a link to /proc/self/fd/1',
  ])(
    'adds to a file the shell opened in append mode, -o %s, as the shell would',
    async (named) => {
      // A symbolic link, in the temporary folder, to the name it is a link to.
      const target = named.replace('a link to ', '');
      const output = named === target ? target : join(dir, `link${target.replaceAll('/', '-')}`);
      if (output !== target) await symlink(target, output);
      // A JSON response (written whole) and a CSV (streamed through a temporary file).
      const json = join(dir, 'append-records.json');
      await writeFile(json, JSON.stringify(response(2023)));
      const csv = join(dir, 'append-records.csv');
      await writeFile(csv, toCsv([soy(2023)]));
      const log = join(dir, `append-${named.replaceAll(/[/ ]/g, '-')}.log`);
      await writeFile(log, 'earlier line\n');
      const root = join(import.meta.dirname, '..', '..', '..', '..');
      const bin = join(import.meta.dirname, 'bin.ts');
      const stdout = !target.endsWith('/fd/3');
      const into = stdout ? '>>' : '3>>';
      for (const input of [json, csv]) {
        const script = `node --import tsx "$0" import comtrade "$1" -o ${output} --id soy ${into} "$2"`;
        const child = spawn('sh', ['-c', script, bin, input, log], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        expect(await exitAndStderr(child)).toEqual({
          code: 0,
          err: stdout ? expect.stringContaining('imported 1 flow') : '',
        });
      }
      const [earlier, ...written] = (await readFile(log, 'utf8')).split(/\n(?=\{)/);
      expect(earlier).toBe('earlier line');
      expect(written.map((dataset) => JSON.parse(dataset).flows.length)).toEqual([1, 1]);
    },
    60_000,
  );

  it('puts the dataset alone on stdout and the import report on stderr', async () => {
    const input = join(dir, 'records.json');
    await writeFile(input, JSON.stringify(response(2023)));
    const run = await gathered('cat', [
      'import',
      'comtrade',
      input,
      '-o',
      '/dev/stdout',
      '--id',
      'soy',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ id: 'soy', flows: [{}] });
    expect(run.err).toContain('imported 1 flow into /dev/stdout');
    const json = await gathered('cat', [
      'import',
      'comtrade',
      input,
      '-o',
      '/dev/stdout',
      '--json',
    ]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).error.message).toBe(
      '-o /dev/stdout and --json would both be on standard output: write the file elsewhere, or leave out --json',
    );
  }, 60_000);

  it('writes into a stdout that is a socket (a Node parent’s pipe), where opening it fails', async () => {
    // A JSON response (written whole) and a CSV (streamed through a temporary file).
    const json = join(dir, 'records.json');
    await writeFile(json, JSON.stringify(response(2023)));
    const csv = join(dir, 'records.csv');
    await writeFile(csv, toCsv([soy(2023)]));
    for (const input of [json, csv]) {
      const run = await gathered(null, ['import', 'comtrade', input, '-o', '/dev/stdout']);
      expect([run.code, run.err]).toEqual([0, expect.stringContaining('imported 1 flow')]);
      expect(JSON.parse(run.out)).toMatchObject({ id: 'stdout', flows: [{}] });
    }
  }, 60_000);

  it('says once that a full disk refused the output on stdout (-o /dev/stdout > /dev/full)', async () => {
    // A JSON response (written whole) and a CSV (streamed through a temporary file).
    const json = join(dir, 'full-records.json');
    await writeFile(json, JSON.stringify(response(2023)));
    const csv = join(dir, 'full-records.csv');
    await writeFile(csv, toCsv([soy(2023)]));
    const bin = join(import.meta.dirname, 'bin.ts');
    for (const input of [json, csv]) {
      expect(
        await onFullDisk(bin, ['import', 'comtrade', input, '-o', '/dev/stdout'], 'stdout'),
      ).toEqual({
        code: 2,
        err: 'bilateral import: cannot write /dev/stdout: the disk is full\n',
      });
    }
  }, 60_000);

  it('ends quietly when the reader of stdout goes away (| head -c 1), as its lines do', async () => {
    const csv = join(dir, 'many.csv');
    // 3,000 records: a dataset larger than a pipe holds, so the copy meets the closed pipe.
    const generator = join(
      import.meta.dirname,
      '..',
      'io',
      '__fixtures__',
      'generate-comtrade-csv.ts',
    );
    await writeFile(csv, execFileSync(process.execPath, ['--import', 'tsx', generator, '3000']));
    const run = await gathered('head -c 1', ['import', 'comtrade', csv, '-o', '/dev/stdout']);
    expect([run.code, run.out]).toEqual([0, '{']);
    expect(run.err).not.toContain('into /dev/stdout');
    expect(run.err).toContain(
      'imported 3,000 flows (dataset "stdout", 1 source: un-comtrade), but the reader of /dev/stdout stopped reading before the end: it has only part of them\n',
    );
  }, 60_000);

  it('says the reader stopped before the end of a dataset written whole (a JSON response | head -c 1)', async () => {
    // 1,020 records of chapters 01–85, 1990–2001: a dataset of about 350 kB, one write.
    const data = Array.from({ length: 1020 }, (_, at) => {
      const year = 1990 + Math.floor(at / 85);
      const chapter = String(1 + (at % 85)).padStart(2, '0');
      return {
        ...soy(2023),
        refYear: year,
        period: String(year),
        refPeriodId: year * 10_000 + 101,
        cmdCode: chapter,
        aggrLevel: 2,
      };
    });
    const input = join(dir, 'whole.json');
    await writeFile(input, JSON.stringify({ ...response(2023), count: data.length, data }));
    const run = await gathered('head -c 1', ['import', 'comtrade', input, '-o', '/dev/stdout']);
    expect([run.code, run.out]).toEqual([0, '{']);
    expect(run.err).toContain(
      'imported 1,020 flows (dataset "stdout", 1 source: un-comtrade), but the reader of /dev/stdout stopped reading before the end: it has only part of them\n',
    );
  }, 60_000);

  it('says the reader of --report-rows /dev/stdout stopped reading before the end (| head -c 1)', async () => {
    // A flows CSV with no status: a note on each of its 10,000 rows, 1 MB of rows.
    const csv = join(dir, 'statusless.csv');
    const rows = Array.from(
      { length: 10_000 },
      (_, row) => `BRA,CHN,export,2023,1,USD,${100101 + row}`,
    );
    const header = 'reporter,partner,flow,period,value,currency,commodity';
    await writeFile(csv, `${header}\n${rows.join('\n')}\n`);
    const run = await gathered('head -c 1', [
      ...['import', 'flows', csv, '-o', join(dir, 'statusless.json')],
      ...['--report-rows', '/dev/stdout'],
    ]);
    expect([run.code, run.out]).toEqual([0, '{']);
    expect(run.err).toContain('imported 10,000 flows into');
    expect(run.err).toContain(
      '\n  --report-rows: the reader of /dev/stdout stopped reading before the end: it has only part of the rows\n',
    );
  }, 60_000);

  it('puts the rows alone on stdout with --report-rows /dev/stdout', async () => {
    const csv = join(dir, 'rows.csv');
    await writeFile(csv, toCsv([soy(2023)]));
    const run = await gathered('cat', [
      ...['import', 'comtrade', csv, '-o', join(dir, 'rows.json')],
      ...['--report-rows', '/dev/stdout'],
    ]);
    expect(run.code).toBe(0);
    expect(run.out).not.toContain('imported');
    expect(run.err).toContain('imported 1 flow');
  }, 60_000);

  it('waits while a non-blocking pipe named by its descriptor is full (-o /dev/fd/3 from a Python or Node parent)', async () => {
    // Both ends opened non-blocking, as an event loop that hands a child its pipe leaves them.
    const pipe = join(dir, 'non-blocking-pipe');
    execFileSync('mkfifo', [pipe]);
    const readEnd = openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK);
    const text = 'x'.repeat(1 << 20); // more than the pipe holds: writes meet EAGAIN
    const whole = writeInto(`/dev/fd/${writeEnd}`, text);
    // The reader starts once the pipe is full, and reads to the end.
    const reader = new Socket({ fd: readEnd, readable: true, writable: false });
    reader.pause();
    let read = 0;
    const all = new Promise<void>((done) =>
      reader.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read === text.length) done();
      }),
    );
    setTimeout(() => reader.resume(), 50);
    expect(await whole).toBe(true);
    await all;
    expect(read).toBe(text.length);
    closeSync(writeEnd);
    reader.destroy();
  });

  it('refuses a descriptor it was not given, one of Node’s own pipes (-o /dev/fd/5 with no 5> in the shell)', async () => {
    // This process's anonymous pipes whose both ends it holds (libuv's), by their write end.
    const links = readdirSync('/proc/self/fd').map((fd) => {
      try {
        const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
        return {
          fd,
          link: readlinkSync(`/proc/self/fd/${fd}`),
          mode: Number.parseInt(flags?.[1] ?? '', 8) & 3,
        };
      } catch {
        return { fd, link: '', mode: -1 };
      }
    });
    const own = links.find(
      ({ link, mode }) =>
        link.startsWith('pipe:') &&
        mode === 1 &&
        links.some((other) => other.link === link && other.mode === 0),
    );
    expect(own).toBeDefined();
    // An empty text: before, it went into Node's pipe and was said written (true).
    await expect(writeInto(`/dev/fd/${own?.fd}`, '')).rejects.toThrow(
      `descriptor ${own?.fd} was not given to the command (a shell opens it with ${own?.fd}> file)`,
    );
  });

  it('says the reader left of every later output to stdout too, where the writes are lost with no error', async () => {
    // Two outputs on one pipe (-o /dev/stdout --report-rows /dev/stdout | head -c 1).
    const module = join(import.meta.dirname, 'standard-output.ts');
    const script = [
      `const { writeInto } = await import(${JSON.stringify(module)});`,
      "const text = 'x'.repeat(1 << 20);",
      'const results = [await writeInto("/dev/stdout", text), await writeInto("/dev/stdout", text)];',
      'process.stderr.write(JSON.stringify(results));',
    ].join(' ');
    const child = spawn(
      'bash',
      [
        '-c',
        `"$0" --import tsx --input-type=module -e "$1" | head -c 1 > /dev/null`,
        process.execPath,
        script,
      ],
      {
        cwd: join(import.meta.dirname, '..', '..', '..', '..'),
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    expect(await exitAndStderr(child)).toEqual({ code: 0, err: '[false,false]' });
  }, 60_000);
});
