/**
 * Does the cost grow linearly? Issue 14's rule: each 10× step in rows costs ≤ 12× the time.
 *
 *   node --import tsx packages/core/scripts/scaling.ts [--rounds=3] [--sizes=10000,100000,1000000]
 *     [--ops=float-sums,sumBy,float-yoy,yearOnYearBy,JSON.parse,parseDataset] [--budget-ms=1000]
 *     [--tail=1]
 *
 * For each operation and size, a child process of its own (`node --expose-gc --import tsx`)
 * generates the benchmarks' data (table/__fixtures__/comtrade-shaped.ts for the float loop,
 * `sumBy` and `yearOnYearBy`; dataset/__fixtures__/generated-document.ts and its JSON text for
 * `JSON.parse` and `parseDataset`), checks the result against the exact answer, warms up, then
 * times calls one by one — `gc()` before each, for `JSON.parse` and `parseDataset` a scavenge after
 * each counted with the call (`--tail=0`: none; see `child`), CPU time (`process.cpuUsage`, user + system) and
 * wall time, and the minor page faults of each call — until `--budget-ms` of wall time is spent in this loop (at least 3 calls, at most 200). The children run one at a
 * time, interleaved: each round runs every operation at every size, the order of operations and of
 * sizes rotated from round to round, so a change of the machine's load hits every size alike.
 * Prints, per operation, the min and median per size over all rounds' calls, the 10× steps by min
 * and by median (all rounds' calls together, and each round's min), and the load average before
 * and after. Takes 3–5½ minutes with 1M rows on 2 cores at load 3–8. Numbers in
 * docs/performance.md (the targets) and docs/performance-history.md ("2026-12-02: measured by
 * `scripts/scaling.ts`").
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generatedDocument } from '../src/dataset/__fixtures__/generated-document.js';
import { parseDataset } from '../src/index.js';
import { comtradeShaped } from '../src/table/__fixtures__/comtrade-shaped.js';
import { bilateralEngine, floatEngine } from '../src/table/__fixtures__/engines.js';
import { checkBilateralExact, exactAnswer } from '../src/table/__fixtures__/exact-answer.js';

const OPERATIONS = [
  'float-sums',
  'sumBy',
  'float-yoy',
  'yearOnYearBy',
  'JSON.parse',
  'parseDataset',
];
/** The operations whose results are objects on the JavaScript heap (see `child`). */
const HEAP_BUILDERS = new Set(['JSON.parse', 'parseDataset']);
/** The floor each operation's step is read beside. */
const FLOOR: Record<string, string> = {
  sumBy: 'float-sums',
  yearOnYearBy: 'float-yoy',
  parseDataset: 'JSON.parse',
};

interface Sample {
  readonly op: string;
  readonly rows: number;
  readonly cpu: number[];
  readonly wall: number[];
  /** Minor page faults per call (`process.resourceUsage`): fresh memory touched for the first time. */
  readonly faults: number[];
}

const options = new Map(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [name = '', value = ''] = arg.slice(2).split('=');
      return [name, value];
    }),
);

/** Builds the operation's input, checks its result is exact, and returns one call to time. */
function prepare(op: string, rows: number): () => void {
  if (op === 'JSON.parse' || op === 'parseDataset') {
    const document = generatedDocument(rows);
    const text = JSON.stringify(document);
    const dataset = parseDataset(JSON.parse(text));
    if (dataset.flows.length !== rows)
      throw new Error(`parseDataset gave ${dataset.flows.length} flows`);
    for (let i = 0; i < rows; i++) {
      const flow = dataset.flows[i];
      const source = document.flows[i];
      if (
        !flow ||
        !source ||
        !flow.value.amount.eq(source.value as string) ||
        flow.flow !== source.flow
      )
        throw new Error(`parseDataset's flow ${i} differs from the document's`);
    }
    if (op === 'JSON.parse') return () => void JSON.parse(text);
    // A fresh parsed document for each call, made before the call's clock starts.
    let next: unknown = JSON.parse(text);
    return Object.assign(() => void parseDataset(next), {
      before: () => {
        next = JSON.parse(text);
      },
    });
  }
  const data = comtradeShaped(rows);
  const exact = exactAnswer(data);
  if (op === 'float-sums' || op === 'float-yoy') {
    // The float loop is inexact: its results must be the exact ones within float64 rounding.
    const float = floatEngine(data);
    const sums = float.sums();
    for (let s = 0; s < sums.length; s++) {
      const want = Number(exact.sums[s]) / 1000;
      if (Math.abs((sums[s] as number) - want) > want * 1e-12)
        throw new Error(`float sum ${s} is ${sums[s]}, not about ${want}`);
    }
    const rates = float.yoy();
    for (let slot = 0; slot < rates.length; slot++) {
      const got = rates[slot] as number;
      const want = exact.rates[slot] as number;
      // Where there is no exact rate (no row, or no base) the float loop reads a missing level as 0.
      if (!Number.isNaN(want) && !(Math.abs(got - want) <= 1e-9 * Math.abs(want) + 1e-12))
        throw new Error(`float rate ${slot} is ${got}, not about ${want}`);
    }
    return op === 'float-sums' ? () => void float.sums() : () => void float.yoy();
  }
  const bilateral = bilateralEngine(data);
  checkBilateralExact(data, exact, bilateral);
  if (op === 'sumBy') return () => void bilateral.sums();
  if (op === 'yearOnYearBy') return () => void bilateral.yoy();
  throw new Error(`unknown operation ${op}: use ${OPERATIONS.join(', ')}`);
}

/** In a child: prepare, warm up, time calls until the budget is spent; print one JSON line. */
function child(op: string, rows: number, budgetMs: number, tail: boolean): void {
  const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
  if (!gc) throw new Error('run the child with --expose-gc');
  const call = prepare(op, rows) as (() => void) & { before?: () => void };
  const warmStart = performance.now();
  for (let i = 0; i < 50 && (i < 1 || performance.now() - warmStart < 500); i++) {
    call.before?.();
    call();
  }
  const cpu: number[] = [];
  const wall: number[] = [];
  const faults: number[] = [];
  const timingStart = performance.now();
  while (cpu.length < 3 || (performance.now() - timingStart < budgetMs && cpu.length < 200)) {
    call.before?.();
    gc();
    const faultsStart = process.resourceUsage().minorPageFault;
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    call();
    // The young generation's collection of what the call left there, counted with the call:
    // otherwise up to one young generation's worth of the call's collection work (about a tenth
    // of a 100k parseDataset call's) fell to the next call's untimed gc(), a share that shrinks
    // as the rows grow and so inflated every step. Only for the operations that build objects on
    // the JavaScript heap: the table's results are typed arrays (their memory is off the heap),
    // and a scavenge's own fixed cost (about 0.7 ms at load 15) would then lower their steps.
    if (tail && HEAP_BUILDERS.has(op)) gc({ type: 'minor' });
    const wallMs = performance.now() - wallStart;
    const used = process.cpuUsage(cpuStart);
    faults.push(process.resourceUsage().minorPageFault - faultsStart);
    const cpuMs = (used.user + used.system) / 1000;
    cpu.push(cpuMs);
    wall.push(wallMs);
  }
  console.log(JSON.stringify({ op, rows, cpu, wall, faults } satisfies Sample));
}

const min = (values: readonly number[]) => Math.min(...values);
const max = (values: readonly number[]) => Math.max(...values);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const rotate = <T>(values: readonly T[], by: number) =>
  values.map((_, i) => values[(i + by) % values.length] as T);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toPrecision(3));
const times = (value: number) => `×${value.toFixed(1)}`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function parent(): void {
  const rounds = Number(options.get('rounds') ?? 3);
  const sizes = (options.get('sizes') ?? '10000,100000,1000000').split(',').map(Number);
  const ops = (options.get('ops') ?? OPERATIONS.join(',')).split(',');
  const budget = options.get('budget-ms') ?? '1000';
  const tail = options.get('tail') ?? '1';
  const script = fileURLToPath(import.meta.url);
  const started = performance.now();
  console.log(
    `load average before (1, 5, 15 min): ${load()}; ${tail === '0' ? 'no scavenge' : `a scavenge after each call of ${[...HEAP_BUILDERS].join(', ')}, timed with it`}`,
  );
  // samples[op][rows][round]
  const samples = new Map<string, Map<number, Sample[]>>();
  for (let round = 0; round < rounds; round++) {
    for (const op of rotate(ops, round)) {
      for (const rows of rotate(sizes, round)) {
        const output = execFileSync(
          process.execPath,
          ['--expose-gc', '--import', 'tsx', script, '--child', op, String(rows), budget, tail],
          { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        const sample = JSON.parse(output.trim().split('\n').at(-1) as string) as Sample;
        const bySize = samples.get(op) ?? new Map<number, Sample[]>();
        samples.set(op, bySize);
        bySize.set(rows, [...(bySize.get(rows) ?? []), sample]);
      }
    }
    console.log(
      `round ${round + 1} of ${rounds} done at ${((performance.now() - started) / 1000).toFixed(0)} s, load ${load()}`,
    );
  }
  const all = (op: string, rows: number, key: 'cpu' | 'wall' | 'faults') =>
    (samples.get(op)?.get(rows) ?? []).flatMap((sample) => sample[key]);
  const step = (op: string, from: number, to: number, key: 'cpu' | 'wall') => {
    const a = all(op, from, key);
    const b = all(op, to, key);
    const perRound = (samples.get(op)?.get(to) ?? []).map(
      (sample, round) => min(sample[key]) / min(samples.get(op)?.get(from)?.[round]?.[key] ?? []),
    );
    return {
      byMin: min(b) / min(a),
      byMedian: median(b) / median(a),
      perRound,
    };
  };
  for (const key of ['cpu', 'wall'] as const) {
    console.log(`\n${key === 'cpu' ? 'CPU time' : 'wall time'} per call, ms: min / median (calls)`);
    for (const op of ops) {
      const cells = sizes.map(
        (rows) =>
          `${rows}: ${ms(min(all(op, rows, key)))} / ${ms(median(all(op, rows, key)))} (${all(op, rows, key).length})`,
      );
      console.log(`  ${op.padEnd(13)} ${cells.join('   ')}`);
    }
    console.log(`\n${key === 'cpu' ? 'CPU' : 'wall'} steps by min / by median [each round's min]`);
    for (const op of ops) {
      const cells = sizes.slice(1).map((rows, i) => {
        const from = sizes[i] as number;
        const s = step(op, from, rows, key);
        return `${from}→${rows} ${times(s.byMin)} / ${times(s.byMedian)} [${s.perRound.map(times).join(' ')}]`;
      });
      const floor = FLOOR[op];
      console.log(`  ${op.padEnd(13)} ${cells.join('   ')}${floor ? `   (floor: ${floor})` : ''}`);
    }
  }
  console.log('\nminor page faults per call: median / max');
  for (const op of ops) {
    const cells = sizes.map(
      (rows) => `${rows}: ${median(all(op, rows, 'faults'))} / ${max(all(op, rows, 'faults'))}`,
    );
    console.log(`  ${op.padEnd(13)} ${cells.join('   ')}`);
  }
  console.log(
    `\n${rounds} rounds, ${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${load()}`,
  );
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const [op = '', rows = '0', budgetMs = '1000', tail = '1'] = process.argv.slice(childAt + 1);
  child(op, Number(rows), Number(budgetMs), tail !== '0');
} else {
  parent();
}
