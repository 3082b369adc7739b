import { cellText } from './terminal-text.js';

/** Column alignment of {@link textTable}. */
export type Align = 'left' | 'right';

/**
 * East Asian wide and fullwidth characters, two columns each in a terminal: Hangul Jamo, CJK
 * punctuation, kana, CJK ideographs (亿, 万, 美元) and their extensions, Yi, Hangul syllables,
 * compatibility ideographs, vertical and fullwidth forms.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** A UTF-16 code unit from U+0300 (the combining marks) up, surrogates included. */
const FROM_MARKS = /[\u0300-\uFFFF]/;

/**
 * An emoji shown as a picture, two columns in a terminal: one wide by default (😀, ✅), one made
 * a picture by VS16 (❤️, #️⃣), a flag of two regional indicators (🇻🇳); a ZWJ sequence (👨‍👩‍👧) is
 * one picture, so one grapheme.
 */
const PICTURE = /\p{Emoji_Presentation}|\uFE0F|\p{Regional_Indicator}/u;

/** Text cut into what a reader sees as one character each (a letter and its marks, an emoji). */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A combining mark (Vietnamese diacritics, Lao vowel signs): no column of its own. */
const MARK = /\p{M}/u;

/** The columns text takes that holds no emoji: marks none, East Asian wide characters 2. */
function columnsOf(text: string): number {
  let width = 0;
  for (const char of text) {
    if (MARK.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/**
 * Display width of text in a terminal: combining marks take no column (Vietnamese diacritics),
 * East Asian wide characters and emoji two (`15亿美元` is 8 columns, `🌾 rice` 7).
 *
 * @example
 * ```ts
 * displayWidth('Việt Nam'); //=> 8
 * displayWidth('15亿美元'); //=> 8
 * ```
 */
export function displayWidth(text: string): number {
  // Below U+0300 (ASCII, Latin-1, most of Latin Extended: amounts, codes, English words) a
  // character is one column, neither a mark nor wide, and NFC leaves the text as it is.
  if (!FROM_MARKS.test(text)) return text.length;
  const normal = text.normalize('NFC');
  // Without a picture, the columns are the code points' (cutting text into graphemes costs about
  // 80 times as much: seconds in a report of a million rows in Vietnamese).
  if (!PICTURE.test(normal)) return columnsOf(normal);
  let width = 0;
  for (const { segment } of GRAPHEMES.segment(normal)) {
    width += PICTURE.test(segment) ? 2 : columnsOf(segment);
  }
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Lays rows out in aligned columns under a header and a rule, each cell on one line
 * ({@link cellText}: a tab or a line feed in it is written as a space).
 */
export function textTable(
  header: readonly string[],
  cells: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const rows = cells.map((row) => row.map(cellText));
  const widths = header.map((cell, column) =>
    Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
}
