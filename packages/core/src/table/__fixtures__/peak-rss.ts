/**
 * Peak memory of one engine of the flow-table benchmark, in a process of its own:
 * `node --import tsx peak-rss.ts <engine> <rows>` generates the data, reads the peak RSS
 * (`process.resourceUsage().maxRSS`), builds the engine's data, runs grouped sums and grouped
 * year-on-year once each, and prints one JSON line: the peak after the data was generated
 * (`baseMiB`) and at the end (`peakMiB`). Engines: none (the generated data alone), float,
 * arquero, duckdb, bilateral.
 */
import { comtradeShaped } from './comtrade-shaped.js';
import { arqueroEngine, bilateralEngine, duckdbEngine, floatEngine } from './engines.js';

const [engine = 'none', rowsText = '1000000'] = process.argv.slice(2);
const data = comtradeShaped(Number(rowsText));
const peakMiB = () => process.resourceUsage().maxRSS / 1024;
const baseMiB = peakMiB();
const start = performance.now();
if (engine === 'float') {
  const float = floatEngine(data);
  float.sums();
  float.yoy();
} else if (engine === 'arquero') {
  const arquero = arqueroEngine(data);
  arquero.sums().array('value');
  arquero.yoy().array('rate');
} else if (engine === 'duckdb') {
  const duck = await duckdbEngine(data);
  await duck.sums();
  await duck.yoy();
  duck.close();
} else if (engine === 'bilateral') {
  const bilateral = bilateralEngine(data);
  bilateral.sums();
  bilateral.yoy();
} else if (engine !== 'none') {
  throw new Error(`unknown engine ${engine}: use none, float, arquero, duckdb or bilateral`);
}
console.log(
  JSON.stringify({
    engine,
    rows: data.rows,
    baseMiB: Math.round(baseMiB),
    peakMiB: Math.round(peakMiB()),
    buildAndRunMs: Math.round(performance.now() - start),
  }),
);
