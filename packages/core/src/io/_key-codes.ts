/**
 * Short keys for a map that holds one entry per record of a big file: each part of a key is
 * numbered once (`'VNM'` → 3) and the key is the parts' numbers as UTF-16 code units — a 9-part
 * key of about 40 characters takes 9 to 18. Private to the `io` module.
 *
 * @internal
 */

/** Numbers the parts of keys, and turns keys into short texts and back. */
export class KeyCodes {
  private readonly numbers = new Map<string, number>();
  private readonly parts: string[] = [];

  /** The short key of `parts`. */
  encode(parts: readonly (string | number)[]): string {
    let key = '';
    for (const part of parts) {
      const text = String(part);
      let number = this.numbers.get(text);
      if (number === undefined) {
        number = this.parts.length;
        this.numbers.set(text, number);
        this.parts.push(text);
      }
      // Below 2^15 one code unit; up to 2^30 two, the first with its top bit set.
      key +=
        number < 0x8000
          ? String.fromCharCode(number)
          : String.fromCharCode(0x8000 | (number >>> 15), number & 0x7fff);
    }
    return key;
  }

  /** The parts of a short key. */
  decode(key: string): string[] {
    const parts: string[] = [];
    for (let at = 0; at < key.length; at += 1) {
      let number = key.charCodeAt(at);
      if (number >= 0x8000) {
        at += 1;
        number = ((number & 0x7fff) << 15) | key.charCodeAt(at);
      }
      parts.push(this.parts[number] ?? '');
    }
    return parts;
  }
}
