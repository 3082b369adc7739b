import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { MAX_ANSWER_BYTES, type RequestSettings, requestText } from './fetch-comtrade-request.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server whose answer is 64 KiB of spaces after 64 KiB, until the client goes (or `total` bytes). */
async function endless(headers: Record<string, string> = {}, total = Infinity): Promise<string> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...headers });
    let sent = 0;
    const more = (): void => {
      while (sent < total && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) {
          response.once('drain', more);
          return;
        }
      }
      if (sent >= total) response.end();
    };
    more();
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
}

const retries: string[] = [];
const settings = (maxAnswerBytes: number): RequestSettings => ({
  key: undefined,
  retry: { attempts: 3, baseDelay: 1, maxDelay: 1, maxWait: 1000, timeout: 20_000 },
  wait: async () => {},
  signal: undefined,
  onRetry: (_attempt, _delay, reason) => void retries.push(reason),
  maxAnswerBytes,
});

describe('requestText: an answer past the most one may be', () => {
  // Read whole with response.text(): an endless answer (a wrong base URL, a hostile server) grew
  // until the try's timeout (120 s by default) or V8's longest string, then was asked for again.
  it('is refused as it streams past the limit, without a retry', async () => {
    retries.length = 0;
    const url = await endless();
    const error = await requestText(url, settings(1024 * 1024), (text) => text).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BilateralError);
    expect(error).toMatchObject({ code: 'FETCH_FAILED' });
    expect((error as BilateralError).issues[0]?.message).toMatch(
      /the answer goes on past 1 MB, more than any UN Comtrade answer: is the base URL the API\?/,
    );
    expect(retries).toEqual([]);
  });

  it('is refused by its Content-Length before its body is read', async () => {
    const url = await endless({ 'content-length': String(600 * 1024 * 1024) });
    const error = await requestText(url, settings(MAX_ANSWER_BYTES), (text) => text).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BilateralError);
    expect((error as BilateralError).issues[0]?.message).toMatch(
      /the answer is 600 MB, more than any UN Comtrade answer: is the base URL the API\?/,
    );
  });

  it("is V8's longest string: an answer a few bytes past it is refused, not read and cut off", async () => {
    // 2^29 - 10 bytes was within 512 MiB: read until V8's longest string (2^29 - 24), then
    // "the answer was cut off" and asked for again.
    const url = await endless({ 'content-length': String(2 ** 29 - 10) });
    const error = await requestText(url, settings(MAX_ANSWER_BYTES), (text) => text).catch(
      (e: unknown) => e,
    );
    expect((error as BilateralError).issues?.[0]?.message).toMatch(
      /^the answer is 512 MB, more than any UN Comtrade answer: is the base URL the API\?/,
    );
  });

  it('is not reached by an answer within it, read whole', async () => {
    const url = await endless({}, 3 * 64 * 1024);
    const text = await requestText(url, settings(1024 * 1024), (body) => body);
    expect(text).toBe(' '.repeat(3 * 64 * 1024));
  });
});
