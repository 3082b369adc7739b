import { describe, expect, it } from 'vitest';
import {
  descriptionProblems,
  descriptionSections,
  entryProblems,
  jsonEntries,
  publicEntries,
} from './site-entries.mjs';

const core = {
  name: '@bilateral/core',
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './internal': { types: './dist/internal.d.ts', default: './dist/internal.js' },
    './dataset.schema.json': './dataset.schema.json',
    './package.json': './package.json',
  },
};

/** A module of the site's JSON (kind 2), described or not, with its entries inside. */
const module = (name: string, described: boolean, children: unknown[] = []) => ({
  name,
  kind: 2,
  ...(described ? { comment: { summary: [{ kind: 'text', text: 'What it gives.' }] } } : {}),
  children,
});

describe('the entries the API site must have pages for', () => {
  it('are every export but package.json and the internal entry, JSON files included', () => {
    expect(publicEntries([core])).toEqual([
      '@bilateral/core',
      '@bilateral/core/dataset.schema.json',
    ]);
  });

  it('passes a site with a described page for each', () => {
    const api = {
      children: [
        module('@bilateral/core', true, [module('@bilateral/core/dataset.schema.json', true)]),
      ],
    };
    expect(entryProblems(api, [core])).toEqual([]);
  });

  it('names a JSON export with no page', () => {
    const api = { children: [module('@bilateral/core', true)] };
    expect(entryProblems(api, [core])).toEqual([
      '@bilateral/core/dataset.schema.json: exported, but no module of the site',
    ]);
  });

  it('names a page without a description', () => {
    const api = {
      children: [
        module('@bilateral/core', true, [module('@bilateral/core/dataset.schema.json', false)]),
      ],
    };
    expect(entryProblems(api, [core])).toEqual([
      '@bilateral/core/dataset.schema.json: its page has no description (a module comment, or its section of docs/api-entries.md)',
    ]);
  });

  it('names the internal entry when it has a page', () => {
    const api = {
      children: [
        module('@bilateral/core', true, [
          module('@bilateral/core/dataset.schema.json', true),
          module('@bilateral/core/internal', true),
        ]),
      ],
    };
    expect(entryProblems(api, [core])).toEqual([
      '@bilateral/core/internal: not public, but a module of the site',
    ]);
  });
});

describe("docs/api-entries.md's sections", () => {
  it('are named by their headings, backquotes off, with the text under each', () => {
    expect(
      descriptionSections(
        '# Title\n\nWhat the file is.\n\n## `@bilateral/core/a.json`\n\nThe first.\n\n## @bilateral/core/b\nThe second,\n{@link x}.\n',
      ),
    ).toEqual([
      { entry: '@bilateral/core/a.json', text: 'The first.' },
      { entry: '@bilateral/core/b', text: 'The second,\n{@link x}.' },
    ]);
  });

  it('reads a last heading with nothing under it as an empty section', () => {
    expect(descriptionSections('## `@bilateral/core/a.json`')).toEqual([
      { entry: '@bilateral/core/a.json', text: '' },
    ]);
  });
});

describe('the descriptions of the entries the site converts', () => {
  const sections = [
    { entry: '@bilateral/widgets/growth', text: 'Registers it.' },
    { entry: '@bilateral/core/dataset.schema.json', text: 'The schema.' },
  ];

  it('pass each entry with one description: its module comment or its section', () => {
    expect(
      descriptionProblems(sections, [
        { name: '@bilateral/core/calc', commented: true },
        { name: '@bilateral/core/dataset.schema.json', commented: false },
        { name: '@bilateral/widgets/growth', commented: false },
      ]),
    ).toEqual([]);
  });

  it('name an entry with both, an entry with neither, and a section of no entry', () => {
    expect(
      descriptionProblems(sections, [
        { name: '@bilateral/core/calc', commented: false },
        { name: '@bilateral/core/dataset.schema.json', commented: false },
        { name: '@bilateral/widgets/growth', commented: true },
      ]),
    ).toEqual([
      'The entry @bilateral/widgets/growth has a module comment and a section of docs/api-entries.md: keep one',
      "The entry @bilateral/core/calc has no description: a module comment (@packageDocumentation) in its file, or a section of docs/api-entries.md where that comment would change a bundle's bytes or the entry is no module",
    ]);
    expect(
      descriptionProblems(sections, [{ name: '@bilateral/widgets/growth', commented: false }]),
    ).toEqual([
      'docs/api-entries.md describes @bilateral/core/dataset.schema.json, which is no entry of the packages',
    ]);
  });

  it('name a section given twice, and an empty one', () => {
    expect(
      descriptionProblems(
        [...sections, { entry: '@bilateral/widgets/growth', text: 'Again.' }],
        [
          { name: '@bilateral/core/dataset.schema.json', commented: false },
          { name: '@bilateral/widgets/growth', commented: false },
        ],
      ),
    ).toEqual(['docs/api-entries.md has 2 sections for @bilateral/widgets/growth: keep one']);
    expect(
      descriptionProblems(
        [{ entry: '@bilateral/widgets/growth', text: '' }],
        [{ name: '@bilateral/widgets/growth', commented: false }],
      ),
    ).toEqual([
      'The entry @bilateral/widgets/growth has no description: its section of docs/api-entries.md is empty',
    ]);
  });
});

describe('the JSON files a package exports', () => {
  it('are each export that is a .json file, but package.json', () => {
    expect(jsonEntries(core)).toEqual(['@bilateral/core/dataset.schema.json']);
    expect(jsonEntries({ name: '@bilateral/duckdb', exports: { '.': './dist/index.js' } })).toEqual(
      [],
    );
  });
});
