import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../../__fixtures__/run-cli.js';
import { embeddedDatasets } from '../../datasets/index.js';
import { commodityName } from '../../hs/index.js';
import { response } from '../../io/__fixtures__/comtrade.js';
import { RATE_SOURCES } from '../../rates/index.js';
import { commodityExtract } from '../__fixtures__/commodity-extract.js';
import { shortName } from '../format-commodities.js';
import { RANKING_METHOD_ADDRESS } from '../format-crossings.js';
import { loadDatasetFile } from '../load-dataset.js';
import { buildReport, type Report } from '../report.js';
import { displayWidth } from '../text-table.js';
import { ENGLISH, englishIn } from './__fixtures__/english-pieces.js';
import { REPORT_WORDS } from './index.js';

/**
 * A report without the dataset's own English (its title, the HS names, the sources of the rates,
 * the guide a hint names, the balance claims as published, the ranking method's address). The targets' setters and notes are the project's translations (h193),
 * the reconciliation's explanations the figures module's words in the locale (h194).
 */
function withoutData(text: string, report: Report): string {
  const hsNames = [
    ...JSON.stringify(report.commodities ?? {}).matchAll(/"name":"((?:[^"\\]|\\.)*)"/g),
  ].map((match) => JSON.parse(`"${match[1]}"`) as string);
  for (const section of report.trade) {
    const { name } = section.commodity === null ? { name: null } : commodityName(section.commodity);
    if (name !== null) hsNames.push(name);
  }
  const data = [
    report.dataset.title,
    // A balance claim as its source worded it, quoted in the reconciliation's explanation.
    ...balanceClaims(report),
    ...RATE_SOURCES.flatMap((source) => [source.publisher, source.title, source.url ?? '']),
    ...hsNames.flatMap((name) => [name, shortName(name)]),
    // The guide's English title, as the hint names it.
    'Money and periods',
    // The address where the ranking's method is explained (h201).
    RANKING_METHOD_ADDRESS,
  ].filter((piece) => piece !== '');
  // Longest first, so a shorter piece inside a longer one is not cut out of it first.
  return data
    .sort((a, b) => b.length - a.length)
    .reduce((rest, piece) => rest.replaceAll(piece, ''), text);
}

/** The balance claims' texts as published (data), which a balance's explanation quotes. */
function balanceClaims(report: Report): string[] {
  return report.reconciliation.relations
    .filter((relation) => relation.kind === 'balance')
    .flatMap((relation) => [...relation.explanation.matchAll(/"((?:[^"\\]|\\.)*)"/g)])
    .map((match) => JSON.parse(`"${match[1]}"`) as string);
}

/** The embedded dataset's report, in English. */
function embeddedReport(dataset: string): Report {
  const embedded = embeddedDatasets[dataset];
  if (embedded === undefined) throw new Error(`no embedded dataset ${dataset}`);
  return buildReport(embedded);
}

const DATASETS = ['vietnam-laos', 'laos-china'] as const;
const LOCALES = ['vi', 'lo', 'zh'] as const;

describe('bilateral report --locale: the whole text report in the reader’s language (h190)', () => {
  it('finds the catalogue’s English pieces in the English report (the check can fail)', async () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    const { out } = await bilateral('report', '--currency', 'VND');
    for (const piece of [
      'Trade reported by',
      'turnover as published',
      'balance derived from it',
      'Average growth',
      'a year since',
      'a band of',
      'Border crossings:',
      'Against the official count of',
      'Annual average rates from the embedded table, each cited:',
    ]) {
      expect(ENGLISH).toContain(piece);
      expect(out).toContain(piece);
    }
  });

  for (const dataset of DATASETS) {
    for (const locale of LOCALES) {
      it(`writes no English word of the catalogue in ${locale}, ${dataset}`, async () => {
        const { code, out } = await bilateral(
          'report',
          '--dataset',
          dataset,
          '--locale',
          locale,
          '--currency',
          'VND',
        );
        expect(code).toBe(0);
        const ours = withoutData(out, embeddedReport(dataset));
        expect(englishIn(ours)).toEqual([]);
      });
    }
  }

  describe('of a dataset of commodity flows', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bilateral-report-words-'));
      const [y2021, y2023] = [response(2021), response(2023)];
      const files = {
        soy: { ...y2023, count: 2, data: [...y2021.data, ...y2023.data] },
        extract: commodityExtract(),
      };
      for (const [name, records] of Object.entries(files)) {
        await writeFile(join(dir, `${name}-records.json`), JSON.stringify(records));
        const file = join(dir, `${name}-records.json`);
        await bilateral(
          'import',
          'comtrade',
          file,
          '-o',
          join(dir, `${name}.json`),
          '--date',
          '2026-12-01',
        );
      }
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    for (const name of ['soy', 'extract']) {
      for (const locale of LOCALES) {
        it(`writes no English word of the catalogue in ${locale}, ${name}`, async () => {
          const file = join(dir, `${name}.json`);
          const { code, out } = await bilateral('report', file, '--locale', locale);
          expect(code).toBe(0);
          const report = buildReport(await loadDatasetFile(file));
          expect(report.commodities).not.toBeNull();
          const ours = withoutData(out, report);
          expect(englishIn(ours)).toEqual([]);
        });
      }
    }
  });

  it("writes a reporter's figures as the reconciliation writes its flows: Laos', Vietnam's", () => {
    // The growth heading said "Laos's figures" above the reconciliation's "Laos' trade".
    expect(REPORT_WORDS.en.growthHeading('Laos–China', 'turnover', '', 'Laos')).toBe(
      "Growth of Laos–China turnover (Laos' figures)",
    );
    expect(REPORT_WORDS.en.growthHeading('Vietnam–Laos', 'exports', '', 'Vietnam')).toBe(
      "Growth of Vietnam–Laos exports (Vietnam's figures)",
    );
  });

  it("writes a reporter's products and RCA in the same possessive: Laos', the Philippines'", () => {
    // Both wrote "Laos's" after 4c5355ac gave the growth heading "Laos' figures".
    const { commodities } = REPORT_WORDS.en;
    expect(commodities.productsHeading('Laos', 'export', 'Vietnam', '2024', 7, 'heading')).toBe(
      "Products of Laos' exports to Vietnam, 2024 (7 headings; HS 2022 names)",
    );
    expect(commodities.rcaNeedsWorld('the Philippines', 'year', '2024', 2, true)).toMatch(
      /^not computable: RCA needs the Philippines' exports to the World .*, not the Philippines$/,
    );
    expect(commodities.rcaNeedsWorld('Vietnam', 'year', '2024', 1, false)).toMatch(
      /^not computable: RCA needs Vietnam's exports /,
    );
  });

  it('says how far a target past its band may fall in words true of exports and imports too', () => {
    // The line names no measure ('it falls' was wrong under a target on exports: 'exports fall').
    expect(REPORT_WORDS.en.onCourseUnless('31.4 %')).toBe(
      'on course unless the figures fall by more than 31.4 % a year',
    );
  });

  it('tells a flow not firmly known, the publisher’s estimate and a derived flow apart', () => {
    for (const [locale, words] of Object.entries(REPORT_WORDS)) {
      const marks = (['uncertain', 'estimated', 'derived'] as const).map((mark) =>
        words.flowMark('import', mark),
      );
      expect(new Set(marks).size, locale).toBe(3);
      // A mark is not the word an amount known roughly carries ("about").
      expect(
        marks.some((mark) => mark.includes(words.about('').trim())),
        locale,
      ).toBe(false);
      expect(words.about('').trim().length, locale).toBeGreaterThan(0);
    }
    // The Vietnamese statistical office's words: ước tính (estimate), sơ bộ (preliminary).
    expect(REPORT_WORDS.vi.flowMark('import', 'estimated')).toBe('nhập khẩu ước tính');
  });

  it('writes the lines a Vietnamese reader reads', async () => {
    const { out } = await bilateral('report', '--locale', 'vi');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Thương mại Việt Nam – Lào — Báo cáo Bilateral');
    // Nothing of commodities where the dataset has none, as in English (was a section saying so).
    expect(out).not.toContain(REPORT_WORDS.vi.commoditiesTitle);
    expect(lines).toContain(
      'Thương mại với Lào theo số liệu của Việt Nam (cán cân, xuất siêu hay nhập siêu tính theo phía Việt Nam)',
    );
    expect(lines).toContain('Tăng trưởng kim ngạch thương mại Việt Nam–Lào (số liệu của Việt Nam)');
    expect(out).toMatch(
      /\n {2}2022 +656,4 triệu USD +1,04 tỷ USD +khoảng 1,70 tỷ USD +khoảng −380 triệu USD +63,1% +nhập siêu\n/,
    );
    expect(lines).toContain('  Tăng trưởng bình quân 2016–2025 (CAGR): khoảng +15% mỗi năm');
    expect(lines).toContain(
      '      2024: khoảng +30% mỗi năm kể từ 2023, mục tiêu 10–15% mỗi năm: đạt',
    );
    expect(lines).toContain(
      '    cửa khẩu phụ: 18 chính thức, 13 trong danh sách, còn thiếu 5 (1 chưa chắc về loại)',
    );
    // The local currency's figures as in English (were read from Vietnamese marks: "18,05").
    const local = await bilateral('report', '--locale', 'vi', '--currency', 'VND');
    expect(local.out).toMatch(
      /\n {2}2016 +khoảng 823 triệu USD +21\.935 +khoảng 18,1 nghìn tỷ VND /,
    );
    const laosChina = await bilateral('report', '--dataset', 'laos-china', '--locale', 'vi');
    expect(laosChina.out.split('\n')[0]).toBe('Thương mại Lào – Trung Quốc — Báo cáo Bilateral');
  });

  it('writes the lines a Lao reader reads', async () => {
    const { out } = await bilateral('report', '--locale', 'lo');
    const lines = out.split('\n');
    expect(lines[0]).toBe('ການຄ້າ ຫວຽດນາມ – ລາວ — ບົດລາຍງານ Bilateral');
    expect(out).toMatch(/\n {2}2017 .* 142,4% +ເກີນດຸນ; ມູນຄ່າການຄ້າ ຕາມທີ່ປະກາດ\n/);
    expect(lines).toContain('  ການເຕີບໂຕສະເລ່ຍ 2016–2025 (CAGR): ປະມານ +15% ຕໍ່ປີ');
    expect(lines).toContain('      ຕ້ອງການນັບແຕ່ນີ້: +1,5% ຫາ +8,1% ຕໍ່ປີ');
    const laosChina = await bilateral('report', '--dataset', 'laos-china', '--locale', 'lo');
    expect(laosChina.out).toMatch(
      /\n {2}2024 .*ເກີນດຸນ; ມູນຄ່າການຄ້າ ຢູ່ໃນຂອບເຂດທີ່ປະກາດ; ດຸນການຄ້າ ຄິດໄລ່ຈາກມູນຄ່າການຄ້າ\n/,
    );
  });

  it('writes the lines a Chinese reader reads', async () => {
    const { out } = await bilateral('report', '--dataset', 'laos-china', '--locale', 'zh');
    const lines = out.split('\n');
    expect(lines[0]).toBe('老挝–中国贸易 — Bilateral 报告');
    expect(lines).toContain('老挝报告的对中国贸易（差额及顺逆差按报告方计算）');
    expect(lines).toContain(
      '  2021  26.8亿美元  16.7亿美元    43.5亿美元  10.1亿美元      约160%  顺差；贸易额为公布数',
    );
    expect(lines).toContain(
      '  2020  约35.8亿美元             —             —  推算：2021年数值 ÷ (1 + 21.4%)',
    );
    expect(lines).toContain('  2020–2024年均增长（CAGR）：每年约+23%');
    // An enumeration with 、 after a full-width colon, as Chinese writes one (was "CHN: 一类口岸1个, …").
    expect(lines).toContain('  LAO：国际口岸1个、类别不详2个');
    expect(lines).toContain('  CHN：一类口岸1个、二类口岸1个、类别不详1个');
    const vietnamLaos = await bilateral('report', '--locale', 'zh');
    // A true minus after 约, which has no space for the sign rule to follow (was "约-3.8亿美元").
    expect(vietnamLaos.out).toMatch(/\n {2}2022 .* 约−3\.8亿美元 +63\.1% +逆差\n/);
    expect(vietnamLaos.out).toContain(
      '      2024：自2023年以来每年约+30%，目标为每年10–15%的区间：已达成',
    );
  });

  for (const locale of ['lo', 'zh'] as const) {
    it(`aligns the ${locale} trade table's columns by display width (wide and combining characters)`, async () => {
      const { out } = await bilateral('report', '--dataset', 'laos-china', '--locale', locale);
      const lines = out.split('\n');
      const header = lines.findIndex((line) =>
        line.startsWith(`  ${REPORT_WORDS[locale].tradeColumns.period}`),
      );
      const table = lines.slice(header, header + 4);
      // The notes column is the last, left-aligned: everything before it ends at one column.
      const ends = table.map((line) => displayWidth(line.slice(0, line.lastIndexOf('  '))));
      expect(ends.every((end) => end === ends[0])).toBe(true);
      // Its headings are as wide as the terminal shows them: 出口 takes four columns.
      expect(displayWidth(REPORT_WORDS.zh.tradeColumns.exports)).toBe(4);
      expect(displayWidth(REPORT_WORDS.lo.tradeColumns.turnover)).toBeLessThan(
        REPORT_WORDS.lo.tradeColumns.turnover.length,
      );
    });
  }
});
