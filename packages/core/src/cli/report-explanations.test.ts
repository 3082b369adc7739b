import { describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { Decimal } from '../_internal/decimal.js';
import { embeddedDatasets } from '../datasets/index.js';
import seed004 from '../figures/__fixtures__/seed-004-statements.json';
import { reconcile } from '../figures/index.js';
import { reconcileExplained } from '../figures/reconcile.js';
import { explanationValues } from './explanation-values.js';
import { buildReport } from './report.js';
import { REPORT_WORDS } from './report-words/index.js';

/** The report's text lines that hold `piece`. */
async function linesWith(locale: string, piece: string, dataset = 'vietnam-laos') {
  const { out } = await bilateral('report', '--dataset', dataset, '--locale', locale);
  return out.split('\n').filter((line) => line.includes(piece));
}

describe("bilateral report --locale: the reconciliation's explanations in the reader's language (h194)", () => {
  it('writes a sum, a growth against levels, a balance claim and an implied value in Vietnamese', async () => {
    expect(await linesWith('vi', '  KHỚP  2017  ')).toEqual([
      '  KHỚP  2017  Xuất khẩu 524,5 triệu USD [524,45; 524,55) triệu cộng nhập khẩu 368,4 triệu USD [368,35; 368,45) triệu được [892,8; 893) triệu; kim ngạch công bố 892,9 triệu USD [892,85; 892,95) triệu nằm trong khoảng đó: khớp.',
    ]);
    expect(await linesWith('vi', '  KHÔNG KHỚP  2018  ')).toEqual([
      '  KHÔNG KHỚP  2018  Kim ngạch 1,03 tỷ USD [1.025; 1.035) triệu (2018) so với 892,9 triệu USD [892,85; 892,95) triệu (2017) cho mức tăng trưởng (14,788; 15,921)%; mức tăng trưởng công bố +11,9% [11,85; 11,95) nằm ngoài khoảng đó, thấp hơn 2,83806 điểm phần trăm: không khớp — các số liệu chênh nhau 3,45449 điểm phần trăm, nhiều hơn mức 0,616433 điểm phần trăm mà việc làm tròn có thể giải thích.',
    ]);
    expect(await linesWith('vi', 'nhận định')).toEqual([
      '  KHỚP  2024-01/2024-09  Xuất khẩu 491,9 triệu USD [491,85; 491,95) triệu trừ nhập khẩu 1 tỷ USD [500; 1.500) triệu cho cán cân của Việt Nam là (−1.008,15; −8,05) triệu: Việt Nam nhập siêu, tức Lào xuất siêu, dù làm tròn thế nào; nhận định "Laos continues to maintain a trade surplus with Vietnam" được xác nhận: khớp.',
    ]);
    expect(await linesWith('vi', 'kim ngạch 2016')).toEqual([
      '    Kim ngạch 892,9 triệu USD tăng 8,5% suy ra kim ngạch 2016 khoảng 823 triệu USD, trong (822,524; 823,375) triệu.',
    ]);
  });

  it('writes them in Chinese, in 亿 and with the English separators', async () => {
    expect(await linesWith('zh', '  一致  2017  ')).toEqual([
      '  一致  2017  出口5.245亿美元 [5.2445, 5.2455)亿加进口3.684亿美元 [3.6835, 3.6845)亿得[8.928, 8.93)亿；公布的贸易额8.929亿美元 [8.9285, 8.9295)亿位于该区间内：一致。',
    ]);
    expect(await linesWith('zh', '推算出2016')).toEqual([
      '    贸易额8.929亿美元增长8.5%，推算出2016年贸易额约8.23亿美元，区间(8.22524, 8.23375)亿。',
    ]);
    expect(await linesWith('zh', '老挝与世界')).toEqual([
      // Laos' total is "over 15.5 billion USD" (jclao.com): 155–156 亿 (h295).
      '  一致  2023  贸易额16亿美元 [15.5, 16.5)亿除以老挝与世界的贸易额超过155亿美元 [155, 156)亿得(9.93589, 10.6452)%；公布的占比10% [9.5, 10.5)与该区间重叠：一致。',
      '  不一致  2023  贸易额16.5亿美元 [16.45, 16.55)亿除以老挝与世界的贸易额超过155亿美元 [155, 156)亿得(10.5448, 10.6775)%；公布的占比10% [9.5, 10.5)位于该区间之外，比其低0.0448718个百分点：不一致——两者相差0.611146个百分点，超过舍入所能解释的0.566274个百分点。',
    ]);
  });

  it('writes them in Lao, with a loose check', async () => {
    expect(await linesWith('lo', '  ສອດຄ່ອງ  2021  ', 'laos-china')).toEqual([
      '  ສອດຄ່ອງ  2021  ສົ່ງອອກ 2,68 ຕື້ USD [2,675; 2,685) ຕື້ ບວກ ນຳເຂົ້າ 1,67 ຕື້ USD [1,665; 1,675) ຕື້ ໄດ້ [4,34; 4,36) ຕື້; ມູນຄ່າການຄ້າທີ່ປະກາດ 4,35 ຕື້ USD [4,345; 4,355) ຕື້ ຢູ່ພາຍໃນຊ່ວງນັ້ນ: ສອດຄ່ອງ.',
    ]);
    expect(await linesWith('lo', '  ສອດຄ່ອງ  2022  ສົ່ງອອກ')).toEqual([
      '  ສອດຄ່ອງ  2022  ສົ່ງອອກ 656,4 ລ້ານ USD [656,35; 656,45) ລ້ານ ບວກ ນຳເຂົ້າ 1,04 ຕື້ USD [1.035; 1.045) ລ້ານ ໄດ້ [1.691,35; 1.701,45) ລ້ານ; ມູນຄ່າການຄ້າທີ່ປະກາດ 1,7 ຕື້ USD [1.650; 1.750) ລ້ານ ກວມເອົາຊ່ວງນັ້ນ: ສອດຄ່ອງ (ການກວດແບບຫຍາບ: ມູນຄ່າການຄ້າ 1,7 ຕື້ USD ປັດເສດເຖິງ 100 ລ້ານ USD ເທົ່ານັ້ນ).',
    ]);
  });

  it("keeps the English report's explanations those of reconcile, and the verdicts in every language", () => {
    for (const dataset of Object.values(embeddedDatasets)) {
      const english = reconcile(dataset.statements);
      expect(buildReport(dataset).reconciliation).toEqual(english);
      for (const locale of ['vi', 'lo', 'zh'] as const) {
        const local = buildReport(dataset, { locale }).reconciliation;
        const withoutWords = (report: typeof english) => ({
          ...report,
          relations: report.relations.map(({ explanation: _, ...rest }) => rest),
          implied: report.implied.map(({ explanation: _, ...rest }) => rest),
        });
        expect(withoutWords(local)).toEqual(withoutWords(english));
      }
    }
  });
});

describe("the balance forms no embedded dataset has, in the reader's language", () => {
  type Json = Record<string, unknown>;
  const statements = seed004 as readonly Json[];
  const explained = (set: readonly Json[], locale: 'vi' | 'zh') =>
    reconcileExplained(set, {
      words: REPORT_WORDS[locale].explanations,
      values: explanationValues(locale),
    });
  const balance = (set: readonly Json[], locale: 'vi' | 'zh') =>
    explained(set, locale).relations.find((relation) => relation.kind === 'balance')?.explanation;

  it('writes a claimed size, a contradicted claim and a balance from turnover and one part', () => {
    const claimed: Json = {
      id: 'lao-surplus',
      source: 'test',
      kind: 'balance',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2024-01/2024-09',
      subject: 'balance',
      side: 'LAO',
      claim: 'surplus',
      text: 'Laos had a surplus',
      amount: { text: 'US$508.1 million', value: '508100000', currency: 'USD' },
    };
    const withoutClaim = statements.filter((s) => s.id !== 'seed-004-balance');
    expect(balance([...withoutClaim, claimed], 'vi')).toBe(
      'Xuất khẩu 491,9 triệu USD [491,85; 491,95) triệu trừ nhập khẩu 1 tỷ USD [500; 1.500) triệu cho cán cân của Việt Nam là (−1.008,15; −8,05) triệu; mức xuất siêu công bố của Lào, 508,1 triệu USD [508,05; 508,15) triệu, là cán cân (−508,15; −508,05] triệu của Việt Nam, nằm trong khoảng đó: khớp.',
    );
    const flipped = statements.map((s) =>
      s.id === 'seed-004-balance' ? { ...s, side: 'VNM' } : s,
    );
    expect(balance(flipped, 'zh')).toBe(
      '出口4.919亿美元 [4.9185, 4.9195)亿减进口10亿美元 [5, 15)亿，得出越南的差额为(−10.0815, −0.0805)亿：无论如何舍入，越南均为逆差，因此说法“Laos continues to maintain a trade surplus with Vietnam”不成立：不一致。',
    );
    const noImports = statements.filter((s) => s.id !== 'seed-004-imports');
    expect(balance(noImports, 'vi')).toBe(
      'Kim ngạch 1,5 tỷ USD [1.450; 1.550) triệu và xuất khẩu 491,9 triệu USD [491,85; 491,95) triệu cho cán cân của Việt Nam là (−566,3; −466,1) triệu: Việt Nam nhập siêu, tức Lào xuất siêu, dù làm tròn thế nào; nhận định "Laos continues to maintain a trade surplus with Vietnam" được xác nhận: khớp.',
    );
    expect(
      explained(noImports, 'vi').implied.find((value) => value.kind === 'part')?.explanation,
    ).toBe(
      'Kim ngạch 1,5 tỷ USD trừ xuất khẩu 491,9 triệu USD còn nhập khẩu khoảng 1 tỷ USD, trong (0,95805; 1,05815) tỷ.',
    );
  });
});

describe('explanationValues', () => {
  const interval = (lo: string, hi: string) => ({
    lo: new Decimal(lo),
    hi: new Decimal(hi),
    loClosed: false,
    hiClosed: true,
  });

  it("separates an interval's ends by a semicolon where the decimal separator is a comma", () => {
    expect(explanationValues('vi').interval(interval('-1008150000', '-8050000'), 'million')).toBe(
      '(−1.008,15; −8,05] triệu',
    );
    expect(explanationValues('lo').interval(interval('1500', '2500'), 'unit')).toBe(
      '(1.500; 2.500]',
    );
    expect(explanationValues('zh').interval(interval('-1008150000', '-8050000'), 'million')).toBe(
      '(−10.0815, −0.0805]亿',
    );
  });

  it("writes gaps and points with the locale's separators", () => {
    expect(explanationValues('vi').quantity(new Decimal('2838060'), 'million')).toBe(
      '2,83806 triệu',
    );
    expect(explanationValues('vi').points(new Decimal('1234.5678912'))).toBe('1.234,57');
    expect(explanationValues('zh').points(new Decimal('1234.5678912'))).toBe('1234.57');
  });
});
