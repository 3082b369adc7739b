#!/usr/bin/env node
import type { CliErrorCode } from './cli-io.js';
import { wantsJson } from './wants-json.js';

/**
 * The `bilateral` program. Its modules load inside a guard: one that throws as it loads (an
 * install with a file missing or broken, a dependency that fails) is said in one line with exit
 * code 2, or with `--json` in the failure envelope, never as Node's stack trace. Before the guard
 * only `wantsJson` loads, which imports nothing.
 */
const argv = process.argv.slice(2);

/** Says that the command could not load (`reason`, its first line), as `run` says a failure. */
function cannotStart(reason: unknown): void {
  let why: string;
  try {
    why = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  } catch {
    // `throw Object.create(null)`, a toString that throws: nothing to quote, still one line.
    why = 'a value that is not an Error and has no text';
  }
  const message = `cannot start: ${why.split('\n', 1)[0]?.slice(0, 500)} (the installation of @bilateral/core may be broken: reinstall it; if this persists, please report it)`;
  const code: CliErrorCode = 'LOAD_FAILED';
  // The commands did not load, so which one was asked for is not known: `command` is null.
  const envelope = { ok: false, command: null, error: { code, message, issues: [] } };
  const [stream, text] = wantsJson(argv)
    ? [process.stdout, `${JSON.stringify(envelope, null, 2)}\n`]
    : [process.stderr, `bilateral: ${message}\n`];
  // A reader gone (EPIPE) is an error event: the exit code says it.
  stream.on('error', () => {});
  try {
    stream.write(text);
  } catch {
    // The stream is gone: the exit code says it.
  }
  // EXIT.usage, written out: cli-io.js, which holds it, may be what did not load.
  process.exitCode = 2;
}

let start: ((argv: readonly string[]) => void) | undefined;
try {
  ({ start } = await import('./start.js'));
} catch (error) {
  cannotStart(error);
}
start?.(argv);
