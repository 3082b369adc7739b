import { randomBytes } from 'node:crypto';

/** The styles the command itself writes, as SGR codes: on, and off again. */
const STYLES = {
  bold: [1, 22],
  green: [32, 39],
  red: [31, 39],
  yellow: [33, 39],
} as const;

/** A text style of the command's own output. */
export type Style = keyof typeof STYLES;

/**
 * The command's own styles are written as marks that hold a random key of this process, and become
 * SGR escapes only after {@link terminalText} has removed every escape the data brought: a dataset
 * cannot forge a mark, because it cannot know the key.
 */
const KEY = randomBytes(8).toString('hex');
const MARK = new RegExp(`\u{E000}${KEY}(\\d+)\u{E001}`, 'gu');
const mark = (code: number) => `\u{E000}${KEY}${code}\u{E001}`;

/** `text` in a style of the command's own (bold headings, verdict colours). */
export function styled(text: string, style: Style): string {
  const [on, off] = STYLES[style];
  return `${mark(on)}${text}${mark(off)}`;
}

/**
 * What a terminal must not receive from data: whole escape sequences (CSI, OSC with its string,
 * DCS, SOS, PM and APC strings, and two-character escapes), 8-bit CSI and OSC sequences, then any
 * other C0 control but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown.
 */
const UNSAFE = new RegExp(
  [
    // CSI: ESC [ or 8-bit CSI, parameters, intermediates, final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    // OSC, DCS, SOS, PM, APC: the string up to BEL or ST (or the end of the line).
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Other escapes: ESC, intermediates, a final byte.
    '\\u001b[ -/]*[0-~]',
    // What is left: C0 but tab and line feed, DEL, C1, bidi embeddings, overrides, isolates.
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]',
  ].join('|'),
  'gu',
);

/**
 * Text as a cell of a table ({@link textTable}) holds it on its one line: a tab or a line feed
 * from the data written as a space (a tab moved the columns after it, its width counted as one
 * character's; a line feed started a line of its own), and what {@link terminalText} removes
 * removed already, so the width the columns are padded to is what the terminal shows.
 */
export function cellText(text: string): string {
  return text.replace(/[\t\n]/g, ' ').replace(UNSAFE, '');
}

/**
 * Text as it may reach a terminal: every control character and escape sequence that came with
 * the data removed (a dataset title could otherwise set the window title, clear the screen or
 * write the clipboard), then the command's own {@link styled} marks turned into colours when
 * `color` is on, or dropped.
 */
export function terminalText(text: string, color: boolean): string {
  return text
    .replace(UNSAFE, '')
    .replace(MARK, (_, code: string) => (color ? `\u001b[${code}m` : ''));
}
