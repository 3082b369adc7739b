import { BY_CODE } from './economy-index.js';
import { ALPHA2_BY_ALPHA3 } from './iso-countries.js';
import type { Locale } from './locale.js';

const regionNames = new Map<Locale, Intl.DisplayNames | null>();

/** The engine's CLDR country names in `locale`, made once (`null` where the engine has none). */
function regionNamesIn(locale: Locale): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    names =
      typeof Intl.DisplayNames === 'function'
        ? new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' })
        : null;
    regionNames.set(locale, names);
  }
  return names;
}

/**
 * What `economyLabel` writes, for a code known to be text and a locale known to be one of
 * the four: the same name, without its checks. The widgets' economy table (loaded on demand)
 * names codes with it, so that it does not reach the core's error helpers: an app's bundler places
 * a file by the chunks that reach it, and a lazy chunk reaching first-load files splits them off
 * into a first-load file of their own.
 *
 * @param code - an ISO 3166-1 alpha-3 code (`'MEX'`), or `'WLD'` for the World
 * @param locale - `'en'`, `'vi'`, `'lo'` or `'zh'`
 * @returns the name, or `code` when neither the table nor the engine knows it
 *
 * @example
 * ```ts
 * writeEconomyLabel('LAO', 'vi');
 * //=> 'Lào'
 * writeEconomyLabel('MEX', 'en');
 * //=> 'Mexico'
 * ```
 *
 * @category Economies
 */
export function writeEconomyLabel(code: string, locale: Locale): string {
  const known = BY_CODE.get(code);
  if (known !== undefined) return known.names[locale];
  const alpha2 = ALPHA2_BY_ALPHA3.get(code);
  return (alpha2 === undefined ? undefined : regionNamesIn(locale)?.of(alpha2)) ?? code;
}
