import { quoteInput } from '../_internal/quote-input.js';
import type { Economy } from '../economy/economy.js';
import { listEconomies } from '../economy/list-economies.js';
import type { Locale } from '../economy/locale.js';
import { EXIT, UsageError } from './cli-io.js';
import type { Command } from './commands.js';
import { localeOption } from './locale-option.js';
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
 * The economies as a table for a terminal: code, UN Comtrade code, M49 code (three digits, as
 * M49 writes them; `—` when it has none), kind and name in `locale`, then their count.
 */
function economiesText(economies: readonly Economy[], locale: Locale): string {
  const table = textTable(
    ['code', 'Comtrade', 'M49', 'kind', 'name'],
    economies.map((economy) => [
      economy.code,
      String(economy.comtradeCode),
      economy.m49 === null ? '—' : String(economy.m49).padStart(3, '0'),
      economy.kind,
      economy.names[locale],
    ]),
    ['left', 'right', 'right', 'left', 'left'],
  );
  return `${table}\n\n${economies.length} economies: a dataset names each by its code; fetch takes the code or the UN Comtrade code.`;
}

/** `bilateral economies`: the economies Bilateral knows, with their codes, kind and name. */
export const economiesCommand: Command = {
  usage: 'economies [--locale <l>]',
  summary: 'List the economies Bilateral knows: codes (ISO alpha-3, UN Comtrade, M49), kind, name.',
  options: {
    locale: { type: 'string', default: 'en' },
  },
  optionsHelp: [
    '  --locale <l>  the language of the names: en (default), vi, lo or zh',
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
