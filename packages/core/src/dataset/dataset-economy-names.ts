// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { economyLabel } from '../economy/economy-label.js';
import { LOCALES } from '../economy/locale.js';
import type { LocalizedNames } from '../economy/localized-names.js';
import type { Dataset } from './dataset.js';

/** The fields whose values are economy codes, wherever they are in a dataset. */
const ECONOMY_FIELDS = new Set(['reporter', 'partner', 'country', 'side', 'system']);

function collectCodes(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectCodes(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string') {
      if (ECONOMY_FIELDS.has(key) && /^[A-Z]{3}$/.test(inner)) into.add(inner);
    } else {
      collectCodes(inner, into);
    }
  }
}

/**
 * The names, in every locale, of the economies a dataset names (reporters, partners, a statement's
 * side, crossing countries, a count's system), by code in code order: what `economyLabel` gives.
 * A code with no name in any locale (`economyLabel` answers the code itself) is left out.
 */
export function datasetEconomyNames(dataset: Dataset): Record<string, LocalizedNames> {
  const codes = new Set<string>();
  collectCodes(dataset, codes);
  const names: Record<string, LocalizedNames> = {};
  for (const code of [...codes].sort()) {
    const [en, vi, lo, zh] = LOCALES.map((locale) => economyLabel(code, locale));
    if ([en, vi, lo, zh].every((name) => name === code)) continue;
    names[code] = { en: en ?? code, vi: vi ?? code, lo: lo ?? code, zh: zh ?? code };
  }
  return names;
}
