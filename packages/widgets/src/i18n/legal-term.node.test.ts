import { LAOS_CHECKPOINT_SYSTEM, VIETNAM_BORDER_GATE_SYSTEM } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { legalTerm } from './legal-term.js';

const names = (system: typeof VIETNAM_BORDER_GATE_SYSTEM, id: string) =>
  system.classes.find((cls) => cls.id === id)?.names;

describe('legalTerm (issue 15: a translated class keeps its legal term reachable)', () => {
  it("gives the law's own term under the project's translation", () => {
    const main = names(VIETNAM_BORDER_GATE_SYSTEM, 'main');
    expect(legalTerm(main, 'VNM', 'lo')).toEqual({
      text: 'cửa khẩu chính (song phương)',
      lang: 'vi',
    });
    expect(legalTerm(main, 'VNM', 'zh')?.lang).toBe('vi');
    const international = names(LAOS_CHECKPOINT_SYSTEM, 'international');
    expect(legalTerm(international, 'LAO', 'vi')).toEqual({ text: 'ດ່ານສາກົນ', lang: 'lo' });
    expect(legalTerm(international, 'LAO', 'zh')).toEqual({ text: 'ດ່ານສາກົນ', lang: 'lo' });
  });

  it('gives nothing in English, in the law’s own language, or without a known law language', () => {
    const main = names(VIETNAM_BORDER_GATE_SYSTEM, 'main');
    expect(legalTerm(main, 'VNM', 'en')).toBeUndefined();
    expect(legalTerm(main, 'VNM', 'vi')).toBeUndefined();
    expect(legalTerm(main, 'THA', 'lo')).toBeUndefined();
    expect(legalTerm(main, 'constructor', 'lo')).toBeUndefined();
    expect(legalTerm(undefined, 'VNM', 'lo')).toBeUndefined();
    expect(legalTerm({ en: 'a class' }, 'VNM', 'lo')).toBeUndefined();
  });

  it('names every class of the embedded systems in all four languages', () => {
    for (const system of [VIETNAM_BORDER_GATE_SYSTEM, LAOS_CHECKPOINT_SYSTEM]) {
      for (const cls of system.classes) {
        expect(Object.keys(cls.names).sort(), `${system.id} ${cls.id}`).toEqual([
          'en',
          'lo',
          'vi',
          'zh',
        ]);
      }
    }
  });
});
