import { laosChina, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { dataText } from './data-text.js';
import { lo } from './messages-lo.js';
import { vi } from './messages-vi.js';
import { zh } from './messages-zh.js';

describe('dataText (issue 15: target notes in the reader’s language)', () => {
  const texts = [vietnamLaos, laosChina].flatMap((dataset) =>
    dataset.targets.flatMap((target) => [target.setBy, ...(target.note ? [target.note] : [])]),
  );

  it.each([
    ['vi', vi],
    ['lo', lo],
    ['zh', zh],
  ] as const)('translates every embedded target’s setter and note into %s', (_, messages) => {
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const text of texts) {
      const shown = dataText(text, messages);
      expect(shown.translated, text).toBe(true);
      expect(shown.text).not.toBe(text);
    }
  });

  it('leaves a text it has no translation for as the data has it, prototype names included', () => {
    for (const text of ['A page’s own note.', 'constructor', 'toString', '__proto__']) {
      expect(dataText(text, lo)).toEqual({ text, translated: false });
    }
  });
});
