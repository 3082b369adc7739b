import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../_internal/zod-issues.js';
import { LocalizedNamesSchema } from './schemas.js';

describe('LocalizedNamesSchema', () => {
  it('accepts a name in every locale', () => {
    const names = { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' };
    expect(LocalizedNamesSchema.safeParse(names).data).toEqual(names);
  });

  it('refuses a missing, empty or padded name, naming the locale', () => {
    const names = { en: 'Laos', vi: '', lo: ' ລາວ' };
    const result = LocalizedNamesSchema.safeParse(names);
    expect(issuesFromZod(result.error?.issues ?? [], names)).toEqual([
      { path: ['vi'], message: 'must not be empty' },
      { path: ['lo'], message: 'must not start or end with spaces' },
      { path: ['zh'], message: 'is missing' },
    ]);
  });
});
