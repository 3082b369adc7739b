// `pnpm bench [-- <vitest arguments>]`: every benchmark, the Node projects' first, then the
// browser's. Vitest 5 runs a run's Node and browser files at the same time, and on a 2-core
// machine each then measures the other (docs/performance.md, "Commands"); two runs keep them
// apart. The arguments (a file filter, `-t name`, …) go to both runs, so
// `pnpm bench -- -t reconcile` finds a core benchmark as it finds a widgets one.
import { spawnSync } from 'node:child_process';

// Vitest names a Node project's benchmark variant "<name> (bench)", and `--project <name>` does
// not select it (a browser project's name does).
const runs = [
  ['core (bench)', 'core on the browser engine (bench)', 'duckdb (bench)'],
  ['widgets'],
];
const args = process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--');
for (const projects of runs) {
  const run = spawnSync(
    'pnpm',
    [
      ...['exec', 'vitest', 'bench', '--run', '--no-file-parallelism', '--passWithNoTests'],
      ...projects.flatMap((project) => ['--project', project]),
      ...args,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
