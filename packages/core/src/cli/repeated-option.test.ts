import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { exists, ONE_FLOW_CSV, tempFolder } from './__fixtures__/temp-folder.js';

const folder = tempFolder('repeated-option');
const { at } = folder;

beforeAll(() => writeFile(at('flows.csv'), ONE_FLOW_CSV));

describe('an option given twice with different values', () => {
  it('refuses two outputs, where the import wrote the last and dropped the first without a word', async () => {
    const { code, err } = await bilateral(
      'import',
      'flows',
      at('flows.csv'),
      '-o',
      at('a.json'),
      '--output',
      at('b.json'),
    );
    expect([code, err]).toEqual([
      2,
      `bilateral import: option --output is given twice, -o "${at('a.json')}" and --output "${at('b.json')}": give it once`,
    ]);
    expect([await exists(at('a.json')), await exists(at('b.json'))]).toEqual([false, false]);
  });

  it('refuses two locales, as a USAGE envelope with --json', async () => {
    const { code, out } = await bilateral('report', '--locale', 'vi', '--json', '--locale=zh');
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toEqual({
      code: 'USAGE',
      message: 'option --locale is given twice, --locale "vi" and --locale "zh": give it once',
      issues: [],
    });
  });

  it('takes the same value twice, and a flag twice', async () => {
    const { code } = await bilateral(
      'import',
      'flows',
      at('flows.csv'),
      '-o',
      at('c.json'),
      '-o',
      at('c.json'),
      '--json',
      '--json',
    );
    expect(code).toBe(0);
    expect(await exists(at('c.json'))).toBe(true);
  });
});
