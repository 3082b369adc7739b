import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import { record } from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';
import { importFlowsCsv } from './import-flows-csv.js';

const options = { date: '2024-06-01' };

/** Runs an import; anything thrown must be a BilateralError (a raw TypeError fails the test). */
function outcome(run: () => unknown): 'imported' | 'refused' {
  try {
    run();
    return 'imported';
  } catch (error) {
    if (error instanceof BilateralError) return 'refused';
    throw error;
  }
}

/** Field values a hostile file puts in a record: prototype names, huge text, odd types. */
const hostileValue = fc.oneof(
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constantFrom('1e99999999', '-0', '2024-13', '20230229', 'EUR', '_X', 'W00', 'XXX'),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2 }),
);
const COMTRADE_KEYS = [
  'reporterCode',
  'partnerCode',
  'partnerISO',
  'flowCode',
  'rgCode',
  'period',
  'refYear',
  'refMonth',
  'refPeriodId',
  'cmdCode',
  'primaryValue',
  'qty',
  'motCode',
  'customsCode',
] as const;

describe('importers on hostile input', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  });

  it('importComtrade refuses with a BilateralError or imports, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (input) => {
        outcome(() => importComtrade(input, options));
      }),
      propertyRuns(1215, { ci: 300, full: 1000 }),
    );
  });

  it('importComtrade reads records whose fields hold anything', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record(Object.fromEntries(COMTRADE_KEYS.map((key) => [key, hostileValue])), {
            requiredKeys: [],
          }),
          { maxLength: 3 },
        ),
        (fields) => {
          outcome(() =>
            importComtrade(
              fields.map((field) => record(field)),
              options,
            ),
          );
        },
      ),
      propertyRuns(1216, { ci: 150, full: 1000 }),
    );
  });

  it('importFlowsCsv refuses with a BilateralError or imports, whatever the text', () => {
    const header = 'reporter,partner,flow,period,value,currency';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.anything(),
          fc
            .array(fc.array(fc.string({ maxLength: 8 }), { minLength: 6, maxLength: 6 }), {
              maxLength: 3,
            })
            .map((rows) => [header, ...rows.map((row) => row.join(','))].join('\n')),
        ),
        (text) => {
          outcome(() => importFlowsCsv(text as string, options));
        },
      ),
      propertyRuns(1217, { ci: 300, full: 1000 }),
    );
  });
});
