import {
  BilateralError,
  type BilateralErrorCode,
  type Dataset,
  type DatasetDocument,
} from '@bilateral/core/calc';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { economyTableLoading } from '../i18n/economy-names.js';
import type { LoadFailure } from '../i18n/messages.js';
import { loadEmbeddedDataset } from './embedded-datasets.js';
import { loadReaders, loadValidator, toDataset } from './to-dataset.js';

/**
 * What an element draws its dataset from; the first one set wins: `data`, `src`, `dataset`.
 *
 * @example
 * ```ts
 * import '@bilateral/widgets/growth';
 *
 * // <bilateral-growth dataset="vietnam-laos" src="/data/trade.json" timeout="5000">
 * document.querySelector('bilateral-growth')?.datasetInput;
 * //=> { data: undefined, src: '/data/trade.json', name: 'vietnam-laos', timeout: 5000 }
 * // `src` is set, so the element fetches it and `dataset` is not used; `data` would win over both.
 * ```
 */
export interface DatasetInput {
  /** A parsed Dataset or a dataset document (the `data` property). */
  readonly data: Dataset | DatasetDocument | undefined;
  /** A URL of a dataset document (the `src` attribute). */
  readonly src: string | undefined;
  /** The name of an embedded dataset (the `dataset` attribute). */
  readonly name: string | undefined;
  /** Milliseconds to wait for `src` (or an embedded dataset's file) before giving up. */
  readonly timeout: number;
}

/**
 * The state of loading: nothing asked for, loading, loaded, or failed (with why).
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type LoadState } from '@bilateral/widgets';
 *
 * // A subclass reads the state it renders from as `this.loader.state`.
 * class GrowthWithState extends BilateralGrowth {
 *   get loadState(): LoadState {
 *     return this.loader.state;
 *   }
 * }
 * customElements.define('growth-with-state', GrowthWithState);
 *
 * function describe(state: LoadState): string {
 *   switch (state.status) {
 *     case 'idle':
 *       return 'nothing to load';
 *     case 'loading':
 *       return 'loading';
 *     case 'loaded':
 *       return `${state.dataset.flows.length} flows`;
 *     case 'error':
 *       return `${state.reason}: ${state.error.message}`;
 *   }
 * }
 *
 * const element = new GrowthWithState();
 * describe(element.loadState);
 * //=> 'nothing to load'
 * element.addEventListener('bilateral-load', () => console.log(describe(element.loadState)));
 * element.datasetName = 'vietnam-laos';
 * document.body.append(element);
 * //=> '11 flows' (logged once loaded)
 * ```
 */
export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly dataset: Dataset }
  | { readonly status: 'error'; readonly error: BilateralError; readonly reason: LoadFailure };

/** The host of a {@link DatasetController}: an element that says what to load. */
export interface DatasetHost extends ReactiveControllerHost, EventTarget {
  readonly datasetInput: DatasetInput;
  /** Whether the host draws its state now; its events wait until it does. */
  readonly ready?: boolean;
}

/**
 * `detail` of the `bilateral-load` event.
 *
 * @example
 * ```ts
 * import '@bilateral/widgets/growth';
 * import type { LoadEventDetail } from '@bilateral/widgets';
 *
 * // <bilateral-growth dataset="vietnam-laos"></bilateral-growth>
 * document.querySelector('bilateral-growth')?.addEventListener('bilateral-load', (event) => {
 *   const { dataset } = (event as CustomEvent<LoadEventDetail>).detail;
 *   console.log(dataset.id, dataset.flows.length);
 *   //=> vietnam-laos 11
 * });
 * ```
 */
export interface LoadEventDetail {
  readonly dataset: Dataset;
}

/**
 * `detail` of the `bilateral-error` event.
 *
 * @example
 * ```ts
 * import '@bilateral/widgets/all';
 * import type { ErrorEventDetail } from '@bilateral/widgets';
 *
 * // The event bubbles, so one listener hears every element of the page.
 * document.addEventListener('bilateral-error', (event) => {
 *   const { error, reason } = (event as CustomEvent<ErrorEventDetail>).detail;
 *   console.warn((event.target as Element).localName, reason, error.code, error.message);
 *   // <bilateral-growth dataset="atlantis">:
 *   //=> bilateral-growth unknown-dataset INVALID_INPUT dataset: there is no embedded
 *   //   dataset "atlantis" (embedded: vietnam-laos, laos-china)
 * });
 * ```
 */
export interface ErrorEventDetail {
  readonly error: BilateralError;
  readonly reason: LoadFailure;
}

/** A failure with the reason the element shows and the event carries. */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly error: BilateralError,
  ) {
    super(error.message);
  }
}

const fail = (
  reason: LoadFailure,
  code: BilateralErrorCode,
  path: string,
  message: string,
): LoadError => new LoadError(reason, new BilateralError(code, [{ path: [path], message }]));

/** Converts whatever a load threw into a {@link LoadError}. */
export function toLoadError(error: unknown, reason: LoadFailure = 'compute'): LoadError {
  if (error instanceof LoadError) return error;
  if (error instanceof BilateralError) return new LoadError(reason, error);
  return fail(reason, 'INVALID_INPUT', 'data', String(error));
}

async function fetchDataset(src: string, signal: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw fail('network', 'INVALID_INPUT', 'src', `${src} could not be fetched: ${String(error)}`);
  }
  if (!response.ok) {
    throw fail(
      'http',
      'INVALID_INPUT',
      'src',
      `${src} answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail('json', 'INVALID_DATASET', 'src', `${src} is not JSON: ${String(error)}`);
  }
  const parseDataset = await loadValidator();
  try {
    return parseDataset(json);
  } catch (error) {
    throw toLoadError(error, 'schema');
  }
}

/** A request for one URL, shared by the elements that asked for it while it was under way. */
interface SharedRequest {
  readonly dataset: Promise<Dataset>;
  readonly controller: AbortController;
  users: number;
}

const underWay = new Map<string, SharedRequest>();

/** Each host's controller, to find the ones of the elements a host draws in its shadow root. */
const controllers = new WeakMap<object, DatasetController>();

/**
 * Fetches and parses `src` once for every element that asks for it at the same time: a page with
 * a growth chart and a balance card on one file makes one request. `signal` is the asking
 * element's; the request is aborted when every element sharing it has given up (removed, `src`
 * changed, timed out). A finished request is not kept, so an element that asks later fetches
 * again and sees the file as it is then.
 */
function sharedFetch(src: string, signal: AbortSignal): Promise<Dataset> {
  const url = new URL(src, document.baseURI).href;
  let request = underWay.get(url);
  if (request === undefined) {
    const controller = new AbortController();
    const started: SharedRequest = {
      dataset: fetchDataset(src, controller.signal),
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

async function embedded(name: string, tag: string | undefined): Promise<Dataset> {
  let dataset: Dataset | undefined;
  try {
    dataset = await loadEmbeddedDataset(name, tag);
  } catch (error) {
    throw toLoadError(error, error instanceof BilateralError ? 'schema' : 'http');
  }
  if (dataset === undefined) {
    throw fail(
      'unknown-dataset',
      'INVALID_INPUT',
      'dataset',
      `there is no embedded dataset "${name}" (embedded: vietnam-laos, laos-china)`,
    );
  }
  return dataset;
}

/**
 * Loads an element's dataset — a `data` property, a `src` URL (fetched, validated with
 * `parseDataset`, aborted when the element is removed or `src` changes, given up after
 * `timeout` ms; one request for all the elements asking for the same URL at the same time) or
 * an embedded dataset's name (read compact, validated when the package was built) — and
 * re-renders the host as the state changes. `parseDataset` loads on demand, with the first
 * document to validate. It fires `bilateral-load` (detail `{ dataset }`) or `bilateral-error`
 * (detail `{ error, reason }`) on the host once the new state has rendered (a host that is not
 * `ready` holds it until it is). The host calls {@link DatasetController.sync} at the start of
 * each update.
 */
export class DatasetController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  private key: readonly unknown[] | undefined;
  private abort: AbortController | undefined;
  private pending: Event | undefined;
  private awaitingNames = false;

  constructor(private readonly host: DatasetHost) {
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    // A load interrupted by removal starts again when the element comes back.
    if (this.state.status === 'loading' && this.abort === undefined) {
      this.key = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort(new DOMException('The element was removed', 'AbortError'));
    this.abort = undefined;
  }

  /**
   * Starts a new load when the host's input changed since the last call. The host calls it from
   * `willUpdate`, so a parsed Dataset given as the `data` property (or a document, once the
   * validator has loaded) is read in the same update that set it.
   */
  sync(): void {
    const input = this.host.datasetInput;
    const key =
      input.data !== undefined
        ? [input.data]
        : input.src?.trim()
          ? ['src', input.src.trim(), input.timeout]
          : ['name', input.name?.trim(), input.timeout];
    const same = this.key?.length === key.length && key.every((part, i) => part === this.key?.[i]);
    if (same) return;
    this.key = key;
    this.load(input);
  }

  hostUpdated(): void {
    this.redrawWhenNamed();
    // The event waits until the state is drawn, the elements drawn inside the host included.
    if (this.host.ready === false || this.partsDrawing()) return;
    const event = this.pending;
    this.pending = undefined;
    if (event === undefined) return;
    this.host.dispatchEvent(event);
    this.tellContainer();
  }

  /**
   * Whether an element the host draws in its shadow root (a dashboard's panel) has not drawn its
   * own state yet: it has not started loading, is loading, or holds its event. The panels draw
   * once they are near the viewport and their width is known, a frame after the dashboard: its
   * `bilateral-load` says that everything in it has rendered.
   */
  private partsDrawing(): boolean {
    const root = (this.host as Partial<Element>).shadowRoot;
    if (root === null || root === undefined) return false;
    for (const element of root.querySelectorAll('*')) {
      const part = controllers.get(element);
      if (part === undefined) continue;
      if (part.key === undefined || part.state.status === 'loading' || part.pending !== undefined) {
        return true;
      }
    }
    return false;
  }

  /**
   * Has the element whose shadow root holds the host fire its held event, once the last of its
   * parts has drawn (it updates for that: its parts are drawn as they were).
   */
  private tellContainer(): void {
    const root = (this.host as Partial<Node>).getRootNode?.();
    if (!(root instanceof ShadowRoot)) return;
    const container = controllers.get(root.host);
    if (container?.pending !== undefined && !container.partsDrawing()) {
      container.host.requestUpdate();
    }
  }

  /**
   * Draws the host again once the table of economy names has loaded, when this update drew a code
   * that no data file named (as the code itself, meanwhile).
   */
  private redrawWhenNamed(): void {
    const loading = economyTableLoading();
    if (loading === undefined || this.awaitingNames) return;
    this.awaitingNames = true;
    const done = () => {
      this.awaitingNames = false;
    };
    loading.then(() => {
      done();
      this.host.requestUpdate();
    }, done);
  }

  private load(input: DatasetInput): void {
    this.abort?.abort(new DOMException('The dataset input changed', 'AbortError'));
    this.abort = undefined;
    if (input.data !== undefined) {
      const data = input.data;
      const read = () => {
        try {
          const dataset = toDataset(data);
          if (dataset === undefined) return false;
          this.settle({ status: 'loaded', dataset });
        } catch (error) {
          const failure = toLoadError(error, 'schema');
          this.settle({ status: 'error', error: failure.error, reason: failure.reason });
        }
        return true;
      };
      if (read()) return;
      // A document and the validator not loaded yet (or a Dataset waiting for the figure parser
      // or the economies' names): load what reads it, then read it.
      const key = this.key;
      this.state = { status: 'loading' };
      loadReaders(data).then(
        () => {
          if (this.key === key && read()) this.host.requestUpdate();
        },
        (error: unknown) => {
          if (this.key !== key) return;
          const failure = toLoadError(error, 'network');
          this.settle({ status: 'error', error: failure.error, reason: failure.reason });
          this.host.requestUpdate();
        },
      );
      return;
    }
    const src = input.src?.trim();
    const name = input.name?.trim();
    if (!src && !name) {
      this.state = { status: 'idle' };
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.state = { status: 'loading' };
    const seconds = input.timeout / 1000;
    const timer = setTimeout(
      () =>
        controller.abort(
          fail(
            'timeout',
            'INVALID_INPUT',
            src ? 'src' : 'dataset',
            `${src || name} did not arrive within ${seconds} s (timeout ${input.timeout} ms)`,
          ),
        ),
      input.timeout,
    );
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
        once: true,
      });
    });
    Promise.race([
      src
        ? sharedFetch(src, controller.signal)
        : embedded(name ?? '', (this.host as Partial<Element>).localName),
      aborted,
    ])
      .then(
        (dataset) => ({ status: 'loaded', dataset }) as const,
        (error: unknown) => {
          if (controller.signal.aborted && !(controller.signal.reason instanceof LoadError)) {
            return undefined; // superseded or removed: nothing to show
          }
          const failure = toLoadError(error, 'network');
          return { status: 'error', error: failure.error, reason: failure.reason } as const;
        },
      )
      .then((state) => {
        clearTimeout(timer);
        if (state === undefined || this.abort !== controller) return;
        this.abort = undefined;
        this.settle(state);
        this.host.requestUpdate();
      });
  }

  private settle(state: Exclude<LoadState, { status: 'idle' | 'loading' }>): void {
    this.state = state;
    this.pending =
      state.status === 'loaded'
        ? new CustomEvent<LoadEventDetail>('bilateral-load', {
            bubbles: true,
            detail: { dataset: state.dataset },
          })
        : new CustomEvent<ErrorEventDetail>('bilateral-error', {
            bubbles: true,
            detail: { error: state.error, reason: state.reason },
          });
  }
}
