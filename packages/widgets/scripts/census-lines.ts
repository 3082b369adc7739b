/**
 * What `page-profile.ts --census` prints from the page's counts (`CENSUS` in `page-profile.ts`):
 * the nodes by tag and their total, then the rows that count some of them again, each group on a
 * line of its own: those inside an `<svg>` (`in svg: <tag>`), the SVGs drawn at another width than
 * their `viewBox` (`svg scaled…`), and each kind of shadow root's totals (`root <kind>: <what>`:
 * how many roots, their HTML and their SVG elements, and their text's characters outside and
 * inside an `<svg>`: `characters in HTML`, `characters in SVG`).
 *
 * @example
 * ```ts
 * import { censusLines } from './census-lines.js';
 *
 * censusLines({ div: 2, '#text': 3, 'in svg: #text': 1, 'root growth: elements': 2 });
 * //=> ['nodes: 5; #text 3, div 2', 'in svg: #text 1', 'by shadow root: growth: elements 2']
 * ```
 */
export function censusLines(counts: Readonly<Record<string, number>>): string[] {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const again = ['in svg: ', 'svg scaled', 'root '];
  const nodes = rows.filter(([key]) => !again.some((prefix) => key.startsWith(prefix)));
  const total = nodes.reduce((sum, [, n]) => sum + n, 0);
  const list = (of: readonly (readonly [string, number])[]) =>
    of.map(([key, n]) => `${key} ${n}`).join(', ');
  const lines = [`nodes: ${total}; ${list(nodes)}`];
  for (const prefix of ['in svg: ', 'svg scaled']) {
    const group = rows.filter(([key]) => key.startsWith(prefix));
    if (group.length > 0) lines.push(list(group));
  }
  const kinds = new Map<string, [string, number][]>();
  for (const [key, n] of Object.entries(counts)) {
    const [kind, what] = key.slice(5).split(': ') as [string, string];
    if (key.startsWith('root ')) kinds.set(kind, [...(kinds.get(kind) ?? []), [what, n]]);
  }
  if (kinds.size > 0)
    lines.push(
      `by shadow root: ${[...kinds].map(([kind, whats]) => `${kind}: ${list(whats)}`).join('; ')}`,
    );
  return lines;
}
