/**
 * The check of `<bilateral-gates>`'s filters where one names nothing its crossings have, loaded on
 * demand with the provinces' names (`province-names.ts` re-exports it: one chunk, with the core's
 * table of border provinces), so that a page whose filters fit carries none of it.
 */
import type { BilateralIssue, BorderProvince, Dataset } from '@bilateral/core';
import { BORDER_PROVINCES_WITHOUT_NOTES as PROVINCES } from '@bilateral/core/provinces';

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
 * listed ones, and a prefecture whose province is listed (Xishuangbanna, in Yunnan) names the
 * province. A border province of that country on this border (the table's `borders`) with none
 * listed there (or none on `to`'s day) is no problem: the figure says that none is listed; one of
 * that country on none of the table's borders with the other (Bokeo, on Laos' borders with
 * Myanmar and Thailand) names the border's provinces of that country, listed or not. On a border
 * with a country the table has no province of, any province of the counted country counts 0.
 * Messages name countries by their codes, as the other filters' do.
 *
 * @param filters - the element's `gateClass` and `province`
 * @param classes - the classes it knows: the counted country's system's and its crossings'
 * @param country - the country whose sides are counted (`VNM`)
 * @param dataset - the dataset (every crossing of it: a province of another border is none)
 * @param pair - the border's two countries, reporter first (`['VNM', 'LAO']`)
 * @param listed - the counted country's provinces on the border, with their counts
 * @returns the problem, at path `gateClass` or `province`, or `undefined` when there is none
 * @example
 * ```ts
 * gatesFilterIssue({ province: 'Quang Tri' }, classes, 'VNM', vietnamLaos, ['VNM', 'LAO'], listed);
 * //=> { path: ['province'], message: 'province "Quang Tri": the data names it "Quảng Trị"' }
 * gatesFilterIssue({ province: 'Oudomxay' }, classes, 'LAO', laosChina, ['LAO', 'CHN'], listed);
 * //=> undefined: Oudomxay is a border province of Laos with no crossing to China listed
 * gatesFilterIssue({ province: 'Bokeo' }, classes, 'LAO', vietnamLaos, ['VNM', 'LAO'], listed);
 * //=> { path: ['province'], message: 'province "Bokeo" is a province of LAO not on the VNM–LAO
 * //    border (its provinces in LAO: "Attapeu", "Bolikhamxay", …, "Luang Prabang", …)' }
 * ```
 */
export function gatesFilterIssue(
  { gateClass, province }: GatesFilters,
  classes: ReadonlySet<string>,
  country: string,
  { crossings }: Dataset,
  pair: readonly [reporter: string, partner: string],
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
  const entry = PROVINCES.find(({ names: of }) =>
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
  const before = PROVINCES.filter(
    (old) => entry !== undefined && old.mergedInto === entry.id,
  ).flatMap(listedAs);
  if (before.length > 0) {
    return problem(
      `: the data lists its crossings by the provinces before 2025's mergers, ${quoted(before)}`,
    );
  }
  // A prefecture whose province is listed (Xishuangbanna, in Yunnan): the data lists by province.
  const parent = PROVINCES.find(({ id }) => id === entry?.parent);
  const within = parent === undefined ? [] : listedAs(parent);
  if (within.length > 0) {
    return problem(`: the data lists its crossings by the province it is in, ${quoted(within)}`);
  }
  const named = crossings.some((crossing) =>
    crossing.sides.some((side) => side.country === country && side.province?.name === province),
  );
  if (named) return undefined;
  const [reporter, partner] = pair;
  const other = country === reporter ? partner : reporter;
  if (entry?.country === country) {
    // A border province with none listed counts 0; one on another border (Bokeo, on Laos' with
    // Myanmar and Thailand) is refused. The table records the borders among its countries only:
    // on any other border, each of its provinces counts 0.
    const onBorder = (unit: BorderProvince) => (unit.borders as readonly string[]).includes(other);
    if (onBorder(entry) || !PROVINCES.some((unit) => unit.country === other)) {
      return undefined;
    }
    const border = PROVINCES.filter((unit) => unit.country === country && onBorder(unit)).map(
      (unit) => listedAs(unit)[0] ?? unit.names.en,
    );
    const all = [...new Set([...names, ...border])].sort((a, b) => a.localeCompare(b, 'en'));
    return problem(
      ` is a province of ${country} not on the ${reporter}–${partner} border (its provinces in ${country}: ${quoted(all)})`,
    );
  }
  const where = entry === undefined ? '' : `: ${entry.names.en} is in ${entry.country}`;
  return problem(
    ` is no province of a listed crossing in ${country} (provinces: ${quoted(names)})${where}`,
  );
}
