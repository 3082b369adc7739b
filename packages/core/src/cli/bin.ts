#!/usr/bin/env node
import { EXIT } from './cli-io.js';
import { run } from './main.js';
import { processIo } from './process-io.js';
import { writeReason } from './unwritable-file.js';

/** The last resort: a bug of the command is one line and exit code 70, never a stack trace. */
function internalError(error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  try {
    process.stderr.write(
      `bilateral: internal error (please report it): ${message.split('\n', 1)[0]?.slice(0, 500)}\n`,
    );
  } catch {
    // stderr is gone too: the exit code says it.
  }
  process.exitCode = EXIT.internal;
}

/** Whether stdout or stderr failed (not a reader gone): the command's own exit code is not kept. */
let outputFailed = false;

/**
 * stdout or stderr cannot be written (a full disk, a closed descriptor): not a bug of the command
 * but a command that could not run as asked, exit code 2, said on stderr if it still takes it.
 */
function outputError(error: NodeJS.ErrnoException): void {
  outputFailed = true;
  if (process.exitCode !== EXIT.internal) process.exitCode = EXIT.usage;
  try {
    process.stderr.write(`bilateral: cannot write its output: ${writeReason(error)}\n`);
  } catch {
    // stderr is the stream that failed: the exit code says it.
  }
}

process.on('uncaughtException', internalError);
run(process.argv.slice(2), processIo(outputError)).then((code) => {
  if (process.exitCode !== EXIT.internal && !outputFailed) process.exitCode = code;
}, internalError);
