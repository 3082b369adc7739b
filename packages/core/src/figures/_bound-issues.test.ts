import { describe, expect, it } from 'vitest';
import { boundIssues } from './_bound-issues.js';
import { safeParseStatement } from './statement.js';

describe('boundIssues', () => {
  it('refuses a precision finer than what a closing 多, 余 or ກວ່າ leaves of the figure', () => {
    const refused = [
      // 30 to 40 亿: known to 10 亿, not to the million.
      ['30多亿美元', 'amount', '1000000', '1000000000'],
      ['30余亿美元', 'amount', '100000000', '1000000000'],
      ['三十多亿美元', 'amount', '1000000', '1000000000'],
      ['１２０多亿美元', 'amount', '100000000', '1000000000'],
      ['一百多亿元', 'amount', '1000000000', '10000000000'],
      ['3千多万美元', 'amount', '10000', '10000000'],
      // 5 to 6 亿.
      ['5亿多美元', 'amount', '1000000', '100000000'],
      ['5亿余美元', 'amount', '10000000', '100000000'],
      ['1.5亿多美元', 'amount', '1000000', '10000000'],
      ['出口额达到30多亿美元。', 'amount', '1000000', '1000000000'],
      ['565 ລ້ານກວ່າ USD', 'amount', '1000', '1000000'],
      // 30 to 40 %.
      ['增长30多%', 'rate', '1', '10'],
      ['同比增长10余%', 'rate', '0.1', '10'],
    ] as const;
    for (const [text, figure, precision, step] of refused) {
      expect(boundIssues({ text, precision }, figure), text).toEqual([
        {
          path: 'precision',
          message: `the text ${JSON.stringify(text)} gives its figure to ${step} (多, 余, ກວ່າ or -odd after its number or scale), so its precision is at least that, not ${precision}`,
        },
      ]);
    }
    const accepted = [
      ['30多亿美元', 'amount', '1000000000'],
      ['30多亿美元', 'amount', '10000000000'],
      ['5亿多美元', 'amount', '100000000'],
      ['增长30多%', 'rate', '10'],
      // "1.000" may be one or a thousand: the finer reading is taken, never a false refusal.
      ['1.000 ກວ່າລ້ານໂດລາ', 'amount', '1000000'],
      // No 多: the precision is the statement's.
      ['超过5亿美元', 'amount', '1000000'],
      ['5亿美元以上', 'amount', '1000000'],
      ['ກວ່າ 1 ຕື້ໂດລາ', 'amount', '1000000'],
      ['5亿多人口，出口5亿美元', 'amount', '1000000'],
      // 多 closes another figure than the statement's, the text's first (as readStatedBound reads it).
      ['出口5亿美元，进口3亿多美元', 'amount', '1000000'],
      ['增长30多个百分点', 'rate', '1'],
    ] as const;
    for (const [text, figure, precision] of accepted) {
      expect(boundIssues({ text, precision }, figure), text).toEqual([]);
    }
  });

  it('refuses an upper bound read to the nearest, which reaches past it (r27d)', () => {
    // "less than US$300 million" known to 1 million is [299, 300) million; 'nearest' made it
    // [299.5, 300.5), past the bound, and 'truncate' is the figure or more: no rounding holds it.
    const refused = [
      ['less than US$300 million', 'amount', 'less-than', '1000000', undefined],
      ['no more than US$300 million', 'amount', 'at-most', '1000000', 'nearest'],
      ['dưới 300 triệu USD', 'amount', 'less-than', undefined, undefined],
      ['ຕ່ຳກວ່າ 300 ລ້ານ USD', 'amount', 'less-than', '1000000', undefined],
      ['不到3亿美元', 'amount', 'less-than', '1000000', 'nearest'],
      ['3亿美元以下', 'amount', 'at-most', '1000000', undefined],
      ['tăng dưới 5%', 'rate', 'less-than', '1', undefined],
      ['同比下降不到5%', 'rate', 'less-than', '0.1', 'nearest'],
    ] as const;
    for (const [text, figure, upper, precision, rounding] of refused) {
      expect(boundIssues({ text, precision, rounding }, figure), text).toEqual([
        {
          path: 'rounding',
          message: `the text ${JSON.stringify(text)} states an upper bound (${upper}), which no rounding holds: 'nearest' reaches past it, 'truncate' is the figure or more (the model has no upper bound)`,
        },
      ]);
    }
    // "nearly" keeps its reading as "about": rounded to the nearest, it holds a value just below.
    for (const [text, figure] of [
      ['nearly US$300 million', 'amount'],
      ['gần 300 triệu USD', 'amount'],
      ['近3亿美元', 'amount'],
      ['up nearly 5%', 'rate'],
    ] as const) {
      expect(boundIssues({ text, precision: '1' }, figure), text).toEqual([]);
    }
  });

  it('refuses such a statement at its figure precision', () => {
    const result = safeParseStatement({
      id: 'zh-exports',
      source: 'zh-source',
      kind: 'level',
      reporter: 'CHN',
      partner: 'LAO',
      period: '2023',
      subject: 'exports',
      amount: { text: '30多亿美元', value: '3000000000', currency: 'USD', precision: '1000000' },
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'amount.precision',
    ]);
  });
});
