import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { parseDataset } from '../dataset/dataset.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import type { Locale } from '../economy/locale.js';
import { formatReport } from './format-report.js';
import { buildReport, type TradeRow } from './report.js';

// Laos' H1 2023 (The Star, 18 Sep 2023): exports "more than US$565 million", (565, 566) million.
// Each case replaces that half year's imports, and its statements of imports and turnover, so
// that nothing narrows the balance but what the case gives. Ends checked with Python's decimal.
const H1 = '2023-H1';
const others = (vietnamLaosDocument.statements ?? []).filter(
  (s) => !['lao-vn-2023-h1-turnover', 'lao-vn-2023-h1-imports'].includes(s.id),
);
const [exportsStatement] = (vietnamLaosDocument.statements ?? []).filter(
  (s) => s.id === 'lao-vn-2023-h1-exports',
);

/** A statement of Laos' H1 2023 `subject` published as `text` (`millions` US$ million). */
function said(subject: 'exports' | 'imports', text: string, millions: string) {
  const value = new Decimal(millions).times(1e6).toFixed();
  return {
    ...exportsStatement,
    id: `h326-${subject}`,
    subject,
    amount: { text, value, currency: 'USD' },
  };
}

/**
 * Vietnam–Laos with Laos' H1 2023 flows `exports` and `imports` (US$ million, certain, with the
 * precision given, else none) and the statements `statements` of that half year.
 */
function laosH1With(
  exports: { readonly millions: string; readonly precision?: string },
  imports: { readonly millions: string; readonly precision?: string },
  statements: readonly object[],
) {
  const flows = vietnamLaosDocument.flows.map((flow) => {
    if (flow.period !== H1 || flow.reporter !== 'LAO') return flow;
    const { precision: _, note: __, ...rest } = flow;
    const side = flow.flow === 'export' ? exports : imports;
    return {
      ...rest,
      status: 'preliminary' as const,
      value: new Decimal(side.millions).times(1e6).toFixed(),
      ...(side.precision === undefined ? {} : { precision: `${side.precision}000000` }),
    };
  });
  return parseDataset({
    ...vietnamLaosDocument,
    flows,
    statements: [...others.filter((s) => s.id !== 'lao-vn-2023-h1-exports'), ...statements],
  });
}

const row = (dataset: ReturnType<typeof parseDataset>): TradeRow | undefined =>
  buildReport(dataset)
    .trade.flatMap((section) => section.rows)
    .find((r) => r.period === H1 && r.sources.includes('thestar-2023-09-18'));

/** The text report's line of `period` (H1 2023 unless given). */
const line = (dataset: ReturnType<typeof parseDataset>, locale: Locale, period = H1) =>
  formatReport(buildReport(dataset, { locale }), locale, false)
    .split('\n')
    .find((text) => text.startsWith(`  ${period} `));

const moreThan565 = said('exports', 'more than US$565 million', '565');

describe('a balance resting on a side published as a lower bound (h326)', () => {
  // "more than US$565 million" on exactly US$400 million: (165, 166) million, both ends open.
  const onExact = laosH1With({ millions: '565' }, { millions: '400' }, [moreThan565]);

  it('is the interval the bound allows against an exact side, in --json', () => {
    const r = row(onExact);
    expect(r?.balanceBound).toEqual({ lo: '165000000', hi: '166000000', bounds: '()' });
    // The flows' difference, as before (exports stays the bound's figure), known to the bound's
    // width; a surplus whatever the value.
    expect(r?.balance).toBe('165000000');
    expect(r?.units.balance).toBe('1000000');
    expect(r?.position).toBe('surplus');
    expect(r?.balanceRange).toBeNull();
  });

  it.each([
    ['en', '  +US$165 million to +US$166 million  ', 'surplus'],
    ['vi', '  +165 triệu USD đến +166 triệu USD  ', 'xuất siêu'],
    ['lo', '  +165 ລ້ານ USD ຫາ +166 ລ້ານ USD  ', 'ເກີນດຸນ'],
    ['zh', '  +1.65亿美元至+1.66亿美元  ', '顺差'],
  ] as const)('writes it as its interval in %s: %s', (locale, balance, surplus) => {
    const text = line(onExact, locale);
    expect(text).toContain(balance);
    expect(text).toContain(surplus);
    // Was written as if exact: "US$165 million".
    expect(text).not.toMatch(/ {2}(US\$165 million|165 triệu USD|165 ລ້ານ USD|1\.65亿美元) {2}/);
  });

  it('includes the end an "at least" bound includes', () => {
    const atLeast = said('exports', 'at least US$565 million', '565');
    const r = row(laosH1With({ millions: '565' }, { millions: '400' }, [atLeast]));
    expect(r?.balanceBound).toEqual({ lo: '165000000', hi: '166000000', bounds: '[)' });
    expect(r?.position).toBe('surplus');
  });

  it('writes a deficit from its smaller size: imports "more than" on exact exports', () => {
    const imports = said('imports', 'more than US$565 million', '565');
    const deficit = laosH1With({ millions: '200' }, { millions: '565' }, [imports]);
    const r = row(deficit);
    // 200 − (565, 566): (−366, −365).
    expect(r?.balanceBound).toEqual({ lo: '-366000000', hi: '-365000000', bounds: '()' });
    expect(r?.balance).toBe('-365000000');
    expect(r?.position).toBe('deficit');
    expect(line(deficit, 'en')).toContain('  -US$365 million to -US$366 million  ');
    expect(line(deficit, 'vi')).toContain('  −365 triệu USD đến −366 triệu USD  ');
  });

  it('is about its true middle against a rounded side', () => {
    // (565, 566) − [266.5, 267.5] = (297.5, 299.5): about 299 million, not the flows' 298.
    const rounded = laosH1With({ millions: '565' }, { millions: '267', precision: '1' }, [
      moreThan565,
    ]);
    const r = row(rounded);
    expect(r?.balanceBound).toEqual({ lo: '297500000', hi: '299500000', bounds: '()' });
    // The flows' difference in --json; the text writes the interval's middle.
    expect(r?.balance).toBe('298000000');
    expect(r?.units.balance).toBe('2000000');
    expect(line(rounded, 'en')).toContain('  about US$299 million  ');
  });

  it('is its middle with two bounds', () => {
    // (565, 566) − (267, 268) = (297, 299).
    const imports = said('imports', 'more than US$267 million', '267');
    const two = laosH1With({ millions: '565' }, { millions: '267' }, [moreThan565, imports]);
    const r = row(two);
    expect(r?.balanceBound).toEqual({ lo: '297000000', hi: '299000000', bounds: '()' });
    expect(r?.balance).toBe('298000000');
    // Its middle to the million, as a turnover known to 2 million is written (no digit cut).
    expect(line(two, 'zh')).toContain('  2.98亿美元  ');
  });

  it('is a surplus above an equal exact side only where the bound excludes itself', () => {
    // "more than US$565 million" on exactly US$565 million: (0, 1) million, above 0.
    const above = row(laosH1With({ millions: '565' }, { millions: '565' }, [moreThan565]));
    expect(above?.balanceBound).toEqual({ lo: '0', hi: '1000000', bounds: '()' });
    expect(above?.position).toBe('surplus');
    // "at least": [0, 1) million, which may be 0: no position, the interval in its place.
    const atLeast = said('exports', 'at least US$565 million', '565');
    const zero = laosH1With({ millions: '565' }, { millions: '565' }, [atLeast]);
    const maybe = row(zero);
    expect(maybe?.balanceBound).toEqual({ lo: '0', hi: '1000000', bounds: '[)' });
    expect(maybe?.position).toBeNull();
    expect(maybe?.balanceRange).toEqual({ lo: '0', hi: '1000000' });
    expect(line(zero, 'en')).toContain('surplus or deficit unknown within rounding');
  });

  it('leaves a balance the published turnover narrows as it was, without balanceBound', () => {
    // The embedded half year: its turnover "more than US$833 million" narrows it.
    const r = row(parseDataset(vietnamLaosDocument));
    expect(r?.balanceBound).toBeUndefined();
    expect(r?.published).not.toBeNull();
    expect(line(parseDataset(vietnamLaosDocument), 'en')).toContain('  about US$299 million  ');
  });
});

describe('a turnover resting on a side published as a lower bound (r25h)', () => {
  // "more than US$565 million" plus exactly US$400 million: (965, 966) million, both ends open.
  const onExact = laosH1With({ millions: '565' }, { millions: '400' }, [moreThan565]);

  it('is the interval the bound allows, in --json; turnover stays the flows sum', () => {
    const r = row(onExact);
    expect(r?.turnoverBound).toEqual({ lo: '965000000', hi: '966000000', bounds: '()' });
    expect(r?.turnover).toBe('965000000');
    expect(r?.units.turnover).toBe('1000000');
  });

  it.each([
    ['en', '  US$965 million to US$966 million  '],
    ['vi', '  965 triệu USD đến 966 triệu USD  '],
    ['lo', '  965 ລ້ານ USD ຫາ 966 ລ້ານ USD  '],
    ['zh', '  9.65亿美元至9.66亿美元  '],
  ] as const)('writes it as its interval against an exact side in %s: %s', (locale, turnover) => {
    const text = line(onExact, locale);
    expect(text).toContain(turnover);
    // Was written as if exact: "US$965 million".
    expect(text).not.toMatch(/ {2}(US\$965 million|965 triệu USD|965 ລ້ານ USD|9\.65亿美元) {2}/);
  });

  it('includes the bottom an "at least" bound includes', () => {
    const atLeast = said('exports', 'at least US$565 million', '565');
    const r = row(laosH1With({ millions: '565' }, { millions: '400' }, [atLeast]));
    expect(r?.turnoverBound).toEqual({ lo: '965000000', hi: '966000000', bounds: '[)' });
  });

  it('is about its true middle against a rounded side', () => {
    // (565, 566) + [266.5, 267.5] = (831.5, 833.5): about 833 million, not the flows' 832.
    const rounded = laosH1With({ millions: '565' }, { millions: '267', precision: '1' }, [
      moreThan565,
    ]);
    const r = row(rounded);
    expect(r?.turnoverBound).toEqual({ lo: '831500000', hi: '833500000', bounds: '()' });
    expect(r?.turnover).toBe('832000000');
    expect(line(rounded, 'en')).toContain('  about US$833 million  ');
  });

  it('writes the ends of a bound interval with every digit they have, not the same text twice', () => {
    // "at least US$565 million" plus exactly US$565.5 million: [1,130.5, 1,131.5) million; each
    // end to the hundredth of a billion read 'US$1.13 billion to US$1.13 billion'.
    const atLeast = said('exports', 'at least US$565 million', '565');
    const turnover = laosH1With({ millions: '565' }, { millions: '565.5' }, [atLeast]);
    expect(line(turnover, 'en')).toContain('  US$1.1305 billion to US$1.1315 billion  ');
    // "more than US$1,565 million" less exactly US$400.5 million: (1,164.5, 1,165.5) million.
    const exports = said('exports', 'more than US$1,565 million', '1565');
    const balance = laosH1With({ millions: '1565' }, { millions: '400.5' }, [exports]);
    expect(row(balance)?.balanceBound).toEqual({
      lo: '1164500000',
      hi: '1165500000',
      bounds: '()',
    });
    expect(line(balance, 'en')).toContain('  +US$1.1645 billion to +US$1.1655 billion  ');
  });

  it('leaves a turnover its published figure narrows as it was, without turnoverBound', () => {
    const r = row(parseDataset(vietnamLaosDocument));
    expect(r?.turnoverBound).toBeUndefined();
  });
});

// Vietnam–Laos 2024 from one source: exports and imports in US$ million, exact; each side's
// statements as given (a side with none stays exact).
type Kind = 'exact' | 'at least' | 'more than';
type Side = 'exports' | 'imports';

/** A level statement of 2024 by `customs` of `reporter`'s `subject` to or from its partner. */
function level(
  reporter: 'VNM' | 'LAO',
  subject: Side,
  kind: Exclude<Kind, 'exact'>,
  millions: string,
) {
  return {
    id: `${reporter.toLowerCase()}-${subject}`,
    source: 'customs',
    kind: 'level',
    reporter,
    partner: reporter === 'VNM' ? 'LAO' : 'VNM',
    period: '2024',
    subject,
    amount: {
      text: `${kind} US$${millions} million`,
      value: new Decimal(millions).times(1e6).toFixed(),
      currency: 'USD',
    },
  };
}

/** Vietnam's 2024 exports and imports to and from Laos (US$ million) with `statements`. */
function year(exports: string, imports: string, statements: readonly object[]) {
  const flow = (kind: 'export' | 'import', millions: string) => ({
    reporter: 'VNM',
    partner: 'LAO',
    flow: kind,
    period: '2024',
    value: new Decimal(millions).times(1e6).toFixed(),
    currency: 'USD',
    status: 'official',
    source: 'customs',
  });
  return parseDataset({
    id: 'bounds',
    title: { en: 'bounds' },
    sources: [
      { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
      { id: 'press', publisher: 'Press', title: 'News', date: '2025-03', language: 'en' },
    ],
    flows: [flow('export', exports), flow('import', imports)],
    statements,
  });
}

const yearRow = (dataset: ReturnType<typeof parseDataset>) =>
  buildReport(dataset).trade[0]?.rows[0];

describe('a side that repeats a bound published for the other side of the pair (h330)', () => {
  // Vietnam's imports from Laos of US$565 million, Laos' exports to Vietnam of "more than US$565
  // million" by the same source: one figure, (565, 566) million. Exports exactly 565: (−1, 0).
  const mirrored = year('565', '565', [level('LAO', 'exports', 'more than', '565')]);

  it('reads it as the bound it is: a deficit, not balanced', () => {
    const r = yearRow(mirrored);
    expect(r?.lowerBounds).toEqual(['imports']);
    expect(r?.balanceBound).toEqual({ lo: '-1000000', hi: '0', bounds: '()' });
    expect(r?.turnoverBound).toEqual({ lo: '1130000000', hi: '1131000000', bounds: '()' });
    expect(r?.position).toBe('deficit');
    expect(r?.balanceRange).toBeNull();
  });

  it.each([
    ['en', 'more than US$565 million', 'US$0 to -US$1 million', 'deficit'],
    ['vi', 'hơn 565 triệu USD', '0 USD đến −1 triệu USD', 'nhập siêu'],
    ['lo', 'ຫຼາຍກວ່າ 565 ລ້ານ USD', '0 USD ຫາ −1 ລ້ານ USD', 'ຂາດດຸນ'],
    ['zh', '超过5.65亿美元', '0美元至−100万美元', '逆差'],
  ] as const)('writes it so in %s: %s, %s, %s', (locale, imports, balance, deficit) => {
    const text = line(mirrored, locale, '2024');
    expect(text).toContain(`  ${imports}  `);
    expect(text).toContain(`  ${balance}  `);
    expect(text).toContain(deficit);
  });

  it("marks the growth table's year as resting on it", () => {
    const [row2024] = buildReport(mirrored).growth?.rows ?? [];
    expect(row2024?.period).toBe('2024');
    expect(row2024?.marks).toContainEqual({ kind: 'lowerBound', flow: 'import' });
  });

  it('takes "at least" in: (−1, 0] million may be 0', () => {
    const r = yearRow(year('565', '565', [level('LAO', 'exports', 'at least', '565')]));
    expect(r?.atLeast).toEqual(['imports']);
    expect(r?.balanceBound).toEqual({ lo: '-1000000', hi: '0', bounds: '(]' });
    expect(r?.position).toBeNull();
  });

  it('leaves a side its own pair states, or another figure, as it is', () => {
    // Vietnam states its imports itself: its statement governs (exact US$565 million, rounded).
    const own = { ...level('VNM', 'imports', 'more than', '565'), id: 'own' };
    const stated = {
      ...own,
      amount: { text: 'US$565 million', value: '565000000', currency: 'USD' },
    };
    const governs = yearRow(
      year('565', '565', [level('LAO', 'exports', 'more than', '565'), stated]),
    );
    expect(governs?.lowerBounds).toBeUndefined();
    // Another value, another source, another period: no repeat.
    const other = level('LAO', 'exports', 'more than', '566');
    const elsewhere = { ...level('LAO', 'exports', 'more than', '565'), source: 'press' };
    const later = { ...level('LAO', 'exports', 'more than', '565'), period: '2025' };
    for (const statement of [other, elsewhere, later]) {
      const r = yearRow(year('565', '565', [statement]));
      expect(r?.position).toBe('balanced');
    }
  });
});

describe('the position of a balance on bound sides is the interval’s (h330)', () => {
  // Each side exact, "at least" ([v, v + 1) million) or "more than" ((v, v + 1)); the balance
  // exports − imports: a surplus only where every value is > 0 (an open end at 0 counts), a
  // deficit likewise, balanced only for the closed point 0. Checked with Python's decimal by the
  // signs of every difference of each side's values at steps of US$1,000 (ends as the words
  // allow). Laos' statement of a side is Vietnam's figure seen from the other side: the same.
  const kinds: readonly Kind[] = ['exact', 'at least', 'more than'];
  const expected: Record<string, Record<string, string>> = {
    // exports kind / imports kind → on the line (400, 400), above (401, 400), below (400, 401)
    'exact/exact': { on: 'balanced', above: 'surplus', below: 'deficit' },
    'exact/at least': { on: 'unknown', above: 'surplus', below: 'deficit' },
    'exact/more than': { on: 'deficit', above: 'surplus', below: 'deficit' },
    'at least/exact': { on: 'unknown', above: 'surplus', below: 'deficit' },
    'at least/at least': { on: 'unknown', above: 'surplus', below: 'deficit' },
    'at least/more than': { on: 'unknown', above: 'surplus', below: 'deficit' },
    'more than/exact': { on: 'surplus', above: 'surplus', below: 'deficit' },
    'more than/at least': { on: 'unknown', above: 'surplus', below: 'deficit' },
    'more than/more than': { on: 'unknown', above: 'surplus', below: 'deficit' },
  };
  const lines = { on: ['400', '400'], above: ['401', '400'], below: ['400', '401'] } as const;
  // Which side Laos states, seen from the other side: Vietnam's imports from Laos are Laos'
  // exports to Vietnam, its exports Laos' imports. The other side Vietnam states itself.
  const mirrored = ['neither', 'exports', 'imports'] as const;
  const cases = kinds.flatMap((exports) =>
    kinds.flatMap((imports) =>
      (['on', 'above', 'below'] as const).flatMap((where) =>
        mirrored.map((laos) => [exports, imports, where, laos] as const),
      ),
    ),
  );

  it.each(cases)(
    'exports %s, imports %s, %s the zero line; Laos states %s',
    (x, m, where, laos) => {
      const [e, i] = lines[where];
      const stated = (side: Side, kind: Kind, millions: string) => {
        if (kind === 'exact') return [];
        if (laos !== side) return [level('VNM', side, kind, millions)];
        return [level('LAO', side === 'exports' ? 'imports' : 'exports', kind, millions)];
      };
      const r = yearRow(year(e, i, [...stated('exports', x, e), ...stated('imports', m, i)]));
      expect(r?.position ?? 'unknown').toBe(expected[`${x}/${m}`]?.[where]);
      // Where the sign is unknown, the interval in its place.
      expect(r?.balanceRange === null).toBe(r?.position !== null);
    },
  );
});

describe('the ends of a balance whose sign is unknown (h330)', () => {
  // "at least US$565 million" less exactly US$565.123456 million: [−123,456, 876,544) US$; each
  // end to compact notation's default hundredth read '-US$123.46 thousand to +US$876.54 thousand'.
  const atLeast = said('exports', 'at least US$565 million', '565');
  const bound = laosH1With({ millions: '565' }, { millions: '565.123456' }, [atLeast]);

  it.each([
    ['en', '  -US$123.456 thousand to +US$876.544 thousand  '],
    ['vi', '  −123,456 nghìn USD đến +876,544 nghìn USD  '],
    ['lo', '  −123,456 ພັນ USD ຫາ +876,544 ພັນ USD  '],
    ['zh', '  −12.3456万美元至+87.6544万美元  '],
  ] as const)(
    'writes them with every digit they have on a bound side in %s: %s',
    (locale, text) => {
      expect(row(bound)?.balanceRange).toEqual({ lo: '-123456', hi: '876544' });
      expect(line(bound, locale)).toContain(text);
    },
  );

  it('writes them so on rounded sides too', () => {
    // "US$1 billion" (to the billion) less exactly US$623.4567 million: [−123.4567, 876.5433]
    // million, which the default wrote '-US$123.46 million to +US$876.54 million'.
    const rounded = laosH1With(
      { millions: '1000', precision: '1000' },
      { millions: '623.4567' },
      [],
    );
    expect(row(rounded)?.balanceRange).toEqual({ lo: '-123456700', hi: '876543300' });
    expect(line(rounded, 'en')).toContain('  -US$123.4567 million to +US$876.5433 million  ');
  });
});

describe('a growth table of one side marks a year resting on a bound once (r26a review)', () => {
  // Vietnam's imports from Laos alone, US$500 million in 2023 and US$565 million in 2024, that
  // figure "more than US$565 million" as Vietnam or (seen from the other side) Laos states it:
  // the series' point is the bound, and its flow too; the mark was written twice.
  const imports = (period: string, value: string) => ({
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'import',
    period,
    value,
    currency: 'USD',
    status: 'official',
    source: 'customs',
  });
  const importsOnly = (statement: object) =>
    parseDataset({
      id: 'imports',
      title: { en: 'imports' },
      sources: [
        { id: 'customs', publisher: 'Customs', title: 'Trade', date: '2025-03', language: 'en' },
      ],
      flows: [imports('2023', '500000000'), imports('2024', '565000000')],
      statements: [statement],
    });

  it.each([
    ['Vietnam', level('VNM', 'imports', 'more than', '565')],
    ['Laos', level('LAO', 'exports', 'more than', '565')],
  ])('as %s states it', (_, statement) => {
    const report = buildReport(importsOnly(statement));
    expect(report.growth?.rows.find((r) => r.period === '2024')?.marks).toEqual([
      { kind: 'lowerBound', flow: 'import' },
    ]);
    const growthLine = formatReport(report, 'en', false)
      .split('\n')
      .filter((text) => text.startsWith('  2024 '))[1];
    expect(growthLine).toMatch(/\+13\.0 % to \+13\.2 % .* {2}imports a lower bound$/);
  });
});
