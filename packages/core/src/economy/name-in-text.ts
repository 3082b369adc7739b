import type { Locale } from './locale.js';

/**
 * English short names that take "the" in running text, as the EU Interinstitutional Style Guide
 * (section 7.1 and Annex A5, "List of countries, territories and currencies") and the UN
 * terminology database (UNTERM) write them: "the Philippines", "the Netherlands", "the United
 * States", "the European Union". The aggregate "World" is written "the World", as the report
 * already writes it. Names the table, the engine (CLDR) or UN Comtrade (`reporterDesc`) give.
 */
const WITH_THE = new Set([
  'Bahamas',
  'Comoros',
  'Congo',
  'EU',
  'European Union',
  'Eurozone',
  'Gambia',
  'Holy See',
  'Isle of Man',
  'Lao PDR',
  'Maldives',
  'Netherlands',
  'Philippines',
  'Seychelles',
  'UK',
  'USA',
  'World',
]);

/**
 * Names of a form that takes "the": one that opens with "United", "Republic", "Rep.",
 * "Dem(ocratic)" or "State of" ("United Kingdom", "Republic of Korea", "Dem. Rep. of the Congo",
 * "State of Palestine"), one of the EU's counts ("EU-28"), or one whose last word, before any
 * closing bracket, is "Republic", "Rep.", "Federation", "Emirates", "Islands", "Territory",
 * "Territories", "Netherlands", "Antilles" or Comtrade's "Isds" and "Terr." ("Czech Republic",
 * "Russian Federation", "Marshall Islands", "Lao People's Dem. Rep.", "Palestinian Territories",
 * "Caribbean Netherlands", "Falkland Isds (Malvinas)"). "Iran (Islamic Rep. of)" and "Bolivia
 * (Plurinational State of)" are a bare name and a bracket, and stay bare.
 */
const THE_FORM =
  /^(?:United|Republic|Rep\.|Dem\.|Democratic|State of) |^EU-\d+$|(?:Republic|Rep\.|Federation|Emirates|Islands|Isds|Territory|Territories|Terr\.|Netherlands|Antilles)$/;

/** The name without a closing bracket: "Holy See (Vatican City State)" → "Holy See". */
function withoutBracket(name: string): string {
  return /^(.*?)(?: \([^()]*\))?$/s.exec(name)?.[1] ?? name;
}

/**
 * An economy's name as a sentence writes it in `locale`: in English with "the" where English
 * writes one ("with the United States", "reported by the Philippines", "exports to the World"),
 * "The" when `opening` (the name opens the sentence); Vietnam, Laos or China bare. Names in
 * Vietnamese, Lao and Chinese are returned as given, as is a name already opening with "the". A
 * heading, a legend or a table cell that shows a name alone keeps it bare: this is for a name
 * inside words. CLDR has no such field; the rule follows the EU Interinstitutional Style Guide's
 * list of country names with "the" (section 7.1), and applies to any English name (the table's,
 * the engine's CLDR name, a UN Comtrade description).
 *
 * @param name - the economy's name in `locale` (as {@link economyLabel} gives it)
 * @param locale - `'en'`, `'vi'`, `'lo'` or `'zh'`
 * @param opening - whether the name opens a sentence (English "The")
 * @returns the name as running text writes it
 *
 * @example
 * ```ts
 * [nameInText('Philippines', 'en'), nameInText('Vietnam', 'en'), nameInText('World', 'en', true)];
 * //=> ['the Philippines', 'Vietnam', 'The World']
 * nameInText('Hoa Kỳ', 'vi');
 * //=> 'Hoa Kỳ'
 * ```
 *
 * @category Economies
 */
export function nameInText(name: string, locale: Locale, opening = false): string {
  const bare = withoutBracket(name);
  if (locale !== 'en' || /^the /i.test(name) || !(WITH_THE.has(bare) || THE_FORM.test(bare))) {
    return name;
  }
  return `${opening ? 'The' : 'the'} ${name}`;
}
