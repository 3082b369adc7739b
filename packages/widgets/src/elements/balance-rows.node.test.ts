import {
  type Dataset,
  type DatasetDocument,
  Decimal,
  embeddedDatasets,
  formatPeriod,
  money,
  type PeriodKind,
  parseDataset,
  parsePublishedAmount,
  vietnamLaosDocument,
  writeKnownAmount,
} from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { yearDocument } from '../../../core/src/__fixtures__/year-document.js';
// The report's own rows (the `bilateral` command's code, which the package does not export).
import { cover } from '../../../core/src/cli/format-report.js';
import { buildReport } from '../../../core/src/cli/report.js';
import { nineMonthsWith } from '../__tests__/rounded-balance-documents.js';
import { setShownPrecision } from '../data/figure-reader.js';
import { memoized } from '../data/memoized.js';
// The English words ("about"), as a page has them.
import '../i18n/messages.js';
import { narrowedBalances } from '../data/narrowed-balances.js';
import { withDisputedRatesAndBalances } from '../data/with-disputed-rates-and-balances.js';
import { coverageOf, rowsOf } from './balance-rows.js';

// The figure parser, as the chunk that validates documents gives it: the documents' statements
// do not all give their precision.
setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);

const NINE_MONTHS = '2024-01/2024-09';
const VNM_LAO = { reporter: 'VNM', partner: 'LAO' } as const;
const KINDS: readonly PeriodKind[] = ['year', 'year-to-date', 'half', 'quarter', 'month'];

/** A flow of Vietnam's with Laos in January–September 2024, in US dollars. */
const flow = (
  direction: 'export' | 'import',
  [value, precision]: readonly [string, string],
  source: string,
  status: 'preliminary' | 'official' = 'preliminary',
) => ({
  reporter: 'VNM',
  partner: 'LAO',
  flow: direction,
  period: NINE_MONTHS,
  value,
  currency: 'USD',
  status,
  source,
  precision,
});

/** A turnover of Vietnam's with Laos in January–September 2024 that `source` published. */
const turnover = (id: string, [value, precision]: readonly [string, string], source: string) => ({
  id,
  source,
  kind: 'level' as const,
  reporter: 'VNM',
  partner: 'LAO',
  period: NINE_MONTHS,
  subject: 'turnover' as const,
  amount: { text: `US$${value}`, currency: 'USD', value, precision },
});

/**
 * The Vietnam–Laos document with a second source for January–September 2024 beside seed 004
 * (US$491.9 million against "US$1 billion", a turnover of US$1.5 billion: a deficit of about
 * US$500 million only that turnover tells): vietnamplus-280075, dated 2024, so published before
 * seed 004 (2024-10-24), which the card draws unless the second is more final (`official`).
 */
function twoSources(
  flows: readonly ReturnType<typeof flow>[],
  statements: readonly ReturnType<typeof turnover>[] = [],
): DatasetDocument {
  return {
    ...vietnamLaosDocument,
    flows: [...vietnamLaosDocument.flows, ...flows],
    statements: [...(vietnamLaosDocument.statements ?? []), ...statements],
  };
}

const OTHER = 'vietnamplus-280075';

/**
 * Documents with two sources in one period: one narrowing, one not; differing signs. The other
 * source's exports are given to the 0.01 million, so that seed 004's statement of its exports
 * (US$491.9 million, to the 0.1 million), which the card's series draws in place of a flow as
 * precise or less, does not take their place.
 */
const documents: Readonly<Record<string, DatasetDocument>> = {
  // Seed 004 drawn (published later), narrowed; the other a surplus its flows tell.
  'seed 004 drawn, the other a surplus': twoSources([
    flow('export', ['600000000', '10000'], OTHER),
    flow('import', ['500000000', '1000000'], OTHER),
  ]),
  // The other drawn (official): its own turnover of "US$2.00 billion" narrows −US$30 to +70
  // million to a surplus (+35 to +45 million).
  'the other drawn, narrowed to a surplus by its turnover': twoSources(
    [
      flow('export', ['1020000000', '10000'], OTHER, 'official'),
      flow('import', ['1000000000', '100000000'], OTHER, 'official'),
    ],
    [turnover('other-turnover', ['2000000000', '10000000'], OTHER)],
  ),
  // The other drawn (official), a surplus its flows tell, with no statement of its own (seed
  // 004's, which its row is then weighed with, do not meet its flows).
  'the other drawn, a surplus of its flows': twoSources([
    flow('export', ['600000000', '10000'], OTHER, 'official'),
    flow('import', ['500000000', '1000000'], OTHER, 'official'),
  ]),
  // The other drawn (official), its sign unknown (−US$30.005 to +70.005 million), not narrowed.
  'the other drawn, sign unknown': twoSources([
    flow('export', ['1020000000', '10000'], OTHER, 'official'),
    flow('import', ['1000000000', '100000000'], OTHER, 'official'),
  ]),
  // The other's exports only (official): the card weighs them against seed 004's imports.
  'exports of one source, imports of another': twoSources([
    flow('export', ['600000000', '10000'], OTHER, 'official'),
  ]),
  // One source: narrowed to a surplus, to −1.5 to +1.5 million (unknown), not at all.
  'one source, narrowed to a surplus': nineMonthsWith(
    ['1000000000', '100000000'],
    ['1020000000', '10000000'],
    ['2060000000', '10000000'],
  ),
  'one source, narrowed, sign unknown': nineMonthsWith(
    ['1000000000', '100000000'],
    ['1020000000', '1000000'],
    ['2040000000', '1000000'],
  ),
  // Exports US$600.00 million, imports "US$0.5 billion", a turnover of US$1,100 million: the
  // imports kept to US$499 to 501 million, known to two digits, not one: a coverage of "about
  // 120 %", not "about 100 %".
  'one source, narrowed, its coverage to more digits': nineMonthsWith(
    ['600000000', '10000'],
    ['500000000', '100000000'],
    ['1100000000', '1000000'],
  ),
  // Exports US$100 million (to the million), imports US$100.4 million (to the 0.1 million): the
  // flows' −US$0.95 to +0.15 million, the turnover of US$200.9 million keeps −US$0.05 to +0.15
  // million, written alike ("about US$0"), sign unknown either way: the report's interval.
  'one source, narrowed, sign unknown, written as the flows': nineMonthsWith(
    ['100000000', '1000000'],
    ['100400000', '100000'],
    ['200900000', '100000'],
  ),
  'one source, not narrowed, sign unknown': nineMonthsWith(
    ['1000000000', '100000000'],
    ['1020000000', '10000000'],
  ),
};

const datasets: readonly (readonly [string, Dataset])[] = [
  ...Object.entries(embeddedDatasets).map(([name, dataset]) => [name, dataset as Dataset] as const),
  ...Object.entries(documents).map(([name, document]) => [name, parseDataset(document)] as const),
];

/**
 * What the card and the report say of one period's balance: its amount as written (to the unit it
 * is known to), its sign, its interval where the sign is unknown.
 */
interface Said {
  readonly balance: string;
  readonly position: string;
  readonly range: readonly [lo: string, hi: string] | null;
  /** The coverage as written in English, `—` for none (no-break spaces as spaces). */
  readonly coverage: string;
}

/** A balance as both write it in English: "about US$500 million" (`writeKnownAmount`). */
const written = (amount: string, unit: string | null) =>
  writeKnownAmount(money(amount, 'USD'), unit === null ? undefined : new Decimal(unit), 'en').text;

const spaced = (text: string) => text.replaceAll('\u00a0', ' ');

/**
 * The card's rows of every pair's totals in every kind of period, by `"<pair> <period>"`, with the
 * source whose flows they weigh (one source's exports and imports only: the rows the report has),
 * the dataset's narrowed balances kept with it as its loader keeps them.
 */
function cardSays(dataset: Dataset): Map<string, Said & { readonly source: string }> {
  memoized(dataset, 'balances', () => narrowedBalances(dataset));
  const pairs = new Set(dataset.flows.map((f) => `${f.reporter} ${f.partner}`));
  const said = new Map<string, Said & { readonly source: string }>();
  for (const pair of pairs) {
    const [reporter, partner] = pair.split(' ') as [string, string];
    for (const kind of KINDS) {
      for (const row of rowsOf(dataset, { reporter, partner }, kind)) {
        const [sold, bought] = row.sources;
        if (row.sources.length !== 2 || sold !== bought || sold === undefined) continue;
        said.set(`${pair} ${formatPeriod(row.point.period)}`, {
          source: sold,
          balance: written(row.point.balance.amount.toFixed(), row.precision?.toFixed() ?? null),
          position: row.point.position.reporter,
          range: row.range ? [row.range[0].toFixed(), row.range[1].toFixed()] : null,
          coverage: spaced(coverageOf(row, 'en')),
        });
      }
    }
  }
  return said;
}

/** The report's row of each pair's totals, period and source, by `"<pair> <period> <source>"`. */
function reportSays(dataset: Dataset): Map<string, Said> {
  const said = new Map<string, Said>();
  for (const section of buildReport(dataset).trade) {
    if (section.commodity !== null) continue;
    for (const row of section.rows) {
      if (row.sources.length !== 1 || row.balance === null) continue;
      const range = row.balanceRange;
      said.set(`${section.reporter} ${section.partner} ${row.period} ${row.sources[0]}`, {
        balance: written(row.balance, row.units.balance),
        position: row.position ?? 'unknown',
        range: range === null ? null : [range.lo, range.hi],
        // The report's cover column: none where the sign is unknown (format-report).
        coverage: range === null ? spaced(cover(row, 'en')) : '—',
      });
    }
  }
  return said;
}

describe("<bilateral-balance>'s rows against the report's", () => {
  it('covers as the report where published figures narrow the balance', () => {
    const covered = (name: string) =>
      cardSays(parseDataset(documents[name] as DatasetDocument)).get(`VNM LAO ${NINE_MONTHS}`)
        ?.coverage;
    // The kept sides' midpoints, US$1,040 million over 1,020 million, where the flows' 98 % would
    // say a deficit.
    expect(covered('one source, narrowed to a surplus')).toBe('about 102 %');
    expect(covered('one source, narrowed, its coverage to more digits')).toBe('about 120 %');
    expect(covered('one source, narrowed, sign unknown')).toBe('—');
  });

  it.each(datasets)(
    '%s: the sign, and the interval where unknown, of the source the card draws',
    (_, dataset) => {
      const report = reportSays(dataset);
      let compared = 0;
      for (const [key, { source, ...card }] of cardSays(dataset)) {
        const row = report.get(`${key} ${source}`);
        // A period the card sums from others (a year of quarters) has no report row.
        if (row === undefined) continue;
        expect([key, card]).toEqual([key, row]);
        compared++;
      }
      expect(compared).toBeGreaterThan(1);
    },
  );

  it("draws, in a period two sources publish, the core's choice: the more final, else the later", () => {
    const drawn = (name: string) =>
      cardSays(parseDataset(documents[name] as DatasetDocument)).get(`VNM LAO ${NINE_MONTHS}`);
    expect(drawn('seed 004 drawn, the other a surplus')).toEqual({
      source: 'seed-004-moit-2024-10-24',
      balance: '-US$500 million',
      position: 'deficit',
      range: null,
      coverage: 'about 50 %',
    });
    expect(drawn('the other drawn, narrowed to a surplus by its turnover')).toEqual({
      source: OTHER,
      balance: 'US$40 million',
      position: 'surplus',
      range: null,
      coverage: 'about 100 %',
    });
    expect(drawn('the other drawn, sign unknown')).toEqual({
      source: OTHER,
      balance: 'US$0',
      position: 'unknown',
      range: ['-30005000', '70005000'],
      coverage: '—',
    });
    // Two sources' flows weighed together: no report row, nothing narrowed.
    expect(drawn('exports of one source, imports of another')).toBeUndefined();
    const mixed = parseDataset(
      documents['exports of one source, imports of another'] as DatasetDocument,
    );
    expect(narrowedBalances(mixed)['VNM LAO']?.[NINE_MONTHS]).toBeUndefined();
  });
});

describe('<bilateral-balance>’s rows with a side published as a lower bound', () => {
  // "more than US$565 million" stands for 565 to 566 million (`rounding: 'truncate'`), not 565
  // ± 0.5: a balance on it lies in an interval that starts or ends at the flows' difference.
  const more = (subject: 'exports' | 'imports' | 'turnover', millions: string) => ({
    subject,
    text: `more than US$${millions} million`,
    value: `${millions}000000`,
  });
  const atLeast = (subject: 'exports' | 'imports', millions: string) => ({
    ...more(subject, millions),
    text: `at least US$${millions} million`,
  });
  const million = (millions: string) => [`${millions}000000`, null] as const;
  /** A year's row as a `data` document gives it: the dataset the validator chunk makes ready. */
  const rowOf = (document: ReturnType<typeof yearDocument>) => {
    const [row] = rowsOf(withDisputedRatesAndBalances(parseDataset(document)), VNM_LAO, 'year');
    return {
      balance: row?.point.balance.amount.toFixed(),
      precision: row?.precision?.toFixed(),
      range: row?.range?.map((end) => end.toFixed()),
      position: row?.point.position.reporter,
    };
  };

  it.each([
    [
      // More than US$165 million: a surplus, the interval its precision wide above 165.
      'exports a bound, imports exact',
      yearDocument(million('565'), million('400'), [more('exports', '565')]),
      {
        balance: '165500000',
        precision: '1000000',
        range: ['165000000', '166000000'],
        position: 'surplus',
      },
    ],
    [
      // Less than US$135 million: the surplus shrinks as the imports grow.
      'imports a bound, exports exact, a surplus',
      yearDocument(million('400'), million('265'), [more('imports', '265')]),
      {
        balance: '134500000',
        precision: '1000000',
        range: ['134000000', '135000000'],
        position: 'surplus',
      },
    ],
    [
      // A deficit of more than US$365 million.
      'imports a bound, exports exact, a deficit',
      yearDocument(million('200'), million('565'), [more('imports', '565')]),
      {
        balance: '-365500000',
        precision: '1000000',
        range: ['-365000000', '-366000000'],
        position: 'deficit',
      },
    ],
    [
      // A deficit of less than US$35 million.
      'exports a bound, imports exact, a deficit',
      yearDocument(million('565'), million('600'), [more('exports', '565')]),
      {
        balance: '-34500000',
        precision: '1000000',
        range: ['-34000000', '-35000000'],
        position: 'deficit',
      },
    ],
    [
      // 565 to 566 against 266.5 to 267.5 million: 297.5 to 299.5, about 298.5 (not 298, the
      // flows' difference, as if the bound were its middle), to the unit the report gives it.
      'exports a bound, imports rounded',
      yearDocument(million('565'), ['267000000', '1000000'], [more('exports', '565')]),
      { balance: '298500000', precision: '1000000', range: undefined, position: 'surplus' },
    ],
    [
      // 565 to 566 against 265 to 266 million: 299 to 301, about US$300 million.
      'both bounds',
      yearDocument(million('565'), million('265'), [
        more('exports', '565'),
        more('imports', '265'),
      ]),
      { balance: '300000000', precision: '2000000', range: undefined, position: 'surplus' },
    ],
    [
      // More than 0, less than 1 million: "more than" leaves out its figure, so the balance is
      // not 0: a surplus, as `bilateral report` says (`boundBalanceRow`).
      'exports a bound on exact imports of its value',
      yearDocument(million('400'), million('400'), [more('exports', '400')]),
      { balance: '500000', precision: '1000000', range: ['0', '1000000'], position: 'surplus' },
    ],
    [
      // "at least" takes its figure in: 0 to 1 million, 0 included, the sign unknown.
      'exports "at least" a bound on exact imports of its value',
      yearDocument(million('400'), million('400'), [atLeast('exports', '400')]),
      { balance: '500000', precision: '1000000', range: ['0', '1000000'], position: 'unknown' },
    ],
    [
      // The mirror: a deficit of less than 1 million, written from its smaller size.
      'imports a bound on exact exports of its value',
      yearDocument(million('400'), million('400'), [more('imports', '400')]),
      { balance: '-500000', precision: '1000000', range: ['0', '-1000000'], position: 'deficit' },
    ],
    [
      'imports "at least" a bound on exact exports of its value',
      yearDocument(million('400'), million('400'), [atLeast('imports', '400')]),
      { balance: '-500000', precision: '1000000', range: ['-1000000', '0'], position: 'unknown' },
    ],
    [
      // (0, 2) million, 0 left out (a bound's top is never reached): a surplus of its interval.
      'exports "more than" 401 on imports "at least" 400',
      yearDocument(million('401'), million('400'), [
        more('exports', '401'),
        atLeast('imports', '400'),
      ]),
      { balance: '1000000', precision: '2000000', range: ['0', '2000000'], position: 'surplus' },
    ],
    [
      // The mirror: (-2, 0), a deficit, written from its smaller size.
      'exports "at least" 399 on imports "more than" 400',
      yearDocument(million('399'), million('400'), [
        atLeast('exports', '399'),
        more('imports', '400'),
      ]),
      { balance: '-1000000', precision: '2000000', range: ['0', '-2000000'], position: 'deficit' },
    ],
    [
      // A published turnover of US$965.3 million would narrow it to 165.25 to 165.35 million
      // were the imports exact, but a side without a precision may be rounded: `bilateral
      // report` does not combine them (`publishedTrade`), nor does the card (165 to 166 again).
      'exports a bound, imports without a precision, a turnover the report does not combine',
      yearDocument(million('565'), million('400'), [
        more('exports', '565'),
        { subject: 'turnover', text: 'US$965.3 million', value: '965300000' },
      ]),
      {
        balance: '165500000',
        precision: '1000000',
        range: ['165000000', '166000000'],
        position: 'surplus',
      },
    ],
    [
      // 565 to 566 against 399.5 to 400.5 million, a turnover of 965 to 966: 164.5 to 166.5
      // million (the turnover allows 164 to 167), about 165.5, not the flows' 165.
      'exports a bound, imports rounded, a turnover that narrows nothing',
      yearDocument(
        million('565'),
        ['400000000', '1000000'],
        [more('exports', '565'), more('turnover', '965')],
      ),
      { balance: '165500000', precision: '1000000', range: undefined, position: 'surplus' },
    ],
  ])('%s: the interval the bound gives', (_, document, said) => {
    expect(rowOf(document)).toEqual(said);
  });

  it.each([
    ['exports', 'more than', more, 'surplus'],
    ['exports', 'at least', atLeast, 'unknown'],
    ['imports', 'more than', more, 'deficit'],
    ['imports', 'at least', atLeast, 'unknown'],
  ] as const)(
    '%s of %s US$400 million on exactly 400: the report’s position',
    (side, _, bound, position) => {
      const document = yearDocument(million('400'), million('400'), [bound(side, '400')]);
      const [row] = buildReport(parseDataset(document)).trade[0]?.rows ?? [];
      expect([rowOf(document).position, row?.position ?? 'unknown']).toEqual([position, position]);
    },
  );

  it.each([
    ['exports', 'more than', more, atLeast, 'surplus'],
    ['exports', 'at least', atLeast, more, 'unknown'],
    ['imports', 'more than', more, atLeast, 'deficit'],
    ['imports', 'at least', atLeast, more, 'unknown'],
  ] as const)(
    '%s of %s 400 million, then the other words, on exactly 400: the first statement’s position, as the report’s',
    (side, _, first, second, position) => {
      const document = yearDocument(million('400'), million('400'), [
        first(side, '400'),
        second(side, '400'),
      ]);
      const [row] = buildReport(parseDataset(document)).trade[0]?.rows ?? [];
      expect([rowOf(document).position, row?.position ?? 'unknown']).toEqual([position, position]);
    },
  );

  // The rule the card and `bilateral report` follow: a position only where the whole interval
  // of the balance supports it (an open end at 0 counts as beyond 0), balanced only for the
  // closed point 0. Exports of 399, 400 or 401 million against imports of 400, each side exact
  // ([x, x]), "at least" ([x, x + 1)) or "more than" ((x, x + 1)).
  const sideOf =
    (kind: 'exact' | 'at least' | 'more than', subject: 'exports' | 'imports') =>
    (millions: string) =>
      kind === 'exact' ? [] : [(kind === 'at least' ? atLeast : more)(subject, millions)];
  it.each([
    // exports     imports       399 vs 400   400 vs 400   401 vs 400
    ['exact', 'exact', ['deficit', 'balanced', 'surplus']], // [-1, -1], [0, 0], [1, 1]
    ['at least', 'exact', ['deficit', 'unknown', 'surplus']], // [-1, 0), [0, 1), [1, 2)
    ['more than', 'exact', ['deficit', 'surplus', 'surplus']], // (-1, 0), (0, 1), (1, 2)
    ['exact', 'at least', ['deficit', 'unknown', 'surplus']], // (-2, -1], (-1, 0], (0, 1]
    ['exact', 'more than', ['deficit', 'deficit', 'surplus']], // (-2, -1), (-1, 0), (0, 1)
    // Two bounds: each end open (a bound's top is never reached): (-2, 0), (-1, 1), (0, 2).
    ['at least', 'at least', ['deficit', 'unknown', 'surplus']],
    ['at least', 'more than', ['deficit', 'unknown', 'surplus']],
    ['more than', 'at least', ['deficit', 'unknown', 'surplus']],
    ['more than', 'more than', ['deficit', 'unknown', 'surplus']],
  ] as const)(
    'exports %s, imports %s, on, below and above the zero line: the position the interval supports, as the report’s',
    (exports, imports, positions) => {
      const documents = ['399', '400', '401'].map((sold) =>
        yearDocument(million(sold), million('400'), [
          ...sideOf(exports, 'exports')(sold),
          ...sideOf(imports, 'imports')('400'),
        ]),
      );
      const report = documents.map(
        (document) => buildReport(parseDataset(document)).trade[0]?.rows[0]?.position ?? 'unknown',
      );
      expect([documents.map((document) => rowOf(document).position), report]).toEqual([
        positions,
        positions,
      ]);
    },
  );

  it.each([
    ['more than', more],
    ['at least', atLeast],
  ] as const)(
    'exports of an uncertain "%s 400 million" on exactly 400: no sign from its words',
    (_, bound) => {
      const document = yearDocument(million('400'), million('400'), [bound('exports', '400')]);
      const uncertain = {
        ...document,
        statements: document.statements.map((statement) => ({ ...statement, uncertain: true })),
      };
      expect(rowOf(uncertain).position).toBe('unknown');
    },
  );

  it.each([
    ['exports', 'more than', more, 'surplus'],
    ['imports', 'more than', more, 'deficit'],
    ['exports', 'at least', atLeast, 'unknown'],
  ] as const)(
    '%s: an uncertain statement of the other words, then a certain "%s", of 400 on exactly 400: the certain one’s position, as the report’s',
    (side, _, certain, position) => {
      // The series draws the first statement (the uncertain one); the report reads the certain.
      const other = certain === more ? atLeast : more;
      const document = yearDocument(million('400'), million('400'), [
        other(side, '400'),
        certain(side, '400'),
      ]);
      const statements = document.statements.map((statement, index) =>
        index === 0 ? { ...statement, uncertain: true } : statement,
      );
      const estimated = { ...document, statements };
      const [row] = buildReport(parseDataset(estimated)).trade[0]?.rows ?? [];
      expect([rowOf(estimated).position, row?.position ?? 'unknown']).toEqual([position, position]);
    },
  );

  // h330's cases of the report (report-bound-balance.test.ts, 'the position of a balance on
  // bound sides is the interval’s'): each side exact, "at least" or "more than", on (400, 400),
  // above (401, 400) or below (400, 401) the zero line, with Laos stating neither side or one of
  // them as the figure of its own opposite side (Vietnam's imports are Laos' exports).
  const KIND_NAMES = ['exact', 'at least', 'more than'] as const;
  const ON_LINE = { on: ['400', '400'], above: ['401', '400'], below: ['400', '401'] } as const;
  it.each(
    KIND_NAMES.flatMap((exports) =>
      KIND_NAMES.flatMap((imports) =>
        (['on', 'above', 'below'] as const).flatMap((where) =>
          (['neither', 'exports', 'imports'] as const).map(
            (laos) => [exports, imports, where, laos] as const,
          ),
        ),
      ),
    ),
  )(
    'exports %s, imports %s, %s the zero line, Laos states %s: the report’s position',
    (exports, imports, where, laos) => {
      const [sold, bought] = ON_LINE[where];
      const document = yearDocument(million(sold), million(bought), [
        ...sideOf(exports, 'exports')(sold),
        ...sideOf(imports, 'imports')(bought),
      ]);
      const statements = document.statements.map((statement) =>
        statement.subject === laos
          ? {
              ...statement,
              reporter: 'LAO',
              partner: 'VNM',
              subject: laos === 'exports' ? 'imports' : 'exports',
            }
          : statement,
      );
      const stated = { ...document, statements };
      const [row] = buildReport(parseDataset(stated)).trade[0]?.rows ?? [];
      expect(rowOf(stated).position).toBe(row?.position ?? 'unknown');
    },
  );
});

describe("<bilateral-balance>'s units past 64 digits", () => {
  it('never decides a sign on a unit rounded to 64 digits: PRECISION_EXCEEDED, as the report', () => {
    // No exports, known to 1e29; imports of 5e28 + 5e-35 (64 digits), known to 7e-35. Their
    // units summed, 1e29 + 7e-35, need 65 digits: rounded (1e29 + 1e-34), half of them reached
    // the imports and the card said the sign unknown, where the exact half, 5e28 + 3.5e-35, is
    // below them (a deficit). The report has no turnover nor balance for the row (the unit's
    // PRECISION_EXCEEDED); the card fails with that error, as for a turnover past 64 digits.
    const imports = `5${'0'.repeat(28)}.${'0'.repeat(34)}5`;
    const document = yearDocument(['0', `1${'0'.repeat(29)}`], [imports, `0.${'0'.repeat(34)}7`]);
    const [row] = buildReport(parseDataset(document)).trade[0]?.rows ?? [];
    expect([row?.balance, row?.turnover]).toEqual([null, null]);
    expect(() => rowsOf(parseDataset(document), VNM_LAO, 'year')).toThrow(
      expect.objectContaining({ code: 'PRECISION_EXCEEDED' }),
    );
  });
});
