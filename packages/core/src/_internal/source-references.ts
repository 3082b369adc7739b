import type { IssuePath } from '../errors/index.js';

/**
 * Visits every source id an item cites — a `source` string or a `sources` array of strings, at
 * any depth — with the path where it stands.
 */
export function forEachSourceReference(
  value: unknown,
  visit: (id: string, path: IssuePath) => void,
  path: IssuePath = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      forEachSourceReference(entry, visit, [...path, index]);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'source' && typeof entry === 'string') visit(entry, [...path, key]);
    else if (key === 'sources' && Array.isArray(entry)) {
      entry.forEach((id, index) => {
        if (typeof id === 'string') visit(id, [...path, key, index]);
      });
    } else forEachSourceReference(entry, visit, [...path, key]);
  }
}
