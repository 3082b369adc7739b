/** Characters JSON.stringify leaves raw that a terminal may act on or reorder. */
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as the command prints it with `--json`: indented by two spaces, and with DEL, the C1
 * controls, the line and paragraph separators and the bidi controls written as `\uXXXX` escapes
 * (JSON.stringify escapes only C0), so the output is plain ASCII-safe JSON that parses back to
 * the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
