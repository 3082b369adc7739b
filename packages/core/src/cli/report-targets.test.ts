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

describe('bilateral report --locale: who set a target and its note (h193)', () => {
  it('writes them in the reader’s language, marked as translated; English as the data has them', () => {
    const [target] = vietnamLaos.targets;
    if (target?.note === undefined) throw new Error('the first target has a note');
    const english = formatReport(buildReport(vietnamLaos), 'en', false);
    expect(english).toContain(`  ${target.setBy}\n`);
    expect(english).toContain(`note: ${target.note}\n`);
    for (const [locale, translations] of [
      ['vi', DATASET_TRANSLATIONS_VI],
      ['lo', DATASET_TRANSLATIONS_LO],
      ['zh', DATASET_TRANSLATIONS_ZH],
    ] as const) {
      const text = formatReport(buildReport(vietnamLaos, { locale }), locale, false);
      const { mark, texts } = translations;
      expect(text).toContain(`  ${texts[target.setBy]}${mark}\n`);
      expect(text).toContain(`${texts[target.note]}${mark}\n`);
      expect(text).not.toContain(target.setBy);
      expect(text).not.toContain(target.note);
    }
  });
});
