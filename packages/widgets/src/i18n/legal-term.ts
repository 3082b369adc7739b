import type { KnownNames, Locale } from '@bilateral/core';

/** The language each embedded classification system's law is written in, by country. */
const LAW_LANGUAGE: Readonly<Record<string, Locale>> = { VNM: 'vi', LAO: 'lo', CHN: 'zh' };

/**
 * A class's legal term in the language of its law, for a reader who sees the project's
 * translation of it: the Vietnamese term under a Vietnamese class named in Lao or Chinese, the Lao
 * term under a Lao class named in Vietnamese or Chinese. `undefined` in English (the names'
 * reference language), in the law's own language, for a country whose law language is not known,
 * and when the names lack that term or the reader sees it already.
 */
export function legalTerm(
  names: KnownNames | undefined,
  country: string,
  locale: Locale,
): { readonly text: string; readonly lang: Locale } | undefined {
  const lang = Object.hasOwn(LAW_LANGUAGE, country) ? LAW_LANGUAGE[country] : undefined;
  if (names === undefined || lang === undefined || locale === 'en' || locale === lang) {
    return undefined;
  }
  const text = names[lang];
  return text === undefined || text === names[locale] ? undefined : { text, lang };
}
