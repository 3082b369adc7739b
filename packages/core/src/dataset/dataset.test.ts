import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError, formatIssuePath } from '../errors/index.js';
import type { DatasetDocument } from './index.js';
import { datasetJsonSchema, parseDataset, safeParseDataset, serializeDataset } from './schemas.js';

const valid = (): DatasetDocument => ({
  id: 'test',
  title: { en: 'Test' },
  sources: [
    { id: 'customs', publisher: 'Customs', title: 'Release', date: '2024-10-24', language: 'en' },
    { id: 'press', publisher: 'Press', title: 'Article', date: '2024', language: 'vi' },
    ...vietnamLaosDocument.sources,
  ],
  flows: [
    {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2024-01/2024-09',
      value: '491900000',
      currency: 'USD',
      status: 'preliminary',
      source: 'customs',
      precision: '100000',
    },
    {
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'import',
      period: '2024-01/2024-09',
      value: '1000000000',
      currency: 'USD',
      status: 'preliminary',
      source: 'customs',
    },
  ],
});

const seedDataset = vietnamLaosDocument;
const statement = seedDataset.statements?.find((s) => s.id === 'seed-003-exports') as Extract<
  NonNullable<DatasetDocument['statements']>[number],
  { kind: 'level' }
>;
const target = seedDataset.targets?.[0] as NonNullable<DatasetDocument['targets']>[number];
const crossing = seedDataset.crossings?.find((c) => c.id === 'vnm-lao-nam-giang') as NonNullable<
  DatasetDocument['crossings']
>[number];
const facility = seedDataset.facilities?.[0] as NonNullable<DatasetDocument['facilities']>[number];

type Mutation = (document: DatasetDocument & Record<string, unknown>) => unknown;

const flow0 = (d: DatasetDocument) => d.flows[0] as Record<string, unknown>;

/** [description, mutation, paths every one of which must be reported] */
const corpus: [string, Mutation, string[]][] = [
  ['not an object', () => 'dataset', ['(root)']],
  ['null', () => null, ['(root)']],
  ['an array', () => [], ['(root)']],
  ['missing id', (d) => ({ ...d, id: undefined }), ['id']],
  ['id with capitals', (d) => ({ ...d, id: 'Vietnam Laos' }), ['id']],
  ['title missing English', (d) => ({ ...d, title: { vi: 'Việt – Lào' } }), ['title.en']],
  ['sources not an array', (d) => ({ ...d, sources: {} }), ['sources']],
  ['flows missing', (d) => ({ ...d, flows: undefined }), ['flows']],
  [
    'source without publisher',
    (d) => {
      delete (d.sources[0] as Record<string, unknown>).publisher;
      return d;
    },
    ['sources[0].publisher'],
  ],
  [
    'source with a bad date',
    (d) => {
      (d.sources[1] as Record<string, unknown>).date = '24 Oct 2024';
      return d;
    },
    ['sources[1].date'],
  ],
  [
    'source with a bad url',
    (d) => {
      (d.sources[1] as Record<string, unknown>).url = 'not a url';
      return d;
    },
    ['sources[1].url'],
  ],
  [
    'duplicate source id',
    (d) => {
      (d.sources[1] as Record<string, unknown>).id = 'customs';
      return d;
    },
    ['sources[1].id'],
  ],
  [
    'unknown source id',
    (d) => {
      flow0(d).source = 'ministry';
      return d;
    },
    ['flows[0].source'],
  ],
  [
    'flow not an object',
    (d) => {
      (d.flows as unknown[])[0] = 42;
      return d;
    },
    ['flows[0]'],
  ],
  [
    'reporter in lowercase',
    (d) => {
      flow0(d).reporter = 'vnm';
      return d;
    },
    ['flows[0].reporter'],
  ],
  [
    'partner numeric',
    (d) => {
      flow0(d).partner = 418;
      return d;
    },
    ['flows[0].partner'],
  ],
  [
    'reporter equals partner',
    (d) => {
      flow0(d).partner = 'VNM';
      return d;
    },
    ['flows[0].partner'],
  ],
  [
    'unknown flow direction',
    (d) => {
      flow0(d).flow = 're-export';
      return d;
    },
    ['flows[0].flow'],
  ],
  [
    'month 13',
    (d) => {
      flow0(d).period = '2024-13';
      return d;
    },
    ['flows[0].period'],
  ],
  [
    'quarter 5',
    (d) => {
      flow0(d).period = '2024-Q5';
      return d;
    },
    ['flows[0].period'],
  ],
  [
    'range ending before it starts',
    (d) => {
      flow0(d).period = '2024-09/2024-01';
      return d;
    },
    ['flows[0].period'],
  ],
  [
    'period as a number',
    (d) => {
      flow0(d).period = 2024;
      return d;
    },
    ['flows[0].period'],
  ],
  [
    'value as a number',
    (d) => {
      flow0(d).value = 491900000;
      return d;
    },
    ['flows[0].value'],
  ],
  [
    'value with a thousands separator',
    (d) => {
      flow0(d).value = '491,900,000';
      return d;
    },
    ['flows[0].value'],
  ],
  [
    'value in exponent form',
    (d) => {
      flow0(d).value = '4.919e8';
      return d;
    },
    ['flows[0].value'],
  ],
  [
    'value NaN',
    (d) => {
      flow0(d).value = 'NaN';
      return d;
    },
    ['flows[0].value'],
  ],
  [
    'negative value',
    (d) => {
      flow0(d).value = '-5';
      return d;
    },
    ['flows[0].value'],
  ],
  [
    'unknown currency',
    (d) => {
      flow0(d).currency = 'DOLLAR';
      return d;
    },
    ['flows[0].currency'],
  ],
  [
    'mixed currencies in one series',
    (d) => {
      d.flows.push({
        ...d.flows[0],
        period: '2023-01/2023-09',
        currency: 'VND',
      } as DatasetDocument['flows'][number]);
      return d;
    },
    ['flows[2].currency'],
  ],
  [
    'duplicate flow',
    (d) => {
      d.flows.push({ ...d.flows[0] } as DatasetDocument['flows'][number]);
      return d;
    },
    ['flows[2]'],
  ],
  [
    'unknown status',
    (d) => {
      flow0(d).status = 'final';
      return d;
    },
    ['flows[0].status'],
  ],
  [
    'unknown valuation',
    (d) => {
      flow0(d).valuation = 'EXW';
      return d;
    },
    ['flows[0].valuation'],
  ],
  [
    'HS code as a number',
    (d) => {
      flow0(d).commodity = 901;
      return d;
    },
    ['flows[0].commodity'],
  ],
  [
    'HS code of 3 digits',
    (d) => {
      flow0(d).commodity = '090';
      return d;
    },
    ['flows[0].commodity'],
  ],
  [
    'zero precision',
    (d) => {
      flow0(d).precision = '0';
      return d;
    },
    ['flows[0].precision'],
  ],
  [
    'precision the value has finer digits than (491.9 M rounded to 1 M)',
    (d) => {
      flow0(d).precision = '1000000';
      return d;
    },
    ['flows[0].precision'],
  ],
  [
    'uncertain as text',
    (d) => {
      flow0(d).uncertain = 'yes';
      return d;
    },
    ['flows[0].uncertain'],
  ],
  [
    'statement citing an unknown source',
    (d) => ({ ...d, statements: [{ ...statement, source: 'blog' }] }),
    ['statements[0].source'],
  ],
  [
    'statement whose value contradicts its text',
    (d) => ({
      ...d,
      statements: [{ ...statement, amount: { ...statement.amount, value: '160000000' } }],
    }),
    ['statements[0].amount.value'],
  ],
  [
    'statement whose rounding contradicts the lower bound its text states',
    (d) => ({
      ...d,
      statements: [
        {
          ...statement,
          amount: {
            text: 'ít nhất 159 triệu USD',
            value: '159000000',
            currency: 'USD',
            rounding: 'nearest',
          },
        },
      ],
    }),
    ['statements[0].amount.rounding'],
  ],
  [
    'statement whose bound contradicts its text',
    (d) => ({
      ...d,
      statements: [
        {
          ...statement,
          amount: {
            text: '超过1.59亿美元',
            value: '159000000',
            currency: 'USD',
            precision: '1000000',
            bound: 'at-least',
          },
        },
      ],
    }),
    ['statements[0].amount.bound'],
  ],
  [
    'two statements with one id',
    (d) => ({ ...d, statements: [statement, statement] }),
    ['statements[1].id'],
  ],
  [
    'target rate written as a percentage',
    (d) => ({ ...d, targets: [{ ...target, band: { lower: '10', upper: '15' } }] }),
    ['targets[0].band.lower'],
  ],
  [
    'crossing whose two sides are in one country',
    (d) => ({
      ...d,
      crossings: [
        { ...crossing, sides: [crossing.sides[0], { ...crossing.sides[1], country: 'VNM' }] },
      ],
    }),
    ['crossings[0].sides[1].country'],
  ],
  [
    'crossing with an unknown class',
    (d) => ({
      ...d,
      crossings: [
        { ...crossing, sides: [{ ...crossing.sides[0], class: 'grand' }, crossing.sides[1]] },
      ],
    }),
    ['crossings[0].sides[0].class'],
  ],
  [
    'facility linked to an unknown crossing',
    (d) => ({ ...d, crossings: [crossing], facilities: [{ ...facility, crossingId: 'nowhere' }] }),
    ['facilities[0].crossingId'],
  ],
  [
    'three capitals that name no economy, and the EU as a partner',
    (d) => {
      flow0(d).reporter = 'XXX';
      flow0(d).partner = 'EUR';
      return d;
    },
    ['flows[0].reporter', 'flows[0].partner'],
  ],
  [
    'source dates the calendar does not have',
    (d) => ({
      ...d,
      sources: [
        { ...d.sources[0], date: '2024-13-01' },
        { ...d.sources[1], date: '2023-02-29' },
        ...d.sources.slice(2),
      ],
    }),
    ['sources[0].date', 'sources[1].date'],
  ],
  [
    'flows nested 4,000 arrays deep',
    (d) => ({ ...d, flows: JSON.parse(`${'['.repeat(4000)}${']'.repeat(4000)}`) }),
    [`flows${'[0]'.repeat(31)}`],
  ],
  [
    'a note that points to its flow (a cycle)',
    (d) => {
      flow0(d).note = flow0(d);
      return d;
    },
    ['flows[0].note'],
  ],
  [
    // A hole (`new Array(n)`, `delete list[i]`) is no JSON: the flow's was parsed as a dataset
    // whose flows held the hole, and the sources' was dropped without a word.
    'a hole in the flows (a sparse array)',
    (d) => {
      const flows = [...d.flows];
      delete flows[0];
      return { ...d, flows };
    },
    ['flows[0]'],
  ],
  [
    'a hole in the sources',
    (d) => {
      const sources = [...d.sources];
      delete sources[1];
      return { ...d, sources };
    },
    ['sources[1]'],
  ],
  [
    'title and sources missing, and a bad flow',
    (d) => {
      flow0(d).value = 'abc';
      return { ...d, title: undefined, sources: undefined };
    },
    ['title', 'sources', 'flows[0].value'],
  ],
  [
    'several problems at once',
    (d) => {
      flow0(d).value = 'abc';
      (d.flows[1] as Record<string, unknown>).period = '2024-Q0';
      (d.flows[1] as Record<string, unknown>).source = 'nowhere';
      return d;
    },
    ['flows[0].value', 'flows[1].period', 'flows[1].source'],
  ],
];

describe('parseDataset', () => {
  it('accepts a valid document and round-trips it', () => {
    const dataset = parseDataset(valid());
    expect(dataset.flows).toHaveLength(2);
    expect(serializeDataset(dataset)).toEqual(valid());
  });

  it("records a statement's lower bound from its text, as when the document gives it", () => {
    const bounded = { ...statement, amount: { ...statement.amount, text: 'hơn 159,6 triệu USD' } };
    const [read] = parseDataset({ ...valid(), statements: [bounded] }).statements;
    expect(read?.kind === 'level' && read.amount).toEqual({
      ...bounded.amount,
      rounding: 'truncate',
      bound: 'more-than',
    });
    const given = { ...bounded, amount: { ...bounded.amount, rounding: 'truncate' as const } };
    expect(parseDataset({ ...valid(), statements: [given] }).statements).toEqual([read]);
  });

  it('records "more than" for a truncated figure whose words state no bound', () => {
    // Recorded once, here: the series, the compact writer, the report and the widgets read it.
    const truncated = { ...statement, amount: { ...statement.amount, rounding: 'truncate' } };
    const [read] = parseDataset({ ...valid(), statements: [truncated] }).statements;
    expect(read?.kind === 'level' && read.amount).toEqual({
      ...truncated.amount,
      bound: 'more-than',
    });
  });

  it(`has a bad-input corpus of at least 30 documents (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus)('%s → INVALID_DATASET naming the path', (_name, mutate, paths) => {
    const input = mutate(valid() as DatasetDocument & Record<string, unknown>);
    let caught: unknown;
    try {
      parseDataset(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BilateralError);
    const error = caught as BilateralError;
    expect(error.code).toBe('INVALID_DATASET');
    const reported = error.issues.map((issue) => formatIssuePath(issue.path));
    for (const path of paths) expect(reported).toContain(path);
    for (const issue of error.issues) expect(issue.message).not.toBe('Invalid input');
    const result = safeParseDataset(input);
    expect(result.success).toBe(false);
  });

  it('explains each problem in words', () => {
    const document = valid();
    flow0(document).source = 'ministry';
    expect(() => parseDataset(document)).toThrowError(
      'flows[0].source: unknown source id "ministry": add it to "sources" or fix the reference',
    );
  });
});

describe('parseDataset on hostile input', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  });

  it('reports every section when the header is missing (validate shows every problem at once)', () => {
    const document: Record<string, unknown> = { ...valid(), title: undefined, sources: undefined };
    flow0(document as DatasetDocument).period = '2024-Q5';
    const result = safeParseDataset(document);
    expect(
      result.success ? [] : result.error.issues.map((issue) => formatIssuePath(issue.path)),
    ).toEqual(['title', 'sources', 'flows[0].period']);
  });

  it('names a missing section in words', () => {
    const { flows: _flows, ...document } = valid();
    expect(() => parseDataset(document)).toThrowError(
      'flows: missing: a dataset lists its flows (an empty list [] when there are none)',
    );
  });

  it('does not overflow the stack on deep nesting, deeper or in objects', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level += 1) deep = { flows: [deep] };
    const result = safeParseDataset(deep);
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.issues[0]?.message).toMatch(/nested more than 32/);
  });

  it('lists any number of problems without overflowing the stack', () => {
    // 200,000 copies of one flow: every copy after the first is a problem (a RangeError before,
    // the problems spread into a call's arguments).
    const document = valid();
    const [flow] = document.flows;
    document.flows = Array.from(
      { length: 200_000 },
      () => flow as DatasetDocument['flows'][number],
    );
    const result = safeParseDataset(document);
    expect(result.success ? 0 : result.error.issues.length).toBe(199_999);
    expect(result.success ? '' : result.error.issues[0]?.message).toMatch(/flows\[0\]/);
  });

  it('reads __proto__, constructor and toString keys as plain data', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": 1, "toString": 2, "id": "x", "title": {"en": "X"}, "sources": [], "flows": []}',
    );
    expect(parseDataset(input).id).toBe('x');
    const bad = JSON.parse('{"__proto__": [], "id": "x", "title": {"en": "X"}, "flows": []}');
    expect(safeParseDataset(bad).success).toBe(false);
  });

  it('never throws: arbitrary JSON and arbitrary values give a result', () => {
    const base = valid();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything(),
          fc.record({ flows: fc.array(fc.jsonValue(), { maxLength: 3 }) }).map((part) => ({
            ...base,
            ...part,
          })),
        ),
        (input) => {
          const result = safeParseDataset(input);
          if (!result.success) {
            expect(result.error.code).toBe('INVALID_DATASET');
            expect(result.error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      propertyRuns(1212, { ci: 300, full: 1000 }),
    );
  });
});

describe('datasetJsonSchema', () => {
  it('describes the document with its required fields', () => {
    const schema = datasetJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'sources', 'flows']));
    expect(JSON.stringify(schema.properties.flows)).toContain('"pattern"');
  });

  it('agrees with the parser and the docs: a source language is optional', () => {
    const sources = datasetJsonSchema().properties as Record<
      string,
      { items: { required: string[]; properties: Record<string, unknown> } }
    >;
    const item = sources.sources?.items;
    expect(item?.required).toEqual(['id', 'publisher', 'title', 'date']);
    expect(item?.properties).toHaveProperty('language');
    const { language: _language, ...source } = valid().sources[0] ?? {};
    expect(parseDataset({ ...valid(), sources: [source], flows: [] }).sources).toEqual([source]);
  });
});
