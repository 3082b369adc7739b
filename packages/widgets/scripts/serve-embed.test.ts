import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
// @ts-expect-error: the demo server is plain JavaScript, without types.
import { serveEmbed } from '../../../scripts/serve-embed.mjs';
import { SOURCE_MAPS } from './merge-chunks.js';
import { buildScriptTag } from './script-tag-build.js';

/**
 * The demo server (`pnpm start`) names each script-tag file's source map in a `SourceMap`
 * header: the files name none in a comment (their bytes were on every page), and DevTools finds
 * the maps by the header.
 */
const dir = mkdtempSync(join(tmpdir(), 'serve-embed-'));
let server: Server;
let url: string;

beforeAll(async () => {
  // As `pnpm build` writes it: with source maps.
  await buildScriptTag(dir, { sourcemap: true });
  ({ server, url } = await serveEmbed(0, '127.0.0.1', dir));
}, 300_000);

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('lists every script-tag file with code in the maps list, and serves each with a SourceMap header naming its map, and no map comment', async () => {
  const list = (await (await fetch(`${url}widgets/${SOURCE_MAPS}`)).json()) as Record<
    string,
    string
  >;
  const files = Object.keys(list);
  // The autoloader and its chunks (loader, runtime, series, pair, each element's).
  expect(files).toContain('bilateral-widgets.js');
  expect(files.length).toBeGreaterThan(8);
  // Every file of the bundle is listed, and nothing else, but a chunk that only re-exports
  // another's bindings (it has no code to map, and rolldown writes it no map).
  const bundle = [
    'bilateral-widgets.js',
    ...readdirSync(join(dir, 'bilateral-widgets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `bilateral-widgets/${file}`),
  ];
  expect(files.filter((file) => !bundle.includes(file))).toEqual([]);
  for (const file of bundle.filter((file) => !files.includes(file))) {
    expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(
      /^(export\{[^}]*\}from"[^"]+";?)+$/,
    );
  }
  for (const file of files) {
    const response = await fetch(`${url}widgets/${file}`);
    const code = await response.text();
    expect(code, file).not.toContain('sourceMappingURL');
    const header = response.headers.get('sourcemap');
    expect(header, file).not.toBeNull();
    const map = new URL(header as string, response.url);
    const served = await fetch(map);
    expect(served.status, map.href).toBe(200);
    const { sources } = (await served.json()) as { sources: string[] };
    expect(sources.length, map.href).toBeGreaterThan(0);
    expect(existsSync(join(dir, list[file] as string))).toBe(true);
  }
  // Another file gets none.
  const css = await fetch(`${url}widgets/bilateral-widgets.css`);
  expect(css.status).toBe(200);
  expect(css.headers.get('sourcemap')).toBeNull();
});

it('says which port is in use and how to choose another, rather than listen EADDRINUSE', async () => {
  // The test's own server holds its port, as a demo left running in another terminal would.
  const port = Number(new URL(url).port);
  await expect(serveEmbed(port, '127.0.0.1', dir)).rejects.toThrow(
    `127.0.0.1:${port} is in use (is the demo still running in another terminal?): stop that ` +
      `server, or serve on another port with PORT=${port + 1} before the command`,
  );
});

it('says a PORT that is not a port in words, rather than listen throwing ERR_SOCKET_BAD_PORT', async () => {
  // PORT=70000 (or PORT=abc, NaN) ended the command with node's stack trace of a RangeError.
  await expect(serveEmbed(70_000, '127.0.0.1', dir)).rejects.toThrow(
    'PORT=70000 is not a port (a whole number from 1 to 65535): serve on another port with ' +
      'PORT=4174 before the command',
  );
});
