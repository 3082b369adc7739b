import { describe, expect, it } from 'vitest';
import { BilateralError, formatIssuePath } from '../errors/index.js';
import {
  type ComtradeJson,
  record,
  renameKeys,
  snakeCase,
  toCsv,
} from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';

/** A response around synthesized records. */
const envelope = (...data: unknown[]) => ({
  elapsedTime: '0.1 secs',
  count: data.length,
  data,
  error: '',
});

/** The error an input gives: its code and `path: message` lines. */
function failure(input: unknown): { code: string; lines: string[] } {
  try {
    importComtrade(input, { now: () => new Date('2025-01-01T00:00:00Z') });
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return {
      code: error.code,
      lines: error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`),
    };
  }
  throw new Error('the input was imported without an error');
}

const csvOf = (records: ComtradeJson[]) => toCsv(records);

/** [what is wrong, the input, the one issue's path, a piece of its message]. */
const CORPUS: [string, unknown, string, string][] = [
  [
    'no primaryValue',
    envelope(record({ primaryValue: null, fobvalue: null })),
    'data[0].primaryValue',
    'missing primaryValue',
  ],
  [
    'a primaryValue that is not a number',
    envelope(record({ primaryValue: 'n/a' })),
    'data[0].primaryValue',
    '"n/a" is not a number',
  ],
  [
    'thousands separators',
    envelope(record({ primaryValue: '38,917,721,136' })),
    'data[0].primaryValue',
    '"38,917,721,136" has commas as thousands separators: write "38917721136"',
  ],
  [
    'a negative value',
    envelope(record({ primaryValue: -5 })),
    'data[0].primaryValue',
    '"-5": a trade value cannot be negative',
  ],
  [
    'a negative value with a separator, as validate and import flows say it',
    envelope(record({ primaryValue: '-1,500' })),
    'data[0].primaryValue',
    '"-1,500" has a comma: write no thousands separators, and a point before decimals, and a trade value cannot be negative',
  ],
  [
    'a negative quantity',
    envelope(record({ qty: '-2' })),
    'data[0].qty',
    '"-2": a quantity cannot be negative',
  ],
  [
    'NaN',
    envelope(record({ primaryValue: Number.NaN })),
    'data[0].primaryValue',
    'not a finite number',
  ],
  [
    'an object as value',
    envelope(record({ primaryValue: { value: 1 } })),
    'data[0].primaryValue',
    'expected a number, got an object',
  ],
  [
    'an unknown flow code',
    envelope(record({ flowCode: 'Z' })),
    'data[0].flowCode',
    '"Z" is not a UN Comtrade flow code',
  ],
  [
    'no flow code',
    envelope(record({ flowCode: undefined })),
    'data[0].flowCode',
    'missing flowCode',
  ],
  [
    'an unknown v0 regime code',
    {
      dataset: [
        {
          rtCode: 704,
          ptCode: 418,
          rgCode: 7,
          yr: 2016,
          period: 2016,
          cmdCode: 'TOTAL',
          TradeValue: 1,
        },
      ],
    },
    'dataset[0].rgCode',
    'not a trade flow (regime) code',
  ],
  [
    'an unknown reporter code with no ISO code',
    envelope(record({ reporterCode: 999, reporterISO: null })),
    'data[0].reporterCode',
    'reporterCode 999 is not a UN Comtrade code Bilateral knows',
  ],
  [
    'an ISO code of no country and no code',
    envelope(record({ partnerCode: null, partnerISO: 'XXX' })),
    'data[0].partnerISO',
    '"XXX" is not an ISO 3166-1 alpha-3 code',
  ],
  [
    'no reporter at all',
    envelope(record({ reporterCode: undefined, reporterISO: undefined })),
    'data[0].reporterCode',
    'missing reporterCode',
  ],
  [
    'an ISO code contradicting the code',
    envelope(record({ reporterISO: 'ARG' })),
    'data[0].reporterISO',
    'contradicts reporterCode 76, which is Brazil (BRA)',
  ],
  [
    'refMonth 13',
    envelope(record({ refMonth: 13 })),
    'data[0].refMonth',
    'neither a month (1–12) nor 52',
  ],
  [
    'a month on an annual record',
    envelope(record({ period: '202309' })),
    'data[0].period',
    'is a month, but the record is annual (freqCode A)',
  ],
  [
    'a period of the wrong shape',
    envelope(record({ period: '2023-09' })),
    'data[0].period',
    'expected YYYY or YYYYMM',
  ],
  [
    // Was "1000 is not a year": it is one, outside the years a record may have.
    'a refYear outside the years a record may have',
    envelope(record({ refYear: 1000 })),
    'data[0].refYear',
    '1000 is not a year between 1900 and 2999',
  ],
  [
    'period and refYear disagree',
    envelope(record({ refYear: 2022 })),
    'data[0].refYear',
    'refYear gives year 2022, but period gives 2023',
  ],
  [
    'a refPeriodId that is not YYYYMMDD',
    envelope(record({ refPeriodId: 2023 })),
    'data[0].refPeriodId',
    'not a date written YYYYMMDD',
  ],
  [
    'a refPeriodId on a day the calendar does not have',
    envelope(record({ refPeriodId: 20230229 })),
    'data[0].refPeriodId',
    '20230229 is not a date: day 29 does not exist in 2023-02',
  ],
  [
    'monthly record whose months disagree',
    envelope(record({ freqCode: 'M', period: '202309', refMonth: 8, refPeriodId: 20230901 })),
    'data[0].refMonth',
    'refMonth gives month 8, but period gives 9',
  ],
  [
    'a quarterly frequency',
    envelope(record({ freqCode: 'Q' })),
    'data[0].freqCode',
    'is not A (annual) or M (monthly)',
  ],
  [
    'a commodity code with letters',
    envelope(record({ cmdCode: '12A' })),
    'data[0].cmdCode',
    'neither an HS code nor TOTAL',
  ],
  [
    'a 10-digit national code',
    envelope(record({ cmdCode: '1201100000' })),
    'data[0].cmdCode',
    'not an HS code of 2, 4, 6 or 8 digits',
  ],
  [
    'SITC codes read as HS',
    envelope(record({ classificationCode: 'S4', cmdCode: '2222' })),
    'data[0].classificationCode',
    'S4 is not an HS edition',
  ],
  [
    'a motCode that is not a number',
    envelope(record({ motCode: 'sea' })),
    'data[0].motCode',
    '"sea" is not a whole number',
  ],
  [
    'isReported that is not a boolean',
    envelope(record({ isReported: 'maybe' })),
    'data[0].isReported',
    'is not true or false',
  ],
  [
    'an unknown typeCode',
    envelope(record({ typeCode: 'X' })),
    'data[0].typeCode',
    'is not C (goods) or S (services)',
  ],
  [
    'a record that is not an object, worded as a field of the wrong kind is',
    envelope('BRA,CHN,X'),
    'data[0]',
    'expected a record (an object with UN Comtrade\'s columns), found the string "BRA,CHN,X"',
  ],
  [
    'the same record with another value',
    envelope(record(), record({ primaryValue: 1, fobvalue: 1 })),
    'data[1]',
    'repeats row 0',
  ],
  [
    'snake_case keys: the path names the key as written',
    renameKeys([record({ primaryValue: 'x' })], snakeCase),
    '[0].primary_value',
    '"x" is not a number',
  ],
  [
    'a CSV row with a missing field',
    `${csvOf([record()]).trimEnd()}\nC,A,20230101\n`,
    'rows[1]',
    'has 3 fields but the header has 47 (line 3)',
  ],
  [
    'a CSV header again after a row (two files joined into one)',
    `${csvOf([record()])}${csvOf([record()]).split('\n')[0]}\n`,
    'rows[1]',
    'is the header again, as where two files were joined into one: delete that line (line 3)',
  ],
  [
    'a CSV line of one quoted empty field is a row, not a blank line',
    `${csvOf([record()]).trimEnd()}\n""\n`,
    'rows[1]',
    'has 1 field but the header has 47 (line 3)',
  ],
  [
    'a CSV cell that is not a number names its line',
    csvOf([record(), record({ primaryValue: '12O' })]),
    'rows[1].primaryValue',
    '"12O" is not a number (line 3)',
  ],
  [
    'a CSV quote never closed',
    'reporterCode,partnerCode\n76,"156\n',
    '(root)',
    'line 2: the quoted field opened on line 2 is never closed',
  ],
  [
    'a semicolon-separated file',
    'reporterCode;partnerCode;flowCode\n76;156;X\n',
    'header',
    'separated by semicolons',
  ],
  [
    'a CSV without a value column',
    toCsv([record()], {
      columns: ['reporterCode', 'partnerCode', 'flowCode', 'period', 'cmdCode'],
    }),
    'header',
    'missing column primaryValue (or fobvalue, cifvalue)',
  ],
  [
    'a CSV without Comtrade columns',
    'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024,1,USD\n',
    'header',
    "none of UN Comtrade's columns",
  ],
  [
    'a response carrying an error',
    { elapsedTime: '0', count: 0, data: null, error: 'Rate limit exceeded' },
    'error',
    'carries an error: "Rate limit exceeded"',
  ],
  [
    'data that is not an array',
    { count: 1, data: { reporterCode: 76 } },
    'data',
    'expected the records as an array',
  ],
  ['an object that is no response', { reporterCode: 76 }, '(root)', 'this object has no "data"'],
  [
    'a Bilateral dataset',
    { id: 'vn-la', flows: [] },
    '(root)',
    'this object has no "data": it has "flows", as a Bilateral dataset has, which needs no import',
  ],
  ['a number', 42, '(root)', 'got number'],
  [
    'JSON text that does not parse',
    '{"data": [',
    '(root)',
    'not valid JSON: line 1, column 11: the text ends inside an array: `{"data": [▶`',
  ],
  [
    'JSON text with a duplicate key before its syntax error',
    '{"data": [],\n "data": [}',
    '(root)',
    "not valid JSON: line 2, column 11: a '}' where a value or ']' was expected",
  ],
];

describe('importComtrade: malformed inputs', () => {
  it('has a corpus of at least 15 malformed inputs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CORPUS)('%s', (_, input, path, message) => {
    const { code, lines } = failure(input);
    expect(code).toBe('INVALID_IMPORT');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${path}: `);
    expect(lines[0]).toContain(message);
  });

  it.each([
    ['2024-13-45', 'month 13 is not between 01 and 12'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['0000', 'year 0000 does not exist'],
  ])('refuses the source date %s (bilateral import --date)', (date, problem) => {
    expect(() => importComtrade(envelope(record()), { date })).toThrowError(
      `date: "${date}" is not a date: ${problem}`,
    );
  });

  it('gathers every problem of every row into one error', () => {
    const { lines } = failure(
      envelope(
        record({ primaryValue: 'abc', flowCode: 'Q' }),
        record(),
        record({ partnerCode: 999, partnerISO: null, period: '2023', refYear: 2024 }),
      ),
    );
    expect(lines.map((line) => line.split(': ')[0])).toEqual([
      'data[0].flowCode',
      'data[0].primaryValue',
      'data[2].partnerCode',
      'data[2].refYear',
    ]);
  });

  it('reports every bad period field of a row, not only the first', () => {
    const { lines } = failure(envelope(record({ freqCode: 'M', period: '202313', refMonth: 13 })));
    expect(lines).toEqual([
      'data[0].period: 202313: month 13 is not between 01 and 12',
      "data[0].refMonth: 13 is neither a month (1–12) nor 52, Comtrade's mark of an annual record",
    ]);
  });

  it('never yields NaN or a silently dropped row for odd numbers it accepts', () => {
    const result = importComtrade(
      envelope(
        record({ primaryValue: 0 }),
        record({
          period: '2022',
          refYear: 2022,
          refPeriodId: 20220101,
          primaryValue: '1e-2',
          fobvalue: null,
        }),
      ),
      { now: () => new Date('2025-01-01T00:00:00Z') },
    );
    expect(result.document.flows.map((flow) => flow.value)).toEqual(['0', '0.01']);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });
});
