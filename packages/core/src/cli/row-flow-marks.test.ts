import { describe, expect, it } from 'vitest';
import { yearDocument } from '../__fixtures__/year-document.js';
import { parseDataset } from '../dataset/dataset.js';
import { buildReport } from './report.js';
import { REPORT_WORDS } from './report-words/index.js';
import { rowFlowMarks } from './row-flow-marks.js';

/** 2024's exports and imports, each with the marks given (`uncertain`, `estimate` status). */
function flows(exports: readonly string[], imports: readonly string[]) {
  const document = yearDocument(['1000', null], ['900', null]);
  const marked = document.flows.map((flow) => {
    const marks = flow.flow === 'export' ? exports : imports;
    return {
      ...flow,
      ...(marks.includes('uncertain') ? { uncertain: true } : {}),
      ...(marks.includes('estimate') ? { status: 'estimate' } : {}),
    };
  });
  const dataset = parseDataset({ ...document, flows: marked });
  const [exported, imported] = ['export', 'import'].map((kind) =>
    dataset.flows.find((flow) => flow.flow === kind),
  );
  return { dataset, exported, imported };
}

describe('rowFlowMarks', () => {
  it('says in zh a mark both flows carry once, not 不确定 twice', () => {
    const { exported, imported } = flows(['uncertain', 'estimate'], ['uncertain']);
    const zh = rowFlowMarks(exported, imported, REPORT_WORDS.zh);
    expect(zh).toEqual(['进出口数值均不确定', '出口为估计数']);
    expect(zh.join('').match(/不确定/g)).toHaveLength(1);
    const both = flows(['estimate'], ['estimate']);
    expect(rowFlowMarks(both.exported, both.imported, REPORT_WORDS.zh)).toEqual([
      '进出口均为估计数',
    ]);
  });

  it('says in vi a mark both flows carry once, xuất nhập khẩu đều …, not chưa chắc chắn twice', () => {
    const { exported, imported } = flows(['uncertain', 'estimate'], ['uncertain']);
    expect(rowFlowMarks(exported, imported, REPORT_WORDS.vi)).toEqual([
      'xuất nhập khẩu đều chưa chắc chắn',
      'xuất khẩu ước tính',
    ]);
    const both = flows(['estimate'], ['estimate']);
    expect(rowFlowMarks(both.exported, both.imported, REPORT_WORDS.vi)).toEqual([
      'xuất nhập khẩu đều ước tính',
    ]);
  });

  it('writes each side’s marks where the language has no word for both (en, as --json gives them)', () => {
    const { exported, imported } = flows(['uncertain', 'estimate'], ['uncertain']);
    expect(rowFlowMarks(exported, imported, REPORT_WORDS.en)).toEqual([
      'exports uncertain',
      'exports estimated',
      'imports uncertain',
    ]);
    expect(rowFlowMarks(exported, undefined, REPORT_WORDS.zh)).toEqual([
      '出口数值不确定',
      '出口为估计数',
    ]);
  });

  it('gives the zh report’s trade row one 不确定 when both flows are uncertain', () => {
    const { dataset } = flows(['uncertain'], ['uncertain']);
    const row = buildReport(dataset, { locale: 'zh' }).trade[0]?.rows[0];
    expect(row?.marks).toEqual(['进出口数值均不确定']);
  });
});
