import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { laosChinaDocument, vietnamLaosDocument } from '../datasets/index.js';
import { englishIn } from './report-words/__fixtures__/english-pieces.js';
import { displayWidth } from './text-table.js';

const fixtures = join(import.meta.dirname, '..', 'figures', '__fixtures__');
const seed003 = join(fixtures, 'seed-003-statements.json');
const seed004 = join(fixtures, 'seed-004-statements.json');

/** What `bilateral reconcile --locale` prints of seed 003: its first relation, its first relation that cannot be checked and its last line. */
const SEED_003 = {
  vi: {
    first: [
      `${seed003}: 7 số liệu công bố, đã đối chiếu 6 quan hệ`,
      '',
      'KHỚP                 tổng các phần · VNM–LAO · 2021-Q1 · USD',
      '  số liệu: seed-003-exports, seed-003-imports, seed-003-turnover',
      '  Xuất khẩu 159,6 triệu USD [159,55; 159,65) triệu cộng nhập khẩu 179 triệu USD [178,5; 179,5) triệu',
      '  được [338,05; 339,15) triệu; kim ngạch công bố 338,6 triệu USD [338,55; 338,65) triệu nằm trong',
      '  khoảng đó: khớp.',
    ],
    cannotCheck: [
      'KHÔNG KIỂM TRA ĐƯỢC  tăng trưởng và giá trị · VNM–LAO · 2021-Q1 · USD',
      '  số liệu: seed-003-turnover-growth, seed-003-turnover',
      '  Không có số liệu kim ngạch thương mại của Việt Nam với Lào 2020-Q1, nên không thể đối chiếu mức',
      '  tăng trưởng +22,5% với giá trị; mức tăng trưởng đó suy ra kim ngạch 2020-Q1 khoảng 276,4 triệu',
      '  USD, trong (276,254; 276,562) triệu.',
    ],
    implied: 'Giá trị suy ra từ các số liệu công bố (bản thân không được công bố):',
    last: 'Tổng cộng: 2 khớp, 0 không khớp, 4 không kiểm tra được.',
  },
  lo: {
    first: [
      `${seed003}: ຕົວເລກທີ່ປະກາດ 7, ກວດສອບ 6 ຄວາມສຳພັນ`,
      '',
      'ສອດຄ່ອງ     ຜົນລວມຂອງສ່ວນ · VNM–LAO · 2021-Q1 · USD',
      '  ຕົວເລກ: seed-003-exports, seed-003-imports, seed-003-turnover',
      '  ສົ່ງອອກ 159,6 ລ້ານ USD [159,55; 159,65) ລ້ານ ບວກ ນຳເຂົ້າ 179 ລ້ານ USD [178,5; 179,5) ລ້ານ ໄດ້',
      '  [338,05; 339,15) ລ້ານ; ມູນຄ່າການຄ້າທີ່ປະກາດ 338,6 ລ້ານ USD [338,55; 338,65) ລ້ານ ຢູ່ພາຍໃນຊ່ວງນັ້ນ: ສອດຄ່ອງ.',
    ],
    cannotCheck: [
      'ກວດສອບບໍ່ໄດ້  ການເຕີບໂຕ ແລະ ມູນຄ່າ · VNM–LAO · 2021-Q1 · USD',
      '  ຕົວເລກ: seed-003-turnover-growth, seed-003-turnover',
      '  ບໍ່ມີຕົວເລກມູນຄ່າການຄ້າຂອງ ຫວຽດນາມ ກັບ ລາວ 2020-Q1, ສະນັ້ນ ກວດສອບການເຕີບໂຕ +22,5% ທຽບກັບມູນຄ່າບໍ່ໄດ້;',
      '  ການເຕີບໂຕນັ້ນຄິດໄລ່ໄດ້ ມູນຄ່າການຄ້າ 2020-Q1 ປະມານ 276,4 ລ້ານ USD, ໃນຊ່ວງ (276,254; 276,562) ລ້ານ.',
    ],
    implied: 'ມູນຄ່າທີ່ຄິດໄລ່ຈາກຕົວເລກທີ່ປະກາດ (ບໍ່ໄດ້ປະກາດເອງ):',
    last: 'ສະຫຼຸບ: ສອດຄ່ອງ 2, ບໍ່ສອດຄ່ອງ 0, ກວດສອບບໍ່ໄດ້ 4.',
  },
  zh: {
    first: [
      `${seed003}：7项公布数据，核对了6项关系`,
      '',
      '一致      分项之和 · VNM–LAO · 2021-Q1 · USD',
      '  数据：seed-003-exports, seed-003-imports, seed-003-turnover',
      '  出口1.596亿美元 [1.5955, 1.5965)亿加进口1.79亿美元 [1.785, 1.795)亿得[3.3805, 3.3915)亿；公布的贸',
      '  易额3.386亿美元 [3.3855, 3.3865)亿位于该区间内：一致。',
    ],
    cannotCheck: [
      '无法核对  增长率与金额 · VNM–LAO · 2021-Q1 · USD',
      '  数据：seed-003-turnover-growth, seed-003-turnover',
      '  2020-Q1越南与老挝的贸易额未公布，因此增长率+22.5%无法与金额核对；该增长率推算出2020-Q1贸易额约',
      '  2.764亿美元，区间(2.76254, 2.76562)亿。',
    ],
    implied: '由公布数据推算的数值（本身未公布）：',
    last: '合计：2项一致，0项不一致，4项无法核对。',
  },
} as const;

/** What it prints of seed 004's share of Laos' trade, whose whole is not stated (h198). */
const SEED_004_SHARE = {
  vi: [
    'KHÔNG KIỂM TRA ĐƯỢC  tỷ trọng · VNM–LAO · 2023 · USD',
    '  số liệu: seed-004-turnover-latest, seed-004-share-of-laos-trade',
    '  Không có số liệu kim ngạch thương mại của Lào với thế giới 2023, nên không thể đối chiếu tỷ trọng',
    '  10% [9,5; 10,5); với kim ngạch 1,65 tỷ USD, tỷ trọng đó suy ra kim ngạch thương mại của Lào với',
    '  thế giới khoảng 17 tỷ USD, trong (15,6666; 17,4211) tỷ.',
  ],
  lo: [
    'ກວດສອບບໍ່ໄດ້  ສັດສ່ວນ · VNM–LAO · 2023 · USD',
    '  ຕົວເລກ: seed-004-turnover-latest, seed-004-share-of-laos-trade',
    '  ບໍ່ມີຕົວເລກມູນຄ່າການຄ້າຂອງ ລາວ ກັບ ໂລກ 2023, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ 10% [9,5; 10,5) ບໍ່ໄດ້; ດ້ວຍ ມູນຄ່າການຄ້າ 1,65 ຕື້',
    '  USD, ສ່ວນແບ່ງນັ້ນຄິດໄລ່ໄດ້ ມູນຄ່າການຄ້າຂອງ ລາວ ກັບ ໂລກ ປະມານ 17 ຕື້ USD, ໃນຊ່ວງ (15,6666; 17,4211) ຕື້.',
  ],
  zh: [
    '无法核对  占比 · VNM–LAO · 2023 · USD',
    '  数据：seed-004-turnover-latest, seed-004-share-of-laos-trade',
    '  2023年老挝与世界的贸易额未公布，因此占比10% [9.5, 10.5)无法核对；由贸易额16.5亿美元推算出老挝与世',
    '  界的贸易额约170亿美元，区间(156.666, 174.211)亿。',
  ],
} as const;

/**
 * What it prints of the Vietnam–Laos data's balance claim without exports and imports (h198): The
 * Saigon Times' Lao surplus of 2024, read as Vietnam's figures (h295).
 */
const UNCHECKED_CLAIM = {
  vi: [
    'KHÔNG KIỂM TRA ĐƯỢC  cán cân · VNM–LAO · 2024 · USD',
    '  số liệu: vn-la-2024-lao-surplus',
    '  Không có số liệu xuất khẩu và nhập khẩu của Việt Nam với Lào 2024, nên không thể đối chiếu nhận',
    '  định "a trade surplus of about US$732.7 million".',
  ],
  lo: [
    'ກວດສອບບໍ່ໄດ້  ດຸນການຄ້າ · VNM–LAO · 2024 · USD',
    '  ຕົວເລກ: vn-la-2024-lao-surplus',
    '  ບໍ່ມີຕົວເລກສົ່ງອອກ ແລະ ນຳເຂົ້າຂອງ ຫວຽດນາມ ກັບ ລາວ 2024, ສະນັ້ນ ກວດສອບ ຄຳຖະແຫຼງ "a trade surplus of about',
    '  US$732.7 million" ບໍ່ໄດ້.',
  ],
  zh: [
    '无法核对  差额 · VNM–LAO · 2024 · USD',
    '  数据：vn-la-2024-lao-surplus',
    '  2024年越南与老挝的出口和进口均未公布，因此说法“a trade surplus of about US$732.7 million”无法核',
    '  对。',
  ],
} as const;

/** A growth and a share with no level stated at all, and their explanations (h198). */
const NEITHER_STATED = [
  {
    id: 'g',
    source: 's',
    kind: 'growth',
    reporter: 'VNM',
    partner: 'LAO',
    period: '2024',
    subject: 'exports',
    rate: { text: 'up 12.5%', value: '12.5' },
  },
  {
    id: 'sh',
    source: 's',
    kind: 'share',
    reporter: 'VNM',
    partner: 'LAO',
    period: '2023',
    subject: 'turnover',
    share: { text: '10%', value: '10' },
    whole: { reporter: 'LAO', partner: 'WLD', subject: 'turnover' },
  },
];
const NEITHER_EXPLAINED = {
  en: [
    "  Vietnam's exports to Laos are stated neither for 2024 nor for 2023, so the growth of +12.5 %",
    '  cannot be checked against levels.',
    "  Neither Vietnam's trade with Laos nor Laos' trade with the world in 2023 is stated, so the share",
    '  10 % [9.5, 10.5) cannot be checked.',
  ],
  vi: [
    '  Không có số liệu xuất khẩu của Việt Nam sang Lào cả 2024 lẫn 2023, nên không thể đối chiếu mức',
    '  tăng trưởng +12,5% với giá trị.',
    '  Không có số liệu kim ngạch thương mại của Việt Nam với Lào lẫn kim ngạch thương mại của Lào với',
    '  thế giới 2023, nên không thể đối chiếu tỷ trọng 10% [9,5; 10,5).',
  ],
  lo: [
    '  ບໍ່ມີຕົວເລກການສົ່ງອອກຂອງ ຫວຽດນາມ ໄປ ລາວ ທັງ 2024 ແລະ 2023, ສະນັ້ນ ກວດສອບການເຕີບໂຕ +12,5% ທຽບກັບມູນຄ່າບໍ່ໄດ້.',
    '  ບໍ່ມີຕົວເລກມູນຄ່າການຄ້າຂອງ ຫວຽດນາມ ກັບ ລາວ ແລະ ມູນຄ່າການຄ້າຂອງ ລາວ ກັບ ໂລກ 2023, ສະນັ້ນ ກວດສອບສ່ວນແບ່ງ 10%',
    '  [9,5; 10,5) ບໍ່ໄດ້.',
  ],
  zh: [
    '  2024年和2023年的越南对老挝出口均未公布，因此增长率+12.5%无法与金额核对。',
    '  2023年越南与老挝的贸易额和老挝与世界的贸易额均未公布，因此占比10% [9.5, 10.5)无法核对。',
  ],
} as const;

/** What it prints of seed 003 moved to 0001-Q1, which has no year before: its exports' growth, the components (h198). */
const FIRST_YEAR = {
  vi: {
    growth: [
      'KHÔNG KIỂM TRA ĐƯỢC  tăng trưởng và giá trị · VNM–LAO · 0001-Q1 · USD',
      '  số liệu: seed-003-exports-growth',
      '  Không thể đối chiếu mức tăng trưởng +6,4% của xuất khẩu của Việt Nam sang Lào với giá trị: không',
      '  có năm nào trước 0001-Q1 (các kỳ nằm trong các năm 1–9999).',
    ],
    components: [
      'KHÔNG KIỂM TRA ĐƯỢC  tăng trưởng các phần · VNM–LAO · 0001-Q1 · USD',
      '  số liệu: seed-003-turnover, seed-003-turnover-growth, seed-003-exports, seed-003-exports-growth,',
      '  seed-003-imports, seed-003-imports-growth',
      '  Không suy ra được các giá trị kỳ trước: không có năm nào trước 0001-Q1 (các kỳ nằm trong các năm',
      '  1–9999).',
    ],
  },
  lo: {
    growth: [
      'ກວດສອບບໍ່ໄດ້  ການເຕີບໂຕ ແລະ ມູນຄ່າ · VNM–LAO · 0001-Q1 · USD',
      '  ຕົວເລກ: seed-003-exports-growth',
      '  ກວດສອບການເຕີບໂຕ +6,4% ຂອງການສົ່ງອອກຂອງ ຫວຽດນາມ ໄປ ລາວ ທຽບກັບມູນຄ່າບໍ່ໄດ້: ບໍ່ມີປີໃດກ່ອນ 0001-Q1 (ໄລຍະເວລາຢູ່ໃນປີ',
      '  1–9999).',
    ],
    components: [
      'ກວດສອບບໍ່ໄດ້  ການເຕີບໂຕຂອງສ່ວນ · VNM–LAO · 0001-Q1 · USD',
      '  ຕົວເລກ: seed-003-turnover, seed-003-turnover-growth, seed-003-exports, seed-003-exports-growth,',
      '  seed-003-imports, seed-003-imports-growth',
      '  ຄິດໄລ່ມູນຄ່າໄລຍະກ່ອນບໍ່ໄດ້: ບໍ່ມີປີໃດກ່ອນ 0001-Q1 (ໄລຍະເວລາຢູ່ໃນປີ 1–9999).',
    ],
  },
  zh: {
    growth: [
      '无法核对  增长率与金额 · VNM–LAO · 0001-Q1 · USD',
      '  数据：seed-003-exports-growth',
      '  越南对老挝出口的增长率+6.4%无法与金额核对：0001-Q1之前没有年份（时期须在1–9999年之间）。',
    ],
    components: [
      '无法核对  分项增长率 · VNM–LAO · 0001-Q1 · USD',
      '  数据：seed-003-turnover, seed-003-turnover-growth, seed-003-exports, seed-003-exports-growth,',
      '  seed-003-imports, seed-003-imports-growth',
      '  无法推算上期金额：0001-Q1之前没有年份（时期须在1–9999年之间）。',
    ],
  },
} as const;

const LOCALES = ['vi', 'lo', 'zh'] as const;

let dir = '';
const files: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-reconcile-locale-'));
  files['vietnam-laos'] = join(dir, 'vietnam-laos.json');
  files['laos-china'] = join(dir, 'laos-china.json');
  await writeFile(files['vietnam-laos'], JSON.stringify(vietnamLaosDocument));
  await writeFile(files['laos-china'], JSON.stringify(laosChinaDocument));
  files['seed-003'] = seed003;
  files['seed-004'] = seed004;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The lines of a relation's block: from its verdict's line to the blank line after it. */
function blockAt(lines: readonly string[], start: number): string[] {
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

/**
 * The output without its data: the file's path, the statements' ids and the balance claims as
 * their sources worded them (quoted in a balance's explanation).
 */
async function withoutData(out: string, file: string): Promise<string> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  const statements = (Array.isArray(json) ? json : json.statements) as {
    id: string;
    text?: string;
  }[];
  const data = [
    file,
    ...statements.map((statement) => statement.id),
    ...statements.flatMap((statement) => (statement.text === undefined ? [] : [statement.text])),
  ];
  return (
    data
      .sort((a, b) => b.length - a.length)
      // A claim may be wrapped: read the explanations as one line.
      .reduce((rest, piece) => rest.replaceAll(piece, ''), out.replace(/\n +/g, ' '))
  );
}

describe('bilateral reconcile --locale: the reconciliation in the reader’s language (h197)', () => {
  for (const locale of LOCALES) {
    it(`writes seed 003 in ${locale}: first line, relations, verdicts, summary`, async () => {
      const { code, out, err } = await bilateral('reconcile', seed003, '--locale', locale);
      expect(code).toBe(0);
      expect(err).toBe('');
      const lines = out.split('\n');
      const expected = SEED_003[locale];
      expect(blockAt(lines, 0).concat(blockAt(lines, 2))).toEqual([
        expected.first[0],
        ...expected.first.slice(2),
      ]);
      const verdict = expected.cannotCheck[0].split('  ')[0] ?? '';
      const cannot = lines.findIndex((line) => line.startsWith(verdict));
      expect(blockAt(lines, cannot)).toEqual(expected.cannotCheck);
      expect(lines).toContain(expected.implied);
      expect(lines.at(-1)).toBe(expected.last);
    });
  }

  for (const locale of LOCALES) {
    it(`says in ${locale} why a share whose whole is not stated cannot be checked, and the whole it implies`, async () => {
      const { out } = await bilateral('reconcile', seed004, '--locale', locale);
      const lines = out.split('\n');
      const share = lines.indexOf(SEED_004_SHARE[locale][1]) - 1;
      expect(blockAt(lines, share)).toEqual(SEED_004_SHARE[locale]);
    });
  }

  for (const locale of LOCALES) {
    it(`says in ${locale} why a balance claim without exports and imports cannot be checked`, async () => {
      const { out } = await bilateral('reconcile', files['vietnam-laos'] ?? '', '--locale', locale);
      const lines = out.split('\n');
      const claim = lines.indexOf(UNCHECKED_CLAIM[locale][1]) - 1;
      expect(blockAt(lines, claim)).toEqual(UNCHECKED_CLAIM[locale]);
    });
  }

  it('writes a year in Chinese text as 年 after it (2016年), as the report’s other zh text does', async () => {
    const { out } = await bilateral('reconcile', files['vietnam-laos'] ?? '', '--locale', 'zh');
    const text = out.replace(/\n +/g, '');
    expect(text).toContain('贸易额8.929亿美元增长8.5%，推算出2016年贸易额约8.23亿美元');
    expect(text).toContain('亿（2018年）对比8.929亿美元 [8.9285, 8.9295)亿（2017年）');
    // No year straight before a Chinese word but 年 (numbers before 亿 or 万 are amounts); the
    // labels of each relation (`· 2018 ·`) are data, not text.
    const explanations = out
      .split('\n')
      .filter((line) => line.startsWith('  ') && !line.startsWith('  数据：'));
    expect(
      explanations.flatMap(
        (line) => line.match(/(?<![\d.,/-])(?:1\d|20)\d\d(?![年亿万\d])(?=\p{Script=Han})/gu) ?? [],
      ),
    ).toEqual([]);
  });

  it('says in each language why a growth or a share with no level stated cannot be checked', async () => {
    const file = join(dir, 'neither.json');
    await writeFile(file, JSON.stringify(NEITHER_STATED));
    for (const locale of ['en', ...LOCALES] as const) {
      const { out } = await bilateral('reconcile', file, '--locale', locale);
      const lines = out.split('\n');
      expect(
        lines.filter((line) => line.startsWith('  ') && !/[:：] ?(?:g|sh)$/u.test(line)),
      ).toEqual(NEITHER_EXPLAINED[locale]);
    }
  });

  for (const locale of LOCALES) {
    it(`says in ${locale} why growths in the year 1 cannot be checked`, async () => {
      const seed = JSON.parse(await readFile(seed003, 'utf8')) as object[];
      const file = join(dir, 'first-year.json');
      await writeFile(file, JSON.stringify(seed.map((s) => ({ ...s, period: '0001-Q1' }))));
      const { out } = await bilateral('reconcile', file, '--locale', locale);
      const lines = out.split('\n');
      const { growth, components } = FIRST_YEAR[locale];
      expect(blockAt(lines, lines.indexOf(growth[1]) - 1)).toEqual(growth);
      expect(blockAt(lines, lines.indexOf(components[1]) - 1)).toEqual(components);
    });
  }

  for (const name of ['seed-003', 'seed-004', 'vietnam-laos', 'laos-china']) {
    for (const locale of LOCALES) {
      it(`writes no English word of the catalogue in ${locale}, ${name}; every line fits 100 columns, no interval cut`, async () => {
        const file = files[name] ?? '';
        const { out } = await bilateral('reconcile', file, '--locale', locale);
        expect(englishIn(await withoutData(out, file))).toEqual([]);
        const [, ...lines] = out.split('\n');
        expect(lines.filter((line) => displayWidth(line) > 100)).toEqual([]);
        // No interval is cut after its first end.
        expect(lines.filter((line) => /[[(]\u2212?[\d.,]+[,;]$/u.test(line))).toEqual([]);
      });
    }
  }

  it('finds the catalogue’s English in the English text (the check can fail)', async () => {
    const { out } = await bilateral('reconcile', seed004);
    expect(englishIn(await withoutData(out, seed004))).toEqual(
      expect.arrayContaining([
        'statements:',
        'Summary:',
        'parts-sum',
        'balance',
        'cannot be checked against levels; it implies',
        'cannot be checked; with',
      ]),
    );
  });

  it('says when there is nothing to check, in each language', async () => {
    await writeFile(join(dir, 'empty.json'), '[]');
    const level = (id: string, period: string) => ({
      id,
      source: 's',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period,
      subject: 'turnover',
      amount: { text: 'US$1 billion', value: '1000000000', currency: 'USD' },
    });
    await writeFile(
      join(dir, 'unrelated.json'),
      JSON.stringify([level('a', '2023'), level('b', '2024')]),
    );
    const expected = {
      vi: [
        'Không có gì để đối chiếu: tệp không có số liệu công bố nào (tốc độ tăng trưởng, tỷ trọng, tổng kim ngạch).',
        'Không có quan hệ nào để đối chiếu: các số liệu không cùng nước báo cáo, đối tác và kỳ.',
      ],
      lo: [
        'ບໍ່ມີຫຍັງໃຫ້ກວດສອບ: ໄຟລ໌ບໍ່ມີຕົວເລກທີ່ປະກາດ (ອັດຕາການເຕີບໂຕ, ສັດສ່ວນ, ຍອດລວມ).',
        'ບໍ່ມີຄວາມສຳພັນໃຫ້ກວດສອບ: ຕົວເລກບໍ່ມີປະເທດລາຍງານ, ຄູ່ຄ້າ ແລະ ໄລຍະເວລາດຽວກັນ.',
      ],
      zh: [
        '无需核对：文件中没有公布数据（增长率、占比、总额）。',
        '没有可核对的关系：各项数据的报告方、伙伴方和时期互不相同。',
      ],
    } as const;
    for (const locale of LOCALES) {
      const empty = await bilateral('reconcile', join(dir, 'empty.json'), '--locale', locale);
      const apart = await bilateral('reconcile', join(dir, 'unrelated.json'), '--locale', locale);
      expect([empty.out.split('\n').at(-1), apart.out.split('\n').at(-1)]).toEqual(
        expected[locale],
      );
    }
  });

  it('keeps --json as it is in every locale', async () => {
    const english = await bilateral('reconcile', seed004, '--json');
    for (const locale of LOCALES) {
      const json = await bilateral('reconcile', seed004, '--json', '--locale', locale);
      expect(json.out).toBe(english.out);
      expect(json.code).toBe(english.code);
    }
  });

  it('refuses an unknown locale as the report does, exit 2', async () => {
    const reconcile = await bilateral('reconcile', seed003, '--locale', 'fr');
    const report = await bilateral('report', '--locale', 'fr');
    expect(reconcile.code).toBe(2);
    expect(reconcile.err).toContain('unknown locale "fr"; choose en, vi, lo or zh');
    expect(reconcile.err).toBe(report.err.replace('bilateral report:', 'bilateral reconcile:'));
  });

  it('says --locale in its help', async () => {
    const { code, out } = await bilateral('reconcile', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: bilateral reconcile <file> [--locale <l>]');
    expect(out).toContain('--locale <l>   en (default), vi, lo or zh');
  });
});
