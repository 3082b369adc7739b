/**
 * JSON requests shared by every copy of the script on a page (the autoloader starts them as soon
 * as it sees a tag naming a dataset; the element takes the same request when its chunk has
 * loaded): one fetch per data file per page. Kept on `globalThis` under a registered symbol, so
 * a second copy of the script (another URL of it) shares them too. A failed request is
 * forgotten, so the next element tries again.
 */
const KEY = Symbol.for('bilateral.json');
const shared = globalThis as { [KEY]?: Map<string, Promise<unknown>> };
shared[KEY] ??= new Map();
const requests = shared[KEY];

/** The parsed JSON at `url` (absolute), fetched once per page. */
export function prefetchedJson(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (request === undefined) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json() as Promise<unknown>;
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
