import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, propertyRuns } from '../__fixtures__/property-runs.js';
import { bilateral } from '../__fixtures__/run-cli.js';

/**
 * Whatever bytes a file holds, every command that reads one answers `--json` with exactly one
 * envelope, exit code 0, 1 or 2 and never 70 (a bug), and its stderr empty; the same file in text
 * mode gives the same exit code. The bytes are a small dataset cut and spliced at random places
 * with the characters and words that broke parsers before (quotes, brackets, NUL, a lone
 * surrogate, a byte-order mark, `__proto__`, `1e999999`, 400 digits, dates past the calendar), or
 * random bytes outright.
 */

const DATASET = JSON.stringify({
  id: 'probe',
  title: { en: 'Probe' },
  sources: [
    { id: 'customs', publisher: 'Customs', title: 'Release', date: '2024-10-24', language: 'en' },
  ],
  flows: [
    {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2024-01/2024-09',
      value: '491900000',
      currency: 'USD',
      status: 'preliminary',
      source: 'customs',
    },
    {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'import',
      period: '2023',
      value: '1000000000.5',
      currency: 'USD',
      status: 'final',
      source: 'customs',
    },
  ],
});
const CSV = 'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024,491900000,USD\n';

/** Pieces a splice puts in: what broke parsers somewhere before. */
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '\u0000',
    '\ud800',
    '\ufeff',
    '\r',
    '\n',
    ';',
    '\t',
  ),
  fc.constantFrom(
    '"__proto__"',
    '"constructor"',
    '1e999999',
    '-0',
    '0x10',
    '9'.repeat(400),
    '"2024-02-30"',
    '"2024-13"',
    '"0000"',
    '"99999"',
    'sep=;\n',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  ),
  fc.string({ maxLength: 8 }),
);

/** A base text spliced at up to five places. */
const spliced = (base: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), piece), { maxLength: 5 }).map((splices) => {
    let text = base;
    for (const [at, cut, put] of splices) {
      const where = at % (text.length + 1);
      text = text.slice(0, where) + put + text.slice(where + cut);
    }
    return Buffer.from(text);
  });

const bytes = fc.oneof(
  spliced(DATASET),
  spliced(CSV),
  fc.uint8Array({ maxLength: 200 }).map((array) => Buffer.from(array)),
);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-hostile-bytes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('every command that reads a file, on hostile bytes', () => {
  it(
    'answers --json with one envelope and exit code 0, 1 or 2, and text mode alike',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(bytes, async (content) => {
          run += 1;
          const file = join(dir, `input-${run}.json`);
          await writeFile(file, content);
          for (const argv of [
            ['validate', file],
            ['report', file],
            ['reconcile', file],
            ['import', 'flows', file, '-o', join(dir, `flows-${run}.json`)],
            ['import', 'comtrade', file, '-o', join(dir, `comtrade-${run}.json`)],
          ]) {
            const json = await bilateral(...argv, '--json');
            const what = `${argv.join(' ')} on ${JSON.stringify(content.toString('latin1'))}`;
            expect(json.err, what).toBe('');
            const envelope = JSON.parse(json.out);
            expect([0, 1, 2], what).toContain(json.code);
            expect(envelope.ok, what).toBe(envelope.error === undefined);
            if (!envelope.ok) expect(envelope.error.code, what).not.toBe('INTERNAL');
            expect((await bilateral(...argv)).code, what).toBe(json.code);
          }
        }),
        propertyRuns(20261206, { ci: 40, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
