import fc from 'fast-check';
import { parseDataset } from '../../../dataset/schemas.js';
import { record, toCsv } from '../../../io/__fixtures__/comtrade.js';
import { importComtrade, importFlowsCsv } from '../../../io/index.js';
import type { HostileCase } from '../hostile-case.js';
import {
  anyValue,
  HOSTILE_SCALARS,
  hostileValues,
  MEGABYTE,
  PROTOTYPE_KEYS,
  sample,
  TERMINAL_ESCAPES,
} from '../hostile-values.js';
import { describeInput } from '../outcome.js';

const now = () => new Date('2025-03-04T10:00:00Z');

/**
 * An import whose result must also be a document `parseDataset` accepts (the importers promise
 * it): a refusal there is a failure of the importer, not a typed error.
 */
function imported(importer: () => { document: object }): () => unknown {
  return () => {
    const result = importer();
    try {
      parseDataset({ id: 'hostile', title: { en: 'Hostile' }, ...result.document });
    } catch (error) {
      throw new Error(`imported a document parseDataset refuses: ${String(error).slice(0, 300)}`);
    }
    return result;
  };
}

/** An import that must be refused: returning anything is a failure. */
function refused(importer: () => unknown, why: string): () => unknown {
  return () => {
    importer();
    throw new Error(`accepted ${why}`);
  };
}

const comtrade = (...records: object[]) => ({ count: records.length, data: records });
const HEADER = 'reporter,partner,flow,period,value,currency';
const ROW = 'VNM,LAO,export,2024,100,USD';

/** A cell of a flows CSV: an ordinary value, or a hostile one. */
const csvCell = fc.oneof(
  fc.constantFrom('VNM', 'LAO', 'export', 'import', '2024', '2024-Q3', '100', 'USD', '', '"'),
  fc.constantFrom(
    ...HOSTILE_SCALARS.filter(
      (value): value is string => typeof value === 'string' && value.length < 100,
    ),
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** The Comtrade record's fields, each set to a hostile value (the other fields as captured). */
const recordField = fc.tuple(
  fc.constantFrom(...Object.keys(record())),
  fc.oneof(
    fc.constantFrom(...HOSTILE_SCALARS.filter((value) => typeof value !== 'symbol')),
    anyValue,
  ),
);

export function importers(): HostileCase[] {
  const cases: HostileCase[] = [];
  const call = (description: string, run: () => unknown) =>
    cases.push({ kind: 'call', description, run });

  for (const input of [...hostileValues(), ...sample(anyValue, 2023, 40)]) {
    call(
      `importComtrade(${describeInput(input)})`,
      imported(() => importComtrade(input, { now })),
    );
    call(
      `importFlowsCsv(${describeInput(input)})`,
      imported(() => importFlowsCsv(input as string, { now })),
    );
  }
  for (const [field, value] of sample(recordField, 4180, 100)) {
    const changed = record({ [field]: value });
    call(
      `importComtrade: record with ${field} = ${describeInput(value)}`,
      imported(() => importComtrade(comtrade(changed), { now })),
    );
    // A CSV cell is text: other values go in as their description.
    const cell = typeof value === 'string' ? value : describeInput(value);
    call(
      `importComtrade: CSV record with ${field} = ${describeInput(cell)}`,
      imported(() => importComtrade(toCsv([record({ [field]: cell })]), { now })),
    );
  }
  const rows = fc.array(fc.array(csvCell, { minLength: 0, maxLength: 8 }), {
    minLength: 1,
    maxLength: 4,
  });
  for (const table of sample(rows, 1650, 200)) {
    const text = [HEADER, ...table.map((row) => row.join(','))].join('\n');
    call(
      `importFlowsCsv(${describeInput(text)})`,
      imported(() => importFlowsCsv(text, { now })),
    );
  }

  // The issue's own examples (defects 1, 3, 10, 11, 12).
  call(
    'defect 1: a Comtrade record with primaryValue "1e99999999"',
    imported(() => importComtrade(comtrade(record({ primaryValue: '1e99999999' })), { now })),
  );
  call(
    'defect 1: a flows CSV with value 1e9000000000000001',
    imported(() =>
      importFlowsCsv(`${HEADER}\nVNM,LAO,export,2024,1e9000000000000001,USD`, { now }),
    ),
  );
  for (const key of PROTOTYPE_KEYS.slice(0, 3)) {
    call(
      `defect 3: a v0 Comtrade record with rgCode "${key}"`,
      imported(() =>
        importComtrade(
          { dataset: [{ rtCode: 704, ptCode: 418, rgCode: key, yr: 2024, TradeValue: 100 }] },
          { now },
        ),
      ),
    );
  }
  call(
    'defect 3: a flows CSV whose header names __proto__ and constructor',
    imported(() => importFlowsCsv(`${HEADER},__proto__,constructor\n${ROW},x,y`, { now })),
  );
  call(
    'defect 3: a flows CSV whose source column is "constructor"',
    imported(() => importFlowsCsv(`${HEADER},source\n${ROW},constructor`, { now })),
  );
  call(
    'defect 10: a flows CSV with a 1 MB unknown header cell',
    imported(() => importFlowsCsv(`${HEADER},${MEGABYTE}\n${ROW},1`, { now })),
  );
  call(
    'defect 10: a flows CSV with a header of 1,000,000 columns',
    imported(() => importFlowsCsv(`${HEADER}${',c'.repeat(1_000_000)}\n${ROW}`, { now })),
  );
  call(
    'defect 10: a flows CSV with a 5 MB period',
    imported(() =>
      importFlowsCsv(`${HEADER}\nVNM,LAO,export,${MEGABYTE.repeat(5)},100,USD`, { now }),
    ),
  );
  for (const date of ['2024-13-01', '2023-02-29', '0000-01-01', '2024-13-45']) {
    call(`defect 11: importComtrade with date ${date}`, () =>
      importComtrade(comtrade(record()), { now, date }),
    );
  }
  call(
    'defect 11: a flows CSV with value -0',
    imported(() => importFlowsCsv(`${HEADER}\nVNM,LAO,export,2024,-0,USD`, { now })),
  );
  call(
    'defect 11: a Comtrade record with primaryValue -0',
    imported(() => importComtrade(comtrade(record({ primaryValue: '-0' })), { now })),
  );
  call(
    'defect 11: a flows CSV with period 0000 and a lower-case code',
    imported(() => importFlowsCsv(`${HEADER}\nvnm,LAO,export,0000,100,USD`, { now })),
  );
  call(
    'defect 12: an empty Comtrade text is refused',
    refused(() => importComtrade('', { now }), 'an empty file'),
  );
  call(
    'defect 12: an empty flows CSV is refused',
    refused(() => importFlowsCsv('', { now }), 'an empty file'),
  );
  call(
    'defect 12: a flows CSV with a byte-order mark',
    imported(() => importFlowsCsv(`\uFEFF${HEADER}\n${ROW}`, { now })),
  );
  call(
    'defect 12: a Comtrade JSON text with a byte-order mark',
    imported(() => importComtrade(`\uFEFF${JSON.stringify(comtrade(record()))}`, { now })),
  );
  call(
    'defect 8: a flows CSV whose note holds terminal escapes',
    imported(() =>
      importFlowsCsv(`${HEADER},note\n${ROW},"${TERMINAL_ESCAPES.join(' ')}"`, { now }),
    ),
  );
  call(
    'defect 2: a Comtrade JSON 4,000 arrays deep',
    imported(() => importComtrade(`${'['.repeat(4000)}${']'.repeat(4000)}`, { now })),
  );
  return cases;
}
