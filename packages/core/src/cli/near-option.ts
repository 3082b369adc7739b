import { editDistance } from '../_internal/edit-distance.js';

/** Names people try for an option the command calls otherwise. */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  lang: 'locale',
  language: 'locale',
  out: 'output',
};

/**
 * The option of the command someone probably meant by the unknown `given` (`--lang`, `-lang`,
 * `--curency=VND`): one it is another name for, else one within two edits (at least three
 * letters given); `undefined` when none is near.
 */
export function nearOption(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, '').split('=', 1)[0]?.toLowerCase() ?? '';
  const other = OTHER_NAMES[name];
  if (other !== undefined && known.includes(other)) return other;
  if (name.length < 3) return undefined;
  return known.find(
    (option) => Math.abs(option.length - name.length) <= 2 && editDistance(option, name) <= 2,
  );
}
