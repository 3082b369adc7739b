import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as internal from './internal.js';

describe('the root entry', () => {
  it('exports no unchecked face: those are @bilateral/core/internal’s alone (not public API)', () => {
    const names = Object.keys(core);
    expect(names.filter((name) => name.startsWith('unchecked'))).toEqual([]);
    expect(Object.keys(internal).filter((name) => names.includes(name))).toEqual([]);
  });
});
