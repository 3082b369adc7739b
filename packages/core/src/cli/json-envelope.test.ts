import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyProblemsDocument } from './__fixtures__/many-problems.js';
import { JsonEnvelope } from './json-envelope.js';
import { JsonNumbers } from './json-text.js';
import { run } from './main.js';

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-envelope-'));
  file = join(dir, 'many-problems.json');
  await writeFile(file, JSON.stringify(manyProblemsDocument()));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The command with an stdout that takes `room` characters, then fails as a full disk does (what
 * fits of the failing write is kept): what it wrote, said and ended with.
 */
async function withFullStdout(argv: readonly string[], room: number) {
  let out = '';
  const err: string[] = [];
  const code = await run(argv, {
    out: (text) => {
      const line = `${text}\n`;
      out += line.slice(0, room - out.length);
      if (out.length === room) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      }
    },
    err: (text) => err.push(text),
    color: false,
  });
  return { code, out, err };
}

describe('--json on an output that fails part way', () => {
  it('writes no second envelope after part of the first: says it on stderr, exit 2', async () => {
    const whole = await withFullStdout(['validate', file, '--json'], Number.POSITIVE_INFINITY);
    expect(JSON.parse(whole.out).result.issues).toHaveLength(6000);
    // The first piece fits, the second does not.
    const { code, out, err } = await withFullStdout(['validate', file, '--json'], 400_000);
    expect(whole.out.length).toBeGreaterThan(400_000);
    expect(out).toBe(whole.out.slice(0, 400_000));
    expect(err).toEqual(['bilateral validate: cannot write its output: the disk is full']);
    expect(code).toBe(2);
  });

  it('still writes the failure envelope when the output failed before any of it', async () => {
    const { code, out, err } = await withFullStdout(['validate', 'missing.json', '--json'], 1e6);
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    expect([code, err]).toEqual([2, []]);
  });
});

describe('JsonEnvelope', () => {
  it('says it has begun once a piece is out, and hands on a failure of the value part way', async () => {
    const pieces: string[] = [];
    const envelope = new JsonEnvelope(
      (text) => pieces.push(text),
      () => Promise.resolve(true),
    );
    // The rows of a million flows, each piece made as the one before is written: the second fails.
    const rows = new JsonNumbers(function* () {
      yield Array.from({ length: 5000 }, (_, at) => at);
      throw new RangeError('Invalid string length');
    });
    expect(envelope.begun).toBe(false);
    await expect(envelope.write({ ok: true, result: { rows } })).rejects.toThrow(RangeError);
    expect(envelope.begun).toBe(true);
    expect(pieces.join('\n')).toMatch(/^\{\n {2}"ok": true,\n {2}"result": \{\n {4}"rows": \[\n/);
  });
});
