import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';

// Runs the example as its README does, against the built core (built first when stale), without
// NODE_PATH (pnpm's store of every package, which a user's `node report.mjs` does not have).
const { NODE_PATH: _storeOfPnpm, ...userEnv } = process.env;
const run = promisify(execFile);

let lines: string[] = [];

beforeAll(async () => {
  const { stdout } = await run(process.execPath, ['report.mjs'], {
    cwd: import.meta.dirname,
    env: { ...userEnv, NO_COLOR: '1' },
  });
  lines = stdout.split('\n');
});

it('writes the balance to the digits it is known to, as `bilateral report` does', async () => {
  // US$491.9 million less imports "US$1 billion", with the turnover published as US$1.5 billion:
  // a balance in [-566.3, -466.1] million. It printed "-US$508.1 million", "US$1.49 billion" and
  // a coverage of "0.49", as if the imports were known to the 0.1 million.
  expect(lines).toContain(
    '  balance              about -US$500 million — a deficit for Vietnam, a surplus for Laos',
  );
  expect(lines).toContain('  turnover             US$1.5 billion');
  expect(lines).toContain('  coverage             about 50 % (exports ÷ imports)');
});

it('prints what its README shows', async () => {
  const readme = await readFile(join(import.meta.dirname, 'README.md'), 'utf8');
  const shown = /## What it prints\n\n```text\n([^`]*)```/.exec(readme)?.[1]?.split('\n') ?? [];
  const cut = shown.indexOf('  …');
  expect(cut).toBeGreaterThan(10);
  // Up to the README's "…": each line as printed, a line cut short ("; …") as its beginning.
  shown.slice(0, cut).forEach((line, index) => {
    if (line.endsWith(' …')) expect(lines[index]?.startsWith(line.slice(0, -1))).toBe(true);
    else expect(lines[index]).toBe(line);
  });
});
