import { describe, expect, it } from 'vitest';
import type { TradeFlowJson } from '../flow/index.js';
import { checkFlows } from './dataset-checks.js';

const flow = (period: string, source = 'gso'): TradeFlowJson =>
  ({
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'export',
    period,
    value: '1',
    currency: 'USD',
    status: 'official',
    source,
  }) as TradeFlowJson;

describe('checkFlows', () => {
  it('names the first of each set of duplicates, in the typed table and past its bits', () => {
    const flows = [flow('2024-01'), flow('2024-02'), flow('2024-01'), flow('2024-01')];
    const messages = checkFlows(flows).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'flows.2: duplicate of flows[0]: same reporter, partner, flow, period (2024-01), commodity and source',
      'flows.3: duplicate of flows[0]: same reporter, partner, flow, period (2024-01), commodity and source',
    ]);
    // 2^16 sources: the later ids no longer fit the number key (the Map of texts takes them).
    const many = Array.from({ length: 2 ** 16 + 2 }, (_, index) => flow('2024-01', `s${index}`));
    many.push(flow('2024-01', `s${2 ** 16 + 1}`), flow('2024-01', 's7'));
    expect(checkFlows(many).map((issue) => issue.message.split(':')[0])).toEqual([
      `duplicate of flows[${2 ** 16 + 1}]`,
      'duplicate of flows[7]',
    ]);
  });
});
