import { describe, expect, it } from 'vitest';
import { laosChina, vietnamLaos } from './index.js';

/** Words meant for the project's own files, never for the readers of a widget or a report. */
const INTERNAL = /DOMAIN\.md|research notes|ASSUMED|seed 00|shared\/seeds/;

describe.each([
  ['vietnam-laos', vietnamLaos],
  ['laos-china', laosChina],
])('%s: the words readers see', (_, dataset) => {
  // What the widgets' footers and target cards and `bilateral report` print (a source's `note` is
  // provenance for maintainers and is shown to no reader).
  it('names its sources and notes its targets in plain words', () => {
    const texts = [
      ...dataset.sources.flatMap((source) => [source.publisher, source.title]),
      ...dataset.targets.flatMap((target) => [target.setBy, target.note ?? '']),
    ];
    expect(texts.filter((text) => INTERNAL.test(text))).toEqual([]);
  });
});
