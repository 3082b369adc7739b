import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset.js';
import { datasetSeries } from '../dataset/dataset-series.js';
import {
  DATASET_TRANSLATIONS_LO,
  DATASET_TRANSLATIONS_VI,
  DATASET_TRANSLATIONS_ZH,
  vietnamLaos,
} from '../datasets/index.js';
import type { SeriesMeasure } from '../flow/index.js';
import { evaluateTarget } from '../targets/index.js';
import { formatReport } from './format-report.js';
import { buildReport } from './report.js';
import { REPORT_WORDS } from './report-words/index.js';

/** Vietnam–Laos with every target measuring `measure`. */
const measuring = (measure: SeriesMeasure, dataset: Dataset = vietnamLaos): Dataset => ({
  ...dataset,
  targets: dataset.targets.map((target) => ({ ...target, measure })),
});

describe("bilateral report's targets (review h150 A5)", () => {
  it('evaluates an exports or imports target on that measure, as the widgets do', () => {
    for (const measure of ['exports', 'imports'] as const) {
      const dataset = measuring(measure);
      const rows = buildReport(dataset).targets;
      // Each target's first row is its yearly evaluation, on the target's own measure: it was
      // "cannot evaluate: … the series' measure is turnover" for every one.
      const yearly = dataset.targets.map((target) => rows.find((row) => row.id === target.id));
      for (const [index, target] of dataset.targets.entries()) {
        const series = datasetSeries(dataset, {
          reporter: target.reporter,
          partner: target.partner,
          measure,
          periodKind: 'year',
          impliedBases: true,
        });
        let status: string | null = null;
        try {
          status = evaluateTarget(target, series).status;
        } catch {
          // The series cannot say (no base year in it): the report's row says why.
        }
        expect(yearly[index]?.status).toBe(status);
        expect(yearly[index]?.message).not.toContain('measure is turnover');
      }
      // Some target is evaluated, with its exports or imports.
      expect(rows.some((row) => row.status !== null)).toBe(true);
    }
  });

  it('names the measure a dataset has no yearly figure of', () => {
    const noImports: Dataset = {
      ...vietnamLaos,
      flows: vietnamLaos.flows.filter((flow) => flow.flow !== 'import'),
      statements: vietnamLaos.statements.filter(
        (statement) => !('subject' in statement) || statement.subject !== 'imports',
      ),
    };
    const rows = buildReport(measuring('imports', noImports)).targets;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.message).toBe(
        'cannot evaluate: the dataset has no yearly imports of Vietnam from Laos',
      );
    }
  });
});

describe('bilateral report --locale: who set a target and its note (h193, h201)', () => {
  const locales = [
    ['vi', DATASET_TRANSLATIONS_VI],
    ['lo', DATASET_TRANSLATIONS_LO],
    ['zh', DATASET_TRANSLATIONS_ZH],
  ] as const;
  /** The targets section's lines, from its heading to the reconciliation's. */
  const targetLines = (text: string, title: string) => {
    const lines = text.split('\n');
    const from = lines.indexOf(title);
    const to = lines.findIndex((line, index) => index > from && /^\S/.test(line));
    return lines.slice(from, to);
  };

  it('writes them in the reader’s language; English as the data has them', () => {
    const [target] = vietnamLaos.targets;
    if (target?.note === undefined) throw new Error('the first target has a note');
    const english = formatReport(buildReport(vietnamLaos), 'en', false);
    expect(english).toContain(`  ${target.setBy}\n`);
    expect(english).toContain(`note: ${target.note}\n`);
    expect(english).not.toContain(REPORT_WORDS.en.translatedTexts);
    for (const [locale, { texts }] of locales) {
      const text = formatReport(buildReport(vietnamLaos, { locale }), locale, false);
      expect(text).toContain(`  ${texts[target.setBy]}\n`);
      expect(text).toContain(`${texts[target.note]}\n`);
      expect(text).not.toContain(target.setBy);
      expect(text).not.toContain(target.note);
    }
  });

  it('says once, under the heading, that they are translated, not after each of them', () => {
    const expected = {
      vi: ['Mục tiêu', '', '  Bên đề ra mục tiêu và ghi chú được dịch từ tiếng Anh.', ''],
      lo: ['ເປົ້າໝາຍ', '', '  ຜູ້ວາງເປົ້າໝາຍ ແລະ ໝາຍເຫດ ແປຈາກພາສາອັງກິດ.', ''],
      zh: ['目标', '', '  目标的提出方和注释译自英文。', ''],
    };
    for (const [locale, { mark }] of locales) {
      const text = formatReport(buildReport(vietnamLaos, { locale }), locale, false);
      const lines = targetLines(text, REPORT_WORDS[locale].targetsTitle);
      expect(lines.slice(0, 4)).toEqual(expected[locale]);
      // 12 setters and notes, each marked until h201.
      expect(lines.length).toBeGreaterThan(20);
      expect(text).not.toContain(mark.trim());
    }
  });

  it('marks a text left as the data has it among translated ones, and only then', () => {
    const [first, ...rest] = vietnamLaos.targets;
    if (first === undefined) throw new Error('Vietnam–Laos has targets');
    const own = 'Ministry of Planning (own words)';
    const mixed = { ...vietnamLaos, targets: [{ ...first, setBy: own }, ...rest] };
    const expected = {
      vi: `${own} (chưa dịch: nguyên văn của dữ liệu)`,
      lo: `${own} (ບໍ່ໄດ້ແປ: ຕາມຂໍ້ມູນເດີມ)`,
      zh: `${own}（未翻译，照录数据原文）`,
    };
    for (const [locale] of locales) {
      const text = formatReport(buildReport(mixed, { locale }), locale, false);
      expect(text).toContain(`  ${expected[locale]}\n`);
      expect(text).toContain(`  ${REPORT_WORDS[locale].translatedTexts}\n`);
      // A dataset of only its own texts: written as it has them, nothing said of translation.
      const alone = { ...vietnamLaos, targets: [{ ...first, setBy: own, note: 'Own note.' }] };
      const plain = formatReport(buildReport(alone, { locale }), locale, false);
      expect(plain).toContain(`  ${own}\n`);
      expect(plain).toContain(`Own note.\n`);
      expect(plain).not.toContain(REPORT_WORDS[locale].translatedTexts);
      expect(plain).not.toContain(expected[locale]);
    }
  });
});
