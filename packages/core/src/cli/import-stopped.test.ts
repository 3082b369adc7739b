import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `bilateral import` from its sources in a child process whose temporary folder is this test's, so
// that what it leaves there is seen (and removed with it). Its input is long enough (300,000
// flows) for the import to be still running when it is stopped.
let dir = '';
let input = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-import-stopped-'));
  input = join(dir, 'flows.csv');
  const rows = Array.from(
    { length: 300_000 },
    (_, i) =>
      `VNM,LAO,export,${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i + 1},USD`,
  );
  await writeFile(input, `reporter,partner,flow,period,value,currency\n${rows.join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import, stopped by a signal', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'leaves no temporary folder or file on %s (and ends as the signal would have)',
    async (signal) => {
      const temp = join(dir, signal);
      const out = join(dir, `${signal}-out`);
      await mkdir(temp);
      await mkdir(out);
      const bin = join(import.meta.dirname, 'bin.ts');
      const root = join(import.meta.dirname, '..', '..', '..', '..');
      const child = spawn(
        process.execPath,
        [
          '--conditions=@bilateral/source',
          '--import',
          'tsx',
          bin,
          'import',
          'flows',
          input,
          '-o',
          join(out, 'x.json'),
        ],
        { cwd: root, env: { ...process.env, TMPDIR: temp }, stdio: 'ignore' },
      );
      const closed = once(child, 'close');
      // The import has started once its spill folder is there.
      while (!(await readdir(temp)).some((name) => name.startsWith('bilateral-import-spill-'))) {
        await sleep(20);
      }
      child.kill(signal);
      const [code, ended] = await closed;
      expect({ code, ended }).toEqual({ code: null, ended: signal });
      // tsx's own cache folder aside.
      expect((await readdir(temp)).filter((name) => name.startsWith('bilateral'))).toEqual([]);
      expect(await readdir(out)).toEqual([]);
    },
    60_000,
  );
});
