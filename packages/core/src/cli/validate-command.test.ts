import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaosDocument } from '../datasets/index.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-validate-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral validate', () => {
  it('lists its exit codes in its help, each as the command gives it', async () => {
    // Its help had none, where reconcile's lists them.
    const { out } = await bilateral('validate', '--help');
    expect(out.split('\n').slice(-2)).toEqual([
      'Exit codes: 0 the dataset is valid, 1 it is not (or the file is empty), 2 the file cannot',
      'be read, is not JSON, or holds records to import first or statements to reconcile.',
    ]);
    await writeFile(join(dir, 'valid.json'), JSON.stringify(vietnamLaosDocument));
    await writeFile(join(dir, 'invalid.json'), '{}');
    await writeFile(join(dir, 'empty.json'), '');
    await writeFile(join(dir, 'not-json.json'), '{');
    await writeFile(
      join(dir, 'records.json'),
      JSON.stringify({ data: [{ reporterCode: 764, partnerCode: 418, flowCode: 'X' }] }),
    );
    const codes = [];
    for (const name of ['valid', 'invalid', 'empty', 'not-json', 'missing', 'records']) {
      codes.push((await bilateral('validate', join(dir, `${name}.json`))).code);
    }
    expect(codes).toEqual([0, 1, 1, 2, 2, 2]);
  });

  it('words a document that is not an object as it words a field: found a number (42)', async () => {
    // Was "got number 42", where a field of the wrong kind says "found a number (5)".
    const said = [];
    for (const [name, text] of [
      ['number', '42'],
      ['string', '"flows"'],
      ['array', '[]'],
    ] as const) {
      await writeFile(join(dir, `${name}.json`), text);
      said.push((await bilateral('validate', join(dir, `${name}.json`))).out.split('\n')[1]);
    }
    const expected = 'expected a dataset document (an object with id, title, sources and flows)';
    expect(said).toEqual([
      `  ${expected}, found a number (42)`,
      `  ${expected}, found the string "flows"`,
      `  ${expected}, found an array`,
    ]);
    await writeFile(join(dir, 'field.json'), '{"id":5}');
    const field = await bilateral('validate', join(dir, 'field.json'));
    expect(field.out).toContain('id: must be a string, found a number (5)');
  });

  it("says what a command user can do about a crossing's class no system checks", async () => {
    const document = structuredClone(vietnamLaosDocument) as unknown as {
      crossings: { sides: { country: string; province?: unknown }[] }[];
    };
    const side = document.crossings[0]?.sides[1];
    if (side === undefined) throw new Error('the embedded dataset has a crossing with two sides');
    side.country = 'THA';
    delete side.province;
    const file = join(dir, 'tha.json');
    await writeFile(file, JSON.stringify(document));
    const { code, out } = await bilateral('validate', file);
    expect(code).toBe(1);
    expect(out).toContain(
      'crossings[0].sides[1].class: no classification system is known for THA, so "international" cannot be checked: leave the class out (the command knows the systems of VNM, LAO, CHN)',
    );
    expect(out).not.toContain('option');
    const json = await bilateral('validate', file, '--json');
    expect(json.code).toBe(1);
    const { issues } = (JSON.parse(json.out) as { result: { issues: { hint?: unknown }[] } })
      .result;
    expect(issues.find((issue) => issue.hint !== undefined)).toEqual({
      path: ['crossings', 0, 'sides', 1, 'class'],
      message:
        'no classification system is known for THA, so "international" cannot be checked: leave the class out (the command knows the systems of VNM, LAO, CHN)',
      hint: {
        code: 'CLASSIFICATION_SYSTEMS',
        message: 'the command knows the systems of VNM, LAO, CHN',
      },
    });
  });

  it('names a JSON array of statements as such, with the command that checks them; reconcile still reads it', async () => {
    const file = join(dir, 'statements.json');
    await writeFile(file, JSON.stringify(vietnamLaosDocument.statements));
    const expected = `bilateral validate: ${file} is not a dataset; it looks like published statements (a JSON array of them): check them with "bilateral reconcile ${file}", or list them under a dataset's "statements"`;
    const validate = await bilateral('validate', file);
    expect([validate.code, validate.err]).toEqual([2, expected]);
    const report = await bilateral('report', file);
    expect([report.code, report.err]).toEqual([2, expected.replace('validate', 'report')]);
    // Exit 1 is also what statements reconcile could not read give: its verdicts say it read them.
    const reconcile = await bilateral('reconcile', file);
    expect([reconcile.code, reconcile.err]).toEqual([1, '']);
    expect(reconcile.out).toMatch(/^Summary: 15 consistent, 2 inconsistent, 17 cannot check\.$/m);
  });
});
