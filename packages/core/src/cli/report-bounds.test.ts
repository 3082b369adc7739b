import { describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { Decimal } from '../_internal/decimal.js';
import { type Dataset, parseDataset } from '../dataset/dataset.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { Locale } from '../economy/locale.js';
import { parsePeriod } from '../period/index.js';
import { localCurrencyLines } from './format-local-currency.js';
import { formatReport } from './format-report.js';
import { buildReport, type TradeRow } from './report.js';
import { localCurrencySection } from './report-currency.js';
import { reportJson } from './report-json.js';

/** The line of Laos' H1 2023 in the trade table of `bilateral report --locale <locale>`. */
async function laosH1(locale: Locale): Promise<string | undefined> {
  const { code, out } = await bilateral('report', '--locale', locale);
  expect(code).toBe(0);
  return out.split('\n').find((line) => line.startsWith('  2023-H1 '));
}

/** Vietnam–Laos' statements, the level `id` reworded as `text` (and its value `value`, if given). */
function reworded(id: string, text: string, value?: string) {
  return (vietnamLaosDocument.statements ?? []).map((statement) =>
    statement.id === id && statement.kind === 'level'
      ? {
          ...statement,
          amount: { ...statement.amount, text, ...(value === undefined ? {} : { value }) },
        }
      : statement,
  );
}

const [turnover2025] = (vietnamLaosDocument.statements ?? []).filter(
  (statement) => statement.id === 'vn-la-2025-turnover',
);

/** A turnover of `period` published as `text` (`value` US$), as 2025's statement is sourced. */
function turnoverIn(period: string, text: string, value: string, id = `vn-la-${period}`) {
  return { ...turnover2025, id, period, amount: { text, value, currency: 'USD' } };
}

/**
 * Vietnam–Laos with the `added` statements after its own (after `fields.statements`, where
 * given) and its targets replaced by `fields.targets`, where given.
 */
function vietnamLaosWith(
  added: readonly object[],
  fields: { readonly statements?: readonly object[]; readonly targets?: readonly object[] } = {},
): Dataset {
  const { statements = vietnamLaosDocument.statements ?? [], ...rest } = fields;
  return parseDataset({ ...vietnamLaosDocument, ...rest, statements: [...statements, ...added] });
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
  const statements = reworded('vn-la-2017-exports', 'more than US$524 million', '524000000');
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
  const statements = reworded('lao-vn-2023-h1-imports', 'more than US$267 million');
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
  const dataset = vietnamLaosWith([
    turnoverIn('2026', 'more than US$3 billion', '3000000000', 'vn-la-2026-turnover'),
  ]);
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
  const with2026 = (text: string, value: string) =>
    vietnamLaosWith([turnoverIn('2026', text, value)]);
  const with2030 = (text: string, value: string) =>
    vietnamLaosWith([turnoverIn('2030', text, value)]);
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
    const [band2024] = vietnamLaosDocument.targets ?? [];
    const dataset = vietnamLaosWith([turnoverIn('2026', text, value)], {
      statements: reworded('vn-la-2025-turnover', 'more than US$2.9 billion', '2900000000'),
      targets: [{ ...band2024, id: 'vnm-lao-2026-growth', year: '2026' }],
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

describe('a year derived from a lower bound (h311)', () => {
  // 2021's turnover as if published "more than US$1.37 billion" ([1.37, 1.38) billion), with its
  // "up 33.3%" ([33.25, 33.35) %): the 2020 they imply lies in (1.37 / 1.3335, 1.38 / 1.3325) =
  // (1,027,371,578.55…, 1,035,647,279.54…), checked with Python's decimal: a lower bound too.
  const statements = reworded('vn-la-2021-turnover', 'more than US$1.37 billion');
  const dataset = parseDataset({ ...vietnamLaosDocument, statements });
  const growthLine = (locale: Locale, year: string) =>
    formatReport(buildReport(dataset, { locale }), locale, false)
      .split('\n')
      .filter((text) => text.startsWith(`  ${year} `))
      .at(-1);

  it('writes it as a bound below its interval, its rates as ranges, and marks it', () => {
    // About US$1.03 billion before, as if exact. Its bottom, 1.0274 billion, rounded down to the
    // 0.01 billion its value is known to; on 2019's US$1.1–1.2 billion: 1.0274 / 1.2 − 1 =
    // −14.39 %, 1.0356 / 1.1 − 1 = −5.85 %, outward.
    expect(growthLine('en', '2020')).toMatch(
      /^ {2}2020 +more than US\$1\.02 billion +-14\.4 % to -5\.8 % +— {2}turnover a lower bound; derived: 2021 value ÷ \(1 \+ 33\.3 %\)$/,
    );
    expect(growthLine('vi', '2020')).toContain('hơn 1,02 tỷ USD');
    expect(growthLine('lo', '2020')).toContain('ຫຼາຍກວ່າ');
    expect(growthLine('zh', '2020')).toContain('超过10.2亿美元');
    // 2021 on the 2020 implied by it and its rate: that rate, as before.
    expect(growthLine('en', '2021')).toMatch(/more than US\$1\.37 billion +\+33\.3 % +\+33\.3 %/);
  });

  it('names the bounds a target rests on in their order (r23c review)', () => {
    // US$8.6 billion by 2030 from 2020: 2025's US$2.98 billion is above the path (√(2020 × 8.6
    // billion)) with 2020 at 1.0274 billion (√8.8356 = 2.9725), below it at 1.0356 (√8.9062 =
    // 2.9843). It named 2021 before 2020, the bound before the base implied by it.
    const targets = (vietnamLaosDocument.targets ?? [])
      .filter((target) => target.kind === 'level')
      .map((target) => ({
        ...target,
        baseYear: '2020',
        level: { amount: '8600000000', currency: 'USD' },
      }));
    const [row] = buildReport(
      parseDataset({ ...vietnamLaosDocument, statements, targets }),
    ).targets;
    expect(row?.message).toBe(
      'cannot evaluate: 2020: more than US$1.02 billion; 2021: more than US$1.37 billion: at-risk to ahead',
    );
  });

  it('gives the bound and its interval in --json', () => {
    const row = reportJson(buildReport(dataset)).growth?.rows.find((r) => r.period === '2020');
    expect(row?.lowerBound).toBe(true);
    expect(row?.bound).toEqual({
      lo: '1027371578.55',
      hi: '1035647279.55',
      shown: '1020000000',
      atLeast: false,
    });
    expect(row?.computedRange).toEqual({ lo: '-0.144', hi: '-0.058' });
    expect(row?.marks).toEqual(['turnover a lower bound', 'derived: 2021 value ÷ (1 + 33.3 %)']);
  });

  it('judges a target from it over its interval', () => {
    // 8–10 % a year from 2020 to 2025's US$2.98 billion: (2.98 / 1.0356)^(1/5) − 1 = +23.54 %,
    // (2.98 / 1.0274)^(1/5) − 1 = +23.74 %, outward; 'about +24 %' before, as if 2020 were known.
    const row = buildReport(dataset).targets.find(
      (target) => target.setBy === 'Lao and Vietnamese trade ministries' && !target.partial,
    );
    expect(row?.status).toBe('met');
    expect(row?.message).toBe(
      '2025: +23.5 % to +23.8 % a year since 2020 against a band of 8–10 % a year: met',
    );
  });
});

describe('a year published as a lower bound, in the --currency table (h311)', () => {
  // 2026 "more than US$3 billion" ([3, 4) billion), as h308's; test rates of 22,000 dong a dollar
  // in 2016 rising 500 a year (26,500 in 2025, 27,000 in 2026), not published ones.
  const dataset = vietnamLaosWith([
    turnoverIn('2026', 'more than US$3 billion', '3000000000', 'vn-la-2026-turnover'),
  ]);
  const rates = Array.from({ length: 11 }, (_, index) => ({
    from: 'USD',
    to: 'VND',
    period: parsePeriod(String(2016 + index)),
    rate: new Decimal(22000 + 500 * index),
    kind: 'period-average' as const,
    source: 'test-rates',
  }));
  const growth = buildReport(dataset).growth;
  if (growth === null) throw new Error('no growth table');
  const section = localCurrencySection(growth, 'VND', { rates, name: 'rates.json', sources: [] });
  const line = (locale: Locale) =>
    localCurrencyLines(section, locale, false)
      .join('\n')
      .split('\n')
      .find((text) => text.startsWith('  2026 '));

  it("names the bound's end and the rate to check when only the end is past the range", () => {
    // 3e26 dong a dollar for 2026: 3 billion is 9e35 dong, in range, but the bound's end of 4
    // billion 1.2e36. It was the bare 'series.points[0].value: the 2026 value (4000000000 USD) …':
    // a path of nothing the user wrote, no currency, no rate to check.
    const dear = rates.map((rate) =>
      rate.period.kind === 'year' && rate.period.year === 2026
        ? { ...rate, rate: new Decimal('3e26') }
        : rate,
    );
    expect(() =>
      localCurrencySection(growth, 'VND', { rates: dear, name: 'rates.json', sources: [] }),
    ).toThrowError(
      expect.objectContaining({
        code: 'OUT_OF_RANGE',
        issues: [
          {
            path: ['currency'],
            message:
              "cannot show turnover in VND, 2026's bound: the 2026 value (4000000000 USD) converted to VND at 300000000000000000000000000 (period-average, test-rates) is 1.2e+36, past the supported range: values must be less than 10^36 in absolute value; check the rate for 2026 in rates.json",
          },
        ],
      }),
    );
  });

  it('writes the bound and the growth ranges in every language', () => {
    // In dong: [81, 108) trillion, written to the 10 trillion its unit (27 trillion) is known to,
    // rounded down; growth on 2025's [2.975, 2.985) billion × 26,500: 81 / 79.1025 − 1 = +2.40 %,
    // 108 / 78.8375 − 1 = +36.99 %, outward (Python decimal). It read 'US$3 billion', 'about VND
    // 80 trillion', 'about +1 %' and 'about +3 %', as if exact.
    expect(line('en')).toMatch(
      /^ {2}2026 +more than US\$3 billion +27,000 +more than VND 80 trillion +\+0\.5 % to \+34\.5 % +\+2\.3 % to \+37\.0 % +test-rates$/,
    );
    expect(line('vi')).toMatch(
      /hơn 3 tỷ USD +27\.000 +hơn 80 nghìn tỷ VND +\+0,5% đến \+34,5% +\+2,3% đến \+37,0%/,
    );
    expect(line('lo')).toMatch(/ຫຼາຍກວ່າ 3 ຕື້ USD +27\.000 +ຫຼາຍກວ່າ 80 ລ້ານລ້ານ VND +\+0,5% ຫາ \+34,5%/);
    expect(line('zh')).toMatch(
      /超过30亿美元 +27,000 +超过80万亿越南盾 +\+0\.5%至\+34\.5% +\+2\.3%至\+37\.0%/,
    );
  });

  it('carries the bound in both currencies in --json', () => {
    const row = section.rows.find((r) => r.period === '2026');
    expect(row?.bound).toEqual({
      lo: '3000000000',
      hi: '4000000000',
      shown: '3000000000',
      atLeast: false,
    });
    expect(row?.localBound).toEqual({
      lo: '81000000000000',
      hi: '108000000000000',
      shown: '80000000000000',
      atLeast: false,
    });
    expect(row?.growthRange).toEqual({ lo: '0.005', hi: '0.345' });
    expect(row?.localGrowthRange).toEqual({ lo: '0.023', hi: '0.37' });
    // The exact years carry none of it.
    const exact = section.rows.find((r) => r.period === '2025');
    expect(
      exact && ['bound', 'localBound', 'growthRange', 'localGrowthRange'].some((k) => k in exact),
    ).toBe(false);
  });
});

describe('a bound its statement words "at least" (h311)', () => {
  // "at least US$X" is X and above (≥), "more than US$X" above it (>): the figures read both
  // [X, X + step) (rounding 'truncate'); the report wrote both "more than".
  // Laos' H1 2023 exports (The Star: "more than US$565 million") as if "at least".
  const atLeast565 = parseDataset({
    ...vietnamLaosDocument,
    statements: reworded('lao-vn-2023-h1-exports', 'at least US$565 million'),
  });

  it.each([
    ['en', '  at least US$565 million  ', 'Exports at least US$565 M [565, 566) plus'],
    ['vi', '  ít nhất 565 triệu USD  ', 'Xuất khẩu ít nhất 565 triệu USD [565; 566) triệu'],
    ['lo', '  ຢ່າງໜ້ອຍ 565 ລ້ານ USD  ', 'ສົ່ງອອກ ຢ່າງໜ້ອຍ 565 ລ້ານ USD [565; 566) ລ້ານ'],
    ['zh', '  至少5.65亿美元  ', '出口至少5.65亿美元 [5.65, 5.66)亿'],
  ] as const)(
    'writes it so in the %s trade table and reconciliation',
    (locale, trade, reconciled) => {
      const lines = formatReport(buildReport(atLeast565, { locale }), locale, false).split('\n');
      expect(lines.find((text) => text.startsWith('  2023-H1 '))).toContain(trade);
      const relation = lines.find((text) => text.includes('  2023-H1  ') && text.includes('['));
      expect(relation).toContain(reconciled);
      // The turnover's statement still says "more than US$833 million".
      expect(relation).not.toContain('at least US$833');
    },
  );

  it('says which bounds include themselves in --json', () => {
    const report = buildReport(atLeast565);
    const row = report.trade.flatMap((s) => s.rows).find((r) => r.period === '2023-H1');
    expect(row?.lowerBounds).toEqual(['exports']);
    expect(row?.atLeast).toEqual(['exports']);
    // As published, "more than": no atLeast.
    const published = buildReport(parseDataset(vietnamLaosDocument));
    const asPublished = published.trade.flatMap((s) => s.rows).find((r) => r.period === '2023-H1');
    expect(asPublished !== undefined && 'atLeast' in asPublished).toBe(false);
    const { relations } = reportJson(report).reconciliation;
    const sum = relations.find((r) => r.period === '2023-H1' && r.kind === 'parts-sum');
    expect(sum?.explanation).toContain('Exports at least US$565 M [565, 566) plus');
  });

  it('in the growth table and a target it leaves undecided', () => {
    const with2026 = (text: string, value: string) =>
      vietnamLaosWith([turnoverIn('2026', text, value)]);
    const three = with2026('at least US$3 billion', '3000000000');
    const lines = (locale: Locale) =>
      formatReport(buildReport(three, { locale }), locale, false).split('\n');
    expect(lines('en').find((text) => text.startsWith('  2026 '))).toMatch(
      /^ {2}2026 +at least US\$3 billion {2}/,
    );
    expect(lines('vi').find((text) => text.startsWith('  2026 '))).toContain('ít nhất 3 tỷ USD');
    expect(lines('lo').find((text) => text.startsWith('  2026 '))).toContain('ຢ່າງໜ້ອຍ 3 ຕື້ USD');
    expect(lines('zh').find((text) => text.startsWith('  2026 '))).toContain('至少30亿美元');
    const row = reportJson(buildReport(three)).growth?.rows.find((r) => r.period === '2026');
    expect(row?.bound?.atLeast).toBe(true);
    const [target] = buildReport(with2026('at least US$2.9 billion', '2900000000')).targets.filter(
      (t) => t.setBy.startsWith('47th'),
    );
    expect(target?.message).toBe('cannot evaluate: 2026: at least US$2.9 billion: behind to ahead');
  });
});

describe('a level target with a bound year between its base and its current year (h311)', () => {
  // A level of US$4.55 billion by 2030 (the 47th Committee's, its amount changed), from 2016's
  // about US$822.9 million (derived): it needs (4.55 / 0.8229)^(1/14) − 1 = +12.99 % a year. A
  // 2026 "more than US$4.5 billion" ([4.5, 4.6) billion: the level reached in it, or not) and a
  // current 2027 of `text`.
  const committee = (text: string, value: string) =>
    buildReport(
      vietnamLaosWith(
        [
          turnoverIn('2026', 'more than US$4.5 billion', '4500000000'),
          turnoverIn('2027', text, value),
        ],
        {
          targets: (vietnamLaosDocument.targets ?? []).map((target) =>
            target.kind === 'level'
              ? { ...target, level: { amount: '4550000000', currency: 'USD' } }
              : target,
          ),
        },
      ),
    ).targets.find((row) => row.setBy.startsWith('47th'));

  it('keeps a verdict only when every value the bounds allow gives it', () => {
    // 2027's US$5.2 billion meets the level whatever 2026 is.
    expect(committee('US$5.2 billion', '5200000000')?.status).toBe('met');
    // 2027 exact at US$4.2 billion: met where 2026 reached 4.55 billion, else ahead
    // ((4.2 / 0.8229)^(1/11) − 1 = +15.98 % a year).
    const exact = committee('US$4.2 billion', '4200000000');
    expect(exact?.status).toBeNull();
    expect(exact?.message).toBe('cannot evaluate: 2026: more than US$4.5 billion: ahead to met');
  });

  it('names the worst and the best verdict the bounds allow: the years between go with the current one', () => {
    // 2027 "more than US$3 billion" ([3, 4) billion): at 3 with 2026 below 4.55, behind
    // ((3 / 0.8229)^(1/11) − 1 = +12.47 % a year, and 3 × 1.1247³ = 4.27 short of 4.55 by 2030);
    // with 2026 at 4.55 or more, met. It read 'met to ahead', as if it could not be behind: 2026
    // went up with the base and down with 2027, which a level reached in it does not follow.
    const row = committee('more than US$3 billion', '3000000000');
    expect(row?.status).toBeNull();
    expect(row?.message).toBe(
      'cannot evaluate: 2026: more than US$4.5 billion; 2027: more than US$3 billion: behind to met',
    );
  });
});

describe('"more than" excludes its bound, "at least" includes it, in a verdict (h311)', () => {
  // An average of 10–15 % a year from 2025 (US$2.98 billion) to 2030, and a 2026 at exactly
  // 2.98 × 1.15 = US$3.427 billion, the upper path: on track there, ahead above it.
  const [, jointStatement] = vietnamLaosDocument.targets ?? [];
  const from2025 = [{ ...jointStatement, id: 'from-2025', baseYear: '2025' }];
  const band = (text: string) =>
    buildReport(
      vietnamLaosWith([turnoverIn('2026', text, '3427000000')], { targets: from2025 }),
    ).targets.find((row) => row.id === 'from-2025' && !row.partial);

  it('is ahead on "more than US$3.427 billion", which excludes the upper path', () => {
    // (3.427, 3.428) billion: above +15 % at every value. It read 'cannot evaluate: 2026: more
    // than US$3.427 billion: on-track to ahead', judging it at 3.427 itself.
    expect(band('more than US$3.427 billion')?.status).toBe('ahead');
  });

  it('cannot say on "at least US$3.427 billion", which includes it', () => {
    const row = band('at least US$3.427 billion');
    expect(row?.status).toBeNull();
    expect(row?.message).toBe(
      'cannot evaluate: 2026: at least US$3.427 billion: on-track to ahead',
    );
  });

  it('names only the bounds the verdict rests on (r23c review)', () => {
    // 2021 "more than US$1.37 billion" (and the 2020 it implies) lies before the base, 2025: it
    // named them too ('cannot evaluate: 2020: more than US$1.02 billion; 2021: more than …').
    const row = buildReport(
      vietnamLaosWith([turnoverIn('2026', 'at least US$3.427 billion', '3427000000')], {
        statements: reworded('vn-la-2021-turnover', 'more than US$1.37 billion'),
        targets: from2025,
      }),
    ).targets.find((target) => target.id === 'from-2025' && !target.partial);
    expect(row?.message).toBe(
      'cannot evaluate: 2026: at least US$3.427 billion: on-track to ahead',
    );
  });
});

describe('a bound the year before the current one, in a verdict (r23c review)', () => {
  // 10–15 % a year from 2025's US$2.98 billion to 2030; 2026 "more than US$3.1 billion" ([3.1,
  // 3.2) billion) and 2027 "more than US$3.5 billion" ([3.5, 3.6)): below the lower path (2.98 ×
  // 1.1² = 3.6058 billion) at every value. At risk when 2027 at last year's pace reaches 2.98 ×
  // 1.1⁵ = 4.7993 billion by 2030: 3.5 × (3.5 / 3.1)³ = 5.037 and 3.6 × (3.6 / 3.2)³ = 5.126 do
  // (both years at their bottom, both at their top), 3.5 × (3.5 / 3.2)³ = 4.580 does not (Python
  // decimal): 2026 high lowers the last year's pace, so it does not go with 2027.
  const [, jointStatement] = vietnamLaosDocument.targets ?? [];
  const band = (locale: Locale = 'en') =>
    buildReport(
      vietnamLaosWith(
        [
          turnoverIn('2026', 'more than US$3.1 billion', '3100000000'),
          turnoverIn('2027', 'more than US$3.5 billion', '3500000000'),
        ],
        { targets: [{ ...jointStatement, id: 'from-2025', baseYear: '2025' }] },
      ),
      { locale },
    ).targets.find((row) => row.id === 'from-2025' && !row.partial);

  it('cannot say at risk where the bounds allow behind too', () => {
    const row = band();
    expect(row?.status).toBeNull();
    expect(row?.message).toBe(
      'cannot evaluate: 2026: more than US$3.1 billion; 2027: more than US$3.5 billion: behind to at-risk',
    );
  });
  it('looks for a level between its ends: at risk below, met at the level, behind between', () => {
    // US$3.9 billion by 2030 from 2025's US$2.98 billion, 2027 at US$3.25 billion: below the path
    // (2.98^0.6 × 3.9^0.4 = 3.3186 billion), 2026 "more than US$3 billion" ([3, 4) billion). At
    // 3: 3.25 × (3.25 / 3)³ = 4.132 reaches 3.9 by 2030, at risk; at 3.9 or more, met; at 3.5,
    // 3.25 × (3.25 / 3.5)³ = 2.602, behind (Python decimal). It read 'at-risk to met'.
    const row = buildReport(
      vietnamLaosWith(
        [
          turnoverIn('2026', 'more than US$3 billion', '3000000000'),
          turnoverIn('2027', 'US$3.25 billion', '3250000000'),
        ],
        {
          targets: (vietnamLaosDocument.targets ?? [])
            .filter((target) => target.kind === 'level')
            .map((target) => ({
              ...target,
              baseYear: '2025',
              level: { amount: '3900000000', currency: 'USD' },
            })),
        },
      ),
    ).targets.find((target) => target.setBy.startsWith('47th'));
    expect(row?.status).toBeNull();
    expect(row?.message).toBe('cannot evaluate: 2026: more than US$3 billion: behind to met');
  });
});
