// Serves the webmaster's demo (examples/embed) on localhost, the way a host site would: static
// files, the script-tag bundle from packages/widgets/dist, and a strict Content Security Policy
// with Trusted Types enforced, so the demo proves the widgets need nothing unsafe.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The widgets package's dist folder, as a site would host it: the bundle and, beside it, the
// embedded datasets it fetches (data/<name>.json).
const WIDGETS = join(root, 'packages/widgets/dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
// img-src: data: for the demo page's own images, blob: for the download panel's PNG (drawn from
// the chart's SVG as a blob: image; docs/security.md).
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * The `SourceMap` response header of a script-tag file, from the list the build writes beside the
 * bundle (packages/widgets/scripts/merge-chunks.ts, `SOURCE_MAPS`): the files name no map in a
 * comment, and DevTools finds each map by this header. Read at each request, as a rebuild renames
 * the chunks.
 */
function sourceMapHeader(dist, file) {
  const list = join(dist, 'bilateral-widgets.maps.json');
  if (!file.startsWith(dist + sep) || !existsSync(list)) return {};
  const path = relative(dist, file).split(sep).join('/');
  const map = JSON.parse(readFileSync(list, 'utf8'))[path];
  return map === undefined ? {} : { sourcemap: posix.relative(posix.dirname(path), map) };
}

/** Maps a URL path to a file under one of the mounts; undefined when outside them. */
function resolve(mounts, pathname) {
  for (const [prefix, target] of mounts) {
    let file;
    if (pathname === prefix) file = target;
    else if (prefix.endsWith('/') && pathname.startsWith(prefix)) {
      file = normalize(join(target, decodeURIComponent(pathname.slice(prefix.length))));
      if (!file.startsWith(target + sep) && file !== target) return undefined;
    } else continue;
    return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  }
  return undefined;
}

/**
 * Writes the demo's own data file, examples/embed/data/laos-china.json, from the built core: the
 * Laos–China dataset as a document, as a site would host its own data.
 */
async function writeDemoData() {
  const { laosChina, serializeDataset } = await import('../packages/core/dist/index.js');
  const folder = join(root, 'examples/embed/data');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'laos-china.json'),
    `${JSON.stringify(serializeDataset(laosChina), null, 2)}\n`,
  );
}

/** How to serve on another port, in the words each refusal below ends with. */
const anotherPort = (port) =>
  `serve on another port with PORT=${Number.isInteger(port) && port >= 1 && port < 65535 ? port + 1 : 4174} before the command`;

/**
 * Why the demo cannot serve on a port, in words a reader can act on, by the error's code: another
 * server holds it (the demo still running in another terminal is the usual cause), it needs
 * privileges, or `PORT` is not a port; each says that `PORT` chooses another port.
 */
const PORT_REFUSALS = {
  EADDRINUSE: (host, port) =>
    `${host}:${port} is in use (is the demo still running in another terminal?): stop that server, or ${anotherPort(port)}`,
  EACCES: (host, port) =>
    `${host}:${port} needs privileges (as ports below 1024 do on most systems): ${anotherPort(port)}`,
  ERR_SOCKET_BAD_PORT: (_host, port) =>
    `PORT=${Number.isNaN(port) ? process.env.PORT : port} is not a port (a whole number from 1 to 65535): ${anotherPort(port)}`,
};

/** The error of a port the demo cannot serve on, in its words, else the error as it is. */
function portRefused(error, host, port) {
  const words = PORT_REFUSALS[error?.code];
  if (words === undefined) return error;
  return Object.assign(new Error(words(host, port), { cause: error }), { code: error.code });
}

/**
 * For the commands that serve the demo (`pnpm start`, `node scripts/serve-embed.mjs`): a port
 * they cannot serve on is its sentence on stderr and exit code 1, not a stack trace; any other
 * error is thrown on.
 */
export function exitIfPortRefused(error) {
  if (!Object.hasOwn(PORT_REFUSALS, error?.code ?? '')) throw error;
  console.error(error.message);
  process.exit(1);
}

/**
 * Writes the demo data, starts the server, and resolves with its address once it listens.
 * `widgets` is the folder served under /widgets/ (a test's own build; the demo data is then not
 * written, as it needs the built core).
 */
export async function serveEmbed(
  port = Number(process.env.PORT ?? 4173),
  host = '127.0.0.1',
  widgets = WIDGETS,
) {
  if (widgets === WIDGETS) await writeDemoData();
  const mounts = [
    ['/widgets/', widgets],
    ['/', join(root, 'examples/embed')],
  ];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolve(mounts, pathname);
    if (file === undefined || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      ...sourceMapHeader(widgets, file),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', (error) => fail(portRefused(error, host, port)));
    try {
      server.listen(port, host, () =>
        done({ server, url: `http://${host}:${server.address().port}/` }),
      );
    } catch (error) {
      // A port past 65535, or PORT=abc (NaN): listen throws it, not an 'error' event.
      fail(portRefused(error, host, port));
    }
  });
}

/**
 * Stops `server` at Ctrl+C (SIGINT) or SIGTERM: it closes with its open connections (a browser's
 * keep-alive connection would hold it open), `say` writes one line, and the process exits with
 * code 0 as soon as the server has closed, so `pnpm start` ends without pnpm's "ELIFECYCLE Command
 * failed". It exits then rather than when node has nothing left to do: a SIGTERM sent to pnpm's
 * process group (`kill -TERM -- -<group>`) reaches the server twice, as pnpm's shell passes its
 * own on, and the second one, come while node wound down (its signal handlers gone), ended the
 * server as the signal does and `pnpm run` with exit code 129 in about 1 run of 5 under load. A
 * second signal while it closes exits at once, with code 0 too.
 *
 * @example
 * ```js
 * const { server, url } = await serveEmbed();
 * stopOnSignals(server);
 * ```
 */
export function stopOnSignals(server, say = (line) => console.log(line)) {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    server.close(() => process.exit(0));
    server.closeAllConnections();
    // After the terminal's ^C, on a line of its own.
    say('\nThe embed demo stopped.');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, url } = await serveEmbed().catch(exitIfPortRefused);
  stopOnSignals(server);
  console.log(`The embed demo is served at ${url} (Ctrl+C to stop).`);
}
