/**
 * The writing half of the CSV generators (generate-comtrade-csv.ts, generate-flows-csv.ts): the
 * header, then `rows` lines from `line(row, value)` with values in cents from a fixed-seed
 * generator, to standard output in pieces of 5,000 lines, waiting while the pipe drains. The row
 * count is the first argument (default 100,000).
 */
import { once } from 'node:events';

export async function writeGeneratedRows(
  header: string,
  line: (row: number, value: number) => string,
): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`rows: ${process.argv[2]}`);
  const out = process.stdout;
  out.write(`${header}\n`);
  let seed = 20_261_202;
  let lines: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    seed = (seed * 48_271) % 2_147_483_647;
    lines.push(line(row, 100 + (seed % 9_000_000_000)));
    if (lines.length === 5_000 || row === rows - 1) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
}
