import { describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { type Dataset, parseDataset } from '../dataset/dataset.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { Locale } from '../economy/locale.js';
import { formatReport } from './format-report.js';
import { buildReport, type TradeRow } from './report.js';
import { reportJson } from './report-json.js';

/** The line of Laos' H1 2023 in the trade table of `bilateral report --locale <locale>`. */
async function laosH1(locale: Locale): Promise<string | undefined> {
  const { code, out } = await bilateral('report', '--locale', locale);
  expect(code).toBe(0);
  return out.split('\n').find((line) => line.startsWith('  2023-H1 '));
}

describe('a flow its source published as a lower bound (h302)', () => {
  // The Star, 18 Sep 2023: Lao exports to Vietnam "more than US$565 million"; the flow keeps
  // 565 million without precision, its statement the bound.
  it.each([
    ['en', '  more than US$565 million  '],
    ['vi', '  hơn 565 triệu USD  '],
    ['lo', '  ຫຼາຍກວ່າ 565 ລ້ານ USD  '],
    ['zh', '  超过5.65亿美元  '],
  ] as const)('writes it as one in the %s trade table: %s', async (locale, text) => {
    expect(await laosH1(locale)).toContain(text);
  });

  it('leaves a plain figure and an estimate as they were', async () => {
    // Imports "US$267 million" are an estimate, which the notes say; no bound.
    const line = await laosH1('en');
    expect(line).toMatch(/ {2}US\$267 million {2}/);
    expect(line).toContain('imports estimated');
  });

  it('says which sides are bounds in --json, and only there', async () => {
    const { code, out } = await bilateral('report', '--json');
    expect(code).toBe(0);
    const [vn, la] = JSON.parse(out).result.trade as { rows: TradeRow[] }[];
    const row = la?.rows.find((r) => r.period === '2023-H1');
    expect(row?.exports).toBe('565000000');
    expect(row?.lowerBounds).toEqual(['exports']);
    expect(vn?.rows.length).toBeGreaterThan(0);
    expect(vn?.rows.some((r) => 'lowerBounds' in r)).toBe(false);
  });
});

describe('a yearly flow published as an estimate, in the growth table (h302)', () => {
  // 2022's imports (US$1.04 billion) made an estimate: 2022's turnover rests on it.
  const flows = vietnamLaosDocument.flows.map((flow) =>
    flow.period === '2022' && flow.reporter === 'VNM' && flow.flow === 'import'
      ? { ...flow, status: 'estimate' as const }
      : flow,
  );
  const dataset = parseDataset({ ...vietnamLaosDocument, flows });

  it('marks the year whose value rests on it, in words and in --json', () => {
    const report = buildReport(dataset);
    const rows = report.growth?.rows ?? [];
    expect(rows.find((row) => row.period === '2022')?.marks).toEqual([
      { kind: 'estimated', flow: 'import' },
    ]);
    expect(rows.filter((row) => row.marks.some((mark) => mark.kind === 'estimated'))).toHaveLength(
      1,
    );
    const growth = reportJson(report).growth;
    expect(growth?.rows.find((row) => row.period === '2022')?.marks).toEqual(['imports estimated']);
    // The trade table's 2022 first, then the growth table's.
    const line = (locale: Locale) =>
      formatReport(buildReport(dataset, { locale }), locale, false)
        .split('\n')
        .filter((text) => text.startsWith('  2022 '))[1];
    expect(line('en')).toMatch(/ {2}imports estimated$/);
    expect(line('vi')).toMatch(/ {2}nhập khẩu ước tính$/);
  });
});

describe('a figure published as a lower bound, in the reconciliation (h302)', () => {
  // "more than US$565 million" and "more than US$833 million" (The Star): their intervals,
  // [565, 566) and [833, 834), were shown, their words dropped.
  it.each([
    ['en', 'Exports more than US$565 M [565, 566) plus', 'turnover more than US$833 M [833, 834)'],
    ['vi', 'Xuất khẩu hơn 565 triệu USD [565; 566) triệu', 'hơn 833 triệu USD [833; 834) triệu'],
    ['lo', 'ສົ່ງອອກ ຫຼາຍກວ່າ 565 ລ້ານ USD [565; 566) ລ້ານ', 'ຫຼາຍກວ່າ 833 ລ້ານ USD [833; 834) ລ້ານ'],
    ['zh', '出口超过5.65亿美元 [5.65, 5.66)亿', '超过8.33亿美元 [8.33, 8.34)亿'],
  ] as const)('says so in %s', async (locale, exports, turnover) => {
    const { out } = await bilateral('report', '--locale', locale);
    const line = out.split('\n').find((text) => text.includes('  2023-H1  ') && text.includes('['));
    expect(line).toContain(exports);
    expect(line).toContain(turnover);
  });

  it('and in --json, whose explanations are English', async () => {
    const { out } = await bilateral('report', '--json');
    const { relations } = JSON.parse(out).result.reconciliation;
    const sum = relations.find(
      (r: { period: string; kind: string }) => r.period === '2023-H1' && r.kind === 'parts-sum',
    );
    expect(sum.explanation).toBe(
      'Exports more than US$565 M [565, 566) plus imports US$267 M [266.5, 267.5) make [831.5, 833.5) M; the stated turnover more than US$833 M [833, 834) overlaps it: consistent.',
    );
  });
});

describe('a yearly flow published as a lower bound, in the growth table (h302)', () => {
  // 2017's exports (US$524.5 million, to the 0.1 million) as if published "more than US$524
  // million": no precision, a statement of that text. 2017's turnover rests on them.
  const flows = vietnamLaosDocument.flows.map((flow) => {
    if (flow.period !== '2017' || flow.reporter !== 'VNM' || flow.flow !== 'export') return flow;
    const { precision: _, ...rest } = flow;
    return { ...rest, value: '524000000' };
  });
  const statements = (vietnamLaosDocument.statements ?? []).map((statement) =>
    statement.id === 'vn-la-2017-exports' && statement.kind === 'level'
      ? {
          ...statement,
          amount: { ...statement.amount, text: 'more than US$524 million', value: '524000000' },
        }
      : statement,
  );
  const dataset = parseDataset({ ...vietnamLaosDocument, flows, statements });

  it('marks the year whose value rests on it, in words and in --json', () => {
    const report = buildReport(dataset);
    const row = report.growth?.rows.find((r) => r.period === '2017');
    expect(row?.marks).toEqual([{ kind: 'lowerBound', flow: 'export' }]);
    expect(reportJson(report).growth?.rows.find((r) => r.period === '2017')?.marks).toEqual([
      'exports a lower bound',
    ]);
    const line = (locale: Locale) =>
      formatReport(buildReport(dataset, { locale }), locale, false)
        .split('\n')
        .filter((text) => text.startsWith('  2017 '))[1];
    expect(line('en')).toMatch(/ {2}exports a lower bound$/);
    expect(line('vi')).toMatch(/ {2}xuất khẩu là mức tối thiểu$/);
    expect(line('zh')).toMatch(/ {2}出口为下限$/);
    // The trade table writes the bound itself.
    expect(formatReport(report, 'en', false)).toMatch(/ {2}2017 +more than US\$524 million /);
  });
});

describe('the figures that rest on a lower bound (r21d review)', () => {
  // Laos' H1 2023 imports as if published "more than US$267 million" too: no precision, a
  // statement of that text. Both sides are then bounds, [565, 566) and [267, 268) million.
  const flows = vietnamLaosDocument.flows.map((flow) => {
    if (flow.period !== '2023-H1' || flow.flow !== 'import') return flow;
    const { precision: _, ...rest } = flow;
    return rest;
  });
  const statements = (vietnamLaosDocument.statements ?? []).map((statement) =>
    statement.id === 'lao-vn-2023-h1-imports' && statement.kind === 'level'
      ? { ...statement, amount: { ...statement.amount, text: 'more than US$267 million' } }
      : statement,
  );
  const dataset = parseDataset({ ...vietnamLaosDocument, flows, statements });
  const laosH1Row = (report: ReturnType<typeof buildReport>) =>
    report.trade.flatMap((section) => section.rows).find((row) => row.period === '2023-H1');

  it('are known to the bounds’ unit, not exact: the cover is about 212 %, not 211.6 %', () => {
    const report = buildReport(dataset);
    const row = laosH1Row(report);
    expect(row?.lowerBounds).toEqual(['exports', 'imports']);
    // The balance, (297, 299) million: known to 2 million, as the sides to 1 million each.
    expect(row?.units).toEqual({
      exports: '1000000',
      imports: '1000000',
      turnover: '1000000',
      balance: '2000000',
    });
    expect(row?.coverageDigits).toBe(3);
    const line = formatReport(report, 'en', false)
      .split('\n')
      .find((text) => text.startsWith('  2023-H1 '));
    expect(line).toContain('  more than US$267 million  ');
    expect(line).toContain('  about 212 %  ');
  });

  it('one bound: its unit in --json, where it was null (exact)', () => {
    const row = laosH1Row(buildReport(parseDataset(vietnamLaosDocument)));
    expect(row?.units.exports).toBe('1000000');
  });
});

describe('a year its statement published as a lower bound, in the growth table (h308)', () => {
  // 2026's turnover known only from "more than US$3 billion" (r21d): [3, 4) billion, not the
  // [2.5, 3.5) of a figure rounded to the billion. 2025 is US$2.98 billion, [2.975, 2.985).
  const [turnover2025] = (vietnamLaosDocument.statements ?? []).filter(
    (statement) => statement.id === 'vn-la-2025-turnover',
  );
  const more = {
    ...turnover2025,
    id: 'vn-la-2026-turnover',
    period: '2026',
    amount: { text: 'more than US$3 billion', value: '3000000000', currency: 'USD' },
  };
  const dataset = parseDataset({
    ...vietnamLaosDocument,
    statements: [...(vietnamLaosDocument.statements ?? []), more],
  });
  const line = (locale: Locale) =>
    formatReport(buildReport(dataset, { locale }), locale, false)
      .split('\n')
      .find((text) => text.startsWith('  2026 '));

  it('writes the value as a bound, the growth as the range it allows, and marks it', () => {
    // 3 / 2.985 − 1 = +0.50 %, 4 / 2.975 − 1 = +34.45 %: outward to one decimal.
    expect(line('en')).toMatch(
      /^ {2}2026 +more than US\$3 billion {2}\+0\.5 % to \+34\.5 % +— {2}turnover a lower bound$/,
    );
    expect(line('vi')).toContain('hơn 3 tỷ USD');
    expect(line('vi')).toMatch(/kim ngạch là mức tối thiểu$/);
    expect(line('lo')).toContain('ຫຼາຍກວ່າ');
    expect(line('lo')).toMatch(/ເປັນຂັ້ນຕ່ຳ$/);
    expect(line('zh')).toContain('超过');
    expect(line('zh')).toMatch(/为下限$/);
    // The average growth to it, likewise: from 2016's about US$823 million (derived).
    expect(formatReport(buildReport(dataset), 'en', false)).toContain(
      'Average growth 2016–2026 (CAGR): +13.8 % to +17.2 % a year',
    );
    expect(buildReport(dataset).growth?.cagr?.range).toEqual({ lo: '0.138', hi: '0.172' });
  });

  it('gives the bound and the range in --json', () => {
    const row = reportJson(buildReport(dataset)).growth?.rows.find((r) => r.period === '2026');
    expect(row?.value).toBe('3000000000');
    expect(row?.unit).toBe('1000000000');
    expect(row?.lowerBound).toBe(true);
    expect(row?.valueAbout).toBe(false);
    expect(row?.computedRange).toEqual({ lo: '0.005', hi: '0.345' });
    expect(row?.marks).toEqual(['turnover a lower bound']);
  });
});

describe('a target on a year its statement published as a lower bound (h308)', () => {
  const [turnover2025] = (vietnamLaosDocument.statements ?? []).filter(
    (statement) => statement.id === 'vn-la-2025-turnover',
  );
  const with2026 = (text: string, value: string) =>
    parseDataset({
      ...vietnamLaosDocument,
      statements: [
        ...(vietnamLaosDocument.statements ?? []),
        {
          ...turnover2025,
          id: 'vn-la-2026',
          period: '2026',
          amount: { text, value, currency: 'USD' },
        },
      ],
    });
  const with2030 = (text: string, value: string) =>
    parseDataset({
      ...vietnamLaosDocument,
      statements: [
        ...(vietnamLaosDocument.statements ?? []),
        {
          ...turnover2025,
          id: 'vn-la-2030',
          period: '2030',
          amount: { text, value, currency: 'USD' },
        },
      ],
    });
  const committee = (dataset: Dataset) =>
    buildReport(dataset).targets.filter((row) => row.setBy.startsWith('47th'));

  it('says a verdict the bound cannot decide cannot be decided', () => {
    // [2.9, 3.0) billion: from 2016's about US$823 million, behind at 2.9, ahead at 3.0.
    const [row] = committee(with2026('more than US$2.9 billion', '2900000000'));
    expect(row?.status).toBeNull();
    expect(row?.message).toBe('cannot evaluate: 2026: more than US$2.9 billion: behind to ahead');
    expect(row?.growthToDate).toBeNull();
  });

  it('keeps a verdict the bound decides, its growth the range the bound allows', () => {
    // [3, 4) billion: ahead at both ends.
    const [row] = committee(with2026('more than US$3 billion', '3000000000'));
    expect(row?.status).toBe('ahead');
    expect(row?.message).toContain('2026: +13.8 % to +17.2 % a year since 2016');
  });

  // 2025 as if published 'more than US$2.9 billion', [2.9, 3.0) billion, and a 2026 of `text`;
  // a band of 10–15 % for 2026 (on 2025).
  const band2026 = (text: string, value: string) => {
    const statements = (vietnamLaosDocument.statements ?? []).map((statement) =>
      statement.id === 'vn-la-2025-turnover' && statement.kind === 'level'
        ? {
            ...statement,
            amount: { ...statement.amount, text: 'more than US$2.9 billion', value: '2900000000' },
          }
        : statement,
    );
    const [band2024] = vietnamLaosDocument.targets ?? [];
    const dataset = parseDataset({
      ...vietnamLaosDocument,
      statements: [
        ...statements,
        {
          ...turnover2025,
          id: 'vn-la-2026',
          period: '2026',
          amount: { text, value, currency: 'USD' },
        },
      ],
      targets: [{ ...band2024, id: 'vnm-lao-2026-growth', year: '2026' } as never],
    });
    return buildReport(dataset).targets.find((r) => r.id === 'vnm-lao-2026-growth');
  };

  it('judges a base and a year both bounds at their opposite ends (r21g review)', () => {
    // [3.2, 3.3) on [2.9, 3.0): met at both bottoms (3.2 ≥ 2.9 × 1.1) and both tops, missed
    // on a 2025 near 3.0 (3.3 needed) and a 2026 of 3.2.
    const undecided = band2026('more than US$3.2 billion', '3200000000');
    expect(undecided?.status).toBeNull();
    expect(undecided?.message).toBe(
      'cannot evaluate: 2025: more than US$2.9 billion; 2026: more than US$3.2 billion: missed to met',
    );
    // [3.5, 3.6): met however they fall, the growth 3.5 / 3.0 − 1 = +16.67 % to 3.6 / 2.9 − 1 =
    // +24.14 % (both bottoms and both tops gave +20.0 % to +20.7 %).
    const met = band2026('more than US$3.5 billion', '3500000000');
    expect(met?.status).toBe('met');
    expect(met?.message).toBe(
      '2026: +16.6 % to +24.2 % a year since 2025 against a band of 10–15 % a year: met',
    );
  });

  it('judges the interval without its top, which it excludes (r21g review)', () => {
    // [4, 5) billion in 2030, the target's year: below the US$5 billion at every value it
    // allows, so missed; at 5 billion itself, the top it excludes, the level would be met.
    const [row] = committee(with2030('more than US$4 billion', '4000000000'));
    expect(row?.status).toBe('missed');
    // From 2016's US$822.9 million: (4 / 0.8229)^(1/14) − 1 = +11.96 %, (5 / 0.8229)^(1/14) − 1 =
    // +13.76 %, the rate the level needs (its top, outward: 13.8 %).
    expect(row?.message).toBe(
      '2030: +11.9 % to +13.8 % a year since 2016 against the 13.8 % a year the level needs: missed',
    );
  });
});
