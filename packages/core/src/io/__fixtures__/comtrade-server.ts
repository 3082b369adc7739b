/**
 * A local stand-in for the UN Comtrade API, for the tests of `fetchComtrade` and `bilateral fetch
 * comtrade`: a node:http server on 127.0.0.1 (port 0) that replays the shapes the API answers
 * with — 200 with data, an empty `count: 0`, 429 with a wait (a `Retry-After` header and/or the
 * JSON message Azure API Management sends), 5xx, a cut-off body, the preview's cap. The records
 * are synthesized from the captured Brazil record (`comtrade.ts`): invented values, never
 * published figures. The tests never touch the internet.
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ComtradeJson, record } from './comtrade.js';

/** One request the server received. */
interface ReceivedRequest {
  readonly url: URL;
  readonly key: string | undefined;
}

/**
 * One answer: a status, headers and a body; `cut` ends the connection halfway through it, `hang`
 * sends nothing at all (the connection stays open until the server closes).
 */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
  readonly cut?: boolean;
  readonly hang?: boolean;
}

/** A server that never answers. */
export const noAnswer: Answer = { status: 200, body: '', hang: true };

/** Decides the answer to a request (`index` counts every request received, from 0). */
export type Handler = (request: ReceivedRequest, index: number) => Answer;

/** A running server: its base URL, the requests it received, and how to stop it. */
export interface ComtradeServer {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A number in a record that must reach the JSON text as written (`raw('1e400')`). */
export function raw(digits: string): string {
  return `\u0000raw:${digits}`;
}

/** JSON text in which {@link raw} strings are bare JSON numbers, as the API writes values. */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000raw:([^"]*)"/g, '$1');
}

/** A 200 answer holding `records`, as the API sends it. */
export function dataAnswer(records: readonly ComtradeJson[]): Answer {
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: jsonText({ elapsedTime: '0.1 secs', count: records.length, data: records, error: '' }),
  };
}

/** The API's answer to a query with no data. */
export const emptyAnswer: Answer = dataAnswer([]);

/** A 429 as Azure API Management sends it: the wait in the message, and/or `Retry-After`. */
export function tooManyRequests(seconds: number, header = true): Answer {
  return {
    status: 429,
    headers: {
      'content-type': 'application/json',
      ...(header ? { 'retry-after': String(seconds) } : {}),
    },
    body: JSON.stringify({
      statusCode: 429,
      message: `Rate limit is exceeded. Try again in ${seconds} seconds.`,
    }),
  };
}

/** A 5xx answer with a text body. */
export function serverError(status = 500): Answer {
  return { status, headers: { 'content-type': 'text/plain' }, body: 'Internal server error' };
}

/** A 200 whose body stops halfway (the connection closes before Content-Length is reached). */
export function cutAnswer(records: readonly ComtradeJson[]): Answer {
  return { ...dataAnswer(records), cut: true };
}

/** Codes of the synthesized pair: Thailand (764) and Cambodia (116). */
const ECONOMIES: Readonly<Record<number, { iso: string; name: string }>> = {
  0: { iso: 'W00', name: 'World' },
  116: { iso: 'KHM', name: 'Cambodia' },
  764: { iso: 'THA', name: 'Thailand' },
  704: { iso: 'VNM', name: 'Viet Nam' },
  418: { iso: 'LAO', name: "Lao People's Dem. Rep." },
};

/**
 * A synthesized annual totals record (the captured record's shape, TOTAL, invented value).
 * `value` may be {@link raw} digits.
 */
export function totalsRecord(
  reporter: number,
  partner: number,
  flowCode: 'X' | 'M',
  year: number,
  value: string | number,
): ComtradeJson {
  const r = ECONOMIES[reporter] ?? { iso: 'XXX', name: `area ${reporter}` };
  const p = ECONOMIES[partner] ?? { iso: 'XXX', name: `area ${partner}` };
  return record({
    refPeriodId: year * 10_000 + 101,
    refYear: year,
    period: String(year),
    reporterCode: reporter,
    reporterISO: r.iso,
    reporterDesc: r.name,
    flowCode,
    flowDesc: flowCode === 'X' ? 'Export' : 'Import',
    partnerCode: partner,
    partnerISO: p.iso,
    partnerDesc: p.name,
    cmdCode: 'TOTAL',
    cmdDesc: 'All Commodities',
    aggrLevel: 0,
    qtyUnitCode: -1,
    qtyUnitAbbr: 'N/A',
    qty: 0,
    netWgt: 0,
    cifvalue: flowCode === 'M' ? value : null,
    fobvalue: flowCode === 'X' ? value : null,
    primaryValue: value,
    isReported: true,
    isAggregate: true,
  });
}

/** Whether a record answers the API parameters of a request (reporter, partner, period, flow). */
function matches(row: ComtradeJson, params: URLSearchParams): boolean {
  const list = (name: string) => params.get(name)?.split(',');
  const fields: [string, string][] = [
    ['reporterCode', 'reporterCode'],
    ['partnerCode', 'partnerCode'],
    ['period', 'period'],
    ['flowCode', 'flowCode'],
  ];
  return fields.every(([param, field]) => {
    const wanted = list(param);
    return wanted === undefined || wanted.includes(String(row[field]));
  });
}

/**
 * A handler that answers like the API from a table of records: the records that match the
 * request's parameters, at most `maxRecords` of them (the preview: at most 500).
 */
export function tableHandler(records: readonly ComtradeJson[]): Handler {
  return ({ url }) => {
    const cap = Math.min(
      Number(url.searchParams.get('maxRecords') ?? 500),
      url.pathname.startsWith('/public/') ? 500 : 250_000,
    );
    return dataAnswer(records.filter((row) => matches(row, url.searchParams)).slice(0, cap));
  };
}

/** Starts the server with `handler`; close it after the test. */
export async function startComtradeServer(handler: Handler): Promise<ComtradeServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const key = incoming.headers['ocp-apim-subscription-key'];
    const request = { url, key: typeof key === 'string' ? key : undefined };
    requests.push(request);
    const answer = handler(request, requests.length - 1);
    if (answer.hang) return;
    const body = Buffer.from(answer.body, 'utf8');
    response.writeHead(answer.status, { ...answer.headers, 'content-length': body.length });
    if (answer.cut) {
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      // Flush the half, then drop the connection before Content-Length is reached.
      setImmediate(() => response.socket?.destroy());
    } else response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
