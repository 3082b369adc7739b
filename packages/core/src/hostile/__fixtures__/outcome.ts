import { inspect } from 'node:util';
import { BilateralError } from '../../errors/index.js';

/** The longest message an issue may carry: an error quotes its input, it never echoes all of it. */
const MAX_MESSAGE = 2000;

/**
 * No case may take more CPU time than this: a guard on hangs and quadratic work, not a timing
 * test. CPU time rather than wall time, so a machine busy with other jobs does not fail a case.
 */
export const MAX_CASE_MS = 2000;

/** When a case started: wall clock and the process's CPU time. */
export interface CaseClock {
  readonly wall: number;
  readonly cpu: NodeJS.CpuUsage;
}

/** Starts timing a case. */
export function startClock(): CaseClock {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

/** A short, safe description of any input (cycles, symbols, 1 MB strings, null prototypes). */
export function describeInput(value: unknown): string {
  let text: string;
  try {
    text = inspect(value, { depth: 3, maxArrayLength: 8, maxStringLength: 80, breakLength: 1e9 });
  } catch {
    text = `<uninspectable ${typeof value}>`;
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/**
 * Where a value holds NaN or ±Infinity: a number, a Decimal (anything with `isFinite()`) or an
 * invalid Date, anywhere inside it (objects, arrays, maps, sets; cycles are walked once).
 * `undefined` when there is none.
 */
function nonFiniteIn(value: unknown): string | undefined {
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[value, '(result)']];
  let visited = 0;
  while (stack.length > 0) {
    const [item, where] = stack.pop() as [unknown, string];
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return `${where} is ${item}`;
      continue;
    }
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    // A 100 MB result is itself a failure of the range rules; walking it would only be slow.
    if (++visited > 200_000) return `${where}: more than 200,000 objects in the result`;
    if (item instanceof Date) {
      if (Number.isNaN(item.getTime())) return `${where} is an invalid Date`;
      continue;
    }
    const finite = (item as { isFinite?: unknown }).isFinite;
    if (typeof finite === 'function') {
      if (finite.call(item) !== true) return `${where} is ${String(item)}`;
      continue;
    }
    if (item instanceof Map) {
      for (const [key, entry] of item) stack.push([entry, `${where}.get(${String(key)})`]);
      continue;
    }
    if (item instanceof Set) {
      for (const entry of item) stack.push([entry, `${where} (a set member)`]);
      continue;
    }
    for (const key of Object.keys(item)) {
      stack.push([(item as Record<string, unknown>)[key], `${where}.${key}`]);
    }
  }
  return undefined;
}

/** What is wrong with a thrown error, or `undefined` when it is a well-formed BilateralError. */
function errorProblem(error: unknown): string | undefined {
  if (!(error instanceof BilateralError)) {
    const name = error instanceof Error ? error.name : typeof error;
    const message = error instanceof Error ? error.message : String(error);
    return `raw ${name}: ${message.slice(0, 200)}`;
  }
  const code: unknown = error.code;
  if (typeof code !== 'string' || code === '') return 'a BilateralError without a code';
  if (!Array.isArray(error.issues) || error.issues.length === 0) {
    return `${error.code} with no issues`;
  }
  for (const issue of error.issues) {
    if (!Array.isArray(issue.path)) return `${error.code}: an issue without a path array`;
    if (!issue.path.every((key: unknown) => typeof key === 'string' || typeof key === 'number')) {
      return `${error.code}: a path holding something other than keys and indices`;
    }
    if (typeof issue.message !== 'string' || issue.message === '') {
      return `${error.code}: an issue without a message`;
    }
    if (issue.message.length > MAX_MESSAGE) {
      return `${error.code}: a ${issue.message.length}-character message (more than ${MAX_MESSAGE})`;
    }
  }
  return undefined;
}

/** Every own property of the two prototypes input most often tries to reach, as a list. */
function prototypes(): unknown[] {
  return [Object.prototype, Array.prototype].flatMap((target) =>
    Reflect.ownKeys(target).flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      return [key, descriptor?.value, descriptor?.get, descriptor?.set];
    }),
  );
}

const pristine = prototypes();

/** `undefined` while Object.prototype and Array.prototype are as they were when tests began. */
function prototypeProblem(): string | undefined {
  const now = prototypes();
  const same = now.length === pristine.length && now.every((item, i) => item === pristine[i]);
  return same ? undefined : 'Object.prototype or Array.prototype changed';
}

/** One case's verdict: accepted, a typed error (with its code), or a failure and why. */
export type Verdict =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'error'; readonly code: string }
  | { readonly outcome: 'failure'; readonly why: string };

/** The verdict on a call that either returns (then its result is walked) or throws. */
export function judge(call: () => unknown): Verdict {
  const started = startClock();
  let verdict: Verdict;
  try {
    const result = call();
    const nonFinite = nonFiniteIn(result);
    verdict = nonFinite ? { outcome: 'failure', why: nonFinite } : { outcome: 'accepted' };
  } catch (error) {
    const problem = errorProblem(error);
    verdict = problem
      ? { outcome: 'failure', why: problem }
      : { outcome: 'error', code: (error as BilateralError).code };
  }
  return finish(verdict, started);
}

/**
 * The verdict on a `safeParseX` call: it must return `{ success: true, data }` (data walked) or
 * `{ success: false, error }` with a well-formed BilateralError, and never throw.
 */
export function judgeSafeParse(call: () => unknown): Verdict {
  const started = startClock();
  let verdict: Verdict;
  try {
    const result = call() as { success?: unknown; data?: unknown; error?: unknown } | null;
    if (result?.success === true) {
      const nonFinite = nonFiniteIn(result.data);
      verdict = nonFinite ? { outcome: 'failure', why: nonFinite } : { outcome: 'accepted' };
    } else if (result?.success === false) {
      const problem = errorProblem(result.error);
      verdict = problem
        ? { outcome: 'failure', why: `safeParse gave ${problem}` }
        : { outcome: 'error', code: (result.error as BilateralError).code };
    } else {
      verdict = { outcome: 'failure', why: 'safeParse returned neither success nor failure' };
    }
  } catch (error) {
    const name = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : error;
    verdict = { outcome: 'failure', why: `safeParse threw ${String(name)}` };
  }
  return finish(verdict, started);
}

/** Adds the two checks every case gets after it ran: its time and the prototypes. */
export function finish(verdict: Verdict, started: CaseClock): Verdict {
  const used = process.cpuUsage(started.cpu);
  const cpu = (used.user + used.system) / 1000;
  if (cpu > MAX_CASE_MS) {
    const wall = performance.now() - started.wall;
    return {
      outcome: 'failure',
      why: `took ${Math.round(cpu)} ms of CPU (more than ${MAX_CASE_MS}; ${Math.round(wall)} ms wall)`,
    };
  }
  const polluted = prototypeProblem();
  if (polluted) return { outcome: 'failure', why: polluted };
  return verdict;
}

/** The failures of a batch of cases, one line each: `description: why`. */
export class CaseLog {
  readonly failures: string[] = [];
  count = 0;

  /** Records one case; returns its verdict. */
  record(description: string, verdict: Verdict): Verdict {
    this.count += 1;
    if (verdict.outcome === 'failure') this.failures.push(`${description}: ${verdict.why}`);
    return verdict;
  }
}

/** `undefined` when every case passed; otherwise how many failed and the first 25, one a line. */
function failureReport(log: CaseLog): string | undefined {
  if (log.failures.length === 0) return undefined;
  const shown = log.failures.slice(0, 25).map((line) => `  - ${line}`);
  const more = log.failures.length > 25 ? [`  … and ${log.failures.length - 25} more`] : [];
  return [`${log.failures.length} of ${log.count} cases failed:`, ...shown, ...more].join('\n');
}

/** Throws the {@link failureReport} of a batch (in full: an assertion's diff would cut it). */
export function assertNoFailures(log: CaseLog): void {
  const report = failureReport(log);
  if (report !== undefined) throw new Error(report);
}
