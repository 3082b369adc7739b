/** Chunks for the streaming importers' tests: the same input cut at any places. */

/** `text` cut at the given places (each taken modulo its length). */
export function cut<T extends string | Uint8Array>(text: T, places: readonly number[]): T[] {
  const points = [...new Set(places.map((place) => place % (text.length + 1)))].sort(
    (a, b) => a - b,
  );
  const pieces: T[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(from, point) as T);
    from = point;
  }
  return pieces;
}
