import type { FacilityKind } from '../border-trade-facility.js';
import type { KnownNames } from '../known-names.js';

/**
 * A kind of border trade infrastructure, with its names and the act that names it.
 *
 * @example
 * ```ts
 * FACILITY_KIND_DEFINITIONS[0]?.names.en;
 * //=> 'border market'
 * ```
 *
 * @category Infrastructure
 */
export interface FacilityKindDefinition {
  readonly kind: FacilityKind;
  readonly names: KnownNames;
  readonly legalBasis: string;
  readonly sources: readonly string[];
}

const D259 = 'Decision 259/QD-TTg (2021)';
const D52 = 'Decision 52/2015/QD-TTg';

/**
 * The kinds of border trade infrastructure of Vietnamese law (Decision 259/QD-TTg, 2021:
 * border markets, supermarkets, trade centres, shopping malls, logistics centres, commodity
 * warehouses, fair and exhibition centres; Decision 52/2015/QD-TTg: border-gate markets and
 * markets in border-gate economic zones), plus the border-gate economic zone.
 *
 * @example
 * ```ts
 * FACILITY_KIND_DEFINITIONS.find((d) => d.kind === 'border-gate-market')?.names.vi;
 * //=> 'chợ cửa khẩu'
 * ```
 *
 * @category Infrastructure
 */
export const FACILITY_KIND_DEFINITIONS: readonly FacilityKindDefinition[] = [
  {
    kind: 'border-market',
    names: { en: 'border market', vi: 'chợ biên giới' },
    legalBasis: `${D259}; ${D52}`,
    sources: ['decision-259-2021', 'decision-52-2015'],
  },
  {
    kind: 'border-gate-market',
    names: { en: 'border-gate market', vi: 'chợ cửa khẩu' },
    legalBasis: D52,
    sources: ['decision-52-2015'],
  },
  {
    kind: 'economic-zone-market',
    names: { en: 'market in a border-gate economic zone', vi: 'chợ trong khu kinh tế cửa khẩu' },
    legalBasis: D52,
    sources: ['decision-52-2015'],
  },
  {
    kind: 'trade-centre',
    names: { en: 'trade centre', vi: 'trung tâm thương mại' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'supermarket',
    names: { en: 'supermarket', vi: 'siêu thị' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'shopping-mall',
    names: { en: 'shopping mall', vi: 'trung tâm mua sắm' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'logistics-centre',
    names: { en: 'logistics centre', vi: 'trung tâm logistics' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'warehouse',
    names: { en: 'commodity warehouse', vi: 'kho hàng hóa' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'fair-exhibition-centre',
    names: { en: 'fair and exhibition centre', vi: 'trung tâm hội chợ, triển lãm' },
    legalBasis: D259,
    sources: ['decision-259-2021'],
  },
  {
    kind: 'border-gate-economic-zone',
    names: { en: 'border-gate economic zone', vi: 'khu kinh tế cửa khẩu' },
    legalBasis:
      'Set up by the Government or the Prime Minister at an international or main gate (e.g. Decision 387/QD-TTg, 2009, for Nam Giang)',
    sources: ['decision-387-2009'],
  },
];
