import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitAndStderr, onFullDisk } from '../__fixtures__/source-command.js';
import { manyProblemsDocument } from './__fixtures__/many-problems.js';
import { run } from './main.js';
import { lineWriter } from './process-io.js';

/**
 * The real command in a child process, from its TypeScript source (tsx, so no build is needed),
 * with stdout read until `keep` returns false: then the reader closes the pipe, as `head` does.
 */
function bilateralProcess(argv: readonly string[], keep: (read: string) => boolean) {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const bin = join(import.meta.dirname, 'bin.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', bin, ...argv], { cwd: root });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (!keep(out)) child.stdout.destroy();
  });
  return exitAndStderr(child).then((ended) => ({ ...ended, out }));
}

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-pipe-'));
  file = join(dir, 'many-problems.json');
  await writeFile(file, JSON.stringify(manyProblemsDocument()));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('bilateral in a pipe (defect 4)', () => {
  it.each([
    { output: 'text', options: [] },
    { output: '--json', options: ['--json'] },
  ])(
    'stops quietly when the reader closes early, with its own exit code and no stack trace: validate, $output',
    async ({ options }) => {
      const { code, out, err } = await bilateralProcess(
        ['validate', file, ...options],
        () => false,
      );
      expect(err).toBe('');
      expect(code).toBe(1);
      expect(out.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('ends a --json failure envelope quietly with its exit code (1) when the reader closes early', async () => {
    const { code, err } = await bilateralProcess(['report', file, '--json'], () => false);
    expect({ code, err }).toEqual({ code: 1, err: '' });
  }, 60_000);

  it('writes everything when the reader reads to the end', async () => {
    const lines: string[] = [];
    await run(['validate', file], { out: (t) => lines.push(t), err: () => {}, color: false });
    const expected = `${lines.join('\n')}\n`;
    expect(expected.length).toBeGreaterThan(300_000);
    const { code, out, err } = await bilateralProcess(['validate', file], () => true);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toBe(expected);
  }, 60_000);
});

describe('bilateral with an output it cannot write', () => {
  const bin = join(import.meta.dirname, 'bin.ts');

  it('says the disk is full (exit 2), not an internal error, when stdout cannot be written', async () => {
    expect(await onFullDisk(bin, ['report'], 'stdout')).toEqual({
      code: 2,
      err: 'bilateral: cannot write its output: the disk is full\n',
    });
  }, 60_000);

  it.each([['report', '--json'], ['report']])(
    'says so (exit 2) when its file fills part way through a write: %s %s',
    async (...argv) => {
      // A file may take only part of a write (a disk that fills, a size limit), and Node's stream
      // for a file drops the rest: the output was cut with nothing said and exit 0. `ulimit -f 8`
      // caps the file at 4 kB (EFBIG past it; SIGXFSZ, ignored, stays ignored through exec).
      const out = join(dir, `${argv.join('-')}.out`);
      const root = join(import.meta.dirname, '..', '..', '..', '..');
      const script = `trap '' XFSZ; ulimit -f 8; exec "$0" --import tsx "$@" > "${out}"`;
      const child = spawn('sh', ['-c', script, process.execPath, bin, ...argv], { cwd: root });
      expect(await exitAndStderr(child)).toEqual({
        code: 2,
        err: "bilateral: cannot write its output: the file would pass its size limit (the file system's, or the shell's ulimit -f)\n",
      });
      expect(statSync(out).size).toBe(4096);
    },
    60_000,
  );

  it('ends (exit 2) when stderr cannot be written, where it wrote its error forever', async () => {
    expect((await onFullDisk(bin, ['validate', 'no-such-file.json'], 'stderr')).code).toBe(2);
  }, 60_000);
});

describe('lineWriter (also @bilateral/core/node, for bilateral-embed)', () => {
  /** A stream that keeps what is written, and the errors passed on. */
  function recorded() {
    const written: string[] = [];
    const errors: unknown[] = [];
    const stream = Object.assign(new EventEmitter(), {
      write: (text: string) => written.push(text) > 0,
    });
    return { stream, written, errors, line: lineWriter(stream, (error) => errors.push(error)) };
  }

  it('stops writing quietly when the reader closes the pipe', () => {
    const { stream, written, errors, line } = recorded();
    line('one');
    stream.emit('error', Object.assign(new Error('closed'), { code: 'EPIPE' }));
    line('two');
    expect(written).toEqual(['one\n']);
    expect(errors).toEqual([]);
  });

  it('passes any other write error on once, and takes no more lines', () => {
    const { stream, written, errors, line } = recorded();
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    stream.emit('error', full);
    line('one');
    stream.emit('error', full);
    expect(errors).toEqual([full]);
    expect(written).toEqual([]);
  });

  it('ends when the error handler writes to the failed stream again (stderr on a full disk)', async () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    // Every write fails a moment later, as a write to a full disk does.
    const stream = Object.assign(new EventEmitter(), {
      write: () => {
        setImmediate(() => stream.emit('error', full));
        return true;
      },
    });
    let calls = 0;
    const line = lineWriter(stream, () => {
      calls += 1;
      if (calls < 100) line('bilateral: cannot write its output'); // the handler says so, on it
    });
    line('one');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(1);
  });
});
