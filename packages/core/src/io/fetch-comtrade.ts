import * as z from 'zod/mini';
import { countOf, grouped } from '../_internal/count-of.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { BilateralError } from '../errors/index.js';
import { type ComtradeAnswer, readComtradeAnswer } from './fetch-comtrade-answer.js';
import {
  type ComtradePart,
  type ComtradeQuery,
  describeQuery,
  endpointPath,
  firstParts,
  MAX_URL_LENGTH,
  partUrl,
  planQuery,
  splitPart,
} from './fetch-comtrade-query.js';
import {
  type ComtradeRetryOptions,
  type ComtradeWait,
  realWait,
  requestText,
} from './fetch-comtrade-request.js';

/** The API's address unless told otherwise. */
const DEFAULT_BASE_URL = 'https://comtradeapi.un.org';

/** Records per request: the preview's cap without a key, and the final data's with one. */
const PREVIEW_CAP = 500;
const FINAL_CAP = 100_000;

/**
 * Where {@link fetchComtrade} keeps answers it already has, keyed by request URL (which holds
 * the whole query but never the key): a rerun after a failure asks only for what is missing.
 * The `bilateral fetch` command keeps them in files; an in-memory `Map` works too.
 *
 * @example
 * ```ts
 * const store = new Map<string, string>();
 * const cache: ComtradeCache = {
 *   get: async (url) => store.get(url),
 *   set: async (url, text) => void store.set(url, text),
 * };
 * await cache.get('https://example.org/');
 * //=> undefined
 * ```
 *
 * @category Importers
 */
export interface ComtradeCache {
  /** The text of the answer to `url`, if kept. */
  readonly get: (url: string) => Promise<string | undefined>;
  /** Keeps the text of a complete answer to `url`. */
  readonly set: (url: string, text: string) => Promise<void>;
}

/**
 * How far a fetch has come, after each request (and before each retry wait).
 *
 * @example
 * ```ts
 * const progress: ComtradeProgress = {
 *   done: 1, total: 2, records: 20, cached: 0, url: 'https://comtradeapi.un.org/…',
 * };
 * `${progress.done}/${progress.total}`;
 * //=> '1/2'
 * ```
 *
 * @category Importers
 */
export interface ComtradeProgress {
  /** Requests answered so far (from the API or the cache). */
  readonly done: number;
  /** Requests known so far: grows when an answer at the record cap is split. */
  readonly total: number;
  /** Records received so far. */
  readonly records: number;
  /** Of `done`, how many came from the cache. */
  readonly cached: number;
  /** The request just answered, or about to be retried. */
  readonly url: string;
  /** Set before a retry: why, and how long the wait is (milliseconds). */
  readonly retry?: { readonly attempt: number; readonly delay: number; readonly reason: string };
}

/**
 * Options of {@link fetchComtrade}.
 *
 * @example
 * ```ts
 * const options: FetchComtradeOptions = { key: undefined, baseUrl: 'http://127.0.0.1:8080' };
 * options.baseUrl;
 * //=> 'http://127.0.0.1:8080'
 * ```
 *
 * @category Importers
 */
export interface FetchComtradeOptions {
  /** The subscription key (sent as `Ocp-Apim-Subscription-Key`); without it, the preview. */
  readonly key?: string | undefined;
  /** Ask the preview endpoint even with a key. */
  readonly preview?: boolean;
  /** Ask the tariff line endpoints (national tariff lines) instead of the final data. */
  readonly tariffline?: boolean;
  /** The API's address (default `https://comtradeapi.un.org`): a mirror, or a test server. */
  readonly baseUrl?: string;
  /** The record cap of one request (default 100,000 with a key, 500 for the preview). */
  readonly maxRecords?: number;
  /** Retries of 429, 5xx, network errors and cut-off answers. */
  readonly retry?: ComtradeRetryOptions;
  /** Stops the fetch: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Told after each request and before each retry. */
  readonly onProgress?: (progress: ComtradeProgress) => void;
  /** Answers kept from an earlier run, and where to keep new ones. */
  readonly cache?: ComtradeCache;
  /** The pause between retries (default: the clock; tests pass one that records and returns). */
  readonly wait?: ComtradeWait;
}

/**
 * What {@link fetchComtrade} brings back: every record of the query, merged from its requests,
 * in the shape of a UN Comtrade response, so {@link importComtrade} reads it as it is.
 *
 * @example
 * ```ts fragment
 * const result: ComtradeFetchResult = await fetchComtrade(query, { baseUrl });
 * result.count === result.data.length; // true: every record of every request, merged
 * ```
 *
 * @category Importers
 */
export interface ComtradeFetchResult {
  /** How many records, in all requests. */
  readonly count: number;
  /** The records; amounts that are not safe integers are the digits of the JSON text. */
  readonly data: readonly Record<string, unknown>[];
  /** Always empty: an answer with an error fails the fetch. */
  readonly error: '';
  /** The endpoint asked. */
  readonly endpoint: 'final' | 'preview' | 'tariffline' | 'preview-tariffline';
  /** The query as sent, in words: reporterCode, partnerCode, period … (for a source entry). */
  readonly description: string;
  /** The URL of the whole query, before any split (the key is never in it). */
  readonly url: string;
  /** Each request made (or read from the cache), in order, with its record count. */
  readonly requests: readonly {
    readonly url: string;
    readonly records: number;
    readonly cached: boolean;
  }[];
}

const RetrySchema = z.strictObject({
  attempts: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  baseDelay: z.optional(z.number().check(z.minimum(0))),
  maxDelay: z.optional(z.number().check(z.minimum(0))),
  maxWait: z.optional(z.number().check(z.minimum(0))),
  timeout: z.optional(z.number().check(z.minimum(1))),
});
const OptionsSchema = z.object({
  key: z.optional(z.string().check(z.minLength(1))),
  preview: z.optional(z.boolean()),
  tariffline: z.optional(z.boolean()),
  baseUrl: z.optional(z.url({ protocol: /^https?$/ })),
  maxRecords: z.optional(z.int().check(z.minimum(1), z.maximum(250_000))),
  retry: z.optional(RetrySchema),
});

/** A cached answer, read; one that does not read (a damaged file) is a miss, asked again. */
function keptAnswer(text: string | undefined): ComtradeAnswer | undefined {
  if (text === undefined) return undefined;
  try {
    const answer = readComtradeAnswer(text);
    return lostRecords(answer) === undefined ? answer : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an answer whose `count` (the number of records the API says it sent in that answer) is
 * not the number its `data` holds is refused: it was cut short, and the records it lost would be
 * missing without a word. `undefined` when they agree or the answer gives no count. An answer at
 * the record cap is split before this is asked.
 */
function lostRecords({ count, data }: ComtradeAnswer): string | undefined {
  if (count === undefined || count === data.length) return undefined;
  return `the answer says it holds ${countOf(count, 'record')} (its count) but its data holds ${grouped(data.length)}: records may have been lost on the way, and would be missing without a word; try again`;
}

/**
 * Fetches UN Comtrade API v1 records for a query: final data with a subscription key, the
 * preview without one, or tariff lines. The query is split to stay within the API's limits — at
 * most 12 periods and a URL of at most 4,095 characters per request, and an answer holding the
 * record cap (100,000 with a key, 500 for the preview) is asked again in two halves — and the
 * answers are merged. Totals only by default: the requests name `customsCode` C00, `motCode` 0
 * and `partner2Code` 0, and nothing is ever summed (the World's records stay beside its parts').
 * 429 and 5xx answers, network errors, cut-off bodies and tries that take longer than
 * `retry.timeout` are retried, after the wait the server
 * names (`Retry-After`, or "Try again in N seconds") or an exponential backoff with a cap.
 * Values are read from the JSON text, so no digit is lost. Uses the global `fetch`.
 *
 * @param query - reporters, partners, periods, flows and commodities ({@link ComtradeQuery})
 * @param options - key, endpoint, base URL, retries, cache, signal and progress callback
 * @returns the merged records in the shape of a UN Comtrade response, with the requests made
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad query or options (with paths);
 *   `FETCH_FAILED` naming the request for a refusal (400, 401, 404), an answer with an `error`,
 *   retries used up, a wait longer than `retry.maxWait`, or an answer at the record cap that
 *   cannot be split; the signal's reason when it aborts
 *
 * @example
 * ```ts fragment
 * const result = await fetchComtrade(
 *   { reporter: 'THA', partner: 'KHM', periods: ['2023', '2024'] },
 *   { key: process.env.COMTRADE_API_KEY },
 * );
 * const { document } = importComtrade(result, { url: result.url });
 * document.flows.map((flow) => [flow.flow, flow.period]);
 * // Thailand's exports to and imports from Cambodia, each year (as UN Comtrade has them then):
 * // [['export', '2023'], ['import', '2023'], ['export', '2024'], ['import', '2024']]
 * ```
 *
 * @category Importers
 */
export async function fetchComtrade(
  query: ComtradeQuery,
  options: FetchComtradeOptions = {},
): Promise<ComtradeFetchResult> {
  const plan = planQuery(query);
  const settings = parseWithSchema(OptionsSchema, options, 'INVALID_INPUT');
  const preview = settings.preview === true || settings.key === undefined;
  const tariffline = settings.tariffline === true;
  const cap = settings.maxRecords ?? (preview ? PREVIEW_CAP : FINAL_CAP);
  const base = settings.baseUrl ?? DEFAULT_BASE_URL;
  const path = endpointPath(plan, { preview, tariffline });
  const { signal, onProgress, cache } = options;
  const retry = {
    attempts: settings.retry?.attempts ?? 6,
    baseDelay: settings.retry?.baseDelay ?? 1000,
    maxDelay: settings.retry?.maxDelay ?? 60_000,
    maxWait: settings.retry?.maxWait ?? 300_000,
    timeout: settings.retry?.timeout ?? 120_000,
  };
  const urlOf = (part: ComtradePart) => partUrl(base, path, plan, part, cap);

  // A stack of parts still to ask for, first part on top; split parts replace their whole.
  const pending = firstParts(plan).reverse();
  const requests: { url: string; records: number; cached: boolean }[] = [];
  const data: Record<string, unknown>[] = [];
  let total = pending.length;
  let cachedCount = 0;
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const part = pending.pop() as ComtradePart;
    const url = urlOf(part);
    if (url.length > MAX_URL_LENGTH) {
      const halves = splitPart(part);
      if (halves === undefined) {
        throw new BilateralError('FETCH_FAILED', [
          {
            path: [],
            message: `the request URL has ${grouped(url.length)} characters, more than the API's ${grouped(MAX_URL_LENGTH)}, and cannot be split`,
          },
        ]);
      }
      pending.push(halves[1], halves[0]);
      total += 1;
      continue;
    }
    const kept = keptAnswer(await cache?.get(url));
    let text: string | undefined;
    const answer =
      kept ??
      (await requestText(
        url,
        {
          key: settings.key,
          retry,
          wait: options.wait ?? realWait,
          signal,
          onRetry: (attempt, delay, reason) =>
            onProgress?.({
              done: requests.length,
              total,
              records: data.length,
              cached: cachedCount,
              url,
              retry: { attempt, delay, reason },
            }),
        },
        (body) => {
          text = body;
          return readComtradeAnswer(body);
        },
      ));
    if (answer.data.length >= cap) {
      // At the cap, the answer may have been cut: ask again in two halves.
      const halves = splitPart(part);
      if (halves === undefined) {
        throw new BilateralError('FETCH_FAILED', [
          {
            path: [],
            message: `the answer holds ${countOf(answer.data.length, 'record')}, the ${preview ? "preview's" : "API's"} cap of ${grouped(cap)} per request, and the request names one reporter, partner, period, flow and commodity, so it cannot be split: ${preview ? 'use a subscription key (COMTRADE_API_KEY) or ' : ''}narrow the query (${url})`,
          },
        ]);
      }
      pending.push(halves[1], halves[0]);
      total += 1;
      continue;
    }
    const lost = lostRecords(answer);
    if (lost !== undefined) {
      throw new BilateralError('FETCH_FAILED', [{ path: ['count'], message: `${lost} (${url})` }]);
    }
    if (kept === undefined && text !== undefined) await cache?.set(url, text);
    else if (kept !== undefined) cachedCount += 1;
    requests.push({ url, records: answer.data.length, cached: kept !== undefined });
    for (const record of answer.data) data.push(record);
    onProgress?.({ done: requests.length, total, records: data.length, cached: cachedCount, url });
  }
  return {
    count: data.length,
    data,
    error: '',
    endpoint: preview
      ? tariffline
        ? 'preview-tariffline'
        : 'preview'
      : tariffline
        ? 'tariffline'
        : 'final',
    description: `UN Comtrade API v1, ${preview ? 'preview' : 'final data'}${tariffline ? ' (tariff lines)' : ''}: ${describeQuery(plan)}`,
    url: partUrl(base, path, plan, { ...plan }, cap),
    requests,
  };
}
