import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { Decimal } from '../_internal/decimal.js';
import { vietnamLaos } from '../datasets/index.js';
import { RATE_SOURCE_PUBLISHERS_LO } from '../datasets/texts-lo.js';
import { RATE_SOURCE_PUBLISHERS_VI } from '../datasets/texts-vi.js';
import { RATE_SOURCE_PUBLISHERS_ZH } from '../datasets/texts-zh.js';
import { ANNUAL_AVERAGE_RATES, RATE_SOURCES } from '../rates/index.js';
import { buildReport, type GrowthSection } from './report.js';
import { localCurrencySection } from './report-currency.js';

// Test rates, not published ones: one per year of the embedded Vietnam–Laos growth table,
// rising so that growth in VND differs from growth in USD.
const testRates = Array.from({ length: 10 }, (_, index) => ({
  from: 'USD',
  to: 'VND',
  period: String(2016 + index),
  rate: String(22000 + 500 * index),
  kind: 'period-average',
  source: 'test-rates',
}));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-report-currency-'));
  await writeFile(join(dir, 'rates.json'), JSON.stringify(testRates));
  await writeFile(join(dir, 'to-2024.json'), JSON.stringify(testRates.slice(0, -1)));
  await writeFile(
    join(dir, 'undated.json'),
    JSON.stringify([
      { from: 'USD', to: 'VND', rate: '25000', kind: 'period-average', source: 'x' },
    ]),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const growthOf = (json: string) =>
  (JSON.parse(json) as { result: { growth: GrowthSection } }).result.growth;

describe('bilateral report --currency', () => {
  it('gives each year in the local currency at its rate, and growth in both (--json)', async () => {
    const plain = await bilateral('report', '--json');
    const result = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'rates.json'),
      '--json',
    );
    expect(result.code).toBe(0);
    const growth = growthOf(plain.out);
    const local = (
      JSON.parse(result.out) as {
        result: { localCurrency: { currency: string; rows: Record<string, string | null>[] } };
      }
    ).result.localCurrency;
    expect(local.currency).toBe('VND');
    expect(local.rows.map((row) => row.period)).toEqual(growth.rows.map((row) => row.period));
    local.rows.forEach((row, index) => {
      const usd = growth.rows[index];
      const rate = testRates.find((entry) => entry.period === row.period)?.rate ?? '';
      // Checked independently: value × rate, and growth as a quotient of the converted values.
      expect(row.value).toBe(usd?.value);
      expect(row.rate).toBe(rate);
      expect(row.rateSource).toBe('test-rates');
      expect(new Decimal(row.local ?? '').eq(new Decimal(usd?.value ?? '').times(rate))).toBe(true);
      expect(row.growth).toBe(usd?.computed);
      const before = local.rows[index - 1];
      expect(row.localGrowth).toBe(
        before === undefined
          ? null
          : new Decimal(row.local ?? '')
              .div(before.local ?? '')
              .minus(1)
              .toSignificantDigits(12)
              .toFixed(),
      );
    });
    // The rates rise, so growth in VND is above growth in USD.
    const last = local.rows[local.rows.length - 1];
    expect(new Decimal(last?.localGrowth ?? '').gt(last?.growth ?? '')).toBe(true);
  });

  it('prints the table after the growth table, naming the rate file', async () => {
    const result = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'rates.json'),
    );
    expect(result.code).toBe(0);
    const heading = result.out.indexOf('Vietnam–Laos turnover in VND beside USD');
    expect(heading).toBeGreaterThan(result.out.indexOf('Average growth'));
    expect(heading).toBeLessThan(result.out.indexOf('Targets'));
    expect(result.out).toMatch(/VND per USD/);
    expect(result.out).toMatch(/^ {2}2025 .*26,500 .*test-rates$/m);
    // Growth in VND with the digits the converted figures support, as in USD (h115): 2024's
    // "US$2.2 billion" on US$1.65 billion, about +30 % in USD (+33.3 %), is about +36 % in VND
    // (rate 25,500 → 26,000: 1.333 × 1.0196 = 1.359); 2017 on the 2016 its published +8.5 % implies
    // keeps a decimal.
    expect(result.out).toMatch(/^ {2}2024 .*about \+30 % +about \+36 % +test-rates$/m);
    expect(result.out).toMatch(/^ {2}2017 .*\+8\.5 % +\+11\.0 % +test-rates$/m);
    // Each value with the digits it knows (QA h120 F4): 2024's "US$2.2 billion" (to the 0.1
    // billion) at 26,000 is 57.2 trillion to the 2.6 trillion; 2017's US$892.9 million (to the 0.1
    // million) at 22,500 is 20.090 trillion to the 2.25 billion (exact: 20.09025).
    expect(result.out).toMatch(/^ {2}2024 +US\$2\.2 billion +26,000 +about VND 57 trillion /m);
    expect(result.out).toMatch(
      /^ {2}2017 +US\$892\.9 million +22,500 +about VND 20\.090 trillion /m,
    );
    expect(result.out).toContain('Rates from ');
  });

  it('shows the years the embedded table has a rate for and names the others, never guessing them', async () => {
    const text = await bilateral('report', '--currency', 'VND');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^ {2}2021 .*VND.*$/m);
    expect(text.out).toMatch(/^ {2}2022 .*no rate.*$/m);
    expect(text.out).toMatch(/No USD–VND rate for 2022, .*2025: .*--rates <file\.json>/);
    const json = JSON.parse((await bilateral('report', '--currency', 'VND', '--json')).out) as {
      result: {
        localCurrency: { missingRates: string[]; rows: { period: string; local: string | null }[] };
      };
    };
    const section = json.result.localCurrency;
    expect(section.missingRates).toEqual(['2022', '2023', '2024', '2025']);
    expect(section.rows.find((row) => row.period === '2022')?.local).toBeNull();
    expect(section.rows.find((row) => row.period === '2021')?.local).toMatch(/^\d/);
  });

  it('refuses a currency the table has no rate for in any year, naming currency and years (text and JSON)', async () => {
    const text = await bilateral('report', '--currency', 'LAK');
    expect(text.code).toBe(1);
    expect(text.out).toBe('');
    // Every year, not the first alone ("for 2016", as if only it were missing).
    expect(text.err).toBe(
      'bilateral report: currency: cannot show turnover in LAK: no rate from USD to LAK (or LAK to ' +
        'USD) in the table for any of the 10 years from 2016 to 2025 — the embedded table has no ' +
        'sourced rate for them (the guide "Money and periods" lists what it holds); give the rates ' +
        'with --rates <file.json>',
    );
    expect(text.err).not.toMatch(/\n\s+at /);
    const json = await bilateral('report', '--currency', 'LAK', '--json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.error.code).toBe('MISSING_RATE');
    expect(parsed.error.message).toMatch(/USD to LAK .*any of the 10 years from 2016 to 2025/);
  });

  it('names each year whose rate takes a value past the supported range, its value and rate (text and JSON)', async () => {
    // Rates of 10^35 - 1 for 2017 and 2019: typos in a rate file. The message named only the
    // first year, and as "the rounding unit converted to VND" where the data says precision (and
    // its value, past the range too, not at all).
    const nines = '9'.repeat(35);
    const rates = testRates.map((rate) =>
      rate.period === '2017' || rate.period === '2019' ? { ...rate, rate: nines } : rate,
    );
    await writeFile(join(dir, 'huge-2017.json'), JSON.stringify(rates));
    const file = join(dir, 'huge-2017.json');
    const past = 'past the supported range: values must be less than 10^36 in absolute value';
    const messages = [
      `cannot show turnover in VND: the 2017 value (892900000 USD) converted to VND at ${nines} (period-average, test-rates) is about 8.929e+43, ${past}; check the rate for 2017 in ${file}`,
      `cannot show turnover in VND: the 2019 value (1150000000 USD) converted to VND at ${nines} (period-average, test-rates) is about 1.15e+44, ${past}; check the rate for 2019 in ${file}`,
    ];
    const text = await bilateral('report', '--currency', 'VND', '--rates', file);
    expect([text.code, text.out]).toEqual([1, '']);
    expect(text.err.split('\n')).toEqual([
      'bilateral report: 2 problems:',
      ...messages.map((message) => `  - currency: ${message}`),
    ]);
    const json = await bilateral('report', '--currency', 'VND', '--rates', file, '--json');
    expect(json.code).toBe(1);
    const { ok, error } = JSON.parse(json.out);
    expect([ok, error.code]).toEqual([false, 'OUT_OF_RANGE']);
    expect(error.issues).toEqual(messages.map((message) => ({ path: ['currency'], message })));
  });

  it('names the years and rates of a growth rate a tiny rate takes past the range (text and JSON)', async () => {
    // A rate of 10^-36 for 2018 (a typo: decimals too many) leaves 2018 in range, but 2019's
    // growth on it about 2.6e+40: the message named neither the currency, the years nor the file.
    const rates = testRates.map((rate) =>
      rate.period === '2018' ? { ...rate, rate: `0.${'0'.repeat(35)}1` } : rate,
    );
    const file = join(dir, 'tiny-2018.json');
    await writeFile(file, JSON.stringify(rates));
    const message = `cannot show turnover in VND from 2018 to 2019: the growth rate is about 2.623786e+40, past the supported range: values must be less than 10^36 in absolute value; check the rates for 2018 and 2019 in ${file}`;
    const text = await bilateral('report', '--currency', 'VND', '--rates', file);
    expect([text.code, text.out, text.err]).toEqual([
      1,
      '',
      `bilateral report: currency: ${message}`,
    ]);
    const json = await bilateral('report', '--currency', 'VND', '--rates', file, '--json');
    expect(json.code).toBe(1);
    const { ok, error } = JSON.parse(json.out);
    expect([ok, error.code, error.issues]).toEqual([
      false,
      'OUT_OF_RANGE',
      [{ path: ['currency'], message }],
    ]);
  });

  it("names the year of two rates once: the table's words name it", async () => {
    // The out-of-range year above was put before every error but a missing rate, so this read
    // "cannot show turnover in VND for 2017: the table has 2 USD→VND rates for 2017: …".
    const second = { ...testRates[1], rate: '23000', source: 'other-rates' };
    await writeFile(join(dir, 'two-2017.json'), JSON.stringify([...testRates, second]));
    const { code, err } = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'two-2017.json'),
    );
    expect([code, err]).toEqual([
      1,
      'bilateral report: currency: cannot show turnover in VND: the table has 2 USD→VND rates for 2017: 22500 (period-average, test-rates), 23000 (period-average, other-rates); keep one',
    ]);
  });

  it("takes the growth table's own currency as it is: no rate, --rates or not", async () => {
    // A script that always passes --currency works on a table already in that currency.
    const plain = await bilateral('report');
    expect(await bilateral('report', '--currency', 'usd')).toEqual(plain);
    expect(
      await bilateral('report', '--currency', 'USD', '--rates', join(dir, 'rates.json')),
    ).toEqual(plain);
    const json = await bilateral('report', '--currency', 'USD', '--json');
    expect(json.code).toBe(0);
    const { growth, localCurrency } = (
      JSON.parse(json.out) as {
        result: {
          growth: { rows: { period: string; value: string; computed: string | null }[] };
          localCurrency: {
            currency: string;
            from: string;
            rates: string | null;
            sources: unknown[];
            missingRates: string[];
            rows: {
              period: string;
              value: string;
              local: string | null;
              rate: string | null;
              rateSource: string | null;
              growth: string | null;
              localGrowth: string | null;
            }[];
          };
        };
      }
    ).result;
    expect(localCurrency).toMatchObject({
      currency: 'USD',
      from: 'USD',
      rates: null,
      sources: [],
      missingRates: [],
    });
    expect(localCurrency.rows).toHaveLength(growth.rows.length);
    for (const [index, row] of localCurrency.rows.entries()) {
      const own = growth.rows[index];
      expect(row).toMatchObject({
        period: own?.period,
        value: own?.value,
        local: own?.value,
        rate: null,
        rateSource: null,
        growth: own?.computed,
        localGrowth: own?.computed,
      });
    }
  });

  it('reports bad usage and a bad rate file with their codes', async () => {
    const alone = await bilateral('report', '--rates', join(dir, 'rates.json'));
    expect([alone.code, alone.err]).toEqual([2, expect.stringMatching(/--rates .*--currency/)]);
    const code = await bilateral('report', '--currency', 'dong');
    expect([code.code, code.err]).toEqual([2, expect.stringMatching(/ISO 4217/)]);
    // A code typed in small letters is the same code.
    expect(await bilateral('report', '--currency', 'vnd')).toEqual(
      await bilateral('report', '--currency', 'VND'),
    );
    const short = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'to-2024.json'),
    );
    expect(short.code).toBe(0);
    expect(short.out).toMatch(/No USD–VND rate for 2025: add it to .*to-2024\.json/);
    const undated = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'undated.json'),
    );
    expect(undated.code).toBe(1);
    // The problem names the rate file, not the dataset (it did not say which file).
    expect(undated.err).toBe(
      `bilateral report: ${join(dir, 'undated.json')}: [0]: the USD→VND rate has neither a period nor a date: every rate must be dated`,
    );
    const undatedJson = await bilateral(
      'report',
      '--currency',
      'VND',
      '--rates',
      join(dir, 'undated.json'),
      '--json',
    );
    expect(JSON.parse(undatedJson.out).error.code).toBe('UNDATED_RATE');
  });
});

describe('localCurrencySection', () => {
  it('converts with the embedded table and lists the sources of the rates used', () => {
    const growth: GrowthSection = {
      reporter: 'THA',
      partner: 'LAO',
      measure: 'exports',
      commodity: null,
      rows: [
        { period: '2019', value: '100', currency: 'USD', computed: null, computedRounded: null },
        { period: '2020', value: '110', currency: 'USD', computed: '0.1', computedRounded: '0.1' },
      ].map((row) => ({
        ...row,
        precision: null,
        unit: null,
        valueRounded: row.value,
        valueAbout: false,
        computedDigits: null,
        published: null,
        publishedDecimals: null,
        source: null,
        marks: [],
        alternatives: [],
      })),
      cagr: null,
      cagrNote: null,
      note: null,
    };
    const section = localCurrencySection(growth, 'THB', {
      rates: ANNUAL_AVERAGE_RATES,
      name: 'embedded',
      sources: RATE_SOURCES,
    });
    expect(section.rows.map((row) => [row.local, row.rate, row.localGrowth])).toEqual([
      ['3105', '31.05', null],
      [
        '3441.9',
        '31.29',
        new Decimal('3441.9').div('3105').minus(1).toSignificantDigits(12).toFixed(),
      ],
    ]);
    expect(section.sources.map((source) => source.id)).toEqual(['wdi-pa-nus-fcrf-tha']);
  });

  it("reads the rows' marks whatever the report's language: a derived year known as in English", () => {
    const table = { rates: ANNUAL_AVERAGE_RATES, name: 'embedded', sources: RATE_SOURCES };
    const inEnglish = localCurrencySection(
      buildReport(vietnamLaos).growth as GrowthSection,
      'VND',
      table,
    );
    // 2016 is derived from 2017 and its rate: three significant digits in VND, as in English.
    expect(inEnglish.rows[0]?.localUnit).toBe('100000000000');
    for (const locale of ['vi', 'lo', 'zh'] as const) {
      const growth = buildReport(vietnamLaos, { locale }).growth as GrowthSection;
      expect(localCurrencySection(growth, 'VND', table)).toEqual(inEnglish);
    }
  });
});

describe('bilateral report --currency --locale: the rate sources cited (h201)', () => {
  const TABLES = {
    vi: RATE_SOURCE_PUBLISHERS_VI,
    lo: RATE_SOURCE_PUBLISHERS_LO,
    zh: RATE_SOURCE_PUBLISHERS_ZH,
  };

  it('has the project’s translation of every embedded rate source’s publisher, and only those', () => {
    const publishers = [...new Set(RATE_SOURCES.map((source) => source.publisher))].sort();
    for (const table of Object.values(TABLES)) {
      expect(Object.keys(table).sort()).toEqual(publishers);
      for (const publisher of publishers) expect(table[publisher]).not.toBe(publisher);
    }
  });

  it('writes the publisher in the language and quotes the title as published', async () => {
    const lines = {
      en: '    nbs-communique-2020-cny: National Bureau of Statistics of China, Statistical Communiqué of 28 February 2021, as reported by China Daily (chinaservicesinfo.com), "China\'s economic and social progress in 2020" https://chinaservicesinfo.com/s/202103/01/WS6056104b498e7a02c6f69fa1/chinas-economic-and-social-progress-in-2020.html',
      vi: '    nbs-communique-2020-cny: Tổng cục Thống kê Quốc gia Trung Quốc, thông cáo thống kê ngày 28/2/2021, theo China Daily (chinaservicesinfo.com), "China\'s economic and social progress in 2020" https://chinaservicesinfo.com/s/202103/01/WS6056104b498e7a02c6f69fa1/chinas-economic-and-social-progress-in-2020.html',
      lo: '    nbs-communique-2020-cny: ສຳນັກງານສະຖິຕິແຫ່ງຊາດຈີນ, ຖະແຫຼງການສະຖິຕິ ວັນທີ 28 ກຸມພາ 2021, ຕາມການລາຍງານຂອງ China Daily (chinaservicesinfo.com), "China\'s economic and social progress in 2020" https://chinaservicesinfo.com/s/202103/01/WS6056104b498e7a02c6f69fa1/chinas-economic-and-social-progress-in-2020.html',
      zh: "    nbs-communique-2020-cny：国家统计局2021年2月28日统计公报，据China Daily（chinaservicesinfo.com）报道，“China's economic and social progress in 2020” https://chinaservicesinfo.com/s/202103/01/WS6056104b498e7a02c6f69fa1/chinas-economic-and-social-progress-in-2020.html",
    };
    for (const [locale, line] of Object.entries(lines)) {
      const { code, out } = await bilateral('report', '--currency', 'CNY', '--locale', locale);
      expect(code).toBe(0);
      expect(out.split('\n')).toContain(line);
      if (locale !== 'en') {
        for (const source of RATE_SOURCES) expect(out).not.toContain(source.publisher);
      }
    }
    const { out } = await bilateral('report', '--currency', 'VND', '--locale', 'vi');
    expect(out).toContain(
      '    wdi-pa-nus-fcrf-vnm: Ngân hàng Thế giới, World Development Indicators (nguồn: IMF International Financial Statistics), qua indexmundi.com, "Vietnam – Official exchange rate (LCU per US$, period average), indicator PA.NUS.FCRF" https://www.indexmundi.com/facts/vietnam/indicator/PA.NUS.FCRF\n',
    );
  });
});
