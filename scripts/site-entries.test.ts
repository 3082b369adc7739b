import { describe, expect, it } from 'vitest';
import { entryProblems, publicEntries } from './site-entries.mjs';

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
