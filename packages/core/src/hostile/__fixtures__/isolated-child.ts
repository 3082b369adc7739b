// The child process of `runIsolated`: rebuilds a suite by module and export name, runs its cases
// from a given index, and reports on file descriptor 3 (written synchronously, so the parent
// knows which case was running when the process hangs or dies).
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { HostileSuite } from './hostile-case.js';
import { judgeCli } from './judge-cli.js';
import { judge, judgeSafeParse } from './outcome.js';

const [file, name, from] = process.argv.slice(2) as [string, string, string];
const report = (message: unknown) => writeSync(3, `${JSON.stringify(message)}\n`);

const module = (await import(pathToFileURL(file).href)) as Record<string, HostileSuite>;
const suite = module[name];
if (typeof suite !== 'function') throw new Error(`${file} has no suite ${name}`);
const cases = await suite();
report({ total: cases.length });
for (let index = Number(from); index < cases.length; index += 1) {
  const hostile = cases[index];
  if (hostile === undefined) break;
  report({ start: index, description: hostile.description });
  const verdict =
    hostile.kind === 'cli'
      ? await judgeCli(hostile.argv, hostile.expect)
      : hostile.kind === 'safeParse'
        ? judgeSafeParse(hostile.run)
        : judge(hostile.run);
  report({ done: index, verdict });
}
report({ end: true });
