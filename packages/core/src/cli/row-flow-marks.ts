import type { TradeFlow } from '../flow/index.js';
import type { FlowMark, ReportWords } from './report-words/index.js';

/** The marks a flow carries, in the order the notes give them; none without a flow. */
function marksOf(flow: TradeFlow | undefined): FlowMark[] {
  if (flow === undefined) return [];
  const marks: FlowMark[] = [];
  if (flow.uncertain) marks.push('uncertain');
  if (flow.status === 'estimate') marks.push('estimated');
  if (flow.derivation !== undefined) marks.push('derived');
  return marks;
}

/**
 * The notes a trade row gives of its flows' marks in `words`: each side's (`exports uncertain`,
 * `imports estimated`), the exports' first; a mark both sides carry said once where the language
 * has words for that (zh `进出口数值均不确定`, not `出口数值不确定；进口数值不确定`).
 *
 * @example
 * ```ts
 * // Both flows of 2022 uncertain, the exports also an estimate:
 * const flow = { reporter: 'VNM', partner: 'LAO', period: parsePeriod('2022'), value: money('1', 'USD'), source: 's', uncertain: true } as const;
 * const exported = { ...flow, flow: 'export', status: 'estimate' } as const;
 * const imported = { ...flow, flow: 'import', status: 'official' } as const;
 * rowFlowMarks(exported, imported, REPORT_WORDS.en); //=> ['exports uncertain', 'exports estimated', 'imports uncertain']
 * rowFlowMarks(exported, imported, REPORT_WORDS.zh); //=> ['进出口数值均不确定', '出口为估计数']
 * ```
 */
export function rowFlowMarks(
  exported: TradeFlow | undefined,
  imported: TradeFlow | undefined,
  words: ReportWords,
): string[] {
  const [exportMarks, importMarks] = [marksOf(exported), marksOf(imported)];
  const both = words.bothFlowsMark;
  const shared = both === null ? [] : exportMarks.filter((mark) => importMarks.includes(mark));
  const alone = (flow: 'export' | 'import', marks: readonly FlowMark[]) =>
    marks.filter((mark) => !shared.includes(mark)).map((mark) => words.flowMark(flow, mark));
  return [
    ...(both === null ? [] : shared.map(both)),
    ...alone('export', exportMarks),
    ...alone('import', importMarks),
  ];
}
