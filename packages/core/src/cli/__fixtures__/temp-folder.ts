/**
 * The temporary folder of a test file's `bilateral` runs (import-command.test.ts,
 * short-equals.test.ts, report-commodities.test.ts): made before the file's tests, removed after
 * them.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** One flow of Viet Nam's exports to Laos as `bilateral import flows` reads it. */
export const ONE_FLOW_CSV =
  'reporter,partner,flow,period,value,currency,status\nVNM,LAO,export,2017,524500000,USD,official\n';

/** Whether `file` is there. */
export const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * A new folder under the system's temporary one, `bilateral-<name>-…`, made in a `beforeAll`
 * registered here (so before the file's own, which may write into it) and removed with all it
 * holds in an `afterAll`. Call it at the top of a test file.
 */
export function tempFolder(name: string) {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `bilateral-${name}-`));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return {
    /** The folder: set once the `beforeAll` ran. */
    get dir() {
      return dir;
    },
    /** The path of `file` in the folder. */
    at: (file: string) => join(dir, file),
    /** What `run` gives, run with the folder as the working folder (the previous one after). */
    async within<T>(run: () => Promise<T>): Promise<T> {
      const previous = process.cwd();
      process.chdir(dir);
      try {
        return await run();
      } finally {
        process.chdir(previous);
      }
    },
  };
}
