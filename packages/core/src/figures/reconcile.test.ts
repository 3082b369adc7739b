import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import seed003 from './__fixtures__/seed-003-statements.json';
import seed004 from './__fixtures__/seed-004-statements.json';
import { formatInterval } from './format-interval.js';
import { reconcile } from './reconcile.js';
import type { Relation } from './relation.js';
import { safeParseStatement } from './statement.js';

type Json = Record<string, unknown>;

/** A copy of `statements` with the statement `id` changed. */
function edit(statements: readonly Json[], id: string, change: (statement: Json) => Json): Json[] {
  let found = false;
  const edited = statements.map((statement) => {
    if (statement.id !== id) return statement;
    found = true;
    return change(structuredClone(statement));
  });
  expect(found).toBe(true);
  return edited;
}

function only(relations: readonly Relation[], kind: Relation['kind'], id?: string): Relation {
  const matches = relations.filter(
    (relation) =>
      relation.kind === kind && (id === undefined || relation.statementIds.includes(id)),
  );
  expect(matches).toHaveLength(1);
  return matches[0] as Relation;
}

const importsToTenthOfBillion = (statement: Json): Json => ({
  ...statement,
  amount: { ...(statement.amount as Json), precision: '100000000' },
  note: 'assumption: "$1 billion" read as rounded to 0.1 billion',
});

describe('reconcile — seed 003, Q1 2021', () => {
  const report = reconcile(seed003);

  it('finds the statements consistent where they can be checked', () => {
    expect(report.counts).toEqual({ consistent: 2, inconsistent: 0, 'cannot-check': 4 });
  });

  it('adds exports and imports up to the turnover', () => {
    const sum = only(report.relations, 'parts-sum');
    expect(sum.verdict).toBe('consistent');
    expect(sum.statementIds).toEqual(['seed-003-exports', 'seed-003-imports', 'seed-003-turnover']);
    expect(sum.explanation).toBe(
      'Exports US$159.6 M [159.55, 159.65) plus imports US$179 M [178.5, 179.5) make [338.05, 339.15) M; the stated turnover US$338.6 M [338.55, 338.65) lies inside: consistent.',
    );
    expect(sum.tolerance?.toString()).toBe('600000');
    expect(sum.deviation?.toString()).toBe('0');
    expect(sum.derived && formatInterval(sum.derived.interval, { unit: '1e6' })).toBe(
      '[338.05, 339.15)',
    );
    expect(sum.intervals.map((entry) => entry.label)).toEqual([
      'exports 2021-Q1 (seed-003-exports)',
      'imports 2021-Q1 (seed-003-imports)',
      'turnover 2021-Q1 (seed-003-turnover)',
      'exports + imports 2021-Q1',
      'stated turnover 2021-Q1',
    ]);
  });

  it('agrees the three growth rates through the implied 2020-Q1 levels', () => {
    const components = only(report.relations, 'growth-components');
    expect(components.verdict).toBe('consistent');
    expect(components.statementIds).toHaveLength(6);
    expect(components.explanation).toBe(
      'Turnover US$338.6 M [338.55, 338.65) up 22.5 % [22.45, 22.55) implies 2020-Q1 turnover of (276.254, 276.562) M; exports US$159.6 M up 6.4 % imply (149.882, 150.118) M and imports US$179 M up 41.7 % imply (125.925, 126.721) M, together (275.808, 276.839) M; the two overlap: consistent.',
    );
  });

  it("implies Vietnam's Q1 2020 exports to Laos at about US$150 M", () => {
    const previous = report.implied.find(
      (value) => value.kind === 'previous' && value.subject === 'exports',
    );
    expect(previous?.period).toBe('2020-Q1');
    expect(previous?.figure.value.div(1e6).toFixed(1)).toBe('150.0');
    expect(previous?.explanation).toBe(
      'Exports US$159.6 M up 6.4 % imply 2020-Q1 exports of about US$150 M, within (149.882, 150.118) M.',
    );
  });

  it('cannot check the growth rates against levels, nor the ASEAN share', () => {
    const cannot = report.relations.filter((relation) => relation.verdict === 'cannot-check');
    expect(cannot.map((relation) => relation.kind)).toEqual([
      'growth-levels',
      'growth-levels',
      'growth-levels',
      'share',
    ]);
    expect(only(report.relations, 'share').explanation).toBe(
      "Vietnam's exports to ASEAN in 2021-Q1 are not stated, so the share 2.4 % [2.35, 2.45) cannot be checked; with exports US$159.6 M it implies Vietnam's exports to ASEAN of about US$6.7 B, within (6.51224, 6.79362) B.",
    );
  });

  it('flags a corrupted turnover with the reason', () => {
    const corrupted = reconcile(
      edit(seed003, 'seed-003-turnover', (statement) => ({
        ...statement,
        amount: { text: 'US$348.6 million', value: '348600000', currency: 'USD' },
      })),
    );
    const sum = only(corrupted.relations, 'parts-sum');
    expect(sum.verdict).toBe('inconsistent');
    expect(sum.explanation).toBe(
      'Exports US$159.6 M [159.55, 159.65) plus imports US$179 M [178.5, 179.5) make [338.05, 339.15) M; the stated turnover US$348.6 M [348.55, 348.65) lies outside it, 9.4 M above it: inconsistent — the figures differ by 10 M, more than the 0.6 M their rounding can explain.',
    );
    expect(only(corrupted.relations, 'growth-components').verdict).toBe('inconsistent');
  });
});

describe('reconcile — seed 004, first nine months of 2024', () => {
  const report = reconcile(seed004);

  it('finds the statements consistent where they can be checked', () => {
    expect(report.counts).toEqual({ consistent: 3, inconsistent: 0, 'cannot-check': 5 });
    expect(
      report.relations.filter((relation) => relation.verdict === 'consistent').map((r) => r.kind),
    ).toEqual(['parts-sum', 'growth-components', 'balance']);
  });

  it('says the sum check is loose because imports are "$1 billion", to the nearest billion', () => {
    const sum = only(report.relations, 'parts-sum');
    expect(sum.verdict).toBe('consistent');
    expect(sum.explanation).toBe(
      'Exports US$491.9 M [491.85, 491.95) plus imports US$1 B [500, 1500) M make [991.85, 1991.95) M; the stated turnover US$1.5 B [1450, 1550) M lies inside: consistent (a loose check: imports US$1 B is given only to the nearest US$1 B).',
    );
    expect(sum.tolerance?.div(1e6).toString()).toBe('550.05');
  });

  it('confirms the Lao surplus: a Vietnamese deficit whatever the rounding', () => {
    const balance = only(report.relations, 'balance');
    expect(balance.verdict).toBe('consistent');
    expect(balance.derived && formatInterval(balance.derived.interval, { unit: '1e6' })).toBe(
      '(-1008.15, -8.05)',
    );
    expect(balance.explanation).toBe(
      'Exports US$491.9 M [491.85, 491.95) minus imports US$1 B [500, 1500) M leave a balance of (-1008.15, -8.05) M for Vietnam: a deficit for Vietnam, that is a surplus for Laos, whatever the rounding; the claim "Laos continues to maintain a trade surplus with Vietnam" is confirmed: consistent.',
    );
  });

  it('stays consistent when the coarse figures are read more finely (the right reason)', () => {
    const finer = edit(
      edit(seed004, 'seed-004-imports', importsToTenthOfBillion),
      'seed-004-exports-growth',
      (statement) => ({ ...statement, rate: { ...(statement.rate as Json), precision: '0.1' } }),
    );
    const strict = reconcile(finer);
    expect(strict.counts.inconsistent).toBe(0);
    const sum = only(strict.relations, 'parts-sum');
    expect(sum.verdict).toBe('consistent');
    expect(sum.derived && formatInterval(sum.derived.interval, { unit: '1e6' })).toBe(
      '[1441.85, 1541.95)',
    );
    const components = only(strict.relations, 'growth-components');
    expect(components.verdict).toBe('consistent');
    expect(components.stated && formatInterval(components.stated.interval, { unit: '1e6' })).toBe(
      '(1154.91, 1235.56)',
    );
    expect(components.derived && formatInterval(components.derived.interval, { unit: '1e6' })).toBe(
      '(1148.96, 1229.24)',
    );
  });

  it('cannot catch a turnover of "1.6 billion" while imports are only "$1 billion"', () => {
    const corrupted = edit(seed004, 'seed-004-turnover', (statement) => ({
      ...statement,
      amount: { text: '$1.6 billion', value: '1600000000', currency: 'USD' },
    }));
    const loose = reconcile(corrupted);
    const sum = only(loose.relations, 'parts-sum');
    expect(sum.verdict).toBe('consistent');
    expect(sum.explanation).toContain(
      'a loose check: imports US$1 B is given only to the nearest US$1 B',
    );
    expect(only(loose.relations, 'growth-components').verdict).toBe('consistent');
  });

  it('flags a turnover of "1.6 billion" once imports are read to 0.1 billion', () => {
    const corrupted = edit(
      edit(seed004, 'seed-004-turnover', (statement) => ({
        ...statement,
        amount: { text: '$1.6 billion', value: '1600000000', currency: 'USD' },
      })),
      'seed-004-imports',
      importsToTenthOfBillion,
    );
    const report = reconcile(corrupted);
    const sum = only(report.relations, 'parts-sum');
    expect(sum.verdict).toBe('inconsistent');
    expect(sum.explanation).toBe(
      'Exports US$491.9 M [491.85, 491.95) plus imports US$1.0 B [950, 1050) M make [1441.85, 1541.95) M; the stated turnover US$1.6 B [1550, 1650) M lies outside it, 8.05 M above it: inconsistent — the figures differ by 108.1 M, more than the 100.05 M their rounding can explain (a loose check: imports US$1.0 B is given only to the nearest US$100 M).',
    );
    const components = only(report.relations, 'growth-components');
    expect(components.verdict).toBe('inconsistent');
    expect(components.explanation).toContain('the two are 3.88537 M apart: inconsistent');
  });

  it('flags a surplus claimed for the wrong side', () => {
    const flipped = reconcile(
      edit(seed004, 'seed-004-balance', (statement) => ({ ...statement, side: 'VNM' })),
    );
    const balance = only(flipped.relations, 'balance');
    expect(balance.verdict).toBe('inconsistent');
    expect(balance.explanation).toContain('is contradicted: inconsistent');
    // The balance's interval is open at both ends (published amounts are [lo, hi)), so it is a
    // deficit, never zero: it said "a deficit for Vietnam whatever the rounding (or zero)".
    expect(balance.explanation).toContain(
      'leave a balance of (-1008.15, -8.05) M for Vietnam: a deficit for Vietnam whatever the rounding, so the claim',
    );
  });

  it('writes an implied value with the digits its figures support, not four', () => {
    // US$1.5 B (to the 0.1 B) up 25.5 % implies (1.15491, 1.23556) B: "about US$1.2 B", not
    // "about US$1.195 B", whose last two digits the figures do not know.
    const turnover = report.implied.find(
      (value) => value.kind === 'previous' && value.subject === 'turnover',
    );
    expect(turnover?.explanation).toBe(
      'Turnover US$1.5 B up 25.5 % implies 2023-01/2023-09 turnover of about US$1.2 B, within (1.15491, 1.23556) B.',
    );
    // US$491.9 M up 24 % (to a whole percent): (395.06, 398.341) M, "about US$397 M".
    const exports = report.implied.find(
      (value) => value.kind === 'previous' && value.subject === 'exports',
    );
    expect(exports?.explanation).toBe(
      'Exports US$491.9 M up 24 % imply 2023-01/2023-09 exports of about US$397 M, within (395.06, 398.341) M.',
    );
  });

  it('writes an implied value rounded up into the next scale in that scale', () => {
    // US$1 B (to the billion) up 26.2 % implies (396.039, 1189.07) M, known to the billion: its
    // point, 792 M, is "about US$1 B", as vi/lo/zh write it, not "about US$1000 M".
    const imports = report.implied.find(
      (value) => value.kind === 'previous' && value.subject === 'imports',
    );
    expect(imports?.explanation).toBe(
      'Imports US$1 B up 26.2 % imply 2023-01/2023-09 imports of about US$1 B, within (396.039, 1189.07) M.',
    );
  });

  it('cannot check the shares of 2023 trade, but implies the wholes', () => {
    const shares = report.relations.filter((relation) => relation.kind === 'share');
    expect(shares.map((relation) => relation.verdict)).toEqual(['cannot-check', 'cannot-check']);
    const wholes = report.implied.filter((value) => value.kind === 'whole');
    expect(wholes.map((value) => [value.reporter, value.partner])).toEqual([
      ['LAO', 'WLD'],
      ['VNM', 'WLD'],
    ]);
    expect(
      formatInterval((wholes[0]?.figure ?? { interval: undefined }).interval as never, {
        unit: '1e9',
      }),
    ).toBe('(15.6666, 17.4211)');
  });
});

describe('reconcile — input that is not statements', () => {
  it('names each item that is not an object, as the statement parser does (hostile-input harness: 100,000 of them)', () => {
    const items = [...new Array(100_000).fill('2024'), null, [], seed003[0]];
    let error: unknown;
    try {
      reconcile(items);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BilateralError);
    const { code, issues } = error as BilateralError;
    expect(code).toBe('INVALID_FIGURE');
    expect(issues).toHaveLength(100_002);
    expect(issues[0]).toEqual({ path: [0], message: 'must be an object, found the string "2024"' });
    expect(issues.slice(-2)).toEqual([
      { path: [100_000], message: 'must be an object, found null' },
      { path: [100_001], message: 'must be an object, found an array' },
    ]);
    // The same words as the statement parser's.
    const parsed = safeParseStatement(null);
    expect(issues[100_000]?.message).toBe(parsed.success ? '' : parsed.error.issues[0]?.message);
  });

  it('says what it found where the statements are not an array', () => {
    expect(() => reconcile({} as never)).toThrow('must be an array of statements, found an object');
  });
});

describe('reconcile — other relations', () => {
  it('never writes an implied value at an end its interval leaves out', () => {
    // US$1.37 B [1365, 1375) M less about US$780 M [775, 785) M leaves exports of (580, 600) M:
    // 600 M, one digit, is not in it; 590 M is.
    const { implied } = reconcile([
      {
        id: 'turnover',
        source: 's',
        kind: 'level',
        reporter: 'VNM',
        partner: 'LAO',
        period: '2021',
        subject: 'turnover',
        amount: { text: 'US$1.37 billion', value: '1370000000', currency: 'USD' },
      },
      {
        id: 'imports',
        source: 's',
        kind: 'level',
        reporter: 'VNM',
        partner: 'LAO',
        period: '2021',
        subject: 'imports',
        amount: {
          text: 'about US$780 million',
          value: '780000000',
          currency: 'USD',
          precision: '10000000',
        },
      },
    ]);
    expect(implied.map((value) => value.explanation)).toEqual([
      'Turnover US$1.37 B minus imports US$780 M leaves exports of about US$590 M, within (580, 600) M.',
    ]);
  });

  const base = seed003 as readonly Json[];
  const previousExports = (text: string, value: string): Json => ({
    id: 'prior-exports',
    source: 'test',
    kind: 'level',
    reporter: 'VNM',
    partner: 'LAO',
    period: '2020-Q1',
    subject: 'exports',
    amount: { text, value, currency: 'USD' },
  });

  it('checks a growth rate against stated levels of both periods', () => {
    const agreeing = reconcile([...base, previousExports('US$150 million', '150000000')]);
    const relation = only(agreeing.relations, 'growth-levels', 'prior-exports');
    expect(relation.verdict).toBe('consistent');
    expect(relation.explanation).toBe(
      'Exports US$159.6 M [159.55, 159.65) in 2021-Q1 against US$150 M [149.5, 150.5) in 2020-Q1 make growth of (6.01328, 6.7893) %; the stated +6.4 % [6.35, 6.45) lies inside: consistent.',
    );
    const disagreeing = reconcile([...base, previousExports('US$140 million', '140000000')]);
    const wrong = only(disagreeing.relations, 'growth-levels', 'prior-exports');
    expect(wrong.verdict).toBe('inconsistent');
    expect(wrong.explanation).toContain('lies outside it');
  });

  it('checks a share when the whole is stated', () => {
    const share = (value: string): Json => ({
      id: 'exports-share-of-turnover',
      source: 'test',
      kind: 'share',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2021-Q1',
      subject: 'exports',
      share: { text: `${value}%`, value },
      whole: { reporter: 'VNM', partner: 'LAO', subject: 'turnover' },
    });
    const right = only(
      reconcile([...base, share('47.1')]).relations,
      'share',
      'exports-share-of-turnover',
    );
    expect(right.verdict).toBe('consistent');
    expect(right.explanation).toBe(
      "Exports US$159.6 M [159.55, 159.65) over Vietnam's trade with Laos US$338.6 M [338.55, 338.65) make (47.1135, 47.157) %; the stated share 47.1 % [47.05, 47.15) overlaps it: consistent.",
    );
    const wrong = only(
      reconcile([...base, share('52')]).relations,
      'share',
      'exports-share-of-turnover',
    );
    expect(wrong.verdict).toBe('inconsistent');
  });

  it('checks the size of a stated surplus', () => {
    const claim = (text: string, value: string): Json => ({
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
      amount: { text, value, currency: 'USD' },
    });
    const withoutClaim = (seed004 as readonly Json[]).filter((s) => s.id !== 'seed-004-balance');
    const right = only(
      reconcile([...withoutClaim, claim('US$508.1 million', '508100000')]).relations,
      'balance',
    );
    expect(right.verdict).toBe('consistent');
    expect(right.stated && formatInterval(right.stated.interval, { unit: '1e6' })).toBe(
      '(-508.15, -508.05]',
    );
    const wrong = only(
      reconcile([...withoutClaim, claim('US$1.2 billion', '1200000000')]).relations,
      'balance',
    );
    expect(wrong.verdict).toBe('inconsistent');
  });

  it('says when a surplus claim is possible but not confirmed', () => {
    const statements: Json[] = [
      {
        ...(base[2] as Json),
        id: 'x',
        amount: { text: 'US$0.5 billion', value: '500000000', currency: 'USD' },
      },
      {
        ...(base[5] as Json),
        id: 'm',
        amount: { text: 'US$0.5 billion', value: '500000000', currency: 'USD' },
      },
      {
        id: 'claim',
        source: 'test',
        kind: 'balance',
        reporter: 'VNM',
        partner: 'LAO',
        period: '2021-Q1',
        subject: 'balance',
        side: 'VNM',
        claim: 'deficit',
        text: 'Vietnam ran a small deficit',
      },
    ];
    const relation = only(reconcile(statements).relations, 'balance');
    expect(relation.verdict).toBe('consistent');
    expect(relation.explanation).toContain('possible but not confirmed');
  });

  it('uses turnover and one part for a balance when the other part is missing', () => {
    const statements = (seed004 as readonly Json[]).filter((s) => s.id !== 'seed-004-imports');
    const report = reconcile(statements);
    const balance = only(report.relations, 'balance');
    expect(balance.derived && formatInterval(balance.derived.interval, { unit: '1e6' })).toBe(
      '(-566.3, -466.1)',
    );
    expect(balance.verdict).toBe('consistent');
    const missing = report.implied.find((value) => value.kind === 'part');
    expect(missing?.subject).toBe('imports');
    expect(missing && formatInterval(missing.figure.interval, { unit: '1e6' })).toBe(
      '(958.05, 1058.15)',
    );
  });

  it('counts a rounding boundary as reachable (a publisher may round half to even)', () => {
    // Exact: exports 2.5 M and imports 2.5 M rounded half to even to "2 million" each; turnover
    // 5.0 M truncated. The half-open intervals only touch at 5 M, which is the true turnover.
    const level = (
      id: string,
      subject: string,
      text: string,
      value: string,
      rounding?: string,
    ): Json => ({
      id,
      source: 'test',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2021-Q1',
      subject,
      amount: { text, value, currency: 'USD', ...(rounding === undefined ? {} : { rounding }) },
    });
    const relation = only(
      reconcile([
        level('x', 'exports', 'US$2 million', '2000000'),
        level('m', 'imports', 'US$2 million', '2000000'),
        level('t', 'turnover', 'US$5.0 million', '5000000', 'truncate'),
      ]).relations,
      'parts-sum',
    );
    expect(relation.derived && formatInterval(relation.derived.interval, { unit: '1e6' })).toBe(
      '[3, 5)',
    );
    expect(relation.stated && formatInterval(relation.stated.interval, { unit: '1e6' })).toBe(
      '[5, 5.1)',
    );
    expect(relation.verdict).toBe('consistent');
  });

  it('never combines statements in different currencies', () => {
    const inYuan: Json = {
      id: 'turnover-cny',
      source: 'test',
      kind: 'level',
      reporter: 'VNM',
      partner: 'LAO',
      period: '2021-Q1',
      subject: 'turnover',
      amount: { text: 'CNY 2.2 billion', value: '2200000000', currency: 'CNY' },
    };
    const report = reconcile([...base, inYuan]);
    const sums = report.relations.filter((relation) => relation.kind === 'parts-sum');
    expect(sums).toHaveLength(1);
    expect(sums[0]?.currency).toBe('USD');
  });

  it('says why a relation cannot be computed instead of throwing', () => {
    const falling = edit(base, 'seed-003-exports-growth', (statement) => ({
      ...statement,
      rate: { text: 'down 100%', value: '-100' },
    }));
    const report = reconcile(falling);
    const components = only(report.relations, 'growth-components');
    expect(components.verdict).toBe('cannot-check');
    expect(components.explanation).toContain('−100 %');
  });

  it('cannot check a growth rate in the year 1 against the year before, which is none (review h150 A12)', () => {
    // Seed 003 moved from 2021-Q1 to 0001-Q1: reconcile threw INVALID_PERIOD at path ['period'].
    const report = reconcile(seed003.map((statement) => ({ ...statement, period: '0001-Q1' })));
    const growths = report.relations.filter((relation) => relation.kind.startsWith('growth-'));
    expect(growths.map((relation) => [relation.kind, relation.verdict]).sort()).toEqual([
      ['growth-components', 'cannot-check'],
      ['growth-levels', 'cannot-check'],
      ['growth-levels', 'cannot-check'],
      ['growth-levels', 'cannot-check'],
    ]);
    expect(only(report.relations, 'growth-levels', 'seed-003-exports-growth').explanation).toBe(
      "The growth of Vietnam's exports to Laos, +6.4 %, cannot be checked against levels: no year comes before 0001-Q1 (periods are in the years 1–9999).",
    );
    expect(only(report.relations, 'growth-components').explanation).toBe(
      'The previous levels cannot be implied: no year comes before 0001-Q1 (periods are in the years 1–9999).',
    );
    // Nothing is implied for a year before it; the rest of the report stands.
    expect(report.implied.filter((value) => value.kind === 'previous')).toEqual([]);
    expect(only(report.relations, 'parts-sum').verdict).toBe('consistent');
  });

  it('refuses invalid statements and duplicate ids, naming each', () => {
    try {
      reconcile([base[0], { ...(base[0] as Json) }, { ...(base[2] as Json), period: '2021-Q7' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('INVALID_FIGURE');
      expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([
        [1, 'id'],
        [2, 'period'],
      ]);
    }
    expect(() => reconcile('statements' as unknown as unknown[])).toThrowError(BilateralError);
  });

  it('returns an empty report for no statements', () => {
    expect(reconcile([])).toEqual({
      relations: [],
      implied: [],
      counts: { consistent: 0, inconsistent: 0, 'cannot-check': 0 },
    });
  });
});
