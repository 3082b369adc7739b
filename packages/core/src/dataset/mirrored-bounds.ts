/**
 * The lower bounds a flow repeats from the other side of its pair, as `bilateral report` reads
 * them and the widgets draw them (`withMirroredBounds`): one rule for both.
 *
 * @packageDocumentation
 */
import { getOrCreate } from '../_internal/get-or-create.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import type { LevelStatement } from '../figures/_reconcile-index.js';
import type { Statement } from '../figures/statement.js';
import type { TradeFlow } from '../flow/index.js';
import { checkPeriod } from '../period/check-period.js';
import { parsePeriod } from '../period/parse-period.js';
import { uncheckedWritePeriod } from '../period/write-period.js';

/** What a statement and a flow of one figure share: pair, side, period and source. */
const sideKey = (
  reporter: string,
  partner: string,
  side: 'exports' | 'imports',
  period: string,
  source: string,
) => `${reporter}|${partner}|${side}|${period}|${source}`;

/**
 * A dataset's statements with each level published as a lower bound ("more than US$565 million",
 * which `parseDataset` records as `rounding: 'truncate'`) repeated for a flow that gives the same
 * figure from the other side of the pair: Laos' exports to Vietnam of "more than US$565 million"
 * for Vietnam's imports from Laos of US$565 million of the same period, source and currency (a
 * total, not a commodity's), where that pair has no level statement of that side, period and
 * source of its own, in any currency (its own governs). The repeat is the statement as that
 * pair's and side's, under its own id (`TradeRow.published.statements` names the statement the
 * document holds).
 * The flow is one published figure seen from the other side, so it is a bound too: read as
 * exact, it made a row of exactly US$565 million each way balanced where its balance is (−1, 0)
 * million, a deficit, as `<bilateral-balance>` draws it (its loader adds these repeats, each
 * with the id `<id>-mirror`). The statements as given, the same array, where none is repeated.
 *
 * @param flows - the dataset's flows
 * @param statements - the dataset's statements
 * @returns `statements`, then the repeats
 * @throws {@link BilateralError} `INVALID_PERIOD` for a level statement of exports or imports whose
 *   period is not period text (path `['statements', index, 'period']`), or, where a statement is
 *   a lower bound, a flow without a commodity whose period is no valid Period (`['flows', index,
 *   'period', …]`): what `parseDataset` gives has neither
 *
 * @example
 * ```ts
 * const flow = { reporter: 'VNM', partner: 'LAO', flow: 'import', period: parsePeriod('2023-H1'), value: money('565000000', 'USD'), status: 'preliminary', source: 'thestar' } as const;
 * const amount = { text: 'more than US$565 million', value: '565000000', currency: 'USD', rounding: 'truncate', bound: 'more-than' } as const;
 * const laos = { id: 'la-x', source: 'thestar', kind: 'level', reporter: 'LAO', partner: 'VNM', period: '2023-H1', subject: 'exports', amount } as const;
 * const [, repeat] = withMirroredBounds([flow], [laos]);
 * [repeat?.id, repeat?.reporter, repeat?.partner, repeat?.kind === 'level' && repeat.subject];
 * //=> ['la-x', 'VNM', 'LAO', 'imports']
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `flows` or `statements` for what is no array
 *
 * @category Datasets
 */
export function withMirroredBounds(
  flows: readonly TradeFlow[],
  statements: readonly Statement[],
): readonly Statement[] {
  if (!Array.isArray(flows))
    throw wrongArgument(['flows'], "an array of trade flows (a dataset's)", flows);
  if (!Array.isArray(statements)) {
    throw wrongArgument(['statements'], "an array of statements (a dataset's)", statements);
  }
  // The bounds of a side by the key of the flow that would repeat them (the other pair's, the
  // other side's), and the sides each pair states: few statements, read once.
  const bounds = new Map<string, LevelStatement[]>();
  const stated = new Set<string>();
  for (const [index, statement] of statements.entries()) {
    if (statement.kind !== 'level' || statement.subject === 'turnover') continue;
    const { reporter, partner, subject, source, amount } = statement;
    // As the report reads it (a period has one text: parsePeriod's is formatPeriod's).
    const period = uncheckedWritePeriod(
      parsePeriod(statement.period, ['statements', index, 'period']),
    );
    stated.add(sideKey(reporter, partner, subject, period, source));
    if (amount.rounding !== 'truncate') continue;
    const side = subject === 'exports' ? 'imports' : 'exports';
    const key = `${sideKey(partner, reporter, side, period, source)}|${amount.currency}`;
    getOrCreate(bounds, key, () => []).push(statement);
  }
  if (bounds.size === 0) return statements;
  const repeats = new Set<LevelStatement>();
  for (const [index, flow] of flows.entries()) {
    if (flow.commodity !== undefined) continue;
    const { amount, currency } = flow.value;
    const side = sideKey(
      flow.reporter,
      flow.partner,
      flow.flow === 'export' ? 'exports' : 'imports',
      uncheckedWritePeriod(checkPeriod(flow.period, ['flows', index, 'period'])),
      flow.source,
    );
    if (stated.has(side)) continue;
    const key = `${side}|${currency}`;
    for (const bound of bounds.get(key) ?? []) {
      if (amount.eq(bound.amount.value)) repeats.add(bound);
    }
  }
  if (repeats.size === 0) return statements;
  // In the statements' order, as the first statement of a side and value is the one read.
  const repeated = statements.filter(
    (statement): statement is LevelStatement =>
      statement.kind === 'level' && repeats.has(statement),
  );
  return [
    ...statements,
    ...repeated.map(
      (bound): LevelStatement => ({
        ...bound,
        reporter: bound.partner,
        partner: bound.reporter,
        subject: bound.subject === 'exports' ? 'imports' : 'exports',
      }),
    ),
  ];
}
