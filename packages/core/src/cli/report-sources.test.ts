import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { record, soy } from '../io/__fixtures__/comtrade.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-report-sources-'));
  // Brazil→China soya beans, 2021 and 2023, each with its totals row and two modes of transport
  // (synthesized from the captured records: sea and air add up to the total).
  const year2021 = { ...soy(2021) };
  const total2021 = Number(year2021.primaryValue);
  const records = [
    record(),
    record({ motCode: 2100, motDesc: 'Sea', primaryValue: 38000000000, fobvalue: 38000000000 }),
    record({ motCode: 1000, motDesc: 'Air', primaryValue: 917721136, fobvalue: 917721136 }),
    year2021,
    {
      ...year2021,
      motCode: 2100,
      motDesc: 'Sea',
      primaryValue: total2021 - 1000,
      fobvalue: total2021 - 1000,
    },
    { ...year2021, motCode: 1000, motDesc: 'Air', primaryValue: 1000, fobvalue: 1000 },
  ];
  await writeFile(
    join(dir, 'records.json'),
    JSON.stringify({ count: records.length, data: records }),
  );
  const imported = await bilateral(
    'import',
    'comtrade',
    join(dir, 'records.json'),
    '--breakdowns',
    '-o',
    join(dir, 'breakdowns.json'),
  );
  expect(imported.code).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral report on sources that publish the same flows (defect 5)', () => {
  it('reports an `import comtrade --breakdowns` output, naming what the other sources give', async () => {
    const validated = await bilateral('validate', join(dir, 'breakdowns.json'));
    expect(validated.code).toBe(0);
    const report = await bilateral('report', join(dir, 'breakdowns.json'), '--json');
    expect(report.code).toBe(0);
    const { result } = JSON.parse(report.out);
    // Same status and date: the first source listed is used, the other is shown with the difference.
    expect(
      result.growth.rows.map((row: { period: string; source: string }) => [row.period, row.source]),
    ).toEqual([
      ['2021', 'un-comtrade-mot-2100'],
      ['2023', 'un-comtrade-mot-2100'],
    ]);
    expect(result.growth.rows[1].alternatives).toEqual([
      { source: 'un-comtrade-mot-1000', value: '917721136', difference: '-37082278864' },
    ]);
    expect(result.growth.rows[1].marks).toContain(
      'un-comtrade-mot-1000 gives 917721136 (-37082278864)',
    );
    // Every source's flows stay in the trade table.
    expect(result.trade[0].rows).toHaveLength(4);
    const text = await bilateral('report', join(dir, 'breakdowns.json'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('un-comtrade-mot-1000 gives 917721136');
    expect(result.trade[0].rows[0].marks).toEqual(['from un-comtrade-mot-2100']);
  });

  it('takes one source with --source, and refuses a source the dataset does not have', async () => {
    const air = await bilateral(
      'report',
      join(dir, 'breakdowns.json'),
      '--source',
      'un-comtrade-mot-1000',
      '--json',
    );
    expect(air.code).toBe(0);
    const { result } = JSON.parse(air.out);
    expect(result.growth.rows.map((row: { value: string }) => row.value)).toEqual([
      '1000',
      '917721136',
    ]);
    expect(result.growth.rows[1].alternatives).toEqual([]);
    expect(result.trade[0].rows).toHaveLength(2);
    const unknown = await bilateral('report', join(dir, 'breakdowns.json'), '--source', 'customs');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      'no source "customs" in the dataset; choose one of un-comtrade-mot-2100',
    );
  });
});
