import { type AddressInfo, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  type Answer,
  type ComtradeServer,
  cutAnswer,
  dataAnswer,
  emptyAnswer,
  type Handler,
  noAnswer,
  raw,
  serverError,
  startComtradeServer,
  tableHandler,
  tooManyRequests,
  totalsRecord,
} from './__fixtures__/comtrade-server.js';
import { type ComtradeCache, type FetchComtradeOptions, fetchComtrade } from './fetch-comtrade.js';
import { importComtrade } from './import-comtrade.js';

const YEARS = Array.from({ length: 10 }, (_, i) => String(2015 + i));
const QUERY = { reporter: 'THA', partner: 'KHM', periods: YEARS };

/** Thailand's exports to and imports from Cambodia, 2015–2024 (invented values). */
const PAIR = YEARS.flatMap((year, i) => [
  totalsRecord(764, 116, 'X', Number(year), 5_000_000_000 + i * 1000),
  totalsRecord(764, 116, 'M', Number(year), 1_000_000_000 + i * 1000),
]);

let server: ComtradeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The running server's base URL. */
function baseUrl(): string {
  if (server === undefined) throw new Error('no server');
  return server.url;
}

async function serve(handler: Handler): Promise<ComtradeServer> {
  server = await startComtradeServer(handler);
  return server;
}

/** A handler that gives `answers` in turn, then the table's answers. */
function script(...answers: Answer[]): Handler {
  const table = tableHandler(PAIR);
  return (request, index) => answers[index] ?? table(request, index);
}

/** Options with the test server's URL and a wait that records instead of sleeping. */
function options(extra: FetchComtradeOptions = {}): FetchComtradeOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    baseUrl: baseUrl(),
    retry: { baseDelay: 10, maxDelay: 40 },
    wait: async (ms) => {
      waits.push(ms);
    },
    ...extra,
    waits,
  };
}

function failure(error: unknown): { code: string; message: string } {
  expect(error).toBeInstanceOf(BilateralError);
  const e = error as BilateralError;
  return { code: e.code, message: e.issues.map((issue) => issue.message).join('\n') };
}

describe('fetchComtrade: building the request', () => {
  it('asks the final data for totals only, in one request, with the key in a header', async () => {
    const s = await serve(tableHandler(PAIR));
    const result = await fetchComtrade(QUERY, options({ key: 'secret-key' }));
    expect(s.requests).toHaveLength(1);
    const [request] = s.requests;
    expect(request?.key).toBe('secret-key');
    expect(request?.url.pathname).toBe('/data/v1/get/C/A/HS');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      reporterCode: '764',
      partnerCode: '116',
      period: YEARS.join(','),
      flowCode: 'X,M',
      cmdCode: 'TOTAL',
      customsCode: 'C00',
      motCode: '0',
      partner2Code: '0',
      maxRecords: '100000',
      format: 'JSON',
      includeDesc: 'true',
    });
    expect(request?.url.href).not.toContain('secret');
    expect(result.count).toBe(20);
    expect(result.endpoint).toBe('final');
    expect(result.description).toContain('period 2015–2024 (annual)');
    expect(result.description).toContain('totals only: customsCode C00, motCode 0, partner2Code 0');
  });

  it('asks the preview without a key (cap 500), and every breakdown when told', async () => {
    const s = await serve(tableHandler(PAIR));
    const result = await fetchComtrade({ ...QUERY, breakdowns: true }, options());
    const url = s.requests[0]?.url;
    expect(s.requests[0]?.key).toBeUndefined();
    expect(url?.pathname).toBe('/public/v1/preview/C/A/HS');
    expect(url?.searchParams.get('maxRecords')).toBe('500');
    expect(url?.searchParams.has('motCode')).toBe(false);
    expect(result.endpoint).toBe('preview');
  });

  it('asks tariff lines and months at their endpoints', async () => {
    const s = await serve(() => emptyAnswer);
    await fetchComtrade(
      { reporter: 764, periods: ['2024-01', '2024-02'] },
      options({ key: 'k', tariffline: true }),
    );
    expect(s.requests[0]?.url.pathname).toBe('/data/v1/getTariffline/C/M/HS');
    expect(s.requests[0]?.url.searchParams.get('period')).toBe('202401,202402');
    expect(s.requests[0]?.url.searchParams.has('partnerCode')).toBe(false);
  });

  it('maps economy codes to Comtrade codes (France 251, Italy 381, the USA 842, World 0)', async () => {
    const s = await serve(() => emptyAnswer);
    await fetchComtrade(
      { reporter: ['FRA', 'ITA', 'USA'], partner: ['WLD', '704'], periods: ['2023'] },
      options(),
    );
    expect(s.requests[0]?.url.searchParams.get('reporterCode')).toBe('251,381,842');
    expect(s.requests[0]?.url.searchParams.get('partnerCode')).toBe('0,704');
  });

  it('splits more than 12 periods into requests of at most 12', async () => {
    const s = await serve(tableHandler(PAIR));
    const periods = Array.from({ length: 25 }, (_, i) => String(2000 + i));
    const result = await fetchComtrade({ ...QUERY, periods }, options());
    expect(s.requests.map((r) => r.url.searchParams.get('period')?.split(',').length)).toEqual([
      12, 12, 1,
    ]);
    expect(result.count).toBe(20);
  });

  it('splits a URL past 4,095 characters', async () => {
    const s = await serve(() => emptyAnswer);
    const partners = Array.from({ length: 999 }, (_, i) => i + 1);
    const result = await fetchComtrade(
      { reporter: 'THA', partner: partners, periods: ['2023'] },
      options(),
    );
    expect(s.requests.length).toBeGreaterThan(1);
    for (const request of s.requests) expect(request.url.href.length).toBeLessThanOrEqual(4095);
    const asked = s.requests.flatMap(
      (r) => r.url.searchParams.get('partnerCode')?.split(',') ?? [],
    );
    expect(asked.map(Number)).toEqual(partners);
    expect(result.requests).toHaveLength(s.requests.length);
  });

  it('refuses a bad query with the path of every problem, before any request', async () => {
    const s = await serve(() => emptyAnswer);
    const error = await fetchComtrade(
      {
        reporter: 'XYZ',
        partner: [116, 'constructor'],
        periods: ['2023', '2023-13'],
        flows: ['Z'],
      },
      options(),
    ).catch((e: unknown) => e);
    expect((error as BilateralError).code).toBe('INVALID_INPUT');
    expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([
      ['reporter'],
      ['partner', 1],
      ['periods', 1],
      ['flows', 0],
    ]);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses years and months together, and the World as a reporter', async () => {
    await expect(
      fetchComtrade({ reporter: 'WLD', periods: ['2023', '2023-01'] }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('fetchComtrade: answers', () => {
  it('reads values exactly from the JSON text (no JSON.parse rounding)', async () => {
    const records = [
      totalsRecord(764, 116, 'X', 2023, raw('123456789012345678901.5')),
      totalsRecord(764, 116, 'M', 2023, raw('38917721136.0')),
    ];
    await serve(() => dataAnswer(records));
    const result = await fetchComtrade({ ...QUERY, periods: ['2023'] }, options());
    expect(result.data[0]?.primaryValue).toBe('123456789012345678901.5');
    const { document, report } = importComtrade(result, { date: '2025-03-04' });
    expect(document.flows.map((flow) => flow.value)).toEqual([
      '123456789012345678901.5',
      '38917721136',
    ]);
    expect(report.notes.map((note) => note.code)).not.toContain('imprecise-number');
  });

  it('gives an empty result for count 0', async () => {
    await serve(() => emptyAnswer);
    const result = await fetchComtrade(QUERY, options());
    expect(result).toMatchObject({ count: 0, data: [], error: '' });
  });

  it('keeps the World beside its parts and never sums them', async () => {
    const records = [
      totalsRecord(764, 0, 'X', 2023, 100),
      totalsRecord(764, 116, 'X', 2023, 30),
      totalsRecord(764, 704, 'X', 2023, 20),
    ];
    await serve(() => dataAnswer(records));
    const result = await fetchComtrade(
      { reporter: 'THA', partner: ['WLD', 'KHM', 'VNM'], periods: ['2023'], flows: ['X'] },
      options(),
    );
    const { document } = importComtrade(result, { date: '2025-03-04' });
    expect(document.flows.map((flow) => [flow.partner, flow.value])).toEqual([
      ['WLD', '100'],
      ['KHM', '30'],
      ['VNM', '20'],
    ]);
  });

  it('refuses an answer that carries an error, naming the request', async () => {
    await serve(() => ({
      status: 200,
      body: JSON.stringify({ count: 0, data: null, error: 'Invalid reporterCode' }),
    }));
    const { code, message } = failure(await fetchComtrade(QUERY, options()).catch((e) => e));
    expect(code).toBe('FETCH_FAILED');
    expect(message).toContain('Invalid reporterCode');
    expect(message).toContain('reporterCode=764');
  });
});

describe('fetchComtrade: retries', () => {
  it('waits what a 429 names in Retry-After, then goes on', async () => {
    const s = await serve(script(tooManyRequests(2)));
    const opts = options();
    const result = await fetchComtrade(QUERY, opts);
    expect(opts.waits).toEqual([2000]);
    expect(s.requests).toHaveLength(2);
    expect(result.count).toBe(20);
  });

  it('reads the wait from the JSON message when there is no header', async () => {
    await serve(script(tooManyRequests(3, false)));
    const opts = options();
    await fetchComtrade(QUERY, opts);
    expect(opts.waits).toEqual([3000]);
  });

  it('backs off exponentially, with a cap, on 5xx', async () => {
    await serve(script(serverError(500), serverError(503), serverError(502), serverError(504)));
    const opts = options();
    const result = await fetchComtrade(QUERY, opts);
    expect(opts.waits).toEqual([10, 20, 40, 40]);
    expect(result.count).toBe(20);
  });

  it('asks again after a cut-off body', async () => {
    const s = await serve(script(cutAnswer(PAIR)));
    const opts = options();
    const result = await fetchComtrade(QUERY, opts);
    expect(s.requests).toHaveLength(2);
    expect(opts.waits).toHaveLength(1);
    expect(result.count).toBe(20);
  });

  it('retries a try that takes longer than the timeout, and gives up in time', async () => {
    const s = await serve(script(noAnswer));
    // Long enough for the answering try on a loaded machine (50 ms was not, once in a full run).
    const opts = options({ retry: { timeout: 1_000, baseDelay: 1 } });
    expect((await fetchComtrade(QUERY, opts)).count).toBe(20);
    expect(s.requests).toHaveLength(2);
    await server?.close();
    await serve(() => noAnswer);
    const { code, message } = failure(
      await fetchComtrade(QUERY, options({ retry: { timeout: 30, attempts: 2 } })).catch((e) => e),
    );
    expect(code).toBe('FETCH_FAILED');
    expect(message).toContain('no complete answer within 30 ms; gave up after 2 tries');
  });

  it('gives up after the last try with FETCH_FAILED naming the request, never the key', async () => {
    const s = await serve(() => serverError(500));
    const error = await fetchComtrade(
      QUERY,
      options({ key: 'secret-key', retry: { attempts: 3, baseDelay: 1 } }),
    ).catch((e: unknown) => e);
    const { code, message } = failure(error);
    expect(code).toBe('FETCH_FAILED');
    expect(message).toMatch(/HTTP 500.*gave up after 3 tries.*data\/v1\/get/);
    expect(message).not.toContain('secret');
    expect(s.requests).toHaveLength(3);
  });

  it('says why no answer came (a refused connection), not only "fetch failed"', async () => {
    await serve(() => serverError(500)); // never asked: the options name a closed port
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await fetchComtrade(
      QUERY,
      options({ baseUrl: `http://127.0.0.1:${port}`, retry: { attempts: 2, baseDelay: 1 } }),
    ).catch((e: unknown) => e);
    expect(failure(error).message).toMatch(
      /^no answer: the connection was refused; gave up after 2 tries \(http:\/\/127\.0\.0\.1:\d+\//,
    );
  });

  it('does not retry a port fetch refuses to use, and says so', async () => {
    // Port 6000 (X11) is on fetch's list of blocked ports: "bad port", tried 6 times (34 s).
    await serve(() => serverError(500)); // never asked: the options name a blocked port
    const opts = options({
      baseUrl: 'http://127.0.0.1:6000',
      retry: { attempts: 3, baseDelay: 1 },
    });
    const error = await fetchComtrade(QUERY, opts).catch((e: unknown) => e);
    expect(failure(error).message).toMatch(
      /^no answer: port 6000 is one fetch refuses to use \(a port blocked for safety, as in browsers\): give the API address another port \(baseUrl\) \(http:\/\/127\.0\.0\.1:6000\//,
    );
    expect((error as BilateralError).issues[0]?.hint).toEqual({
      code: 'COMTRADE_URL',
      message: 'baseUrl',
    });
    expect(opts.waits).toEqual([]);
  });

  it('does not retry a refused key, and says what to do', async () => {
    const s = await serve(() => ({
      status: 401,
      body: JSON.stringify({
        statusCode: 401,
        message: 'Access denied due to invalid subscription key.',
      }),
    }));
    const { code, message } = failure(
      await fetchComtrade(QUERY, options({ key: 'wrong' })).catch((e) => e),
    );
    expect(code).toBe('FETCH_FAILED');
    expect(message).toContain('COMTRADE_API_KEY');
    expect(s.requests).toHaveLength(1);
  });

  it('stops at once when the wait named is longer than maxWait (a used-up daily quota)', async () => {
    await serve(() => ({
      status: 403,
      body: JSON.stringify({
        statusCode: 403,
        message: 'Out of call volume quota. Quota will be replenished in 06:24:07.',
      }),
    }));
    const opts = options();
    const { message } = failure(await fetchComtrade(QUERY, opts).catch((e) => e));
    expect(message).toContain('the API asks to wait 23047 s');
    expect(opts.waits).toEqual([]);
  });

  it('waits on the real clock when no wait is given (tiny delays)', async () => {
    await serve(script(serverError(502)));
    const result = await fetchComtrade(QUERY, {
      baseUrl: baseUrl(),
      retry: { baseDelay: 1 },
    });
    expect(result.count).toBe(20);
  });

  it('stops with the signal’s reason when aborted during a wait', async () => {
    await serve(() => serverError(503));
    const controller = new AbortController();
    const error = await fetchComtrade(QUERY, {
      baseUrl: baseUrl(),
      retry: { baseDelay: 60_000 },
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.retry !== undefined) controller.abort(new Error('stopped by the user'));
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('stopped by the user');
  });
});

describe('fetchComtrade: the record cap', () => {
  it('asks again in halves when an answer holds the cap, and merges without loss', async () => {
    const s = await serve(tableHandler(PAIR));
    const result = await fetchComtrade(QUERY, options({ maxRecords: 4 }));
    expect(result.count).toBe(20);
    const keys = result.data.map((row) => `${row.flowCode}${row.period}`);
    expect(new Set(keys).size).toBe(20);
    for (const request of result.requests) expect(request.records).toBeLessThan(4);
    expect(s.requests.length).toBeGreaterThan(result.requests.length);
  });

  it("splits at the preview's 500 records", async () => {
    const many = Array.from({ length: 12 }, (_, y) =>
      Array.from({ length: 60 }, (_, p) => totalsRecord(764, p + 1, 'X', 2013 + y, p)),
    ).flat();
    await serve(tableHandler(many));
    const result = await fetchComtrade(
      {
        reporter: 'THA',
        periods: many.map((row) => String(row.period)).filter((v, i, a) => a.indexOf(v) === i),
      },
      options(),
    );
    expect(result.count).toBe(720);
  });

  it('names each record of an answer that is not an object at its path, with the request', async () => {
    // Was one issue at [], 'record 1 of the answer is not an object (…)', the others unsaid.
    await serve(script(dataAnswer([PAIR[0] ?? {}, 7 as never, 'x' as never])));
    const error = await fetchComtrade({ ...QUERY, periods: ['2023'] }, options()).catch((e) => e);
    expect(error).toBeInstanceOf(BilateralError);
    const issues = (error as BilateralError).issues.map(({ path, message }) => [
      path,
      message.replace(/ \(http:\/\/\S+\)$/, ' (url)'),
    ]);
    expect([(error as BilateralError).code, ...issues]).toEqual([
      'FETCH_FAILED',
      [['data', 1], 'the record is not an object: found a number (7) (url)'],
      [['data', 2], 'the record is not an object: found the string "x" (url)'],
    ]);
  });

  it('refuses an answer at the cap that cannot be split', async () => {
    await serve(tableHandler(PAIR));
    const { code, message } = failure(
      await fetchComtrade(
        { ...QUERY, periods: ['2023'], flows: ['X'] },
        options({ maxRecords: 1 }),
      ).catch((e) => e),
    );
    expect(code).toBe('FETCH_FAILED');
    expect(message).toContain('cannot be split');
    expect(message).toContain('COMTRADE_API_KEY');
    expect(message).toContain("the answer holds 1 record, the preview's cap of 1 per request");
  });

  it('says the records at the cap and the cap grouped in thousands', async () => {
    const same = Array.from({ length: 1200 }, () => totalsRecord(764, 116, 'X', 2023, 5));
    await serve(tableHandler(same));
    const { message } = failure(
      await fetchComtrade(
        { ...QUERY, periods: ['2023'], flows: ['X'] },
        options({ key: 'test-key', maxRecords: 1200 }),
      ).catch((e) => e),
    );
    expect(message).toContain("the answer holds 1,200 records, the API's cap of 1,200 per");
  });

  it('refuses a URL longer than the API takes that cannot be split, its length grouped', async () => {
    await serve(tableHandler(PAIR));
    const query = { ...QUERY, periods: ['2023'], flows: ['X'] };
    const long = options({ baseUrl: `${baseUrl()}/${'x'.repeat(5000)}` });
    const { code, message } = failure(await fetchComtrade(query, long).catch((e) => e));
    expect(code).toBe('FETCH_FAILED');
    expect(message).toMatch(
      /^the request URL has 5,\d{3} characters, more than the API's 4,095, and cannot be split$/,
    );
  });
});

describe('fetchComtrade: cache and progress', () => {
  function memoryCache(): ComtradeCache & { store: Map<string, string> } {
    const store = new Map<string, string>();
    return {
      store,
      get: async (url) => store.get(url),
      set: async (url, text) => {
        store.set(url, text);
      },
    };
  }

  it('resumes after a failure: a rerun asks only for what is missing', async () => {
    const periods = Array.from({ length: 24 }, (_, i) => String(2001 + i));
    // The second request fails for good the first time.
    let failing = true;
    const table = tableHandler(PAIR);
    const s = await serve((request, index) =>
      failing && index >= 1 ? serverError(500) : table(request, index),
    );
    const cache = memoryCache();
    const first = await fetchComtrade(
      { ...QUERY, periods },
      options({ cache, retry: { attempts: 2, baseDelay: 1 } }),
    ).catch((e: unknown) => e);
    expect((first as BilateralError).code).toBe('FETCH_FAILED');
    expect(cache.store.size).toBe(1);
    failing = false;
    const before = s.requests.length;
    const progress: number[] = [];
    const second = await fetchComtrade(
      { ...QUERY, periods },
      options({ cache, onProgress: (p) => progress.push(p.cached) }),
    );
    expect(s.requests.length - before).toBe(1);
    expect(second.requests.map((r) => r.cached)).toEqual([true, false]);
    expect(second.count).toBe(20);
    expect(progress).toEqual([1, 1]);
  });

  it('asks again for an answer whose cached copy is damaged', async () => {
    const s = await serve(tableHandler(PAIR));
    const cache = memoryCache();
    await fetchComtrade(QUERY, options({ cache }));
    for (const url of cache.store.keys()) cache.store.set(url, '{"data": [{"cut');
    const again = await fetchComtrade(QUERY, options({ cache }));
    expect(again.count).toBe(20);
    expect(again.requests.map((r) => r.cached)).toEqual([false]);
    expect(s.requests).toHaveLength(2);
  });

  it('refuses an answer whose count says more records than its data holds, and asks again for such a cached one', async () => {
    // Was fetched without a word: the answer's count was read and never compared.
    const short = dataAnswer(PAIR.slice(0, 2));
    await serve(script({ ...short, body: short.body.replace('"count":2', '"count":3') }));
    const error = await fetchComtrade({ ...QUERY, periods: ['2023'] }, options()).catch((e) => e);
    expect(error).toBeInstanceOf(BilateralError);
    expect(
      (error as BilateralError).issues.map(({ path, message }) => [
        path,
        message.replace(/ \(http:\/\/\S+\)$/, ' (url)'),
      ]),
    ).toEqual([
      [
        ['count'],
        'the answer says it holds 3 records (its count) but its data holds 2: records may have been lost on the way, and would be missing without a word; try again (url)',
      ],
    ]);
    const cache = memoryCache();
    const first = await fetchComtrade({ ...QUERY, periods: ['2023'] }, options({ cache }));
    for (const [url, text] of cache.store)
      cache.store.set(url, text.replace(/"count":\d+/, '"count":99'));
    const again = await fetchComtrade({ ...QUERY, periods: ['2023'] }, options({ cache }));
    expect(again.requests.map((r) => r.cached)).toEqual([false]);
    expect(again.count).toBe(first.count);
  });

  it('tells progress after each request', async () => {
    await serve(tableHandler(PAIR));
    const seen: string[] = [];
    await fetchComtrade(
      { ...QUERY, periods: Array.from({ length: 13 }, (_, i) => String(2012 + i)) },
      options({ onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.records}`) }),
    );
    expect(seen).toEqual(['1/2 18', '2/2 20']);
  });
});
