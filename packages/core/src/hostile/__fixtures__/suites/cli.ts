import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { vietnamLaosDocument } from '../../../datasets/index.js';
import seed003 from '../../../figures/__fixtures__/seed-003-statements.json' with { type: 'json' };
import { record, toCsv } from '../../../io/__fixtures__/comtrade.js';
import type { HostileCase } from '../hostile-case.js';
import {
  deepArray,
  MEGABYTE,
  PROTOTYPE_KEYS,
  sample,
  TERMINAL_ESCAPES,
} from '../hostile-values.js';
import { describeInput } from '../outcome.js';

const document = vietnamLaosDocument as unknown as Record<string, unknown> & {
  flows: Record<string, unknown>[];
  sources: Record<string, unknown>[];
};
const escapes = TERMINAL_ESCAPES.join(' ');
const HEADER = 'reporter,partner,flow,period,value,currency';

/** The files the CLI cases read, by name: contents written by {@link writeCliFiles}. */
function files(): Record<string, string | Uint8Array> {
  const json = (value: unknown) => JSON.stringify(value);
  const good = json(document);
  const flow = document.flows[0] ?? {};
  return {
    'good.json': good,
    'bom.json': `\uFEFF${good}`,
    'utf16.json': new Uint8Array(Buffer.from(`\uFEFF${good}`, 'utf16le')),
    'empty.json': '',
    'blank.json': ' \n',
    'not-json.json': '{ "id": ',
    'deep.json': json(deepArray(4000)),
    'deep-object.json': `${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}`,
    'huge-exponent.json': json({
      ...document,
      flows: [{ ...flow, value: '1e99999999' }, ...document.flows.slice(1)],
    }),
    'huge-exponent-2.json': json({
      ...document,
      flows: [{ ...flow, value: '1e9000000000000001' }],
    }),
    'escapes.json': json({
      ...document,
      title: { en: `Title ${escapes}` },
      description: { en: escapes },
      sources: document.sources.map((source) => ({
        ...source,
        publisher: `P ${escapes}`,
        title: escapes,
      })),
      flows: document.flows.map((item) => ({ ...item, note: escapes })),
    }),
    'proto-keys.json': json({
      ...document,
      id: '__proto__',
      title: { constructor: 'x', en: 'toString' },
    }),
    'two-sources.json': json({
      ...document,
      sources: [...document.sources, { ...document.sources[0], id: 'mirror-source' }],
      flows: [...document.flows, { ...flow, source: 'mirror-source', value: '100000' }],
    }),
    'megabyte-title.json': json({ ...document, title: { en: MEGABYTE } }),
    'statements.json': json(seed003),
    'statements-escapes.json': json(
      (seed003 as Record<string, unknown>[]).map((statement) => ({
        ...statement,
        id: `${statement.id}${escapes}`,
      })),
    ),
    'comtrade.json': json({ count: 1, data: [record()] }),
    'comtrade-huge.json': json({ count: 1, data: [record({ primaryValue: '1e99999999' })] }),
    'comtrade-v0-constructor.json': json({
      dataset: [{ rtCode: 704, ptCode: 418, rgCode: 'constructor', yr: 2024, TradeValue: 100 }],
    }),
    'comtrade.csv': toCsv([record()]),
    'flows.csv': `${HEADER}\nVNM,LAO,export,2024,100,USD\n`,
    'flows-bom.csv': `\uFEFF${HEADER}\nVNM,LAO,export,2024,100,USD\n`,
    'flows-empty.csv': '',
    'flows-header-only.csv': `${HEADER}\n`,
    'flows-escapes.csv': `${HEADER},note\nVNM,LAO,export,2024,100,USD,"${escapes}"\n`,
    'flows-megabyte-header.csv': `${HEADER},${MEGABYTE}\nVNM,LAO,export,2024,100,USD,1\n`,
    'flows-many-columns.csv': `${HEADER}${',c'.repeat(1_000_000)}\nVNM,LAO,export,2024,100,USD\n`,
  };
}

const FILE_NAMES = Object.keys(files());

/**
 * Writes the files into a new temporary folder, makes it the working folder, and returns it. The
 * folder goes when the process exits (the suite runs in a child process of its own).
 */
function writeCliFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-hostile-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files())) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'out'));
  // Relative names in random argv (an -o of a random word) land in the temporary folder.
  process.chdir(dir);
  return dir;
}

/** A word of random argv: never a path separator, so nothing is written outside the folder. */
const word = fc
  .string({ unit: 'binary', maxLength: 10 })
  .map((text) => text.replace(/[/\\]/g, '_'));

function argvArbitrary(dir: string) {
  const file = fc.constantFrom(
    ...FILE_NAMES.map((name) => join(dir, name)),
    join(dir, 'missing.json'),
    dir,
  );
  const token = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('validate', 'report', 'reconcile', 'import', 'comtrade', 'flows'),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '--json',
        '--dataset',
        '--locale',
        '-o',
        '--output',
        '--id',
        '--title',
        '--date',
        '--breakdowns',
        '--help',
        '-h',
        '--',
        '-',
        '--dataset=vietnam-laos',
      ),
    },
    { weight: 3, arbitrary: file },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'vietnam-laos',
        'laos-china',
        'fr',
        'vi',
        'zh',
        'lo',
        'xx',
        '2024-13-45',
        '2023-02-29',
        '0000-01-01',
        ...PROTOTYPE_KEYS,
        ...TERMINAL_ESCAPES,
      ),
    },
    { weight: 1, arbitrary: word },
  );
  return fc
    .tuple(
      fc.constantFrom(
        'validate',
        'report',
        'reconcile',
        'import',
        'constructor',
        '__proto__',
        'help',
        '--json',
      ),
      fc.array(token, { maxLength: 6 }),
    )
    .map(([command, rest]) => [command, ...rest]);
}

/** The named cases of the defects (4, the EPIPE of `| head`, needs a real pipe: see cli tests). */
function namedCases(dir: string): HostileCase[] {
  const at = (name: string) => join(dir, name);
  const out = (name: string) => join(dir, 'out', name);
  const cases: HostileCase[] = [];
  const both = (description: string, argv: string[], expect?: 'exit 0' | 'refused') => {
    cases.push({ kind: 'cli', description, argv, ...(expect ? { expect } : {}) });
    cases.push({
      kind: 'cli',
      description: `${description} --json`,
      argv: [...argv, '--json'],
      ...(expect ? { expect } : {}),
    });
  };
  both('defect 1: report of a dataset with a value of 1e99999999', [
    'report',
    at('huge-exponent.json'),
  ]);
  both('defect 1: validate of a dataset with a value of 1e99999999', [
    'validate',
    at('huge-exponent.json'),
  ]);
  both('defect 1: report of a dataset with a value of 1e9000000000000001', [
    'report',
    at('huge-exponent-2.json'),
  ]);
  both('defect 1: import of a Comtrade record of 1e99999999', [
    'import',
    'comtrade',
    at('comtrade-huge.json'),
    '-o',
    out('huge.json'),
  ]);
  both('defect 2: validate of 4,000 nested arrays', ['validate', at('deep.json')]);
  both('defect 2: report of 4,000 nested objects', ['report', at('deep-object.json')]);
  for (const key of PROTOTYPE_KEYS.slice(0, 3)) {
    both(`defect 3: bilateral ${key}`, [key]);
    both(`defect 3: report --dataset ${key}`, ['report', '--dataset', key]);
    both(`defect 3: report --locale ${key}`, ['report', '--locale', key]);
  }
  both('defect 3: import of a v0 Comtrade record with rgCode "constructor"', [
    'import',
    'comtrade',
    at('comtrade-v0-constructor.json'),
    '-o',
    out('v0.json'),
  ]);
  both('defect 3: report of a dataset with id __proto__', ['report', at('proto-keys.json')]);
  both(
    'defect 5: report of a flow published by two sources',
    ['report', at('two-sources.json')],
    'exit 0',
  );
  both('defect 5: report of import comtrade --breakdowns output', [
    'import',
    'comtrade',
    at('comtrade.json'),
    '--breakdowns',
    '-o',
    out('breakdowns.json'),
  ]);
  both(
    'defect 8: report of a dataset with terminal escapes in its texts',
    ['report', at('escapes.json')],
    'exit 0',
  );
  both('defect 8: validate of a dataset with terminal escapes', ['validate', at('escapes.json')]);
  both('defect 8: reconcile of statements with terminal escapes in their ids', [
    'reconcile',
    at('statements-escapes.json'),
  ]);
  both('defect 8: import of a CSV with terminal escapes in a note', [
    'import',
    'flows',
    at('flows-escapes.csv'),
    '-o',
    out('escapes.json'),
  ]);
  both('defect 9: report of a file that is not JSON', ['report', at('not-json.json')]);
  both('defect 9: reconcile of a missing file', ['reconcile', at('missing.json')]);
  both('defect 9: a usage error', ['report', '--no-such-option']);
  both('defect 10: import of a CSV with a 1 MB unknown header cell', [
    'import',
    'flows',
    at('flows-megabyte-header.csv'),
    '-o',
    out('mb.json'),
  ]);
  both('defect 10: import of a CSV with 1,000,000 columns', [
    'import',
    'flows',
    at('flows-many-columns.csv'),
    '-o',
    out('cols.json'),
  ]);
  both('defect 10: report of a dataset with a 1 MB title', ['report', at('megabyte-title.json')]);
  both(
    'defect 11: import with --date 2024-13-45',
    ['import', 'flows', at('flows.csv'), '--date', '2024-13-45', '-o', out('date.json')],
    'refused',
  );
  both(
    'defect 12: validate of a JSON file with a byte-order mark',
    ['validate', at('bom.json')],
    'exit 0',
  );
  both(
    'defect 12: report of a JSON file with a byte-order mark',
    ['report', at('bom.json')],
    'exit 0',
  );
  both('defect 12: validate of a UTF-16 file', ['validate', at('utf16.json')]);
  both(
    'defect 12: import of an empty CSV',
    ['import', 'flows', at('flows-empty.csv'), '-o', out('empty.json')],
    'refused',
  );
  both(
    'defect 12: import of an empty Comtrade file',
    ['import', 'comtrade', at('empty.json'), '-o', out('empty2.json')],
    'refused',
  );
  both('defect 12: validate of an empty file', ['validate', at('empty.json')], 'refused');
  both('a good dataset reports', ['report', at('good.json')], 'exit 0');
  both('the embedded dataset reports', ['report'], 'exit 0');
  both('statements reconcile', ['reconcile', at('statements.json')]);
  return cases;
}

/** How many random argv the CLI suite runs. */
export const RANDOM_ARGV = 150;

/** The CLI cases with the files in `dir` (pure: writes nothing). */
export function cliCases(dir: string): HostileCase[] {
  const random = sample(argvArbitrary(dir), 2024, RANDOM_ARGV).map(
    (argv): HostileCase => ({ kind: 'cli', description: `bilateral ${describeInput(argv)}`, argv }),
  );
  return [...namedCases(dir), ...random];
}

export function cli(): HostileCase[] {
  return cliCases(writeCliFiles());
}
