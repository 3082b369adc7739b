import { quoteInput } from '../_internal/quote-input.js';
import type { Economy } from '../economy/economy.js';
import { listEconomies } from '../economy/list-economies.js';
import type { Locale } from '../economy/locale.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { localeOption } from './locale-option.js';
import { REPORT_WORDS } from './report-words/index.js';
import { textTable } from './text-table.js';

/** An economy as `bilateral economies --json` gives it: its codes, kind and name in the locale. */
interface EconomyJson {
  readonly code: string;
  readonly iso2: string | null;
  readonly comtradeCode: number;
  readonly comtradeIso: string;
  readonly m49: number | null;
  readonly kind: Economy['kind'];
  readonly name: string;
  readonly uncertain: boolean;
  readonly note: string | null;
}

function economyJson(economy: Economy, locale: Locale): EconomyJson {
  return {
    code: economy.code,
    iso2: economy.iso2,
    comtradeCode: economy.comtradeCode,
    comtradeIso: economy.comtradeIso,
    m49: economy.m49,
    kind: economy.kind,
    name: economy.names[locale],
    uncertain: economy.uncertain === true,
    note: economy.note ?? null,
  };
}

/**
 * The economies as a table for a terminal, every word in `locale`: code, UN Comtrade code, M49
 * code (three digits, as M49 writes them; `—` when it has none), kind, name, and `uncertain` in
 * the notes column of an economy whose codes are not all confirmed; under the table, what is
 * uncertain about each (its note, as the data gives it), then their count.
 */
function economiesText(economies: readonly Economy[], locale: Locale): string {
  const words = REPORT_WORDS[locale].economies;
  const { columns } = words;
  const table = textTable(
    [columns.code, columns.comtrade, columns.m49, columns.kind, columns.name, columns.notes],
    economies.map((economy) => [
      economy.code,
      String(economy.comtradeCode),
      economy.m49 === null ? '—' : String(economy.m49).padStart(3, '0'),
      words.kinds[economy.kind],
      economy.names[locale],
      economy.uncertain === true ? words.uncertain : '',
    ]),
    ['left', 'right', 'right', 'left', 'left', 'left'],
  );
  const notes = economies
    .filter((economy) => economy.uncertain === true)
    .map((economy) => words.uncertainNote(economy.code, economy.note ?? ''));
  return [
    table,
    '',
    ...notes,
    ...(notes.length > 0 ? [''] : []),
    words.count(economies.length),
  ].join('\n');
}

/** `bilateral economies`: the economies Bilateral knows, with their codes, kind and name. */
export const economiesCommand: Command = {
  usage: 'economies [--locale <l>]',
  summary: 'List the economies Bilateral knows: codes (ISO alpha-3, UN Comtrade, M49), kind, name.',
  options: {
    locale: { type: 'string', default: 'en' },
  },
  optionsHelp: [
    '  --locale <l>  the language of the table (headings, kinds, names, the uncertain',
    '                mark, the count): en (default), vi, lo or zh',
    '  --json        the list as { locale, economies: [{ code, iso2, comtradeCode, comtradeIso,',
    '                m49, kind, name, uncertain, note }] }',
  ].join('\n'),
  async run({ values, positionals }, io) {
    const locale = localeOption(values.locale);
    const [extra] = positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`);
    const economies = listEconomies();
    if (values.json) {
      await io.json({
        locale,
        economies: economies.map((economy) => economyJson(economy, locale)),
      });
    } else {
      io.out(economiesText(economies, locale));
    }
    return EXIT.ok;
  },
};
