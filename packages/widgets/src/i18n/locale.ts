import { isLocale, type Locale } from '@bilateral/core';

/** `vi-VN` → `vi`, `zh-Hans-CN` → `zh`; `undefined` for a language the widgets do not speak. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * The locale of an element: its `locale` attribute when it names one of en, vi, lo, zh;
 * otherwise the `lang` of its nearest ancestor that has one (crossing shadow roots, so an
 * element inside another element's shadow tree follows the page); otherwise English.
 */
export function resolveLocale(element: Element, explicit: string | undefined): Locale {
  const chosen = toLocale(explicit);
  if (chosen !== undefined) return chosen;
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLocale(node.getAttribute('lang')) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
