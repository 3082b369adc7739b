import type { Dataset } from '@bilateral/core/calc';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../__tests__/helpers.js';
import { type FetchKit, sharedFetch } from './fetch-dataset.js';

/** A kit that reads any JSON as its own "dataset" and fails with plain errors. */
const kit: FetchKit = {
  fail: (reason, code, message) => new Error(`${reason} ${code} ${message}`),
  read: async (json) => json as Dataset,
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fetching a src', () => {
  it('starts no request for an element that gave up before the fetching code had loaded', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const gaveUp = AbortSignal.abort(new DOMException('The element was removed', 'AbortError'));
    await expect(sharedFetch(`${FIXTURES}/valid.json`, gaveUp, kit)).rejects.toThrow(
      'The element was removed',
    );
    expect(fetches).not.toHaveBeenCalled();
  });

  it('fails with the reason, code and message of each kind of failure', async () => {
    const signal = new AbortController().signal;
    await expect(sharedFetch('/__bilateral__/missing.json', signal, kit)).rejects.toThrow(
      /^http INVALID_INPUT \/__bilateral__\/missing\.json answered 404/,
    );
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{ not json'));
    await expect(sharedFetch('/not-json.json', signal, kit)).rejects.toThrow(
      /^json INVALID_DATASET \/not-json\.json is not JSON: SyntaxError/,
    );
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(sharedFetch('/offline.json', signal, kit)).rejects.toThrow(
      'network INVALID_INPUT /offline.json could not be fetched: TypeError: Failed to fetch',
    );
  });
});
