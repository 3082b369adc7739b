import { mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TradeFlowJson } from '../flow/index.js';
import { ImportOutput } from './import-output.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-import-output-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Flows of ten years, each its own. */
const flows: TradeFlowJson[] = Array.from({ length: 10 }, (_, at) => ({
  ...{ reporter: 'VNM', partner: 'LAO', flow: 'export', period: String(2010 + at) },
  ...{ value: '159600000', currency: 'USD', status: 'official', source: 'seed-003' },
}));

describe('ImportOutput, writing the flows again without repeats found late', () => {
  it.each(['out.json', 'out.jsonl.gz'])(
    'leaves no temporary file, neither of them, when the second cannot be written (%s)',
    async (name) => {
      const file = join(dir, name);
      // The second temporary file is where the disk fills: a link to /dev/full (ENOSPC).
      await symlink('/dev/full', join(dir, `.${name}.${process.pid}.tmp.2`));
      const out = await ImportOutput.open(file, 'out');
      await out.add(flows);
      const error = await out.finish('Out', [], [3]).catch((caught: unknown) => caught);
      expect((error as Error).message).toBe(`cannot write ${file}: the disk is full`);
      await out.abort(); // as the import does when it fails
      expect(await readdir(dir)).toEqual([]);
    },
  );
});
