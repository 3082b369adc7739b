import type { CompactDataset } from '../compact-dataset.js';

/**
 * `document` with the value at `path` (keys and list indexes) set to `value`: lets a test break
 * one cell of a dataset document (or of a statement) in place.
 */
export function setAt(
  document: object,
  path: readonly (string | number)[],
  value: unknown,
): object {
  let at = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] ?? ''] = value;
  return document;
}

/**
 * A copy of `compact` with the cell at a Dataset's `path` (keys and list indexes) set to `value`:
 * the same break as {@link setAt} on the document, in the compact form. Throws for a key the file
 * has no column for (the compact writer writes only the columns its data uses).
 */
export function withCell(
  compact: CompactDataset,
  path: readonly (string | number)[],
  value: unknown,
): CompactDataset {
  const copy = structuredClone(compact) as CompactDataset;
  let columns = copy.columns;
  let row = copy.row as unknown[];
  path.forEach((key, step) => {
    if (typeof key === 'number') {
      row = row[key] as unknown[];
      return;
    }
    const at = columns.findIndex(([name]) => name === key);
    // A column the file does not have would be set nowhere a reader looks (review h130 F15).
    if (at < 0) throw new Error(`the compact file has no column ${key} at ${path.join('.')}`);
    if (step === path.length - 1) row[at] = value;
    else {
      columns = columns[at]?.[2] ?? [];
      row = row[at] as unknown[];
    }
  });
  return copy;
}
