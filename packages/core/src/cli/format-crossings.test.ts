import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset.js';
import { laosChina, vietnamLaos } from '../datasets/index.js';
import { className, crossingLines, RANKING_METHOD_ADDRESS } from './format-crossings.js';
import { buildReport } from './report.js';
import { reportJson } from './report-json.js';
import { REPORT_WORDS } from './report-words/index.js';

describe('className: a class of crossing as the report names it (h190)', () => {
  it('keeps the id in English, as the English report always wrote it', () => {
    expect(className('VNM', 'secondary', REPORT_WORDS.en)).toBe('secondary');
    expect(className('CHN', 'class-1-port', REPORT_WORDS.en)).toBe('class-1-port');
  });

  it('names it in the language, else in English as the widgets do, else by its id', () => {
    expect(className('VNM', 'secondary', REPORT_WORDS.vi)).toBe('cửa khẩu phụ');
    expect(className('VNM', 'international', REPORT_WORDS.zh)).toBe('国际口岸');
    expect(className('LAO', 'international', REPORT_WORDS.lo)).toBe('ດ່ານສາກົນ');
    // China's classes in Vietnamese and Lao: the project's translations (h201; were in English).
    expect(className('CHN', 'class-1-port', REPORT_WORDS.lo)).toBe('ດ່ານປະເພດ I (ຂັ້ນຊາດ)');
    expect(className('CHN', 'class-2-port', REPORT_WORDS.vi)).toBe('cửa khẩu loại II (cấp tỉnh)');
    expect(className('XXX', 'gate', REPORT_WORDS.vi)).toBe('gate');
  });

  it('writes the unknown class and the economic zones in the report’s words', () => {
    expect(className('LAO', 'unknown', REPORT_WORDS.lo)).toBe('ບໍ່ຮູ້ປະເພດ');
    expect(className('VNM', 'economic-zones', REPORT_WORDS.vi)).toBe('khu kinh tế cửa khẩu');
    expect(className('VNM', 'economic-zones', REPORT_WORDS.en)).toBe('economic-zones');
  });
});

describe('crossingLines: the ranking in words a reader understands (h201)', () => {
  const expected = {
    en: ['  Investment priority (default weights):', 'How crossings are scored and weighted: '],
    vi: [
      '  Ưu tiên đầu tư (trọng số mặc định):',
      'Cách chấm điểm và trọng số (hướng dẫn bằng tiếng Anh): ',
    ],
    lo: ['  ບູລິມະສິດການລົງທຶນ (ນ້ຳໜັກມາດຕະຖານ):', 'ວິທີໃຫ້ຄະແນນ ແລະ ນ້ຳໜັກ (ຄູ່ມືເປັນພາສາອັງກິດ): '],
    zh: ['  投资优先顺序（默认权重）：', '评分方法和权重说明（英文）：'],
  } as const;

  it.each(Object.entries(expected))(
    '%s: no function name nor file path; the method’s address after the list',
    (locale, [heading, method]) => {
      const words = REPORT_WORDS[locale as keyof typeof expected];
      for (const dataset of [vietnamLaos, laosChina]) {
        const section = buildReport(dataset, { locale: words.locale }).infrastructure;
        if (section === null) throw new Error(`${dataset.id} has crossings`);
        const lines = crossingLines(section, words);
        const at = lines.indexOf(heading);
        expect(at).toBeGreaterThan(0);
        expect(lines.slice(at + 1, -1)).toEqual(
          section.ranking.map((crossing) =>
            expect.stringMatching(new RegExp(`^    ${crossing.rank}\\. \\S.* – \\S.*  \\S`)),
          ),
        );
        expect(lines.at(-1)).toBe(`  ${method}${RANKING_METHOD_ADDRESS}`);
        expect(lines.join('\n')).not.toMatch(/rankCrossings|docs\/border-infrastructure\.md[^#]/);
      }
    },
  );

  it('points to the guide’s ranking section, as GitHub names its heading', () => {
    const guide = readFileSync(
      new URL('../../../../docs/border-infrastructure.md', import.meta.url),
      'utf8',
    );
    const anchor = RANKING_METHOD_ADDRESS.split('#')[1];
    const slugs = guide
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) =>
        line
          .slice(3)
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replace(/ /g, '-'),
      );
    expect(slugs).toContain(anchor);
    expect(RANKING_METHOD_ADDRESS).toMatch(
      /^https:\/\/github\.com\/bilateral-dev\/bilateral\/blob\/main\/docs\/border-infrastructure\.md#/,
    );
  });
});

describe('crossingLines: the ranked crossings named as the language writes them (h201)', () => {
  const ranked = (dataset: Dataset, locale: 'en' | 'vi' | 'lo' | 'zh') => {
    const section = buildReport(dataset, { locale }).infrastructure;
    if (section === null) throw new Error(`${dataset.id} has crossings`);
    const lines = crossingLines(section, REPORT_WORDS[locale]);
    return lines.filter((line) => /^ {4}\d\. /.test(line)).map((line) => line.split('  ')[2]);
  };

  it('writes the names the data has in the language, else the English one', () => {
    expect(ranked(vietnamLaos, 'vi')).toEqual([
      '1. Bờ Y – Phou Keua',
      '1. Cầu Treo – Nậm Phao',
      '1. Lao Bảo – Densavanh',
      '1. Nam Giang – Đắc Tà Oọc',
      '5. Cha Lo – Na Phàu',
    ]);
    expect(ranked(vietnamLaos, 'en')).toEqual([
      '1. Bo Y – Phou Keua',
      '1. Cau Treo – Nam Phao',
      '1. Lao Bao – Densavanh',
      '1. Nam Giang – Dak Ta Ok',
      '5. Cha Lo – Na Phau',
    ]);
    expect(ranked(vietnamLaos, 'lo')).toEqual(ranked(vietnamLaos, 'en'));
    expect(ranked(laosChina, 'zh')).toEqual([
      '1. 磨丁 – 磨憨',
      '2. Lantui – Mengkang',
      '2. Pang Hai – Mengman',
    ]);
  });

  it('leaves the names out of --json, whose ranking keeps the English name', () => {
    const json = reportJson(buildReport(vietnamLaos, { locale: 'vi' }));
    expect(Object.keys(json.infrastructure ?? {})).toEqual(['summary', 'economicZones', 'ranking']);
    expect(json.infrastructure?.ranking[0]?.name).toBe('Bo Y – Phou Keua');
  });
});
