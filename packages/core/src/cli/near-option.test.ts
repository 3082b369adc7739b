import { describe, expect, it } from 'vitest';
import { nearOption } from './near-option.js';

const IMPORT = ['output', 'format', 'id', 'title', 'date', 'engine', 'report-rows', 'json', 'help'];

describe('nearOption', () => {
  it('names the option a slip or another name is near', () => {
    expect(nearOption('--jsno', IMPORT)).toBe('json');
    expect(nearOption('--dat', IMPORT)).toBe('date');
    expect(nearOption('--ids', IMPORT)).toBe('id');
    expect(nearOption('--out', IMPORT)).toBe('output');
    expect(nearOption('--tilte=Soy', IMPORT)).toBe('title');
  });

  it('suggests nothing for a word that only shares a letter with a short option', () => {
    expect(nearOption('--fix', IMPORT)).toBeUndefined();
    expect(nearOption('--six', IMPORT)).toBeUndefined();
    expect(nearOption('--verbose', IMPORT)).toBeUndefined();
  });

  it('takes the nearest of two near options, not the first listed', () => {
    expect(nearOption('--dates', ['data', 'date'])).toBe('date');
  });

  it('suggests nothing for a very long unknown option (editsWithin reads only its length)', () => {
    expect(nearOption(`--${'x'.repeat(1_000_000)}`, IMPORT)).toBeUndefined();
  });
});
