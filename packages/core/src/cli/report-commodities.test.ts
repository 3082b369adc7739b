import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { vietnamLaos } from '../datasets/index.js';
import { response } from '../io/__fixtures__/comtrade.js';
import { commodityDataset, commodityFlow as flow } from './__fixtures__/commodity-dataset.js';
import { commodityExtract } from './__fixtures__/commodity-extract.js';
import { tempFolder } from './__fixtures__/temp-folder.js';
import { formatReport } from './format-report.js';
import { buildReport } from './report.js';
import { commoditySection } from './report-commodities.js';

/** `bilateral report <file> --json`'s result. */
async function reportJson(file: string) {
  const run = await bilateral('report', file, '--json');
  const envelope = JSON.parse(run.out);
  expect(envelope).toMatchObject({ ok: true, command: 'report' });
  return envelope.result;
}

const { at } = tempFolder('commodities');

beforeAll(async () => {
  const [y2021, y2023] = [response(2021), response(2023)];
  await writeFile(
    at('soy-records.json'),
    JSON.stringify({ ...y2023, count: 2, data: [...y2021.data, ...y2023.data] }),
  );
  await writeFile(at('extract-records.json'), JSON.stringify(commodityExtract()));
  for (const name of ['soy', 'extract']) {
    const run = await bilateral(
      'import',
      'comtrade',
      at(`${name}-records.json`),
      '-o',
      at(`${name}.json`),
      '--date',
      '2026-12-01',
    );
    expect(run.code).toBe(0);
  }
});

describe('bilateral report: the commodity indicators', () => {
  it('names soya beans, and gives the HHI, why no RCA, growth and why no mirror (the soy import)', async () => {
    const { code, out, err } = await bilateral('report', at('soy.json'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain("Products of Brazil's exports to China, 2023 (1 heading; HS 2022 names)");
    expect(out).toMatch(
      /1201 {2}Soya beans, whether or not broken {2}US\$38\.92 billion {2}100\.0 %/,
    );
    expect(out).toMatch(/II {4}Vegetable products/);
    expect(out).toContain('Concentration (HHI by heading): 10,000 of 10,000 — highly concentrated');
    expect(out).toContain("not computable: RCA needs BRA's exports to the World");
    // (38,917,721,136 − 27,208,101,300) ÷ 27,208,101,300 = 43.04 %
    expect(out).toContain('Contributions to growth, 2021 → 2023: total +43.0 %');
    expect(out).toContain(
      'no mirror comparison: the dataset has flows reported by BRA only, none by CHN',
    );
    const json = await reportJson(at('soy.json'));
    expect(json.commodities).toMatchObject({
      reporter: 'BRA',
      partner: 'CHN',
      flow: 'export',
      period: '2023',
      top: [
        {
          code: '1201',
          name: 'Soya beans, whether or not broken',
          value: '38917721136',
          share: '1',
        },
      ],
      concentration: { index: '1', points: '10000', band: 'highly-concentrated' },
      rca: null,
      growth: { from: '2021', total: '0.430372546283' },
      mirror: null,
    });
  });

  it('shows top products, sections, RCA, growth and mirror flows of a generated extract', async () => {
    const { code, out, err } = await bilateral('report', at('extract.json'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(
      "Products of Vietnam's exports to Laos, 2024 (7 headings; HS 2022 names)",
    );
    expect(out).toMatch(/1006 {2}Rice {2}/);
    expect(out).toContain('Revealed comparative advantage (Balassa)');
    expect(out).toContain('Mirror flows: Vietnam and Laos as each reports the other');
    expect(out).toMatch(/VNM→LAO {12}2523 .* no import report/);
    // RCA with the locale's decimal separator, as every number of the tables (was "1.23" in vi).
    const rca = (text: string, heading: string) =>
      text.slice(text.indexOf(heading)).split('\n').slice(4, 8).join('\n');
    const en = rca(out, 'Revealed comparative advantage');
    expect(en).toMatch(/\d\.\d\d/);
    const vi = await bilateral('report', at('extract.json'), '--locale', 'vi');
    expect(vi.out).toContain(
      'Mặt hàng xuất khẩu của Việt Nam sang Lào, 2024 (7 nhóm; tên theo HS 2022)',
    );
    expect(rca(vi.out, 'Lợi thế so sánh hiện hữu (Balassa)')).toBe(
      en.replaceAll(/(\d)\.(\d\d)/g, '$1,$2'),
    );
    const json = await reportJson(at('extract.json'));
    const c = json.commodities;
    expect(c.top).toHaveLength(7);
    expect(c.sections.map((row: { code: string }) => row.code).sort()).toEqual([
      'II',
      'V',
      'VI',
      'XV',
      'XVII',
    ]);
    expect(c.rca).toHaveLength(13);
    // 7 + 6 headings each way, two years.
    expect(c.mirror).toHaveLength(26);
    for (const row of c.mirror) {
      if (row.exports === null || row.imports === null) {
        expect([row.gap, row.band, row.flagged]).toEqual([null, null, false]);
        continue;
      }
      // The gap is exact: imports − exports in cents, by BigInt.
      const cents = (text: string) => BigInt(Math.round(Number(text) * 100));
      expect(cents(row.gap)).toBe(cents(row.imports) - cents(row.exports));
      expect(row.flagged).toBe(row.band !== 'within');
    }
  });

  it("calls a quarter's RCA period a period, not a year, in every language", () => {
    // It wrote "theo mặt hàng năm 2024-Q1", "ປີ 2024-Q1" and "VNM2024-Q1年": a year word before
    // or after a quarter. A year keeps its word.
    const quarter = commodityDataset('quarter', [flow('1201', { period: '2024-Q1' })]);
    const rcaLine = (locale: 'en' | 'vi' | 'lo' | 'zh', dataset = quarter) =>
      formatReport(buildReport(dataset, { locale }), locale, false)
        .split('\n')
        .find((line) => line.includes('RCA')) ?? '';
    expect(rcaLine('en')).toContain('by product for 2024-Q1 and');
    expect(rcaLine('vi')).toContain('theo mặt hàng kỳ 2024-Q1 và');
    expect(rcaLine('lo')).toContain('ຕາມສິນຄ້າ ໄລຍະ 2024-Q1 ແລະ');
    expect(rcaLine('zh')).toContain('RCA需要VNM在2024-Q1按商品');
    const year = commodityDataset('year', [flow('1201')]);
    expect(rcaLine('vi', year)).toContain('theo mặt hàng năm 2024 và');
    expect(rcaLine('lo', year)).toContain('ຕາມສິນຄ້າ ປີ 2024 ແລະ');
    expect(rcaLine('zh', year)).toContain('RCA需要VNM2024年按商品');
    // The products' heading likewise: a year is "2024年" in Chinese, as the targets write it.
    const zh = (dataset: typeof year) =>
      formatReport(buildReport(dataset, { locale: 'zh' }), 'zh', false);
    expect(zh(year)).toContain('\n2024年越南对老挝出口的商品（1个品目；HS 2022名称）\n');
    expect(zh(quarter)).toContain('\n2024-Q1越南对老挝出口的商品（1个品目；HS 2022名称）\n');
  });

  it('says why there is no commodity section, or why codes cannot be summed', () => {
    expect(commoditySection(vietnamLaos)).toBe('the dataset has no commodity-level flows');
    const overlapping = commodityDataset('overlap', [flow('1201'), flow('120190')]);
    const text = formatReport(buildReport(overlapping), 'en', false);
    expect(text).toContain('Commodity indicators');
    expect(text).toContain('None: the commodity flows cannot be summed by HS level');
    expect(formatReport(buildReport(vietnamLaos), 'en', false)).not.toContain(
      'Commodity indicators',
    );
    // Products of one year in two currencies: the report stands, without the indicators.
    const mixed = commodityDataset('mixed', [flow('1201'), flow('2601', { currency: 'LAK' })]);
    expect(buildReport(mixed).commoditiesNote).toMatch(
      /^the commodity indicators cannot be computed: /,
    );
    // World exports in two currencies: no RCA, the rest shown.
    const world = (reporter: string, currency: string) =>
      flow('1201', { reporter, partner: 'WLD', currency });
    const rca = commoditySection(
      commodityDataset('rca', [flow('1201'), world('VNM', 'USD'), world('THA', 'THB')]),
    );
    expect(typeof rca === 'string' ? rca : rca.rcaNote).toMatch(/several currencies \(USD, THB\)/);
    expect(commoditySection(overlapping)).toMatch(
      /^the commodity flows cannot be summed by HS level: flows\[1\]\.commodity: HS 120190 lies within HS 1201 /,
    );
  });
});
