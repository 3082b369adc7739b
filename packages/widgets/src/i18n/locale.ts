import { isLocale, type Locale } from '@bilateral/core/calc';
import { nearestLang, primaryLanguage } from './language-tag.js';

/** `vi-VN` → `vi`, `zh-Hans-CN` → `zh`; `undefined` for a language the widgets do not speak. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = primaryLanguage(tag);
  return isLocale(language) ? language : undefined;
}

/**
 * The locale of an element: its `locale` attribute when it names one of en, vi, lo, zh;
 * otherwise the `lang` of its nearest ancestor that has one (crossing shadow roots, so an
 * element inside another element's shadow tree follows the page); otherwise English.
 */
export function resolveLocale(element: Element, explicit: string | undefined): Locale {
  return toLocale(explicit) ?? toLocale(nearestLang(element)) ?? 'en';
}
