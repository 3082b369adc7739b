/**
 * Language tags read from the page, without the core (the autoloader uses these before any
 * chunk has loaded).
 */

/** The primary language subtag, lowercased: `vi-VN` → `vi`, `zh-Hans-CN` → `zh`. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  return tag?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
}

/**
 * The `lang` of an element's nearest ancestor (itself included) that has one, crossing shadow
 * roots, so an element inside another element's shadow tree follows the page; `null` if none.
 */
export function nearestLang(element: Element): string | null {
  const owner = element.closest('[lang]');
  if (owner !== null) return owner.getAttribute('lang');
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? nearestLang(root.host) : null;
}
