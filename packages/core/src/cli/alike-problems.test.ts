import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaosDocument } from '../datasets/index.js';

let dir = '';
const at = (name: string) => join(dir, name);
const CURRENCY = 'must be an ISO 4217 currency code, e.g. "USD", "VND", "LAK"';
const USD = '"usd" is not an ISO 4217 currency code: did you mean USD?';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-alike-'));
  // 500 flows whose currency is "usd": 500 problems of one message.
  const [flow] = vietnamLaosDocument.flows;
  const flows = Array.from({ length: 500 }, () => ({ ...flow, currency: 'usd' }));
  await writeFile(at('usd.json'), JSON.stringify({ ...vietnamLaosDocument, flows }));
  const rows = Array.from(
    { length: 300 },
    (_, i) => `VNM,LAO,export,${2000 + (i % 20)},${i + 1},usd,s1`,
  );
  await writeFile(
    at('usd.csv'),
    ['reporter,partner,flow,period,value,currency,source', ...rows].join('\n'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a file of many problems alike (h302)', () => {
  it('validate says them once, with their first paths and how many', async () => {
    const { code, out } = await bilateral('validate', at('usd.json'));
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${at('usd.json')}: 500 problems`,
      `  flows[0].currency, flows[1].currency, flows[2].currency and 497 more (500 in all): ${CURRENCY}`,
    ]);
  });

  it('validate --json still lists each', async () => {
    const { code, out } = await bilateral('validate', at('usd.json'), '--json');
    expect(code).toBe(1);
    const { issues } = JSON.parse(out).result;
    expect(issues).toHaveLength(500);
    expect(issues[499]).toEqual({ path: ['flows', 499, 'currency'], message: CURRENCY });
  });

  it('import says them once, each path with its line', async () => {
    const { code, err } = await bilateral('import', 'flows', at('usd.csv'), '-o', at('out.json'));
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `${at('usd.csv')}: 300 problems; nothing was written`,
      `  rows[0].currency (line 2), rows[1].currency (line 3), rows[2].currency (line 4) and 297 more (300 in all): ${USD}`,
    ]);
  });

  it('import --json: the message grouped, the issues each', async () => {
    const { code, out } = await bilateral(
      'import',
      'flows',
      at('usd.csv'),
      '-o',
      at('out.json'),
      '--json',
    );
    expect(code).toBe(1);
    const { error } = JSON.parse(out);
    expect(error.message).toBe(
      `300 problems\n  - rows[0].currency (line 2), rows[1].currency (line 3), rows[2].currency (line 4) and 297 more (300 in all): ${USD}`,
    );
    expect(error.issues).toHaveLength(300);
    expect(error.issues[299].message).toBe(`${USD} (line 301)`);
  });
});
