import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamLaosDocument } from '../datasets/index.js';
import { manyProblemsDocument } from './__fixtures__/many-problems.js';
import { run } from './main.js';
import { takesMore } from './takes-more.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-takes-more-'));
  await writeFile(join(dir, 'trade.json'), JSON.stringify(vietnamLaosDocument));
  await writeFile(join(dir, 'many-problems.json'), JSON.stringify(manyProblemsDocument()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A stream as `takesMore` sees it: full or not, and done (destroyed) when told. */
function stream(full: boolean) {
  return Object.assign(new EventEmitter(), { writableNeedDrain: full, destroyed: false });
}

describe('takesMore', () => {
  it('is true at once for a stream that is not full', async () => {
    expect(await takesMore(stream(false))).toBe(true);
  });

  it('waits for a full stream to drain, then is true', async () => {
    const full = stream(true);
    const taken = takesMore(full);
    full.writableNeedDrain = false;
    full.emit('drain');
    expect(await taken).toBe(true);
    expect(full.listenerCount('close')).toBe(0);
  });

  it('is false once a full stream is done (its reader has gone: EPIPE destroys it)', async () => {
    const full = stream(true);
    const taken = takesMore(full);
    full.destroyed = true;
    full.emit('close');
    expect(await taken).toBe(false);
    expect(full.listenerCount('drain')).toBe(0);
    expect(await takesMore(full)).toBe(false);
  });
});

/**
 * The command with an output whose reader leaves after `pieces` pieces: what it handed out, and
 * its exit code and stderr.
 */
async function readerLeavingAfter(argv: readonly string[], pieces: number) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    color: false,
    outTakesMore: () => Promise.resolve(out.length < pieces),
  });
  return { code, out, err };
}

describe('a command whose reader leaves (| head)', () => {
  // A command on a file of `dir` (its second argument), and the pieces its reader takes before it leaves; `ok` is the
  // --json envelope's.
  it.each([
    { what: 'no report piece', argv: ['report', 'trade.json'], pieces: 2, code: 0 },
    { what: 'no issue line', argv: ['validate', 'many-problems.json'], pieces: 2, code: 1 },
    {
      what: 'no --json piece',
      argv: ['validate', 'many-problems.json', '--json'],
      pieces: 1,
      code: 1,
      ok: true,
    },
    {
      what: 'no piece of a --json failure envelope',
      argv: ['report', 'many-problems.json', '--json'],
      pieces: 1,
      code: 1,
      ok: false,
    },
  ])('writes $what after the first refused one: exit $code, nothing said', async (row) => {
    const argv = row.argv.map((arg, at) => (at === 1 ? join(dir, arg) : arg));
    const whole = await readerLeavingAfter(argv, Number.POSITIVE_INFINITY);
    if (row.ok !== undefined) {
      expect(JSON.parse(whole.out.join('\n'))).toMatchObject({ ok: row.ok });
    }
    expect(whole.out.length).toBeGreaterThan(row.pieces);
    expect(await readerLeavingAfter(argv, row.pieces)).toEqual({
      code: row.code,
      out: whole.out.slice(0, row.pieces),
      err: [],
    });
  });
});
