/** Characters JSON.stringify leaves raw that a terminal may act on or reorder. */
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with the characters of {@link RAW} written as `\uXXXX` escapes. */
function escapeRaw(text: string): string {
  return text.replace(RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value as the command prints it with `--json`: indented by two spaces, and with DEL, the C1
 * controls, the line and paragraph separators and the bidi controls written as `\uXXXX` escapes
 * (JSON.stringify escapes only C0), so the output is plain ASCII-safe JSON that parses back to
 * the same value.
 */
export function jsonText(value: unknown): string {
  return escapeRaw(JSON.stringify(value, null, 2));
}

/**
 * A list of numbers too long to hold as one array or text (the row of each of millions of flows),
 * for {@link jsonPieces} to write piece by piece: it is printed as the array of its numbers.
 */
export class JsonNumbers {
  /** `pieces`: the numbers, in order, in arrays (each made when the one before is written). */
  constructor(readonly pieces: () => Iterable<readonly number[]>) {}
}

/** Lines of text gathered before a piece is handed out (at the end of a list's piece). */
const LINES = 4096;

/**
 * The text of {@link jsonText} in pieces of whole lines (joined by line breaks they make the same
 * text), with each {@link JsonNumbers} in the value written as its array a piece at a time: no
 * string or array of the whole list is made.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const lists: JsonNumbers[] = [];
  // A mark no text of the value holds: a NUL (escaped in JSON text) and a random number.
  const mark = `\u0000numbers-${Math.random().toString(36).slice(2)}-`;
  const text = escapeRaw(
    JSON.stringify(
      value,
      (_, item: unknown) => {
        if (!(item instanceof JsonNumbers)) return item;
        lists.push(item);
        return `${mark}${lists.length - 1}`;
      },
      2,
    ),
  );
  if (lists.length === 0) {
    yield text;
    return;
  }
  const quoted = JSON.stringify(mark).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  // Text, the number of a list, text, …
  const parts = text.split(new RegExp(`${quoted.slice(0, -1)}(\\d+)"`));
  let lines: string[] = [];
  /** The line being written (not ended yet). */
  let line = '';
  /** Ends the line being written; `next` is the one after. */
  const endLine = (next: string): void => {
    lines.push(line);
    line = next;
  };
  for (const [at, part] of parts.entries()) {
    if (at % 2 === 0) {
      const [first, ...rest] = part.split('\n');
      line += first;
      for (const next of rest) endLine(next);
      continue;
    }
    // As JSON.stringify indents an array: a number a line, two spaces in from the line it opens on.
    const indent = /^ */.exec(line)?.[0] ?? '';
    let opened = false;
    for (const piece of (lists[Number(part)] as JsonNumbers).pieces()) {
      for (const number of piece) {
        line += opened ? ',' : '[';
        opened = true;
        endLine(`${indent}  ${number}`);
      }
      // Handed out between the list's pieces (not a generator per line: millions of them).
      if (lines.length >= LINES) {
        yield lines.join('\n');
        lines = [];
      }
    }
    if (opened) endLine(`${indent}]`);
    else line += '[]';
  }
  lines.push(line);
  yield lines.join('\n');
}
