/**
 * JSON requests shared by every copy of the script on a page (the autoloader starts them as soon
 * as it sees a tag naming a dataset; the element takes the same request when its chunk has
 * loaded): one fetch per data file per page. Kept on `globalThis` under a registered symbol, so
 * a second copy of the script (another URL of it) shares them too. A failed request is kept
 * until an element takes it: the element whose request the autoloader started gets its failure
 * (the file is not requested twice), and the next element to ask tries again.
 */
const KEY = Symbol.for('bilateral.json');
const shared = globalThis as { [KEY]?: Map<string, Promise<unknown>> };
shared[KEY] ??= new Map();
const requests = shared[KEY];

/**
 * The parsed JSON at `url` (absolute), fetched once per page; an element takes the request
 * (`take`: forgotten if it failed), the autoloader only starts it.
 *
 * @example
 * ```ts
 * const url = new URL('../data/vietnam-laos.json', import.meta.url).href;
 * prefetchedJson(url); // the autoloader: starts the request
 * const json = await prefetchedJson(url, true); // the element: the same request
 * ```
 */
export function prefetchedJson(url: string, take?: boolean): Promise<unknown> {
  let request = requests.get(url);
  if (request === undefined) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json() as Promise<unknown>;
    });
    requests.set(url, request);
  }
  request.catch(() => take && requests.delete(url));
  return request;
}
