/**
 * The check of `<bilateral-gates>`'s filters where one names nothing its crossings have, loaded on
 * demand with the provinces' names (`province-names.ts` re-exports it: one chunk, with the core's
 * table of border provinces), so that a page whose filters fit carries none of it.
 */
import type { BilateralIssue, BorderProvince, Dataset } from '@bilateral/core';
import { BORDER_PROVINCES } from '@bilateral/core/provinces';

/** What {@link gatesFilterIssue} reads of the element: its two filters. */
export interface GatesFilters {
  readonly gateClass?: string | undefined;
  readonly province?: string | undefined;
}

/** A name as a webmaster may write it: lower case, without Vietnamese marks, spaces nor punctuation. */
const bare = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s\p{P}]/gu, '')
    .replace(/đ/g, 'd');

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

/**
 * The problem of the filters of a `<bilateral-gates>` of which one names nothing its border's
 * crossings have: the element throws it as `INVALID_INPUT` (so this chunk imports nothing from
 * the elements' first one), so that a typo is an error at the property's path, not a figure that
 * says "0 crossings are listed". A class neither the counted country's system nor any crossing
 * has names the classes. A province none of the border's crossings is in, on the counted
 * country's side (`listed`, as the dataset names them, with their counts): a listed province
 * written otherwise (without its marks, in another of the four languages) names the data's name,
 * and so does a province the listed ones merged into in 2025 (Huế, which was Thừa Thiên Huế: the
 * data lists crossings by the provinces their sources name); a name that neither the table of
 * border provinces nor any of the dataset's crossings gives a province of that country names the
 * listed ones. A border province of that country with none listed there (or none on `to`'s day)
 * is no problem: the figure says that none is listed.
 *
 * @param filters - the element's `gateClass` and `province`
 * @param classes - the classes it knows: the counted country's system's and its crossings'
 * @param country - the country whose sides are counted (`VNM`)
 * @param dataset - the dataset (every crossing of it: a province of another border is none)
 * @param listed - the counted country's provinces on the border, with their counts
 * @returns the problem, at path `gateClass` or `province`, or `undefined` when there is none
 * @example
 * ```ts
 * gatesFilterIssue({ province: 'Quang Tri' }, classes, 'VNM', vietnamLaos, listed);
 * //=> { path: ['province'], message: 'province "Quang Tri": the data names it "Quảng Trị"' }
 * gatesFilterIssue({ province: 'Luang Prabang' }, classes, 'LAO', vietnamLaos, listed);
 * //=> undefined: Luang Prabang is a border province of Laos with no crossing to Vietnam listed
 * ```
 */
export function gatesFilterIssue(
  { gateClass, province }: GatesFilters,
  classes: ReadonlySet<string>,
  country: string,
  { crossings }: Dataset,
  listed: Readonly<Record<string, number>> = {},
): BilateralIssue | undefined {
  // At the property's path, a name as the other elements' (`to`, `measure`): the attribute's would
  // be written `["gate-class"]`.
  if (gateClass && !classes.has(gateClass)) {
    const message = `gate-class "${gateClass}" is no crossing class (classes: ${quoted([...classes])})`;
    return { path: ['gateClass'], message };
  }
  if (!province || listed[province]) return undefined;
  const problem = (message: string): BilateralIssue => ({
    path: ['province'],
    message: `province "${province}"${message}`,
  });
  const names = Object.keys(listed)
    .filter((name) => name !== '(unknown)')
    .sort((a, b) => a.localeCompare(b, 'en'));
  const wanted = bare(province);
  const entry = BORDER_PROVINCES.find(({ names: of }) =>
    Object.values(of).some((name) => bare(name) === wanted),
  );
  /** The listed names of a province of the table (English or Vietnamese, as datasets name them). */
  const listedAs = ({ names: of }: BorderProvince) =>
    names.filter((name) => name === of.en || name === of.vi);
  const written = names.filter(
    (name) => bare(name) === wanted || (entry !== undefined && listedAs(entry).includes(name)),
  );
  if (written.length > 0) return problem(`: the data names it ${quoted(written)}`);
  // A province that others merged into in 2025: the data lists theirs by the names before.
  const before = BORDER_PROVINCES.filter(
    (old) => entry !== undefined && old.mergedInto === entry.id,
  ).flatMap(listedAs);
  if (before.length > 0) {
    return problem(
      `: the data lists its crossings by the provinces before 2025's mergers, ${quoted(before)}`,
    );
  }
  const named = crossings.some((crossing) =>
    crossing.sides.some((side) => side.country === country && side.province?.name === province),
  );
  if (named || entry?.country === country) return undefined;
  const where = entry === undefined ? '' : `: ${entry.names.en} is in ${entry.country}`;
  return problem(
    ` is no province of a listed crossing in ${country} (provinces: ${quoted(names)})${where}`,
  );
}
