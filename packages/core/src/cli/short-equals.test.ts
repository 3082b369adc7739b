import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { exists, ONE_FLOW_CSV, tempFolder } from './__fixtures__/temp-folder.js';

const folder = tempFolder('short-equals');
const { at } = folder;

beforeAll(() => writeFile(at('flows.csv'), ONE_FLOW_CSV));

describe('a short option glued to "="', () => {
  it('refuses -o=<file>, which wrote a file named "=<file>", and names both spellings', async () => {
    // A name relative to the working folder, as typed: "=" + an absolute path names a file in a
    // folder "=" that is not there, which no command could ever write.
    const { code, err } = await folder.within(() =>
      bilateral('import', 'flows', 'flows.csv', '-o=out.json'),
    );
    expect([code, err]).toEqual([
      2,
      'bilateral import: -o=out.json: the value of -o is all that follows it, "=" included (a file named "=out.json"); write -o out.json or --output=out.json',
    ]);
    expect(await exists(at('=out.json'))).toBe(false);
    expect(await exists(at('out.json'))).toBe(false);
  });

  it('refuses it in fetch before its other checks, and as a USAGE envelope with --json', async () => {
    // An economy code the query refuses: without the check, that was the error, and no request.
    const { code, out } = await bilateral(
      'fetch',
      'comtrade',
      '--reporter',
      'XXX',
      '--years',
      '2020',
      '-o=tha.json',
      '--json',
    );
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toEqual({
      code: 'USAGE',
      message:
        '-o=tha.json: the value of -o is all that follows it, "=" included (a file named "=tha.json"); write -o tha.json or --output=tha.json',
      issues: [],
    });
  });

  it('says -o= alone with a placeholder for the name', async () => {
    // A file that is not there: without the check, that was the error, and nothing was written.
    const { code, err } = await bilateral('import', 'flows', at('missing.csv'), '-o=');
    expect([code, err]).toEqual([
      2,
      'bilateral import: -o=: the value of -o is all that follows it, "=" included (a file named "="); write -o <file> or --output=<file>',
    ]);
  });

  it('points -o=- at standard output, not at -o -, which is refused too', async () => {
    // It said "write -o - or --output=-": both are refused ("-o -: a file name is expected; …").
    const { code, err } = await bilateral('import', 'flows', at('flows.csv'), '-o=-');
    expect([code, err]).toEqual([
      2,
      'bilateral import: -o=-: the value of -o is all that follows it, "=" included (a file named "=-"); standard output is /dev/stdout: write -o /dev/stdout or --output=/dev/stdout',
    ]);
  });

  it('writes the file a separate argument names, "=" and all: that one was typed on purpose', async () => {
    const named = at('=kept.json');
    const { code } = await bilateral('import', 'flows', at('flows.csv'), '-o', named);
    expect(code).toBe(0);
    expect(await exists(named)).toBe(true);
  });
});
