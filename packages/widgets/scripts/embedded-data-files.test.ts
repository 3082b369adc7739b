import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  datasetFromCompact,
  datasetSeries,
  embeddedDatasets,
  nameInText,
  vietnamLaos,
} from '@bilateral/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures } from '../test/write-fixtures.js';
import { embeddedDataFiles } from './embedded-data-files.js';

const scripts = dirname(fileURLToPath(import.meta.url));
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'bilateral-embedded-data-'));
  // The build's script, as `pnpm build` runs it (from the core's source), writing into `out/dist`.
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  execFileSync(
    process.execPath,
    [tsx, '--conditions=@bilateral/source', join(scripts, 'write-data.mjs')],
    { cwd: out, stdio: 'pipe' },
  );
  writeFixtures(join(out, 'tests'));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('embeddedDataFiles', () => {
  it("gives the whole and series files and their modules, with the turnover's narrowed balances", () => {
    const files = embeddedDataFiles('vietnam-laos', vietnamLaos);
    expect(Object.keys(files)).toEqual([
      'data/vietnam-laos.json',
      'data/vietnam-laos.js',
      'data/vietnam-laos.series.json',
      'data/vietnam-laos.series.js',
    ]);
    for (const file of ['data/vietnam-laos.json', 'data/vietnam-laos.series.json']) {
      const { balances } = JSON.parse(files[file] as string);
      // What `bilateral report` writes for January–September 2024: about −US$500 million,
      // covering about 50 % (to one digit).
      expect(balances['VNM LAO']['2024-01/2024-09'], file).toEqual([
        '-516200000',
        '100000000',
        '1',
      ]);
    }
  });

  it('writes a turnover on a side published as a lower bound as the interval it allows', () => {
    // Laos' H1 2023 without its published turnover, and imports of exactly US$267 million: the
    // series file states the turnover "more than US$832 million" (exports "more than US$565
    // million"), which a page's series reads as it is; without it, US$832 million as if exact.
    const dataset = {
      ...vietnamLaos,
      flows: vietnamLaos.flows.map(({ precision, ...flow }) =>
        flow.reporter === 'LAO' && flow.flow === 'import' && flow.period.kind === 'half'
          ? flow
          : { ...flow, ...(precision === undefined ? {} : { precision }) },
      ),
      statements: vietnamLaos.statements.filter(
        ({ id }) => id !== 'lao-vn-2023-h1-turnover' && id !== 'lao-vn-2023-h1-imports',
      ),
    };
    const files = embeddedDataFiles('vietnam-laos', dataset);
    const drawn = datasetFromCompact(JSON.parse(files['data/vietnam-laos.series.json'] as string));
    const request = {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'turnover',
      periodKind: 'half',
    } as const;
    const [point] = datasetSeries(drawn, request).points;
    expect([point?.value.amount.toFixed(), point?.precision?.toFixed(), point?.lowerBound]).toEqual(
      ['832000000', '1000000', 'more-than'],
    );
  });

  it('writes a bound the other side of the pair repeats as the validator does, its turnover too', () => {
    // Vietnam's own view of The Star's H1 2023 (the same source): imports of US$565 million, the
    // figure of Laos' exports "more than US$565 million", and exports of exactly US$267 million.
    // The build stated the turnover before the repeats, which it never added: US$832 million as
    // if exact, imports exactly US$565 million (h354); the validator says more than both.
    const thestar = vietnamLaos.flows.filter(
      (flow) => flow.reporter === 'LAO' && flow.period.kind === 'half',
    );
    const mirrored = thestar.map(({ precision: _, ...flow }) => ({
      ...flow,
      reporter: 'VNM',
      partner: 'LAO',
      flow: flow.flow === 'export' ? ('import' as const) : ('export' as const),
    }));
    const dataset = { ...vietnamLaos, flows: [...vietnamLaos.flows, ...mirrored] };
    const files = embeddedDataFiles('vietnam-laos', dataset);
    const drawn = datasetFromCompact(JSON.parse(files['data/vietnam-laos.series.json'] as string));
    const point = (measure: 'imports' | 'turnover') => {
      const request = { reporter: 'VNM', partner: 'LAO', measure, periodKind: 'half' } as const;
      const [found] = datasetSeries(drawn, { ...request, source: 'thestar-2023-09-18' }).points;
      return [found?.value.amount.toFixed(), found?.precision?.toFixed(), found?.lowerBound];
    };
    expect(point('imports')).toEqual(['565000000', '1000000', 'more-than']);
    expect(point('turnover')).toEqual(['832000000', '1000000', 'more-than']);
  });

  it('writes a file with its characters beyond ASCII escaped where that gzips smaller, the same JSON', () => {
    const files = embeddedDataFiles('vietnam-laos', vietnamLaos);
    const whole = files['data/vietnam-laos.json'] as string;
    // The whole file's Lao, Vietnamese and Chinese names: 5,627 B gzipped as UTF-8, 5,542 escaped.
    expect(whole).toMatch(/^[\x20-\x7e]+$/);
    expect(whole).toContain('"\\u0e81\\u0eb2\\u0e99\\u0e84\\u0ec9\\u0eb2 ');
    const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
    const raw = JSON.stringify(JSON.parse(whole));
    expect(raw).toContain('"ການຄ້າ ');
    expect(gzipped(whole)).toBeLessThan(gzipped(raw));
    // Each file is the one of the two that gzips smaller, and reads as the same document.
    for (const file of ['data/vietnam-laos.json', 'data/vietnam-laos.series.json']) {
      const text = files[file] as string;
      const plain = JSON.stringify(JSON.parse(text));
      expect(gzipped(text), file).toBeLessThanOrEqual(gzipped(plain));
    }
  });

  it('names no economy that a sentence writes with "the", but for the World in a turnover pair', () => {
    // The widgets write a data file's names in a sentence as they are: the rule ("the
    // Philippines") comes with the table of every economy's names, which such a page never loads
    // (`inSentence`, src/i18n/format.ts). The World is named for the turnover of Laos and Vietnam
    // with it (shares and a level statement), which a sentence writes as a bare pair
    // ("Laos–World turnover"); a dataset with other figures of it would need the rule first.
    for (const [name, dataset] of Object.entries(embeddedDatasets)) {
      for (const [path, text] of Object.entries(embeddedDataFiles(name, dataset))) {
        if (!path.endsWith('.json')) continue;
        const names = JSON.parse(text).names as Record<string, { en: string }>;
        const withThe = Object.keys(names).filter(
          (code) => nameInText(names[code]?.en ?? '', 'en') !== names[code]?.en,
        );
        expect(
          withThe.filter((code) => code !== 'WLD'),
          path,
        ).toEqual([]);
      }
      const world = (economies: object) => Object.values(economies).includes('WLD');
      expect(dataset.flows.filter(world), name).toEqual([]);
      for (const statement of dataset.statements.filter(
        (each) => world(each) || ('whole' in each && world(each.whole ?? {})),
      )) {
        expect(statement.subject, statement.id).toBe('turnover');
      }
    }
  });

  it("is what the build writes (scripts/write-data.mjs' dist/data/), byte for byte", () => {
    const built = join(out, 'dist', 'data');
    expect(readdirSync(built).sort()).toEqual(
      Object.entries(embeddedDatasets)
        .flatMap(([name, dataset]) => Object.keys(embeddedDataFiles(name, dataset)))
        .map((path) => path.replace('data/', ''))
        .sort(),
    );
    for (const [name, dataset] of Object.entries(embeddedDatasets)) {
      for (const [path, text] of Object.entries(embeddedDataFiles(name, dataset))) {
        expect(readFileSync(join(out, 'dist', path), 'utf8'), path).toBe(text);
      }
    }
  });

  it("is what the browser tests' fixtures write (test/write-fixtures.ts' bundle/data/), byte for byte", () => {
    const built = join(out, 'dist', 'data');
    const fixtures = join(out, 'tests', 'bundle', 'data');
    expect(readdirSync(fixtures).sort()).toEqual(readdirSync(built).sort());
    for (const file of readdirSync(built)) {
      const fixture = readFileSync(join(fixtures, file), 'utf8');
      expect(fixture, file).toBe(readFileSync(join(built, file), 'utf8'));
    }
  });
});
