import type { CliIo } from './cli-io.js';

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
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
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
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    // A stream that failed takes no more lines: what follows a lost line is no use, and an
    // `onError` that writes to it again (stderr on a full disk) would fail and be called forever.
    closed = true;
    if (error.code !== 'EPIPE') onError(error);
  });
  return (text) => {
    if (!closed) stream.write(`${text}\n`);
  };
}

/** The {@link CliIo} of the process: its stdout and stderr, in colour on a terminal. */
export function processIo(onError: (error: NodeJS.ErrnoException) => void): CliIo {
  return {
    out: lineWriter(process.stdout, onError),
    err: lineWriter(process.stderr, onError),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
