import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fullPropertyRuns } from '../../__fixtures__/property-runs.js';
import { CaseLog, MAX_CASE_MS, type Verdict } from './outcome.js';

const child = fileURLToPath(new URL('./isolated-child.ts', import.meta.url));
const browserEngine = fileURLToPath(new URL('./browser-engine.mjs', import.meta.url));

/**
 * How long (wall clock) a case may stay silent before it counts as hung and its process is
 * killed: the child checks the 2 s of CPU time itself when a case ends; this catches the cases
 * that never end, with room for a machine busy with other jobs.
 */
const HANG_MS = MAX_CASE_MS * 6;

/** What one child process did: the index to resume from, or `undefined` when the suite ended. */
interface Round {
  readonly resume: number | undefined;
}

function round(
  file: string,
  suite: string,
  from: number,
  onBrowserEngine: boolean,
  log: CaseLog,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const execArgv = ['--max-old-space-size=768', '--import', 'tsx'];
    if (onBrowserEngine) execArgv.push('--import', browserEngine);
    const proc = spawn(process.execPath, [...execArgv, child, file, suite, String(from)], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    let buffered = '';
    let current: { index: number; description: string } | undefined;
    let ended = false;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (value: Round) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    proc.stdio[3]?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const message = JSON.parse(buffered.slice(0, newline)) as {
          start?: number;
          description?: string;
          done?: number;
          verdict?: Verdict;
          end?: boolean;
        };
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (message.start !== undefined) {
          current = { index: message.start, description: message.description ?? '' };
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (current === undefined) return;
            log.record(current.description, {
              outcome: 'failure',
              why: `no answer within ${HANG_MS} ms (killed)`,
            });
            const resume = current.index + 1;
            current = undefined;
            proc.kill('SIGKILL');
            settle({ resume });
          }, HANG_MS);
        } else if (message.done !== undefined && current !== undefined && message.verdict) {
          clearTimeout(timer);
          log.record(current.description, message.verdict);
          current = undefined;
        } else if (message.end) {
          ended = true;
        }
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (settled) return;
      if (ended) return settle({ resume: undefined });
      if (current === undefined) {
        const why = `the harness's child process failed before a case (exit ${code ?? signal})`;
        return reject(new Error(`${why}:\n${stderr}`));
      }
      const last = stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
      log.record(current.description, {
        outcome: 'failure',
        why: `the process died (${signal ?? `exit ${code}`}): ${last}`,
      });
      settle({ resume: current.index + 1 });
    });
  });
}

/**
 * Runs a suite of hostile cases in child processes, so that a hang, a stack overflow of the
 * native stack or an out-of-memory abort fails one case (by its description) instead of the
 * test run: a case silent for more than {@link HANG_MS} is killed, and the next process resumes
 * after it. `onBrowserEngine` runs the core on the browsers' BigInt decimal engine, as the 'core on
 * the browser engine' project does.
 */
export async function runIsolated(
  file: string,
  suite: string,
  onBrowserEngine: boolean,
): Promise<CaseLog> {
  const log = new CaseLog();
  let from: number | undefined = 0;
  while (from !== undefined) from = (await round(file, suite, from, onBrowserEngine, log)).resume;
  return log;
}

/** The timeout of a test that runs a suite: generous, as it covers starting the child processes. */
export const SUITE_TIMEOUT = fullPropertyRuns ? 1_800_000 : 300_000;
