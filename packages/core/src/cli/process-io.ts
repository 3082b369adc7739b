import { writeSync } from 'node:fs';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { EXIT } from './cli-io.js';
import { descriptorStats } from './descriptor-stats.js';
import { takesMore } from './takes-more.js';
import { writeReason } from './write-reason.js';

/**
 * The part of a Node stream a command writes to: `process.stdout` or `process.stderr` (tests pass
 * an `EventEmitter` with a `write`).
 *
 * @example
 * ```ts
 * import type { OutputStream } from '@bilateral/core/node';
 * const stream: OutputStream = process.stdout;
 * stream.write('done\n'); //=> true
 * ```
 * @category Node
 */
export interface OutputStream {
  /**
   * Writes `text`; `false` when the stream's buffer is full (the text is kept all the same).
   *
   * @example
   * ```ts
   * import { PassThrough } from 'node:stream';
   * import type { OutputStream } from '@bilateral/core/node';
   * const stream: OutputStream = new PassThrough();
   * stream.write('one line\n');
   * //=> true
   * ```
   */
  write(text: string): boolean;
  /**
   * Listens for the stream's error: a write that failed, such as `EPIPE` once the reader of a
   * pipe has gone (`| head`).
   *
   * @example
   * ```ts
   * import { PassThrough } from 'node:stream';
   * import type { OutputStream } from '@bilateral/core/node';
   * const stream = new PassThrough();
   * const output: OutputStream = stream;
   * const codes: (string | undefined)[] = [];
   * output.on('error', (error) => codes.push(error.code));
   * stream.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
   * await new Promise((resolve) => setImmediate(resolve));
   * codes;
   * //=> ['EPIPE']
   * ```
   */
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * What {@link commandOutput} gives a program: its lines to stdout and stderr, whether to colour
 * them, and how it ends.
 *
 * @example
 * ```ts
 * import { type CommandOutput, commandOutput } from '@bilateral/core/node';
 * const output: CommandOutput = commandOutput('my-tool');
 * for (const line of ['one', 'two']) {
 *   output.out(output.color ? `\u001b[1m${line}\u001b[0m` : line);
 *   if (!(await output.outTakesMore())) break; // `my-tool | head` has read enough
 * }
 * output.exit(0);
 * ```
 * @category Node
 */
export interface CommandOutput {
  /** Writes a line to stdout (nothing once its reader has gone, `| head`). */
  readonly out: (text: string) => void;
  /** Writes a line to stderr. */
  readonly err: (text: string) => void;
  /** Whether to colour the output: stdout is a terminal and `NO_COLOR` is not set. */
  readonly color: boolean;
  /** Sets the exit code the program ends with, unless an output failed (2) or a bug was set (70). */
  readonly exit: (code: number) => void;
  /**
   * Waits while stdout holds more than it takes at once (a pipe whose reader is slower), then
   * says whether it still takes lines: false once its reader has gone (`| head`) or it failed.
   * A program writing many lines awaits it between them and stops when it is false: a loop that
   * never waits learns that the reader left only after it has made all its output.
   */
  readonly outTakesMore: () => Promise<boolean>;
}

/**
 * Write errors of stdout or stderr that the command says itself, naming what it wrote: an output
 * file on stdout (`-o /dev/stdout > /dev/full` says `cannot write /dev/stdout: the disk is full`).
 * {@link lineWriter} does not say them again.
 */
const saidByCommand = new WeakSet<Error>();

/**
 * Marks `error`, met writing the command's output file to stdout or stderr (`-o /dev/stdout`), as
 * one the command says itself: the stream's {@link lineWriter} stops taking lines without calling
 * its `onError`, so the failure is said once.
 */
export function saidByTheCommand(error: Error): void {
  saidByCommand.add(error);
}

/**
 * A line writer on `stream` that stops quietly when the reader goes away: `bilateral report |
 * head` closes the pipe after ten lines, and the next write fails with EPIPE. That is not an
 * error of the command: the rest of the output is dropped and the command ends with its own exit
 * code. Lines are handed to the stream in order;
 * Node keeps what the pipe cannot take yet and writes it before the process exits (the command
 * sets `process.exitCode` and never calls `process.exit`), so nothing is lost while the reader
 * reads. Any other write error is passed to `onError`, once, and the stream takes no more lines.
 * The `bilateral` command and the widgets' `bilateral-embed` write through it.
 *
 * @param stream - where the lines go: `process.stdout`, `process.stderr` or any {@link OutputStream}.
 * @param onError - called once with a write error other than EPIPE (a full disk, a closed
 *   descriptor); the stream takes no more lines after it.
 * @returns A function that writes its text and a newline, and does nothing once the pipe is closed.
 * @throws Never: write errors arrive on the stream's `error` event and go to `onError`.
 * @throws BilateralError `INVALID_INPUT` at path `stream` when it has no `write` and `on`,
 *   at `onError` when it is not a function
 * @example
 * ```ts
 * import { EventEmitter } from 'node:events';
 * import { lineWriter } from '@bilateral/core/node';
 * const written: string[] = [];
 * const stream = Object.assign(new EventEmitter(), { write: (text: string) => written.push(text) > 0 });
 * const out = lineWriter(stream, console.error); // in a program: lineWriter(process.stdout, …)
 * out('one');
 * stream.emit('error', Object.assign(new Error('closed'), { code: 'EPIPE' })); // `| head` is done
 * out('two');
 * written; //=> ['one\n']
 * ```
 * @category Node
 */
export function lineWriter(
  stream: OutputStream,
  onError: (error: NodeJS.ErrnoException) => void,
): (text: string) => void {
  const { on, write } = (stream ?? {}) as Partial<OutputStream>;
  if (typeof on !== 'function' || typeof write !== 'function') {
    throw wrongArgument(['stream'], 'a writable stream (process.stdout, process.stderr)', stream);
  }
  if (typeof onError !== 'function') {
    throw wrongArgument(
      ['onError'],
      'a function that is told why a line could not be written',
      onError,
    );
  }
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    // A stream that failed takes no more lines: what follows a lost line is no use, and an
    // `onError` that writes to it again (stderr on a full disk) would fail and be called forever.
    closed = true;
    if (error.code !== 'EPIPE' && !saidByCommand.has(error)) onError(error);
  });
  return (text) => {
    if (!closed) stream.write(`${text}\n`);
  };
}

/**
 * Makes `stream` (stdout or stderr) write the whole of every chunk when it is a regular file
 * (`bilateral report --json > out.json`). Node writes a chunk to a file with one `writeSync` and
 * drops what it did not take: a disk that fills part way through a chunk (or a file size limit)
 * cuts the output with no error, and the command ends with exit code 0. Writing the rest makes
 * the next write fail (ENOSPC, EFBIG), and the stream reports it as any write error.
 */
function writeWholeChunks(stream: NodeJS.WriteStream & { readonly fd: number }): void {
  try {
    if (!descriptorStats(stream.fd).isFile()) return;
  } catch {
    return; // no descriptor to look at (closed): the stream's own writes say so
  }
  stream._write = (chunk: Buffer, _encoding, done) => {
    try {
      for (let at = 0; at < chunk.length; ) at += writeSync(stream.fd, chunk, at);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  };
}

/**
 * The output of a command-line program: the `out` and `err` {@link lineWriter}s of the process's
 * stdout and stderr (with `color`: stdout is a terminal and `NO_COLOR` is not set), and `exit`,
 * which sets the exit code the program ends with. A reader gone (`| head`) is not an error: the
 * program keeps its own exit code. An output that cannot be written (stdout or stderr on a full
 * disk, also one that fills part way through a write, or a closed descriptor) is not a bug either, but a program that could not run as asked: it is
 * said once on stderr if stderr still takes it (`bilateral: cannot write its output: the disk is
 * full`), and the program ends with exit code 2 whatever code it returns after (an exit code 70
 * set for an internal error stays). The `bilateral` command and the widgets' `bilateral-embed`
 * end this way.
 *
 * @param program - the program's name, at the start of the message: `bilateral`.
 * @returns Its `out`, `err` and `color`, and `exit(code)`: the exit code it ends with, unless
 *   an output failed (2) or an internal error was set (70).
 * @example
 * ```ts fragment
 * import { commandOutput } from '@bilateral/core/node';
 * const output = commandOutput('my-tool');
 * output.out('done'); // on a full disk: stderr says "my-tool: cannot write its output: the disk is full"
 * output.exit(0); // process.exitCode is 0, or 2 after that failed write
 * ```
 * @category Node
 */
export function commandOutput(program: string): CommandOutput {
  let failed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    failed = true;
    if (process.exitCode !== EXIT.internal) process.exitCode = EXIT.usage;
    try {
      process.stderr.write(`${program}: cannot write its output: ${writeReason(error)}\n`);
    } catch {
      // stderr is the stream that failed: the exit code says it.
    }
  };
  writeWholeChunks(process.stdout);
  writeWholeChunks(process.stderr);
  // `process.stdout` is never `destroyed`: when its reader has gone (EPIPE) it only emits
  // 'close', once, and no 'drain' follows. Past that, a wait for it to drain would never end, and
  // the program would end when nothing else is left to do, with exit code 0 whatever it returns.
  let stdoutClosed = false;
  process.stdout.once('close', () => {
    stdoutClosed = true;
  });
  return {
    out: lineWriter(process.stdout, onError),
    err: lineWriter(process.stderr, onError),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    exit: (code) => {
      if (process.exitCode !== EXIT.internal && !failed) process.exitCode = code;
    },
    outTakesMore: async () => !stdoutClosed && (await takesMore(process.stdout)) && !stdoutClosed,
  };
}
