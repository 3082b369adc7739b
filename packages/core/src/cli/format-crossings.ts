import { CLASSIFICATION_SYSTEMS } from '../infrastructure/data/classification-systems.js';
import { localNumbers } from './local-numbers.js';
import type { InfrastructureSection } from './report.js';
import type { ReportWords } from './report-words/index.js';

/**
 * Where the report's readers find how the crossings are ranked and what the default weights are:
 * the border infrastructure guide's ranking section, as the project's repository publishes it.
 *
 * @example
 * ```ts
 * RANKING_METHOD_ADDRESS.endsWith('border-infrastructure.md#6-ranking-crossings-for-investment');
 * //=> true
 * ```
 */
export const RANKING_METHOD_ADDRESS =
  'https://github.com/bilateral-dev/bilateral/blob/main/docs/border-infrastructure.md#6-ranking-crossings-for-investment';

/**
 * A class of crossing of a country's system as the report names it: in English its id
 * (`secondary`, `class-1-port`), elsewhere the system's name in the language, else its English
 * name, as the widgets' gates name it (`cửa khẩu phụ`, `一类口岸`, China's classes in Lao:
 * `ດ່ານປະເພດ I (ຂັ້ນຊາດ)`), else the id; `unknown` and `economic-zones` in the report's words.
 *
 * @example
 * ```ts
 * className('VNM', 'international', REPORT_WORDS.zh); //=> '国际口岸'
 * className('VNM', 'international', REPORT_WORDS.en); //=> 'international'
 * className('CHN', 'class-1-port', REPORT_WORDS.lo); //=> 'ດ່ານປະເພດ I (ຂັ້ນຊາດ)'
 * ```
 */
export function className(system: string, id: string, words: ReportWords): string {
  if (id === 'unknown') return words.unknownClass;
  if (id === 'economic-zones') return words.economicZones;
  if (words.locale === 'en') return id;
  const classes = CLASSIFICATION_SYSTEMS.find((candidate) => candidate.country === system)?.classes;
  const names = classes?.find((cls) => cls.id === id)?.names;
  return names?.[words.locale] ?? names?.en ?? id;
}

/**
 * The border crossings section's lines under its heading: the comparison with the official count
 * class by class (or the count by class of each country's side), then the five crossings the
 * default weights rank first, each named as the report's language writes it where the data has
 * that name (else in English), and where the ranking's method is explained.
 *
 * @example
 * ```ts
 * crossingLines(buildReport(vietnamLaos).infrastructure, REPORT_WORDS.en)[0];
 * //=> '  Against the official count of 2024-10-24:'
 * ```
 */
export function crossingLines(section: InfrastructureSection, words: ReportWords): string[] {
  const { summary, ranking } = section;
  const lines: string[] = [];
  if (summary.comparison !== undefined) {
    const { system, asOf, rows } = summary.comparison;
    lines.push(`  ${words.againstOfficial(asOf)}`);
    for (const row of rows) {
      lines.push(`    ${words.officialRow({ ...row, what: className(system, row.what, words) })}`);
    }
  } else {
    for (const [system, classes] of Object.entries(summary.byClass)) {
      const counts = Object.entries(classes).map(([id, n]) =>
        words.classCount(n, className(system, id, words)),
      );
      lines.push(`  ${words.classCounts(system, counts)}`);
    }
  }
  if (ranking.length > 0) {
    lines.push('', `  ${words.investmentPriority}`);
    for (const crossing of ranking) {
      const score = localNumbers(crossing.score.toFixed(2), words.locale);
      const name = section.names[crossing.crossingId]?.[words.locale] ?? crossing.name;
      lines.push(`    ${crossing.rank}. ${name}  ${words.score(score)}`);
    }
    lines.push(`  ${words.rankingMethod(RANKING_METHOD_ADDRESS)}`);
  }
  return lines;
}
