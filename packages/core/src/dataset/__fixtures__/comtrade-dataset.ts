/**
 * The Comtrade-shaped flows of the flow-table benchmark (`table/__fixtures__/comtrade-shaped.ts`)
 * as a `Dataset`, for the per-series API: each flow a frozen `TradeFlow` with its period parsed
 * once per month and its value as exact Money, as `parseDataset` gives them.
 */
import { GENERATED_SOURCE } from '../../__fixtures__/generated-source.js';
import { vietnamLaos } from '../../datasets/index.js';
import type { TradeFlow } from '../../flow/index.js';
import { money } from '../../money/index.js';
import { parsePeriod } from '../../period/index.js';
import type { ComtradeShaped } from '../../table/__fixtures__/comtrade-shaped.js';
import type { Dataset } from '../dataset.js';

export function comtradeDataset(data: ComtradeShaped): Dataset {
  const periods = data.monthText.map((text) => parsePeriod(text));
  const flows: TradeFlow[] = new Array(data.rows);
  for (let row = 0; row < data.rows; row++) {
    flows[row] = Object.freeze({
      reporter: data.reporterText[data.reporter[row] as number] as string,
      partner: data.partnerText[data.partner[row] as number] as string,
      flow: data.flow[row] === 0 ? 'export' : 'import',
      period: periods[data.month[row] as number] as TradeFlow['period'],
      value: money(data.value[row] as string, 'USD'),
      status: 'official',
      source: 'generated',
    });
  }
  return {
    ...vietnamLaos,
    id: 'comtrade-shaped',
    title: { en: `${data.rows} Comtrade-shaped flows` },
    sources: [GENERATED_SOURCE],
    flows,
    statements: [],
    targets: [],
    crossings: [],
    facilities: [],
    crossingCounts: [],
  };
}
