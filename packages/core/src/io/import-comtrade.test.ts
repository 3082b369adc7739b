import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/schemas.js';
import { BilateralError } from '../errors/index.js';
import {
  type ComtradeJson,
  record,
  renameKeys,
  response,
  snakeCase,
  soy,
  toCsv,
} from './__fixtures__/comtrade.js';
import { comtradeSource, possiblyTruncatedWords } from './_comtrade-rules.js';
import { importComtrade } from './import-comtrade.js';
import type { ImportResult } from './import-result.js';

const now = () => new Date('2025-03-04T10:00:00Z');

function run(input: unknown, options: Parameters<typeof importComtrade>[1] = {}): ImportResult {
  return importComtrade(input, { now, ...options });
}

/** Every row is imported or excluded exactly once. */
function accounted(result: ImportResult): boolean {
  const { report } = result;
  const excluded = report.excluded.flatMap((group) => group.rows);
  const all = [...report.flowRows, ...excluded].sort((a, b) => a - b);
  return (
    new Set(all).size === all.length &&
    all.length === report.records &&
    report.excluded.every((group) => group.count === group.rows.length)
  );
}

function validates(result: ImportResult): boolean {
  parseDataset({ id: 'test', title: { en: 'Test' }, ...result.document });
  return true;
}

const SOY_2023 = {
  reporter: 'BRA',
  partner: 'CHN',
  flow: 'export',
  period: '2023',
  value: '38917721136',
  currency: 'USD',
  valuation: 'FOB',
  commodity: '1201',
  status: 'official',
  source: 'un-comtrade',
  note: 'Soya beans, whether or not broken; quantity 74703216381 kg; net weight 74471954170 kg',
};

describe('importComtrade: the captured UN Comtrade responses', () => {
  it('imports Brazil→China soya beans 2023 exactly', () => {
    const result = run(response(2023));
    expect(result.document.flows).toEqual([SOY_2023]);
    expect(result.document.sources).toEqual([
      {
        id: 'un-comtrade',
        publisher: 'UN Comtrade',
        title: 'UN Comtrade: Brazil exports to China, HS 1201, 2023',
        date: '2025-03-04',
        language: 'en',
        note: 'Imported by Bilateral from 1 UN Comtrade record (a JSON response). Values are primaryValue in US dollars: FOB for exports, CIF for imports.',
      },
    ]);
    expect(result.report).toEqual({
      format: 'comtrade-v1',
      container: 'json-envelope',
      rowPath: ['data'],
      records: 1,
      imported: 1,
      flowRows: [0],
      excluded: [],
      notes: [],
    });
    expect(validates(result)).toBe(true);
  });

  it('imports 2021 (HS 2017 edition) and notes the mixed editions when both years come together', () => {
    const only2021 = run(response(2021)).document.flows[0];
    expect(only2021).toMatchObject({ period: '2021', value: '27208101300', commodity: '1201' });
    const both = run([soy(2021), soy(2023)]);
    expect(both.report.container).toBe('json-array');
    expect(both.report.rowPath).toEqual([]);
    expect(both.document.flows.map((flow) => [flow.period, flow.value])).toEqual([
      ['2021', '27208101300'],
      ['2023', '38917721136'],
    ]);
    expect(both.document.sources[0]?.title).toBe(
      'UN Comtrade: Brazil exports to China, HS 1201, 2021 and 2023',
    );
    expect(both.report.notes).toEqual([
      expect.objectContaining({ code: 'mixed-classifications', rows: [] }),
    ]);
    expect(validates(both)).toBe(true);
  });

  it('reads the same response given as JSON text', () => {
    const text = JSON.stringify(response(2023));
    expect(run(text).document).toEqual(run(response(2023)).document);
    expect(run(`\uFEFF  ${text}`).document.flows).toEqual([SOY_2023]);
  });

  it('takes the id, title, date and address of the source entry from the options', () => {
    const { document } = run(response(2023), {
      sourceId: 'comtrade-2024-06',
      title: 'Brazil soy exports',
      date: '2024-06-01',
      url: 'https://comtradeplus.un.org/',
    });
    expect(document.sources[0]).toMatchObject({
      id: 'comtrade-2024-06',
      title: 'Brazil soy exports',
      date: '2024-06-01',
      url: 'https://comtradeplus.un.org/',
    });
    expect(document.flows[0]?.source).toBe('comtrade-2024-06');
  });

  it('refuses bad options', () => {
    expect(() => run(response(2023), { date: '1 June 2024' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => run(response(2023), { sourceId: 'Un Comtrade' })).toThrow(BilateralError);
  });
});

describe('importComtrade: CSV with the same columns', () => {
  const records = [soy(2021), soy(2023)];

  it('reads a synthesized CSV of the two records to the same flows', () => {
    const csv = toCsv(records);
    // The commodity description holds a comma, so the CSV quotes it.
    expect(csv).toContain('"Soya beans, whether or not broken"');
    const result = run(csv);
    expect(result.report).toMatchObject({ container: 'csv', rowPath: ['rows'], records: 2 });
    expect(result.document.flows).toEqual(run(records).document.flows);
    expect(result.document.sources[0]?.note).toContain('(CSV)');
  });

  it('reads CRLF line ends, a byte-order mark, quoted everything and line breaks in quotes', () => {
    const multiline = [
      soy(2021),
      { ...soy(2023), cmdDesc: 'Soya beans,\r\nwhether or not "broken"' },
    ];
    const csv = toCsv(multiline, { crlf: true, bom: true, quoteAll: true });
    const { document } = run(csv);
    expect(document.flows.map((flow) => flow.value)).toEqual(['27208101300', '38917721136']);
    expect(document.flows[1]?.note).toContain('Soya beans,\r\nwhether or not "broken"');
  });

  it('keeps the exact digits of values written with a trailing .0 or decimals', () => {
    const csv = toCsv([
      record({ primaryValue: '38917721136.0', fobvalue: '38917721136.0' }),
      record({
        period: '2022',
        refYear: 2022,
        refPeriodId: 20220101,
        primaryValue: '0.10',
        fobvalue: '0.10',
      }),
    ]);
    expect(run(csv).document.flows.map((flow) => flow.value)).toEqual(['38917721136', '0.1']);
  });

  it('reads a file saved by a spreadsheet: cmdCode without its leading zero', () => {
    const csv = toCsv([record({ cmdCode: '901', cmdDesc: 'Coffee' })]);
    const result = run(csv);
    expect(result.document.flows[0]?.commodity).toBe('0901');
    expect(result.report.notes).toEqual([
      expect.objectContaining({ code: 'leading-zero-restored', rows: [0] }),
    ]);
  });

  it('reads a CSV written by pandas: whole numbers as 76.0, booleans as False', () => {
    const pandas = record({
      refPeriodId: '20230101.0',
      refYear: '2023.0',
      refMonth: '52.0',
      period: '2023.0',
      reporterCode: '76.0',
      partnerCode: '156.0',
      partner2Code: '0.0',
      motCode: '0.0',
      isReported: 'False',
      isAggregate: 'True',
    });
    expect(run(toCsv([pandas])).document.flows).toEqual([SOY_2023]);
  });

  it('notes values in exponent form', () => {
    const result = run(toCsv([record({ primaryValue: '3.8917721136E+10', fobvalue: '' })]));
    expect(result.document.flows[0]?.value).toBe('38917721136');
    expect(result.report.notes.map((note) => note.code)).toContain('exponent-value');
  });
});

describe('importComtrade: legacy v0 records and other key styles', () => {
  const v0: ComtradeJson = {
    pfCode: 'H4',
    yr: 2016,
    period: 2016,
    periodDesc: '2016',
    aggrLevel: 0,
    IsLeaf: 0,
    rgCode: 2,
    rgDesc: 'Export',
    rtCode: 704,
    rtTitle: 'Viet Nam',
    rt3ISO: 'VNM',
    ptCode: 418,
    ptTitle: "Lao People's Dem. Rep.",
    pt3ISO: 'LAO',
    ptCode2: null,
    pt3ISO2: '',
    cstCode: '',
    motCode: '',
    cmdCode: 'TOTAL',
    cmdDescE: 'All Commodities',
    qtCode: 1,
    qtDesc: 'No Quantity',
    TradeQuantity: null,
    NetWeight: null,
    TradeValue: 524500000,
    CIFValue: null,
    FOBValue: null,
    estCode: 0,
  };

  it('reads a v0 record (rtCode, ptCode, rgCode, yr, TradeValue) in a v0 envelope', () => {
    const result = run({ validation: { status: { name: 'Ok' } }, dataset: [v0] });
    expect(result.report).toMatchObject({
      format: 'comtrade-v0',
      container: 'json-envelope',
      rowPath: ['dataset'],
    });
    expect(result.document.flows).toEqual([
      {
        reporter: 'VNM',
        partner: 'LAO',
        flow: 'export',
        period: '2016',
        value: '524500000',
        currency: 'USD',
        valuation: 'FOB',
        status: 'official',
        source: 'un-comtrade',
      },
    ]);
  });

  it('reads v0 regime codes: 1 import (CIF), 3 re-export (a part of exports)', () => {
    const result = run([v0, { ...v0, rgCode: 1 }, { ...v0, rgCode: 3, TradeValue: 1000 }]);
    expect(result.document.flows.map((flow) => [flow.flow, flow.valuation])).toEqual([
      ['export', 'FOB'],
      ['import', 'CIF'],
    ]);
    expect(result.report.excluded).toEqual([
      expect.objectContaining({ reason: 'flow-part', count: 1, rows: [2] }),
    ]);
  });

  it('reads the v0 CSV headers (Reporter Code, Trade Flow Code, Trade Value (US$) …)', () => {
    const csv = [
      'Classification,Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Trade Value (US$),Flag',
      'H4,2017,2017,1,Import,704,Viet Nam,VNM,418,Lao PDR,LAO,TOTAL,All Commodities,368400000,0',
    ].join('\n');
    expect(run(csv).document.flows[0]).toMatchObject({
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'import',
      period: '2017',
      value: '368400000',
    });
  });

  it('reads snake_case and PascalCase copies of the v1 keys', () => {
    const snake = renameKeys([soy(2023)], snakeCase);
    expect(Object.keys(snake[0] ?? {})).toContain('primary_value');
    expect(Object.keys(snake[0] ?? {})).toContain('reporter_iso');
    expect(run(snake).document.flows).toEqual([SOY_2023]);
    const pascal = renameKeys([soy(2023)], (key) => key[0]?.toUpperCase() + key.slice(1));
    expect(run(toCsv(pascal)).document.flows).toEqual([SOY_2023]);
  });
});

describe('importComtrade: breakdowns of the totals row', () => {
  const set = [
    record(),
    record({ motCode: 2100, motDesc: 'Sea', primaryValue: 38000000000, fobvalue: 38000000000 }),
    record({ motCode: 1000, motDesc: 'Air', primaryValue: 917721136, fobvalue: 917721136 }),
    record({ customsCode: 'C01', customsDesc: 'Free zone', primaryValue: 5, fobvalue: 5 }),
    record({ partner2Code: 156, partner2ISO: 'CHN', partner2Desc: 'China', primaryValue: 7 }),
    record({ flowCode: 'RX', flowDesc: 'Re-export', primaryValue: 11, fobvalue: 11 }),
  ];

  it('imports the totals row only, and lists every other row with its reason', () => {
    const result = run(set);
    expect(result.document.flows).toEqual([SOY_2023]);
    expect(
      result.report.excluded.map(({ reason, count, rows }) => ({ reason, count, rows })),
    ).toEqual([
      { reason: 'mode-of-transport', count: 2, rows: [1, 2] },
      { reason: 'customs-procedure', count: 1, rows: [3] },
      { reason: 'second-partner', count: 1, rows: [4] },
      { reason: 'flow-part', count: 1, rows: [5] },
    ]);
    expect(result.report.excluded[0]?.message).toContain('double-count');
    expect(result.report.excluded[3]?.message).toContain('re-exports (flowCode RX)');
    expect(result.report.notes).toEqual([]);
    expect(accounted(result)).toBe(true);
  });

  it('imports the breakdowns instead when asked, each kind citing its own source', () => {
    const result = run(set, { rows: 'breakdowns' });
    expect(result.report.excluded.map(({ reason, rows }) => ({ reason, rows }))).toEqual([
      { reason: 'totals', rows: [0] },
    ]);
    expect(result.document.flows.map((flow) => [flow.value, flow.source])).toEqual([
      ['38000000000', 'un-comtrade-mot-2100'],
      ['917721136', 'un-comtrade-mot-1000'],
      ['5', 'un-comtrade-customs-c01'],
      ['7', 'un-comtrade-partner2-156'],
      ['11', 'un-comtrade-rx'],
    ]);
    expect(result.document.sources.map((source) => source.title)).toContain(
      'UN Comtrade: Brazil exports to China, HS 1201, 2023 — mode of transport 2100 (Sea)',
    );
    expect(result.document.flows[0]?.note).toMatch(/^mode of transport 2100 \(Sea\); /);
    expect(accounted(result)).toBe(true);
    expect(validates(result)).toBe(true);
  });

  it('notes only what concerns the flows written, not rows left out', () => {
    const noQuantity = { qtyUnitCode: -1, qtyUnitAbbr: 'N/A', qty: 0 };
    const result = run([
      record(),
      record({ motCode: 2100, primaryValue: 1, fobvalue: 1, ...noQuantity }),
    ]);
    expect(result.report.excluded.map((group) => group.rows)).toEqual([[1]]);
    expect(result.report.notes).toEqual([]);
    const breakdowns = run(
      [record(), record({ motCode: 2100, primaryValue: 1, fobvalue: 1, ...noQuantity })],
      { rows: 'breakdowns' },
    );
    expect(breakdowns.report.notes.map((note) => [note.code, note.rows])).toEqual([
      ['missing-quantity', [1]],
    ]);
  });

  it('says when breakdowns have no totals row in the input', () => {
    const result = run(set.slice(1, 3));
    expect(result.document.flows).toEqual([]);
    expect(result.report.notes).toEqual([
      expect.objectContaining({ code: 'no-totals-row', rows: [0, 1] }),
    ]);
    expect(result.document.sources).toHaveLength(1);
    expect(validates(result)).toBe(true);
  });

  it('leaves out trade in services, a reporter trading with itself, and repeated records', () => {
    const result = run([
      record(),
      record({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB' }),
      record({ partnerCode: 76, partnerISO: 'BRA', partnerDesc: 'Brazil' }),
      record(),
    ]);
    expect(result.document.flows).toHaveLength(1);
    expect(result.report.excluded.map(({ reason, rows }) => [reason, rows])).toEqual([
      ['services', [1]],
      ['self-trade', [2]],
      ['duplicate', [3]],
    ]);
    expect(accounted(result)).toBe(true);
  });
});

describe('importComtrade: periods, economies, commodities, values and status', () => {
  it('reads monthly records: period 202309 is 2023-09', () => {
    const monthly = record({ freqCode: 'M', period: '202309', refMonth: 9, refPeriodId: 20230901 });
    expect(run([monthly]).document.flows[0]?.period).toBe('2023-09');
    // From refYear and refMonth alone, or from freqCode and refPeriodId alone.
    const refOnly = record({
      freqCode: 'M',
      period: undefined,
      refYear: 2024,
      refMonth: 2,
      refPeriodId: undefined,
    });
    expect(run([refOnly]).document.flows[0]?.period).toBe('2024-02');
    const idOnly = record({
      freqCode: 'M',
      period: undefined,
      refYear: undefined,
      refMonth: undefined,
      refPeriodId: '20241101',
    });
    expect(run([idOnly]).document.flows[0]?.period).toBe('2024-11');
  });

  it('reads refMonth 52 as an annual record', () => {
    const annual = record({ freqCode: undefined, period: undefined, refPeriodId: undefined });
    expect(annual.refMonth).toBe(52);
    expect(run([annual]).document.flows[0]?.period).toBe('2023');
  });

  it("maps Comtrade's own codes: India 699, USA 842, World 0 (W00)", () => {
    const result = run([
      record({
        reporterCode: 699,
        reporterISO: 'IND',
        reporterDesc: 'India',
        partnerCode: 842,
        partnerISO: 'USA',
        partnerDesc: 'USA',
      }),
      record({ reporterCode: 842, reporterISO: 'USA', partnerCode: 699, partnerISO: 'IND' }),
      record({
        reporterCode: 704,
        reporterISO: 'VNM',
        partnerCode: 0,
        partnerISO: 'W00',
        partnerDesc: 'World',
      }),
      record({ reporterCode: 418, reporterISO: null, partnerCode: 156, partnerISO: null }),
    ]);
    expect(result.document.flows.map((flow) => `${flow.reporter}→${flow.partner}`)).toEqual([
      'IND→USA',
      'USA→IND',
      'VNM→WLD',
      'LAO→CHN',
    ]);
  });

  it('falls back on reporterISO / partnerISO for codes not in the table, and says so', () => {
    const result = run([
      record({ reporterCode: 398, reporterISO: 'KAZ', reporterDesc: 'Kazakhstan' }),
      record({ partnerCode: 490, partnerISO: 'S19' }),
    ]);
    expect(result.document.flows.map((flow) => `${flow.reporter}→${flow.partner}`)).toEqual([
      'KAZ→CHN',
      'BRA→TWN',
    ]);
    expect(result.report.notes).toEqual([
      expect.objectContaining({ code: 'iso-fallback', rows: [0] }),
    ]);
    expect(result.report.notes[0]?.message).toContain('reporterCode 398');
  });

  it('imports the EU and the special areas as partners of their own, named, never summed', () => {
    // The partners of a v1 "all partners" query (the shape of shared/fixtures/shapes).
    const partners: [number, string, string][] = [
      [0, 'W00', 'World'],
      [48, 'BHR', 'Bahrain'],
      [899, '_X', 'Areas, nes'],
      [837, 'X2', 'Bunkers'],
      [490, 'S19', 'Other Asia, nes'],
      [97, 'EUR', 'EU'],
      [251, 'FRA', 'France'],
    ];
    const result = run(
      partners.map(([partnerCode, partnerISO, partnerDesc], index) =>
        record({ partnerCode, partnerISO, partnerDesc, primaryValue: 100 + index }),
      ),
    );
    // Issue 16: kept as named groups, not refused. Each flow holds its own record's value: the
    // World's and the EU's are what the file says, never made from (or added to) their members.
    expect(result.document.flows.map((flow) => [flow.partner, flow.value])).toEqual([
      ['WLD', '100'],
      ['BHR', '101'],
      ['XNS', '102'],
      ['XBK', '103'],
      ['TWN', '104'],
      ['EUN', '105'],
      ['FRA', '106'],
    ]);
    expect(result.report.excluded).toEqual([]);
    expect(accounted(result)).toBe(true);
    expect(validates(result)).toBe(true);
  });

  it('leaves out, by name, a group or area the economy table does not have, never as a partner', () => {
    // 568 "Other Europe, nes" is not in the table; its ISO text here is a stand-in naming no country.
    const result = run([
      record({ partnerCode: 568, partnerISO: 'E19', partnerDesc: 'Other Europe, nes' }),
      record({ partnerCode: 251, partnerISO: 'FRA', partnerDesc: 'France' }),
    ]);
    expect(result.document.flows.map((flow) => flow.partner)).toEqual(['FRA']);
    expect(result.report.excluded.map((group) => [group.reason, group.rows])).toEqual([
      ['group-or-area', [0]],
    ]);
    expect(result.report.excluded[0]?.message.split(':')[0]).toBe('Other Europe, nes (E19)');
    expect(accounted(result)).toBe(true);
    expect(validates(result)).toBe(true);
  });

  it('refuses prototype names as v0 regime codes with a typed error (a raw TypeError before)', () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    for (const rgCode of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const v0 = { rtCode: 704, ptCode: 418, rgCode, yr: 2023, cmdCode: 'TOTAL', TradeValue: 1 };
      expect(() => run([v0])).toThrowError(
        `[0].rgCode: "${rgCode}" is not a trade flow (regime) code`,
      );
      expect(() => run([{ ...v0, rgCode: 2, flowCode: rgCode }])).toThrowError(BilateralError);
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  });

  it('keeps cmdCode as text with its leading zeros; TOTAL is no commodity', () => {
    const result = run([
      record({ cmdCode: '0901', cmdDesc: 'Coffee' }),
      record({ cmdCode: 'TOTAL', cmdDesc: 'All Commodities' }),
      record({ cmdCode: 90111, cmdDesc: 'Coffee, not roasted' }),
    ]);
    const [coffee, total, notRoasted] = result.document.flows;
    expect(coffee?.commodity).toBe('0901');
    expect(total?.commodity).toBeUndefined();
    expect(total?.note).toBe('quantity 74703216381 kg; net weight 74471954170 kg');
    expect(notRoasted?.commodity).toBe('090111');
    expect(result.report.notes.map((note) => [note.code, note.rows])).toEqual([
      ['leading-zero-restored', [2]],
      ['nested-commodities', [0, 1, 2]],
    ]);
  });

  it('treats qty 0 with unit -1 as missing, never as 0', () => {
    const result = run([
      record({ cmdCode: 'TOTAL', qtyUnitCode: -1, qtyUnitAbbr: 'N/A', qty: 0, netWgt: 0 }),
    ]);
    expect(result.document.flows[0]?.note).toBe('quantity not reported');
    expect(result.document.flows[0]?.note).not.toMatch(/quantity 0/);
    expect(result.report.notes).toEqual([
      expect.objectContaining({ code: 'missing-quantity', rows: [0] }),
    ]);
  });

  it('values exports FOB and imports CIF, unless primaryValue is the other valuation', () => {
    const result = run([
      record(),
      record({
        flowCode: 'M',
        cifvalue: 40100000000.5,
        fobvalue: null,
        primaryValue: 40100000000.5,
      }),
      record({
        flowCode: 'M',
        reporterCode: 124,
        reporterISO: 'CAN',
        cifvalue: null,
        fobvalue: 12,
        primaryValue: 12,
      }),
    ]);
    expect(result.document.flows.map((flow) => [flow.flow, flow.valuation, flow.value])).toEqual([
      ['export', 'FOB', '38917721136'],
      ['import', 'CIF', '40100000000.5'],
      ['import', 'FOB', '12'],
    ]);
    expect(result.report.notes).toEqual([
      expect.objectContaining({ code: 'valuation', rows: [2] }),
    ]);
  });

  it('uses fobvalue or cifvalue when primaryValue is empty, and says so', () => {
    const result = run([record({ primaryValue: null })]);
    expect(result.document.flows[0]?.value).toBe('38917721136');
    expect(result.report.notes).toEqual([expect.objectContaining({ code: 'value-fallback' })]);
  });

  it('sets status from isReported, isAggregate and isOriginalClassification, not from legacyEstimationFlag', () => {
    const result = run([
      record({ isReported: true, isAggregate: false }),
      record({
        period: '2022',
        refYear: 2022,
        refPeriodId: 20220101,
        isReported: false,
        isAggregate: false,
      }),
      record({
        period: '2021',
        refYear: 2021,
        refPeriodId: 20210101,
        isOriginalClassification: false,
      }),
      record({
        period: '2020',
        refYear: 2020,
        refPeriodId: 20200101,
        legacyEstimationFlag: 4,
        cmdCode: 'TOTAL',
      }),
    ]);
    expect(result.document.flows.map((flow) => flow.status)).toEqual([
      'official',
      'estimate',
      'estimate',
      'official',
    ]);
    expect(result.document.flows[3]?.note).toBe(
      'quantity 74703216381 kg; net weight 74471954170 kg (estimated by UNSD)',
    );
    expect(result.report.notes.map((note) => [note.code, note.rows])).toEqual([
      ['estimate', [1]],
      ['estimate', [2]],
      ['estimated-quantity', [3]],
    ]);
  });

  it('notes a response whose count disagrees with its data, or that hit an API limit', () => {
    const mismatch = run({ ...response(2023), count: 1200 });
    expect(mismatch.report.notes.map((note) => [note.code, note.message])).toEqual([
      ['count-mismatch', 'the response says count 1,200 but holds 1 record'],
    ]);
    // Counts in thousands, as every count the import says (it said 'exactly 100000 records').
    expect(possiblyTruncatedWords(100_000).message).toMatch(
      /^the input holds exactly 100,000 records, /,
    );
    expect(comtradeSource('c', 't', { date: '2025-01-01' }, 4999, 'a CSV file').note).toMatch(
      /^Imported by Bilateral from 4,999 UN Comtrade records \(a CSV file\)\./,
    );
    const many = Array.from({ length: 500 }, (_, index) =>
      record({ cmdCode: String(1000 + index * 2).padStart(4, '0') }),
    );
    const full = run({ elapsedTime: '1 sec', count: 500, data: many, error: '' });
    expect(full.report.imported).toBe(500);
    expect(full.report.notes.map((note) => note.code)).toContain('possibly-truncated');
  });

  it('refuses an empty file (a failed download) and UTF-16 text, with what to do', () => {
    for (const text of ['', '\uFEFF', '  \n']) {
      expect(() => run(text)).toThrowError(/the file is empty/);
    }
    expect(() => run('\uFFFD\uFFFD[\u0000]\u0000')).toThrowError(
      'the file is not UTF-8 text (it starts with a UTF-16 byte-order mark or has NUL characters: UTF-16, or a binary file): save it as UTF-8',
    );
  });

  it('refuses records nested 4,000 deep or holding a cycle, at their path', () => {
    const deep = JSON.parse(`{"data": [${'['.repeat(4000)}${']'.repeat(4000)}]}`);
    expect(() => run(deep)).toThrowError(/data\[0\](\[0\])+: nested more than 32/);
    const cyclic: Record<string, unknown> = record();
    cyclic.cmdDesc = { back: cyclic };
    expect(() => run([cyclic])).toThrowError('[0].cmdDesc.back: refers back to [0]');
  });

  it('caps what an error echoes: a 1 MB period gives a message of a line', () => {
    let message = '';
    try {
      run([record({ period: '2'.repeat(1_000_000) })]);
    } catch (caught) {
      message = (caught as BilateralError).message;
    }
    expect(message).toContain('(1,000,000 characters) is not a period');
    expect(message.length).toBeLessThan(200);
  });

  it('imports nothing from an empty response, and says so', () => {
    const result = run({ elapsedTime: '0 secs', count: 0, data: [], error: '' });
    expect(result.document.flows).toEqual([]);
    expect(result.report.notes.map((note) => note.code)).toEqual(['empty']);
    expect(validates(result)).toBe(true);
  });
});
