/**
 * One GET of the UN Comtrade API with retries: the wait the server names (a `Retry-After`
 * header, or the "Try again in N seconds" of its JSON message), else exponential backoff with a
 * cap. Uses the global `fetch`, so it runs in browsers, Deno and Node alike.
 *
 * @internal
 */

import { capInput } from '../_internal/quote-input.js';
import { wholeMegabytes } from '../_internal/whole-megabytes.js';
import { BilateralError, type IssueHint } from '../errors/index.js';

/**
 * How {@link fetchComtrade} retries an answer that may succeed later (429, 5xx, a network error,
 * a cut-off body). Times in milliseconds.
 *
 * @example
 * ```ts
 * const retry: ComtradeRetryOptions = { attempts: 3, baseDelay: 500 };
 * retry.attempts;
 * //=> 3
 * ```
 *
 * @category Importers
 */
export interface ComtradeRetryOptions {
  /** Tries of one request in all (default 6). */
  readonly attempts?: number;
  /** The first backoff when the server names no wait (default 1,000); it doubles each time. */
  readonly baseDelay?: number;
  /** The longest backoff (default 60,000). */
  readonly maxDelay?: number;
  /**
   * The longest wait the server may name (default 300,000): asked to wait longer (a daily quota
   * used up), the fetch stops with `FETCH_FAILED` and says when to try again.
   */
  readonly maxWait?: number;
  /** How long one try may take, answer and body (default 120,000): then it is retried. */
  readonly timeout?: number;
}

/**
 * A pause that ends early, with the signal's reason, when the signal aborts: how
 * {@link fetchComtrade} waits between tries (tests pass one that records and returns at once).
 *
 * @example
 * ```ts
 * const waits: number[] = [];
 * const wait: ComtradeWait = async (milliseconds) => void waits.push(milliseconds);
 * await wait(2000);
 * waits;
 * //=> [2000]
 * ```
 *
 * @category Importers
 */
export type ComtradeWait = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

/** The pause of the real clock. @internal */
export const realWait: ComtradeWait = (milliseconds, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** What a request needs besides its URL. @internal */
export interface RequestSettings {
  readonly key: string | undefined;
  readonly retry: Required<ComtradeRetryOptions>;
  readonly wait: ComtradeWait;
  readonly signal: AbortSignal | undefined;
  /** Called before each wait, with why. */
  readonly onRetry: (attempt: number, delay: number, reason: string) => void;
  /** The most bytes one answer may have (default {@link MAX_ANSWER_BYTES}). */
  readonly maxAnswerBytes?: number;
}

/**
 * The most bytes one answer is read to: past it the fetch stops, not retried. An answer at the
 * API's cap of 100,000 records is about 100 MB (976 bytes a record of the captured one); past
 * V8's longest string, 2^29 − 24 UTF-16 units (about 512 MB), its text would not fit in one (a few
 * bytes more were read, then "cut off" and asked for again), and a wrong base URL or a hostile
 * server sending without end would fill memory until the try's timeout.
 *
 * @internal
 */
export const MAX_ANSWER_BYTES = 2 ** 29 - 24;

/** The refusal of an answer past `limit` bytes (`size` says how far). */
function tooLarge(size: string): BilateralError {
  return new BilateralError('FETCH_FAILED', [
    {
      path: [],
      message: `the answer ${size}, more than any UN Comtrade answer: is the base URL the API?`,
      hint: { code: 'COMTRADE_URL', message: 'baseUrl' },
    },
  ]);
}

/**
 * The text of `response`'s body, as `response.text()` reads it (UTF-8, a byte-order mark
 * dropped), refused past `limit` bytes: by its `Content-Length` before reading, else as it
 * streams in (the rest is not read).
 */
async function answerText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > limit) {
    await response.body?.cancel();
    throw tooLarge(`is ${wholeMegabytes(declared)} MB`);
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      throw tooLarge(`goes on past ${wholeMegabytes(limit)} MB`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** An answer that may succeed if asked again, and the wait the server named (if any). */
class Transient extends Error {
  constructor(
    message: string,
    readonly wait: number | undefined,
  ) {
    super(message);
  }
}

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The wait a `Retry-After` header names: seconds, or an HTTP date. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait an Azure API Management message names: "Rate limit is exceeded. Try again in 2
 * seconds." or "Out of call volume quota. Quota will be replenished in 06:24:07."
 */
function messageWait(message: string): number | undefined {
  const seconds = /try again in (\d+) seconds?/i.exec(message);
  if (seconds !== null) return Number(seconds[1]) * 1000;
  const clock = /replenished in (\d+):(\d{2}):(\d{2})/i.exec(message);
  if (clock !== null) {
    return ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3])) * 1000;
  }
  return undefined;
}

/**
 * The message of an error answer: its JSON `message` / `error`, else its text, on one line,
 * capped, without a final full stop (it is followed by what happens next).
 */
function answerMessage(text: string): string {
  let message = text;
  try {
    const body = JSON.parse(text) as Record<string, unknown> | null;
    const found = ['message', 'error', 'errorMessage']
      .map((key) => body?.[key])
      .find((value) => typeof value === 'string' && value.trim() !== '');
    if (typeof found === 'string') message = found;
  } catch {
    // Not JSON: the text itself.
  }
  return capInput(message.replace(/\s+/g, ' ').trim().replace(/\.$/, ''), 300);
}

/** The failure of a request to `url`, with the hint (see {@link IssueHint}) its message holds. */
function failed(url: string, message: string, hint?: IssueHint): BilateralError {
  return new BilateralError('FETCH_FAILED', [
    { path: [], message: `${message} (${url})`, ...(hint === undefined ? {} : { hint }) },
  ]);
}

/** What a refused request means, in words a user can act on. */
function refusal(status: number, message: string): string {
  if (status === 401) {
    return `HTTP 401: the subscription key was refused (${message}): check COMTRADE_API_KEY, or leave it out for the preview`;
  }
  if (status === 403) return `HTTP 403: ${message}`;
  if (status === 404) return `HTTP 404: no such endpoint (${message}): check the base URL`;
  if (status === 414) return `HTTP 414: the URL is too long for the API (${message})`;
  return `HTTP ${status}: the API refused the query: ${message}`;
}

/** What a system error code under a failed request means, in words. */
const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the address was not found (no network, or a wrong address)',
  EAI_AGAIN: 'the address could not be looked up (no network?)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
};

/**
 * Why `fetch` failed, from the error under its bare "fetch failed": the reason in words for a
 * known code, else the underlying error's message (a certificate refused), else its own.
 */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause as
    | { code?: unknown; message?: unknown }
    | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const known = code === undefined ? undefined : NETWORK_REASONS[code];
  if (known !== undefined) return known;
  if (typeof cause?.message === 'string' && cause.message !== '') return cause.message;
  return (error as Error).message;
}

/** One try: the body text of a 200 answer, a {@link Transient}, or a refusal. */
async function tryOnce(url: string, settings: RequestSettings): Promise<string> {
  // A server that never answers, or stops sending, must not hang the fetch: one signal for the
  // caller's abort and the try's timeout (AbortSignal.any is missing from early Node 20).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.retry.timeout);
  const onAbort = () => controller.abort(settings.signal?.reason);
  if (settings.signal?.aborted) onAbort();
  settings.signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (error: unknown, what: string): unknown => {
    if (settings.signal?.aborted) return settings.signal.reason;
    if (timedOut) {
      return new Transient(`no complete answer within ${settings.retry.timeout} ms`, undefined);
    }
    return new Transient(`${what}: ${(error as Error).message}`, undefined);
  };
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(settings.key === undefined ? {} : { 'Ocp-Apim-Subscription-Key': settings.key }),
        },
        signal: controller.signal,
      });
    } catch (error) {
      // A port fetch never uses (6000, 10080, …) fails the same way on every try: not retried.
      const cause = (error as { cause?: { message?: unknown } } | null)?.cause;
      if (cause?.message === 'bad port' && !settings.signal?.aborted) {
        throw new BilateralError('FETCH_FAILED', [
          {
            path: [],
            message: `no answer: port ${new URL(url).port} is one fetch refuses to use (a port blocked for safety, as in browsers): give the API address another port (baseUrl)`,
            hint: { code: 'COMTRADE_URL', message: 'baseUrl' },
          },
        ]);
      }
      throw failure({ message: networkReason(error) }, 'no answer');
    }
    try {
      text = await answerText(response, settings.maxAnswerBytes ?? MAX_ANSWER_BYTES);
    } catch (error) {
      if (error instanceof BilateralError) throw error;
      throw failure(error, 'the answer was cut off');
    }
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', onAbort);
  }
  if (response.ok) return text;
  const message = answerMessage(text);
  const named = retryAfter(response.headers.get('retry-after'), Date.now()) ?? messageWait(message);
  // A 403 that names a wait is a quota that refills (comtradr treats it as such too).
  if (TRANSIENT_STATUS.has(response.status) || (response.status === 403 && named !== undefined)) {
    throw new Transient(`HTTP ${response.status}: ${message}`, named);
  }
  throw new BilateralError('FETCH_FAILED', [
    { path: [], message: refusal(response.status, message) },
  ]);
}

/**
 * The body of a successful answer to `url`, after retries; `check` reads it and throws a
 * {@link Transient}-worthy `SyntaxError` when it is cut off, which is retried too.
 *
 * @throws BilateralError `FETCH_FAILED` naming the URL: refused, or still failing after the
 *   last try, or asked to wait longer than `maxWait`; the signal's reason when it aborts
 * @internal
 */
export async function requestText<T>(
  url: string,
  settings: RequestSettings,
  check: (text: string) => T,
): Promise<T> {
  const { attempts, baseDelay, maxDelay, maxWait } = settings.retry;
  for (let attempt = 1; ; attempt += 1) {
    let reason: string;
    let named: number | undefined;
    try {
      const text = await tryOnce(url, settings);
      try {
        return check(text);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        reason = `the answer is not complete JSON (cut off?): ${error.message}`;
      }
    } catch (error) {
      if (error instanceof BilateralError) {
        // Each problem of the answer at its path (`data[3]`), naming the request.
        throw new BilateralError(
          'FETCH_FAILED',
          error.issues.map(({ path, message, hint }) => ({
            path,
            message: `${message} (${url})`,
            ...(hint === undefined ? {} : { hint }),
          })),
        );
      }
      if (!(error instanceof Transient)) throw error;
      reason = error.message;
      named = error.wait;
    }
    if (named !== undefined && named > maxWait) {
      const hours = (named / 3_600_000).toFixed(1);
      throw failed(
        url,
        `${reason}; the API asks to wait ${Math.ceil(named / 1000)} s (${hours} h), longer than allowed: try again later (parts already fetched are kept in the cache, if one is used)`,
      );
    }
    if (attempt >= attempts) {
      throw failed(url, `${reason}; gave up after ${attempts} tries`);
    }
    const delay = named ?? Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
    settings.onRetry(attempt, delay, reason);
    await settings.wait(delay, settings.signal);
  }
}
