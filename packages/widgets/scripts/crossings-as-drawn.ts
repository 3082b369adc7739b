import type { BorderCrossing, Dataset } from '@bilateral/core';

/**
 * A dataset's crossings with only what `<bilateral-gates>` draws or cites, for the embedded data
 * files (`write-data.mjs`): each crossing's id, English name (a required field), modes, status
 * periods and sources; each side's country, province name, gate, class and class history (date,
 * class, class before, kind of change). Every `sources` list stays, so every citation does; the
 * prose no element shows (notes, uncertainty markers, acts), aliases, localities, province ids
 * and economic-zone links go. Of the official counts, those of a border (two countries) stay:
 * a gates figure compares its crossings with no other (Laos' nationwide count of 2016 goes, and
 * with it the source only it cites; vietnam-laos.json 116 B smaller). The result is still a
 * valid dataset (the build validates it).
 */
export function crossingsAsDrawn(dataset: Dataset): Dataset {
  return {
    ...dataset,
    crossings: dataset.crossings.map(crossingAsDrawn),
    crossingCounts: dataset.crossingCounts.filter(({ countries }) => countries.length === 2),
  };
}

function crossingAsDrawn(crossing: BorderCrossing): BorderCrossing {
  const [a, b] = crossing.sides;
  return {
    id: crossing.id,
    names: { en: crossing.names.en },
    sides: [sideAsDrawn(a), sideAsDrawn(b)],
    modes: crossing.modes.map(({ mode, sources }) => ({ mode, ...(sources && { sources }) })),
    ...(crossing.status && {
      status: crossing.status.map(({ status, from, to, sources }) => ({
        status,
        ...(from && { from }),
        ...(to && { to }),
        sources,
      })),
    }),
    sources: crossing.sources,
  };
}

function sideAsDrawn(side: BorderCrossing['sides'][0]): BorderCrossing['sides'][0] {
  const { country, province, gate, class: cls, classHistory, sources } = side;
  return {
    country,
    ...(province && { province: { name: province.name } }),
    ...(gate && { gate }),
    ...(cls && { class: cls }),
    ...(classHistory && {
      classHistory: classHistory.map(({ date, class: after, from, change, sources: cited }) => ({
        date,
        class: after,
        ...(from && { from }),
        change,
        sources: cited,
      })),
    }),
    ...(sources && { sources }),
  };
}
