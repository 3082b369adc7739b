import { editsWithin } from '../_internal/edit-distance.js';

/** Names people try for an option the command calls otherwise. */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  lang: 'locale',
  language: 'locale',
  out: 'output',
};

/**
 * The option of the command someone probably meant by the unknown `given` (`--lang`, `-lang`,
 * `--curency=VND`): one it is another name for, else the nearest within two edits and at most
 * half the shorter name (at least three letters given: `--fix` is not near `--id`, two edits
 * being all of it); `undefined` when none is near.
 */
export function nearOption(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, '').split('=', 1)[0]?.toLowerCase() ?? '';
  const other = OTHER_NAMES[name];
  if (other !== undefined && known.includes(other)) return other;
  if (name.length < 3) return undefined;
  let nearest: { option: string; edits: number } | undefined;
  for (const option of known) {
    const allowed = Math.min(2, Math.max(1, Math.floor(Math.min(option.length, name.length) / 2)));
    const edits = editsWithin(option, name, allowed);
    if (edits !== undefined && (nearest === undefined || edits < nearest.edits)) {
      nearest = { option, edits };
    }
  }
  return nearest?.option;
}
