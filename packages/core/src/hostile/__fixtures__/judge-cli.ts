import { run } from '../../cli/main.js';
import { finish, startClock, type Verdict } from './outcome.js';

/** C0 controls but \n and \t, DEL and C1: what a terminal obeys instead of printing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the harness looks for them
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Whether `--json` is among the options, as `bilateral` reads them (before a `--`). */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * The verdict on `bilateral <argv>` run in-process: exit 0 (accepted) or 1/2 (an error, with the
 * envelope's code under `--json`); anything else fails — another exit code, a throw, a stack
 * trace, control characters in text output, a `--json` stdout that is not one JSON document, or
 * NaN or Infinity in the output of a run that succeeded.
 */
export async function judgeCli(
  argv: readonly string[],
  expected?: 'exit 0' | 'refused',
): Promise<Verdict> {
  const started = startClock();
  const out: string[] = [];
  const err: string[] = [];
  const json = wantsJson(argv);
  let verdict: Verdict;
  try {
    const code = await run(argv, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      color: false,
    });
    const stdout = out.join('\n');
    const stderr = err.join('\n');
    const firstLine = (stderr || stdout).split('\n', 1)[0]?.slice(0, 200);
    let envelope: { ok?: unknown; error?: { code?: unknown } } | undefined;
    if (json) {
      try {
        envelope = JSON.parse(stdout);
      } catch {
        envelope = undefined;
      }
    }
    if (code !== 0 && code !== 1 && code !== 2) {
      verdict = { outcome: 'failure', why: `exit ${code}: ${firstLine}` };
    } else if (/\n\s{4}at /.test(`\n${stdout}\n${stderr}`)) {
      verdict = { outcome: 'failure', why: `a stack trace in the output: ${firstLine}` };
    } else if (json && (typeof envelope !== 'object' || envelope === null)) {
      verdict = {
        outcome: 'failure',
        why: `--json stdout is not one JSON document: ${stdout.slice(0, 120)}`,
      };
    } else if (json && typeof envelope?.ok !== 'boolean') {
      verdict = { outcome: 'failure', why: '--json envelope without a boolean "ok"' };
    } else if (json && stderr !== '') {
      verdict = { outcome: 'failure', why: `--json run wrote to stderr: ${firstLine}` };
    } else if (!json && CONTROL.test(`${stdout}${stderr}`)) {
      const at = `${stdout}${stderr}`.search(CONTROL);
      const char = `${stdout}${stderr}`.charCodeAt(at).toString(16).padStart(4, '0');
      verdict = { outcome: 'failure', why: `control character U+${char} in text output` };
    } else if (expected === 'exit 0' && code !== 0) {
      verdict = { outcome: 'failure', why: `exit ${code} where the issue expects 0: ${firstLine}` };
    } else if (expected === 'refused' && code === 0) {
      verdict = { outcome: 'failure', why: 'exit 0 where the issue expects a refusal' };
    } else if (code === 0 && /\b(NaN|-?Infinity)\b/.test(stdout)) {
      verdict = {
        outcome: 'failure',
        why: `NaN or Infinity in the output: ${stdout.match(/.*\b(NaN|-?Infinity)\b.*/)?.[0].slice(0, 120)}`,
      };
    } else if (code === 0) {
      verdict = { outcome: 'accepted' };
    } else {
      const envelopeCode = envelope?.error?.code;
      verdict = {
        outcome: 'error',
        code: typeof envelopeCode === 'string' ? envelopeCode : `exit ${code}`,
      };
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    verdict = { outcome: 'failure', why: `run() threw ${message.slice(0, 200)}` };
  }
  return finish(verdict, started);
}
