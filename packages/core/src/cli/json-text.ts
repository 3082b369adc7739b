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
 * the same value; `null` where JSON.stringify writes nothing (undefined, a function). `replacer`
 * as JSON.stringify's ({@link jsonPieces} marks with it the lists it writes piece by piece).
 */
export function jsonText(
  value: unknown,
  replacer?: (key: string, item: unknown) => unknown,
): string {
  return escapeRaw(JSON.stringify(value, replacer, 2) ?? 'null');
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
 * Arrays this long or longer are written an element at a time (each element's text made on its
 * own), so no text of the whole array is made: V8 cannot make a string much past 2^29 characters,
 * and a report of a million flows is close to that as one text. Not a thousand: a report's few
 * hundred trade sections of a thousand rows each were one text (all their rows made, and nothing
 * handed out until the last was written; `report --json | head` waited for all of it).
 */
const LONG = 64;

/** Whole lines of text, handed out when {@link LINES} of them are gathered. */
class Lines {
  /** Ended lines not handed out yet. */
  lines: string[] = [];
  /** The line being written (not ended yet). */
  line = '';

  /** Adds `text` to the line being written; each line it starts is indented by `indent`. */
  add(text: string, indent: string): void {
    const [first, ...rest] = text.split('\n');
    this.line += first;
    for (const next of rest) this.end(`${indent}${next}`);
  }

  /** Ends the line being written; `next` is the one after. */
  end(next: string): void {
    this.lines.push(this.line);
    this.line = next;
  }

  /** The gathered lines as one piece, if there are {@link LINES} of them (or `all`). */
  take(all = false): string | undefined {
    if (!all && this.lines.length < LINES) return undefined;
    const piece = this.lines.join('\n');
    this.lines = [];
    return piece;
  }
}

/**
 * Writes the text of `value` into `out` (its lines after the first indented by `indent`), with
 * each {@link JsonNumbers} and each array of {@link LONG} or more elements written an element at
 * a time; yields whole pieces of lines as they fill.
 */
function* valueText(value: unknown, indent: string, out: Lines): Generator<string> {
  const lists: (JsonNumbers | readonly unknown[])[] = [];
  // A mark no text of the value holds: a NUL (escaped in JSON text) and a random number.
  const mark = `\u0000list-${Math.random().toString(36).slice(2)}-`;
  // `null` for undefined or a function as an array's element, as JSON.stringify writes them.
  const text = jsonText(value, (_, item) => {
    if (!(item instanceof JsonNumbers) && !(Array.isArray(item) && item.length >= LONG)) {
      return item;
    }
    lists.push(item);
    return `${mark}${lists.length - 1}`;
  });
  const quoted = JSON.stringify(mark).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  // Text, the number of a list, text, …
  const parts =
    lists.length === 0 ? [text] : text.split(new RegExp(`${quoted.slice(0, -1)}(\\d+)"`));
  for (const [at, part] of parts.entries()) {
    if (at % 2 === 0) {
      out.add(part, indent);
      continue;
    }
    // As JSON.stringify indents an array: an element a line, two spaces in from the line it opens on.
    const opening = /^ */.exec(out.line)?.[0] ?? '';
    const list = lists[Number(part)] as JsonNumbers | readonly unknown[];
    let opened = false;
    if (list instanceof JsonNumbers) {
      for (const piece of list.pieces()) {
        for (const number of piece) {
          out.line += opened ? ',' : '[';
          opened = true;
          out.end(`${opening}  ${number}`);
        }
        // Handed out between the list's pieces (not a generator per line: millions of them).
        const taken = out.take();
        if (taken !== undefined) yield taken;
      }
    } else {
      for (let element = 0; element < list.length; element += 1) {
        out.line += opened ? ',' : '[';
        opened = true;
        out.end(`${opening}  `);
        yield* valueText(list[element], `${opening}  `, out);
        const taken = out.take();
        if (taken !== undefined) yield taken;
      }
    }
    if (opened) out.end(`${opening}]`);
    else out.line += '[]';
  }
}

/**
 * The text of {@link jsonText} in pieces of whole lines (joined by line breaks they make the same
 * text), with each {@link JsonNumbers} in the value written as its array a piece at a time and
 * each long array an element at a time: no string of the whole value or of a whole list is made,
 * so a value whose text is longer than the longest string V8 can make is still written.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const out = new Lines();
  yield* valueText(value, '', out);
  out.end('');
  yield out.take(true) as string;
}
