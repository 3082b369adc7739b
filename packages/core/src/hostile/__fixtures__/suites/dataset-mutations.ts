import fc from 'fast-check';
import { formatReport } from '../../../cli/format-report.js';
import { buildReport } from '../../../cli/report.js';
import { parseDataset, safeParseDataset, serializeDataset } from '../../../dataset/schemas.js';
import { vietnamLaosDocument } from '../../../datasets/index.js';
import type { HostileCase } from '../hostile-case.js';
import { anyValue, HOSTILE_SCALARS, MEGABYTE, sample } from '../hostile-values.js';
import { describeInput } from '../outcome.js';

type Path = readonly (string | number)[];

/** Every path into the document (objects' keys and arrays' indices), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/** A deep copy of the document with the value at `path` replaced (or removed, for `undefined`). */
function mutate(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/**
 * What a document parseDataset accepts must go through the rest of the library: the report the
 * CLI prints, and a serialization that parses again. A refusal there is a failure (the
 * issue's `validate` says valid and `report` dies), not a typed error.
 */
function acceptedGoesThrough(document: unknown): () => unknown {
  return () => {
    const dataset = parseDataset(document);
    try {
      const text = formatReport(buildReport(dataset), 'en', false);
      parseDataset(serializeDataset(dataset));
      const nonFinite = text.match(/.*\b(NaN|-?Infinity)\b.*/)?.[0];
      if (nonFinite !== undefined) throw new Error(`the report prints ${nonFinite.slice(0, 120)}`);
      return text;
    } catch (error) {
      throw new Error(
        `parseDataset accepted what the report or serialization refuses: ${String(error).slice(0, 300)}`,
      );
    }
  };
}

/** How many single-field mutations of the Vietnam–Laos document the suite makes. */
export const MUTATIONS = 200;

export function datasetMutations(): HostileCase[] {
  const document = vietnamLaosDocument as unknown;
  const paths = pathsOf(document);
  const replacement = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ...HOSTILE_SCALARS.filter(
          (value) => typeof value === 'string' || typeof value === 'number',
        ),
      ),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 2, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const mutation = fc.tuple(fc.nat({ max: paths.length - 1 }), replacement);
  const cases: HostileCase[] = [];
  for (const [index, value] of sample(mutation, 20_241_024, MUTATIONS)) {
    const path = paths[index] as Path;
    const mutated = mutate(document, path, value);
    const where = path.join('.');
    const what = value === undefined ? 'removed' : `= ${describeInput(value)}`;
    cases.push({
      kind: 'safeParse',
      description: `safeParseDataset: ${where} ${what}`,
      run: () => safeParseDataset(mutated),
    });
    cases.push({
      kind: 'call',
      description: `parseDataset → report: ${where} ${what}`,
      run: acceptedGoesThrough(mutated),
    });
  }

  // The issue's own documents (defects 1, 2, 3, 11, 13).
  const named = (description: string, make: () => unknown) => {
    cases.push({ kind: 'call', description, run: () => acceptedGoesThrough(make())() });
  };
  named('defect 1: a flow of 1e99999999', () =>
    mutate(document, ['flows', 0, 'value'], '1e99999999'),
  );
  named('defect 1: a flow of 1e9000000000000001', () =>
    mutate(document, ['flows', 0, 'value'], '1e9000000000000001'),
  );
  named('defect 2: a note that points to its flow (a cycle)', () => {
    const copy = structuredClone(document) as { flows: Record<string, unknown>[] };
    const [first] = copy.flows;
    if (first) first.note = first;
    return copy;
  });
  named('defect 2: flows 4,000 arrays deep', () =>
    mutate(document, ['flows'], JSON.parse(`${'['.repeat(4000)}${']'.repeat(4000)}`)),
  );
  named('defect 3: a source id __proto__ cited by a flow', () =>
    mutate(
      mutate(document, ['sources', 0, 'id'], '__proto__'),
      ['flows', 0, 'source'],
      '__proto__',
    ),
  );
  named('defect 3: a flow citing the source "constructor"', () =>
    mutate(document, ['flows', 0, 'source'], 'constructor'),
  );
  named('defect 3: a reporter "toString"', () =>
    mutate(document, ['flows', 0, 'reporter'], 'toString'),
  );
  named('defect 11: a flow of -0', () => mutate(document, ['flows', 0, 'value'], '-0'));
  named('defect 11: a flow in year 0000', () => mutate(document, ['flows', 0, 'period'], '0000'));
  const statements = (document as { statements: { kind: string }[] }).statements;
  const level = statements.findIndex((statement) => statement.kind === 'level');
  const growth = statements.findIndex((statement) => statement.kind === 'growth');
  named('review h150 A12: a growth statement in the year 1 (nothing a year before it)', () =>
    mutate(document, ['statements', growth, 'period'], '0001'),
  );
  // The bound readers look at every place of a figure's text for a word before the figure: a
  // pattern that looks back over a run of letters at each place took minutes on these (h373).
  const longTexts = {
    'a megabyte of x before " vượt 1 tỷ USD"': `${MEGABYTE} vượt 1 tỷ USD`,
    '"chưa " 200,000 times before "vượt 1 tỷ USD"': `${'chưa '.repeat(200_000)}vượt 1 tỷ USD`,
    '中 500,000 times before "出口超过10亿美元"': `${'中'.repeat(500_000)}出口超过10亿美元`,
    'ກ 500,000 times before "ການຄ້າເກີນ 1 ຕື້ໂດລາ"': `${'ກ'.repeat(500_000)}ການຄ້າເກີນ 1 ຕື້ໂດລາ`,
  };
  for (const [what, text] of Object.entries(longTexts)) {
    named(`h373: a statement's amount text of ${what}`, () =>
      mutate(document, ['statements', level, 'amount', 'text'], text),
    );
  }
  named('h373: a statement\'s rate text of a megabyte of x before " tăng hơn 10%"', () =>
    mutate(document, ['statements', growth, 'rate', 'text'], `${MEGABYTE} tăng hơn 10%`),
  );
  named('defect 11: a source dated 2023-02-29', () =>
    mutate(document, ['sources', 0, 'date'], '2023-02-29'),
  );
  named('defect 11: a lower-case partner', () => mutate(document, ['flows', 0, 'partner'], 'lao'));
  named('defect 15: a source without a language (documented optional)', () =>
    mutate(document, ['sources', 0, 'language'], undefined),
  );
  cases.push({
    kind: 'call',
    description: "defect 13: a document missing title and sources reports its flows' problems too",
    run: () => {
      const broken = mutate(
        mutate(mutate(document, ['title'], undefined), ['sources'], undefined),
        ['flows', 0, 'value'],
        '1,5',
      );
      const result = safeParseDataset(broken);
      if (result.success) throw new Error('accepted a document without title and sources');
      const paths = result.error.issues.map((issue) => issue.path.join('.'));
      if (!paths.some((path) => path.startsWith('flows.0'))) {
        throw new Error(`reported only ${paths.join(', ')}: not the flow's problem`);
      }
      throw result.error;
    },
  });
  return cases;
}
