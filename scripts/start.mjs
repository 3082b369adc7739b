// The main job, after `pnpm install` and `pnpm build` (run by the "start" script): prints the
// report of the embedded Vietnam–Laos dataset with the built `bilateral` command, then serves the
// embed demo (examples/embed) on localhost and prints its address.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exitIfPortRefused, serveEmbed, stopOnSignals } from './serve-embed.mjs';

const cli = fileURLToPath(new URL('../packages/core/dist/cli.js', import.meta.url));
const report = spawnSync(process.execPath, [cli, 'report', '--dataset', 'vietnam-laos'], {
  stdio: 'inherit',
});
if (report.status !== 0) process.exit(report.status ?? 1);

const { server, url } = await serveEmbed().catch(exitIfPortRefused);
stopOnSignals(server);
console.log(
  `\nThe embed demo (examples/embed) is served at ${url} — open it in a browser; Ctrl+C stops it.`,
);
