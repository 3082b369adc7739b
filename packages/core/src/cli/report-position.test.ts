import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { yearDocument } from '../__fixtures__/year-document.js';
import { parseDataset } from '../dataset/dataset.js';
import { interval } from '../figures/index.js';
import { formatReport } from './format-report.js';
import { buildReport } from './report.js';
import { positionWithin } from './report-position.js';
import { REPORT_WORDS } from './report-words/index.js';

const UNKNOWN_POSITION = REPORT_WORDS.en.unknownPosition;

/** The 2024 row of a dataset's report, and its line of the text report in `locale`. */
function reported(data: ReturnType<typeof yearDocument>, locale: 'en' | 'vi' | 'zh' = 'en') {
  const report = buildReport(parseDataset(data), { locale });
  const line = formatReport(report, locale, false)
    .split('\n')
    .find((text) => text.startsWith('  2024 '));
  return { row: report.trade[0]?.rows[0], line };
}

// Exports "US$1.0 billion" (to the 0.1 billion: 0.95–1.05) and imports "US$1.02 billion" (to
// the 0.01 billion: 1.015–1.025): the balance is −US$75 to +35 million.
const unknownSign = yearDocument(['1000000000', '100000000'], ['1020000000', '10000000']);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-report-position-'));
  await writeFile(join(dir, 'unknown-sign.json'), JSON.stringify(unknownSign));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('positionWithin', () => {
  it('names a side only for an interval wholly on it', () => {
    expect(positionWithin(interval('50000', '350000'))).toBe('surplus');
    expect(positionWithin(interval('-350000', '-50000', '(]'))).toBe('deficit');
    expect(positionWithin(interval('0', '0'))).toBe('balanced');
    expect(positionWithin(interval('-75000000', '35000000'))).toBeNull();
    // An end on 0 may be reached, open or not (the publisher's tie rule is unknown).
    expect(positionWithin(interval('0', '1', '(]'))).toBeNull();
    expect(positionWithin(interval('-1', '0', '[)'))).toBeNull();
  });
});

describe('the position of a row no statement narrows (review A3)', () => {
  it('names none where the flows’ rounding leaves the sign unknown', async () => {
    const { row, line } = reported(unknownSign);
    expect(row).toMatchObject({
      balance: '-20000000',
      position: null,
      balanceRange: { lo: '-75000000', hi: '35000000' },
      published: null,
      marks: [UNKNOWN_POSITION],
    });
    // The interval, not its midpoint ("about US$0", which reads as balanced trade).
    expect(line).toMatch(
      /US\$1\.02 billion +about US\$2\.0 billion +-US\$75 million to \+US\$35 million +— +surplus or deficit unknown within rounding$/,
    );
    // Every language the report writes says the same, in its words.
    expect(reported(unknownSign, 'vi').line).toMatch(
      / {2}chưa rõ xuất siêu hay nhập siêu do làm tròn số$/,
    );
    expect(reported(unknownSign, 'zh').line).toMatch(/ {2}因四舍五入，顺差或逆差不明$/);
    expect(reported(unknownSign, 'vi').line).toContain('−75 triệu USD đến +35 triệu USD');
    const { code, out } = await bilateral('report', join(dir, 'unknown-sign.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).result.trade[0].rows[0]).toMatchObject({
      balance: '-20000000',
      position: null,
      balanceRange: { lo: '-75000000', hi: '35000000' },
      marks: [UNKNOWN_POSITION],
    });
  });

  it('names the side where the whole interval is on it', () => {
    // US$1.0 billion against US$1.06 billion: −US$115 to −5 million, a deficit.
    const { row, line } = reported(
      yearDocument(['1000000000', '100000000'], ['1060000000', '10000000']),
    );
    expect(row).toMatchObject({ position: 'deficit', marks: [] });
    expect(line).toMatch(/ deficit$/);
  });

  it('keeps the sign of exact flows, however small the difference', () => {
    expect(reported(yearDocument(['100000001', null], ['100000000', null])).row).toMatchObject({
      balance: '1',
      position: 'surplus',
      marks: [],
    });
    expect(reported(yearDocument(['100000000', null], ['100000000', null])).row).toMatchObject({
      position: 'balanced',
      marks: [],
    });
  });

  it('reads a flow without precision by the statement of its value, else as exact', () => {
    // "US$1 billion" stands for 0.5–1.5 billion: against US$1.015–1.025 billion, either sign.
    const read = reported(
      yearDocument(
        ['1000000000', null],
        ['1020000000', '10000000'],
        [{ subject: 'exports', text: 'US$1 billion', value: '1000000000' }],
      ),
    );
    expect(read.row).toMatchObject({
      position: null,
      published: { consistent: true, balance: { lo: '-525000000', hi: '485000000' } },
      marks: [UNKNOWN_POSITION],
    });
    expect(read.line).toMatch(/ {2}surplus or deficit unknown within rounding$/);
    // Without such a statement it is not combined, and is written (and taken) as exact.
    expect(
      reported(yearDocument(['1000000000', null], ['1020000000', '10000000'])).row,
    ).toMatchObject({
      position: 'deficit',
      published: null,
      marks: [],
    });
  });

  it('reads a flow by the statement of its value where the other side cannot be combined', () => {
    // Exports "US$1 billion" (0.5–1.5 billion, as its statement says) against imports of
    // US$1.02 billion without precision or statement (exact): −US$520 to +480 million. The row is
    // not combined (the imports may be exact or rounded), but the exports are still read so.
    const statement = [{ subject: 'exports', text: 'US$1 billion', value: '1000000000' }];
    const data = yearDocument(['1000000000', null], ['1020000000', null], statement);
    expect(reported(data).row).toMatchObject({
      balance: '-20000000',
      position: null,
      published: null,
      marks: [UNKNOWN_POSITION],
    });
    // Derived imports (1.015–1.025 billion) are not combined either: the same.
    const flows = data.flows.map((flow) =>
      flow.flow === 'import' ? { ...flow, derivation: 'turnover − exports' } : flow,
    );
    expect(reported({ ...data, flows }).row).toMatchObject({
      position: null,
      published: null,
      marks: ['imports derived', UNKNOWN_POSITION],
    });
  });

  it('takes a derived flow as known to three significant digits', () => {
    // Imports of US$1.015 billion derived (to the 0.01 billion: 1.01–1.02) against exact exports
    // of US$1.012 billion: −US$8 to +2 million.
    const data = yearDocument(['1012000000', null], ['1015000000', null]);
    const flows = data.flows.map((flow) =>
      flow.flow === 'import' ? { ...flow, derivation: 'turnover − exports' } : flow,
    );
    expect(reported({ ...data, flows }).row).toMatchObject({
      position: null,
      marks: ['imports derived', UNKNOWN_POSITION],
    });
  });

  it('takes an uncertain flow without precision as known to three significant digits', () => {
    // Approximate exports of US$1.012 billion and imports of US$1.015 billion: as exact figures a
    // deficit of US$3 million; each known to the 0.01 billion, as rateDigits takes them
    // (1.007–1.017 and 1.01–1.02), −US$13 to +7 million: unknown.
    const data = yearDocument(['1012000000', null], ['1015000000', null]);
    const flows = data.flows.map((flow) => ({ ...flow, uncertain: true }));
    expect(reported({ ...data, flows }).row).toMatchObject({
      position: null,
      marks: ['exports uncertain', 'imports uncertain', UNKNOWN_POSITION],
    });
  });

  it('takes the flows’ intervals where the published figures do not meet', () => {
    // A published turnover of US$3 billion meets no exports and imports of these: the row keeps
    // the flows' difference, and its sign stays unknown.
    const { row } = reported(
      yearDocument(
        ['1000000000', '100000000'],
        ['1020000000', '10000000'],
        [{ subject: 'turnover', text: 'US$3 billion', value: '3000000000' }],
      ),
    );
    expect(row).toMatchObject({
      position: null,
      published: { consistent: false },
      marks: [
        'the published turnover and exports + imports do not meet: turnover and balance are their sum and difference',
        UNKNOWN_POSITION,
      ],
    });
  });
});
