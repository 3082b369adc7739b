// The main job: after `pnpm install` and `pnpm build` (run by the "start" script), prints the
// report of the embedded Vietnam–Laos dataset with the built `bilateral` command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/core/dist/cli.js', import.meta.url));
const report = spawnSync(process.execPath, [cli, 'report', '--dataset', 'vietnam-laos'], {
  stdio: 'inherit',
});
process.exit(report.status ?? 1);
