import type { BorderTradeFacility } from '../border-trade-facility.js';

const ZONE_SOURCES = ['lutrader-2016', 'lawnet-vn'];

/**
 * The border-gate economic zones on the Vietnam–Laos border that DOMAIN.md §4 names: Cầu Treo
 * international BGEZ, the Lao Bảo special economic-commercial zone, Bờ Y international BGEZ and
 * Nam Giang BGEZ (Decision 387/QD-TTg, 2009). The official count at Oct 2024 is 9; the other 5
 * are not named in any source found and are not listed.
 *
 * @example
 * ```ts
 * VIETNAM_LAOS_ECONOMIC_ZONES.length;
 * //=> 4
 * ```
 *
 * @category Infrastructure
 */
export const VIETNAM_LAOS_ECONOMIC_ZONES: readonly BorderTradeFacility[] = [
  {
    id: 'vnm-ez-cau-treo',
    kind: 'border-gate-economic-zone',
    names: {
      en: 'Cau Treo international border-gate economic zone',
      vi: 'Khu kinh tế cửa khẩu quốc tế Cầu Treo',
    },
    crossingId: 'vnm-lao-cau-treo',
    province: { country: 'VNM', name: 'Hà Tĩnh', id: 'VN-HA-TINH', after2025Merger: 'Hà Tĩnh' },
    sources: ZONE_SOURCES,
  },
  {
    id: 'vnm-ez-lao-bao',
    kind: 'border-gate-economic-zone',
    names: {
      en: 'Lao Bao special economic-commercial zone',
      vi: 'Khu kinh tế – thương mại đặc biệt Lao Bảo',
    },
    crossingId: 'vnm-lao-lao-bao',
    province: {
      country: 'VNM',
      name: 'Quảng Trị',
      id: 'VN-QUANG-TRI',
      after2025Merger: 'Quảng Trị',
    },
    sources: [...ZONE_SOURCES, 'vietnam-vn-quang-tri-2024-04'],
    note: 'A special economic-commercial zone rather than a plain border-gate economic zone.',
  },
  {
    id: 'vnm-ez-bo-y',
    kind: 'border-gate-economic-zone',
    names: {
      en: 'Bo Y international border-gate economic zone',
      vi: 'Khu kinh tế cửa khẩu quốc tế Bờ Y',
    },
    crossingId: 'vnm-lao-bo-y',
    province: { country: 'VNM', name: 'Kon Tum', id: 'VN-KON-TUM', after2025Merger: 'Quảng Ngãi' },
    sources: ZONE_SOURCES,
  },
  {
    id: 'vnm-ez-nam-giang',
    kind: 'border-gate-economic-zone',
    names: { en: 'Nam Giang border-gate economic zone', vi: 'Khu kinh tế cửa khẩu Nam Giang' },
    crossingId: 'vnm-lao-nam-giang',
    province: { country: 'VNM', name: 'Quảng Nam', id: 'VN-QUANG-NAM', after2025Merger: 'Đà Nẵng' },
    established: { date: '2009', act: 'Decision 387/QD-TTg', sources: ['decision-387-2009'] },
    sources: ['decision-387-2009', 'baoquangnam-2020-12-nam-giang'],
  },
];

/**
 * Every embedded border trade facility. Today only the four economic zones of
 * {@link VIETNAM_LAOS_ECONOMIC_ZONES}: no border market, trade centre, logistics centre or
 * warehouse is sourced yet.
 *
 * @example
 * ```ts
 * BORDER_TRADE_FACILITIES.every((f) => f.kind === 'border-gate-economic-zone');
 * //=> true
 * ```
 *
 * @category Infrastructure
 */
export const BORDER_TRADE_FACILITIES: readonly BorderTradeFacility[] = [
  ...VIETNAM_LAOS_ECONOMIC_ZONES,
];
