import type { Messages } from './messages.js';

/**
 * A text the data holds in English (who set a target, its note) in the reader's language: the
 * project's translation when the messages have one for exactly that text, else the data's own
 * words; `translated` says which, so the caller can mark it.
 */
export function dataText(
  text: string,
  m: Messages,
): { readonly text: string; readonly translated: boolean } {
  const texts = m.translations?.texts;
  return texts !== undefined && Object.hasOwn(texts, text)
    ? { text: texts[text] as string, translated: true }
    : { text, translated: false };
}
