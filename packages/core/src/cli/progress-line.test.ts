import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line.js';

const url = 'https://comtradeapi.un.org/data/v1/get/C/A/HS';

describe('progressLine', () => {
  it('groups every count in thousands', () => {
    expect(progressLine({ done: 1200, total: 2048, records: 1234567, cached: 1000, url })).toBe(
      '  request 1,200/2,048: 1,234,567 records so far (1,000 requests from the cache)',
    );
  });

  it('says one record and one request in the singular, and nothing of an empty cache', () => {
    expect(progressLine({ done: 1, total: 1, records: 1, cached: 1, url })).toBe(
      '  request 1/1: 1 record so far (1 request from the cache)',
    );
    expect(progressLine({ done: 1, total: 2, records: 20, cached: 0, url })).toBe(
      '  request 1/2: 20 records so far',
    );
  });

  it('says why and how long before a retry', () => {
    const retry = { attempt: 1, delay: 1500, reason: 'HTTP 429: Rate limit is exceeded' };
    expect(progressLine({ done: 0, total: 1, records: 0, cached: 0, url, retry })).toBe(
      '  HTTP 429: Rate limit is exceeded; trying again in 1.5 s (try 2)',
    );
  });
});
