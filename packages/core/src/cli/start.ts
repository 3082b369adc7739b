import { EXIT } from './cli-io.js';
import { alreadySaid, run } from './main.js';
import { commandOutput } from './process-io.js';

/** The last resort: a bug of the command is one line and exit code 70, never a stack trace. */
function internalError(error: unknown): void {
  if (alreadySaid(error)) return; // the command said it (or a usage error in its place) and its exit code
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

/**
 * Runs the `bilateral` program with its arguments (without `node` and the script) in this
 * process, on its stdout and stderr: what `bin.ts` starts once the command's modules have loaded.
 * An error nothing caught is one line and exit code 70; a failed write to stdout or stderr (a
 * full disk) ends with exit code 2, said on stderr.
 *
 * @example
 * ```ts fragment
 * start(process.argv.slice(2));
 * ```
 */
export function start(argv: readonly string[]): void {
  process.on('uncaughtException', internalError);
  const output = commandOutput('bilateral');
  run(argv, output).then(output.exit, internalError);
}
