import type { BilateralErrorCode, Dataset } from '@bilateral/core/calc';
import type { LoadFailure } from '../i18n/messages.js';

/**
 * What fetching needs from the elements' first chunk, given by the caller rather than imported:
 * this module loads on demand and imports nothing at run time, so that an app's bundler, which
 * gives each set of modules that the first chunk and an on-demand one share a chunk of its own,
 * keeps the first chunk whole.
 */
export interface FetchKit {
  /** The error of one problem with `src` (a `LoadError` at path `src`). */
  readonly fail: (reason: LoadFailure, code: BilateralErrorCode, message: string) => Error;
  /** Validates the fetched JSON as a dataset document (loading the validator first). */
  readonly read: (json: unknown) => Promise<Dataset>;
}

async function fetchDataset(src: string, signal: AbortSignal, kit: FetchKit): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw kit.fail('network', 'INVALID_INPUT', `${src} could not be fetched: ${String(error)}`);
  }
  if (!response.ok) {
    throw kit.fail(
      'http',
      'INVALID_INPUT',
      `${src} answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw kit.fail('json', 'INVALID_DATASET', `${src} is not JSON: ${String(error)}`);
  }
  return kit.read(json);
}

/** A request for one URL, shared by the elements that asked for it while it was under way. */
interface SharedRequest {
  readonly dataset: Promise<Dataset>;
  readonly controller: AbortController;
  users: number;
}

const underWay = new Map<string, SharedRequest>();

/**
 * Fetches and parses `src` once for every element that asks for it at the same time: a page with
 * a growth chart and a balance card on one file makes one request. `signal` is the asking
 * element's; the request is aborted when every element sharing it has given up (removed, `src`
 * changed, timed out), and none starts for a signal already aborted. A finished request is not
 * kept, so an element that asks later fetches again and sees the file as it is then. The dataset
 * controller loads this module with the first `src`: a page on an embedded dataset never does.
 */
export function sharedFetch(src: string, signal: AbortSignal, kit: FetchKit): Promise<Dataset> {
  if (signal.aborted) return Promise.reject(signal.reason);
  const url = new URL(src, document.baseURI).href;
  let request = underWay.get(url);
  if (request === undefined) {
    const controller = new AbortController();
    const started: SharedRequest = {
      dataset: fetchDataset(src, controller.signal, kit),
      controller,
      users: 0,
    };
    const forget = () => {
      if (underWay.get(url) === started) underWay.delete(url);
    };
    started.dataset.then(forget, forget);
    underWay.set(url, started);
    request = started;
  }
  const shared = request;
  shared.users += 1;
  signal.addEventListener(
    'abort',
    () => {
      shared.users -= 1;
      if (shared.users > 0) return;
      if (underWay.get(url) === shared) underWay.delete(url);
      shared.controller.abort(signal.reason);
    },
    { once: true },
  );
  return shared.dataset;
}
