import type { CliIo } from './cli-io.js';

/** The part of a Node stream the command writes to: `process.stdout` or `process.stderr`. */
export interface OutputStream {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A line writer on `stream` that stops quietly when the reader goes away: `bilateral report |
 * head` closes the pipe after ten lines, and the next write fails with EPIPE. That is not an
 * error of the command: the rest of the output is dropped and the command ends with its own exit
 * code. Any other write error is passed to `onError`. Lines are handed to the stream in order;
 * Node keeps what the pipe cannot take yet and writes it before the process exits (the command
 * sets `process.exitCode` and never calls `process.exit`), so nothing is lost while the reader
 * reads.
 */
export function lineWriter(
  stream: OutputStream,
  onError: (error: NodeJS.ErrnoException) => void,
): (text: string) => void {
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    if (error.code === 'EPIPE') closed = true;
    else onError(error);
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
