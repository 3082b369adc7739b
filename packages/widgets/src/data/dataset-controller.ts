import { BilateralError, type Dataset, type DatasetDocument, Decimal } from '@bilateral/core/calc';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadOnce } from '../base/load-once.js';
import { economyNamed, economyTableLoading, loadEconomyTable } from '../i18n/economy-names.js';
import type { LoadFailure } from '../i18n/messages.js';
import { loadEmbeddedDataset } from './embedded-datasets.js';
import type { FetchKit } from './fetch-dataset.js';
import { precisionsReady } from './figure-reader.js';
import { fail, LoadError, toLoadError } from './load-error.js';
import { loadedValidator, loadValidator } from './load-validator.js';
import type { ReadKit } from './to-dataset.js';

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
 * //=> '13 flows' (logged once loaded)
 * ```
 */
export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly dataset: Dataset }
  | { readonly status: 'error'; readonly error: BilateralError; readonly reason: LoadFailure };

/**
 * The host of a {@link DatasetController}: an element that says what to load. Every Bilateral
 * element is one.
 *
 * @example
 * ```ts
 * import '@bilateral/widgets/growth';
 * import type { DatasetHost } from '@bilateral/widgets';
 *
 * const host: DatasetHost = document.createElement('bilateral-growth');
 * host.datasetInput;
 * //=> { data: undefined, src: undefined, name: undefined, timeout: 10000 }
 * ```
 */
export interface DatasetHost extends ReactiveControllerHost, EventTarget {
  readonly datasetInput: DatasetInput;
  /** Whether the host draws its state now; its events wait until it does. */
  readonly ready?: boolean;
  /**
   * Whether the host could not compute its view from the loaded dataset (a setting the core
   * refused, e.g. a `period` that is not one): it fires its own `bilateral-error`, and
   * `bilateral-load` waits until it draws the figure.
   */
  readonly failed?: boolean;
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

/** The reader of the `data` property (`to-dataset.ts`), once loaded: see {@link loadDataReader}. */
let dataReader: typeof import('./to-dataset.js') | undefined;

/** @internal What `to-dataset.ts` needs from this chunk: see {@link ReadKit}. */
export const readKit: ReadKit = {
  Decimal,
  named: economyNamed,
  precisionsReady,
  validate: loadedValidator,
  loadValidator,
  loadEconomyTable,
};

/**
 * Loads the reader of the `data` property, with the first element given a value it has not
 * loaded already (see {@link loadedDatasets}; a page on an embedded dataset or `src` never loads
 * it), once per page (tried again after a failure): one promise for every element, so that all
 * the elements waiting for it draw in one task. Chromium settles each `import()` call in a task
 * of its own, with frames between them: the 37 panels of the page-load benchmark's page drew one
 * or two a frame, over 2–3 s at 4× throttling, when each waited for an `import()` of its own.
 */
const loadDataReader = loadOnce(() =>
  import('./to-dataset.js').then((module) => (dataReader = module)),
);

/**
 * The Datasets an element of this page has loaded (from its `dataset`, `src` or `data`): drawable
 * as they are, since what they needed (the figure parser, the validator) has loaded with them. A
 * `data` property given one of them (the Dataset a dashboard hands its panels, or one an app
 * takes from a `bilateral-load` event) is loaded at once, in the update that sets it, without the
 * reader of the `data` property.
 */
const loadedDatasets = new WeakSet<object>();

/** What `fetch-dataset.ts` (loaded with the first `src`) needs: see {@link FetchKit}. */
const fetchKit: FetchKit = {
  fail: (reason, code, message) => fail(reason, code, 'src', message),
  read: async (json) => {
    const parseDataset = await loadValidator();
    try {
      return parseDataset(json);
    } catch (error) {
      throw toLoadError(error, 'schema');
    }
  },
};

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
 * re-renders the host as the state changes. What only the `src` and `data` paths need loads on
 * demand, so that a page on an embedded dataset never downloads it: the fetching
 * (`fetch-dataset.ts`) with the first `src`, the reader of the `data` property (`to-dataset.ts`)
 * with the first `data` that no element of the page has loaded already (a dashboard's panels never
 * need it), and `parseDataset` with the first document to validate. It fires `bilateral-load`
 * (detail `{ dataset }`) or `bilateral-error` (detail `{ error, reason }`) on the host once the new
 * state has rendered (a host that is not `ready` holds it until it is). The host calls
 * {@link DatasetController.sync} at the start of each update.
 *
 * Every Bilateral element has one as its protected `loader`: a subclass reads the state it renders
 * from, and hands it to {@link drawParts} when it draws Bilateral elements of its own. The package
 * exports its type, not the class: an element makes its own.
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type DatasetController } from '@bilateral/widgets';
 *
 * class GrowthWithLoader extends BilateralGrowth {
 *   get controller(): DatasetController {
 *     return this.loader;
 *   }
 * }
 * customElements.define('growth-with-loader', GrowthWithLoader);
 * new GrowthWithLoader().controller.state;
 * //=> { status: 'idle' }
 * ```
 */
export class DatasetController implements ReactiveController {
  /**
   * What the host draws: nothing asked for yet (`idle`), `loading`, the `loaded` Dataset, or the
   * `error` with its reason. Set by the controller; a subclass reads it.
   */
  state: LoadState = { status: 'idle' };
  #key: readonly unknown[] | undefined;
  #abort: AbortController | undefined;
  #pending: Event | undefined;
  #awaitingNames: boolean | undefined;

  readonly #host: DatasetHost;

  constructor(host: DatasetHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * @internal Whether elements the host draws in its shadow root (a dashboard's panels) have not
   * drawn their own state yet: its events wait for them (set by `drawParts`, `parts-drawn.ts`).
   */
  declare partsDrawing: (() => boolean) | undefined;

  /**
   * @internal Whether the host has not drawn its state yet: nothing asked for, loading, or its
   * event held until it has drawn (a host that {@link DatasetHost.failed} has drawn its error).
   */
  get waiting(): boolean {
    return (
      this.#key === undefined ||
      this.state.status === 'loading' ||
      (this.#pending !== undefined && !this.#host.failed)
    );
  }

  hostConnected(): void {
    // A load interrupted by removal starts again when the element comes back.
    if (this.state.status === 'loading' && this.#abort === undefined) {
      this.#key = undefined;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    // Given up once the task's DOM changes are done, unless the host is back: moved within the
    // page in one task (a framework reordering it), it keeps its request (not made twice).
    // Without a reason (an AbortError): only a timeout's, a LoadError, is shown.
    const abort = this.#abort;
    queueMicrotask(() => {
      if ((this.#host as Partial<Node>).isConnected || abort !== this.#abort) return;
      abort?.abort();
      this.#abort = undefined;
    });
  }

  /**
   * Starts a new load when the host's input changed since the last call. The host calls it from
   * `willUpdate`, so a parsed Dataset given as the `data` property (or a document, once the
   * validator has loaded) is read in the same update that set it, once the reader of `data` has
   * loaded (the first `data` of a page waits for it); a Dataset an element of the page has loaded
   * already is taken as it is, without the reader.
   */
  sync(): void {
    const input = this.#host.datasetInput;
    const key =
      input.data !== undefined
        ? [input.data]
        : input.src?.trim()
          ? ['src', input.src.trim(), input.timeout]
          : ['name', input.name?.trim(), input.timeout];
    const same =
      this.#key?.length === key.length && key.every((part, i) => part === this.#key?.[i]);
    if (same) return;
    this.#key = key;
    this.#load(input);
  }

  hostUpdated(): void {
    this.#redrawWhenNamed();
    // The event waits until the state is drawn, the elements drawn inside the host included, and
    // while a load or a {@link DatasetController.hold} shows the loading state.
    // A host that failed to compute its view fires its error itself: `bilateral-load` only once
    // it draws the figure.
    if (
      this.#host.ready === false ||
      this.#host.failed ||
      this.state.status === 'loading' ||
      this.partsDrawing?.()
    ) {
      return;
    }
    const event = this.#pending;
    this.#pending = undefined;
    if (event === undefined) return;
    this.#host.dispatchEvent(event);
  }

  /**
   * Shows the loading state again until `loading` settles — a chunk the host's view cannot be
   * computed without (the core's request checker, which loads only for a value it must word an
   * error for: see `seriesOf`) — holding the events, then the loaded state again, and an update.
   * A chunk that fails to load ends in the error state (`network`); a new dataset input meanwhile
   * ends the hold. The host calls it with what its computation threw while the dataset is loaded.
   */
  hold(loading: Promise<unknown>): void {
    const { state } = this;
    const key = this.#key;
    if (state.status !== 'loaded') return;
    this.state = { status: 'loading' };
    const current = () => this.#key === key && this.state.status === 'loading';
    loading.then(
      () => {
        if (!current()) return;
        this.state = state;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (!current()) return;
        this.#settle(toLoadError(error, 'network'));
        this.#host.requestUpdate();
      },
    );
  }

  /**
   * Draws the host again once the table of economy names has loaded, when this update drew a code
   * that no data file named (as the code itself, meanwhile).
   */
  #redrawWhenNamed(): void {
    const loading = economyTableLoading();
    if (loading === undefined || this.#awaitingNames) return;
    this.#awaitingNames = true;
    const done = () => {
      this.#awaitingNames = false;
    };
    loading.then(() => {
      done();
      this.#host.requestUpdate();
    }, done);
  }

  #load(input: DatasetInput): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (input.data !== undefined) {
      const data = input.data;
      const key = this.#key;
      const current = () => this.#key === key;
      const settle = (dataset: Dataset | undefined, error?: unknown) =>
        this.#settle(dataset ?? toLoadError(error, 'schema'));
      if (loadedDatasets.has(data)) {
        settle(data as Dataset);
        return;
      }
      if (dataReader?.readData(data, readKit, settle)) return;
      // The reader not loaded yet, or a document and the validator not loaded yet (or a Dataset
      // waiting for the figure parser or the economies' names): load what reads it, then read it.
      this.state = { status: 'loading' };
      loadDataReader()
        .then((reader) => current() && reader.readWhenLoaded(data, readKit, settle, current))
        .then(
          (done) => {
            if (done && current()) this.#host.requestUpdate();
          },
          (error: unknown) => {
            if (!current()) return;
            this.#settle(toLoadError(error, 'network'));
            this.#host.requestUpdate();
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
    this.#abort = controller;
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
        ? import('./fetch-dataset.js').then(({ sharedFetch }) =>
            sharedFetch(src, controller.signal, fetchKit),
          )
        : embedded(name ?? '', (this.#host as Partial<Element>).localName),
      aborted,
    ])
      .then(undefined, (error: unknown) =>
        controller.signal.aborted && !(controller.signal.reason instanceof LoadError)
          ? undefined // superseded or removed: nothing to show
          : toLoadError(error, 'network'),
      )
      .then((result) => {
        clearTimeout(timer);
        if (result === undefined || this.#abort !== controller) return;
        this.#abort = undefined;
        this.#settle(result);
        this.#host.requestUpdate();
      });
  }

  /** Ends a load: loaded (a Dataset) or failed, with the event that says so held until drawn. */
  #settle(result: Dataset | LoadError): void {
    if (result instanceof LoadError) {
      const { error, reason } = result;
      this.state = { status: 'error', error, reason };
      this.#pending = new CustomEvent<ErrorEventDetail>('bilateral-error', {
        bubbles: true,
        detail: { error, reason },
      });
    } else {
      loadedDatasets.add(result);
      this.state = { status: 'loaded', dataset: result };
      this.#pending = new CustomEvent<LoadEventDetail>('bilateral-load', {
        bubbles: true,
        detail: { dataset: result },
      });
    }
  }
}
