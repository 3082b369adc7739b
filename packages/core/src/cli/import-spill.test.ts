import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { record, toCsv } from '../io/__fixtures__/comtrade.js';
import { UsageError } from './cli-io.js';
import { commandFiles, importStreamed } from './import-streamed.js';
import { peekFile } from './read-text-stream.js';
import { tempSpillStore } from './temp-spill-store.js';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Four partners, a repeat of the second (with the same value, or with another), a fifth. */
const partners = (last: number) => [
  record({ partnerCode: 418, partnerISO: 'LAO', partnerDesc: 'Lao PDR' }),
  record({ partnerCode: 156, partnerISO: 'CHN', partnerDesc: 'China', primaryValue: 7 }),
  record({ partnerCode: 392, partnerISO: 'JPN', partnerDesc: 'Japan' }),
  record({ partnerCode: 410, partnerISO: 'KOR', partnerDesc: 'Rep. of Korea' }),
  record({ partnerCode: 156, partnerISO: 'CHN', partnerDesc: 'China', primaryValue: last }),
  record({ partnerCode: 764, partnerISO: 'THA', partnerDesc: 'Thailand' }),
];

let dir = '';
const at = (name: string) => join(dir, name);

/** `importStreamed` of `file` into `output` keeping one record in memory; exit code and output. */
async function importSmallBudget(file: string, output: string) {
  const err: string[] = [];
  const out: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    json: () => Promise.resolve(),
    color: false,
    outTakesMore: () => Promise.resolve(true),
  };
  const code = await importStreamed(
    {
      ...{ format: 'comtrade', decimalComma: false, file, start: await peekFile(file) },
      ...{ output, id: 'pairs', title: undefined, date: '2024-06-01', delimiter: undefined },
      ...{ breakdowns: false, json: false, tempDir: at('temp'), spillRecords: 1 },
    },
    io,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-spill-'));
  await mkdir(at('temp'));
  await writeFile(at('same.csv'), toCsv(partners(7)));
  await writeFile(at('other.csv'), toCsv(partners(8)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade, records past the memory budget', () => {
  it.each(['json', 'jsonl'])(
    'writes the same %s as the import in memory, the repeat left out',
    async (ext) => {
      const inMemory = await bilateral(
        'import',
        'comtrade',
        at('same.csv'),
        '-o',
        at(`memory.${ext}`),
        '--id',
        'pairs',
        '--date',
        '2024-06-01',
      );
      expect(inMemory.code).toBe(0);
      const spilled = await importSmallBudget(at('same.csv'), at(`spilled.${ext}`));
      expect(spilled).toEqual({ ...inMemory, out: inMemory.out.replaceAll('memory', 'spilled') });
      expect(spilled.out).toContain('imported 5 flows');
      expect(spilled.out).toContain('1 × duplicate — line 6');
      expect(await readFile(at(`spilled.${ext}`), 'utf8')).toBe(
        await readFile(at(`memory.${ext}`), 'utf8'),
      );
      expect(await readdir(at('temp'))).toEqual([]);
    },
  );

  it.each(['json', 'jsonl'])(
    'writes the same %s gzipped, the repeat left out in a second gzip file',
    async (ext) => {
      // Its own plain output, so the test stands without the one above.
      const plain = await importSmallBudget(at('same.csv'), at(`plain.${ext}`));
      const spilled = await importSmallBudget(at('same.csv'), at(`spilled.${ext}.gz`));
      expect([plain.code, spilled.code]).toEqual([0, 0]);
      expect(spilled.out).toContain('imported 5 flows');
      expect(gunzipSync(await readFile(at(`spilled.${ext}.gz`)))).toEqual(
        await readFile(at(`plain.${ext}`)),
      );
      expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
    },
  );

  it('writes nothing and removes its temporary files when a repeat past the budget has another value', async () => {
    const { code, err } = await importSmallBudget(at('other.csv'), at('other.json'));
    expect(code).toBe(1);
    expect(err).toContain('rows[4]: repeats row 1');
    expect(err).toContain('8 against 7 (line 6)');
    expect(err).toContain('nothing was written');
    expect(await exists(at('other.json'))).toBe(false);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(await readdir(at('temp'))).toEqual([]);
  });

  it('puts its temporary files in --temp-dir, and says so when it cannot', async () => {
    const used = await bilateral(
      'import',
      'comtrade',
      at('same.csv'),
      '-o',
      at('temp-dir.json'),
      '--temp-dir',
      at('temp'),
    );
    expect(used.code).toBe(0);
    expect(await readdir(at('temp'))).toEqual([]);
    const missing = await bilateral(
      'import',
      'comtrade',
      at('same.csv'),
      '-o',
      at('nowhere.json'),
      '--temp-dir',
      at('no-such-folder'),
    );
    expect(missing.code).toBe(2);
    // The folder given is the one missing: it said "its folder does not exist", as of a file.
    expect(missing.err).toBe(
      `bilateral import: cannot make temporary files in ${at('no-such-folder')}: no such folder`,
    );
    expect(await exists(at('nowhere.json'))).toBe(false);
  });

  it('says in one line that it cannot use its temporary files (the folder gone), not as a bug', () => {
    const store = tempSpillStore(at('temp'));
    store.removeAll();
    expect(() => commandFiles(store).create()).toThrow(UsageError);
    expect(() => commandFiles(store).create()).toThrow(
      /cannot use temporary files in .*: its folder does not exist$/,
    );
  });

  it('reads files of growing sizes into one buffer with room to spare, not a new one for each', () => {
    const store = tempSpillStore(at('temp'));
    try {
      const sizes = [1000, 1100, 1200, 1400];
      const buffers = sizes.map((size) => {
        const file = store.create();
        file.append(new Uint8Array(size).fill(size % 251));
        const bytes = file.read() as Uint8Array;
        expect([bytes.length, bytes[size - 1]]).toEqual([size, size % 251]);
        file.remove();
        return bytes.buffer;
      });
      // A 5M-row import read 64 files of uneven sizes; each bigger one left the last buffer (5 MB)
      // for the garbage collector: 30 MB more at the end.
      expect(new Set(buffers).size).toBe(1);
    } finally {
      store.removeAll();
    }
  });
});
