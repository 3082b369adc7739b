/**
 * The columns of a UN Comtrade record under every name they circulate with: API v1 camelCase
 * (`primaryValue`), its snake_case (`primary_value`) and PascalCase (`PrimaryValue`) copies, the
 * legacy v0 API keys (`rtCode`, `ptCode`, `rgCode`, `yr`, `TradeValue`) and the v0 CSV headers
 * (`Reporter Code`, `Trade Value (US$)`). Keys are compared with case and punctuation removed.
 * Private to the `io` module.
 *
 * @internal
 */

/** The fields the importer reads, by their API v1 name. */
export type ComtradeField =
  | 'typeCode'
  | 'freqCode'
  | 'refPeriodId'
  | 'refYear'
  | 'refMonth'
  | 'period'
  | 'reporterCode'
  | 'reporterISO'
  | 'reporterDesc'
  | 'flowCode'
  | 'rgCode'
  | 'partnerCode'
  | 'partnerISO'
  | 'partnerDesc'
  | 'partner2Code'
  | 'partner2Desc'
  | 'classificationCode'
  | 'isOriginalClassification'
  | 'cmdCode'
  | 'cmdDesc'
  | 'aggrLevel'
  | 'customsCode'
  | 'customsDesc'
  | 'motCode'
  | 'motDesc'
  | 'qtyUnitCode'
  | 'qtyUnitAbbr'
  | 'qty'
  | 'isQtyEstimated'
  | 'netWgt'
  | 'cifvalue'
  | 'fobvalue'
  | 'primaryValue'
  | 'legacyEstimationFlag'
  | 'isReported'
  | 'isAggregate';

/** Other names of each field (already normalized: lower case, letters and digits only). */
const ALIASES: Readonly<Record<ComtradeField, readonly string[]>> = {
  typeCode: ['type'],
  freqCode: ['freq', 'frequency'],
  refPeriodId: [],
  refYear: ['yr', 'year'],
  refMonth: [],
  period: [],
  reporterCode: ['rtcode'],
  reporterISO: ['rt3iso', 'reporteriso3'],
  reporterDesc: ['rttitle', 'reporter'],
  flowCode: [],
  rgCode: ['tradeflowcode', 'regimecode'],
  partnerCode: ['ptcode'],
  partnerISO: ['pt3iso', 'partneriso3'],
  partnerDesc: ['pttitle', 'partner'],
  partner2Code: ['pt2code', 'ptcode2', '2ndpartnercode'],
  partner2Desc: ['pt2title', 'pttitle2', '2ndpartner'],
  classificationCode: ['pfcode', 'classification'],
  isOriginalClassification: [],
  cmdCode: ['commoditycode'],
  cmdDesc: ['cmddesce', 'commodity'],
  aggrLevel: ['aggregatelevel'],
  customsCode: ['cstcode', 'customsproccode'],
  customsDesc: ['cstdesc', 'customs'],
  motCode: ['modeoftransportcode'],
  motDesc: ['modeoftransport'],
  qtyUnitCode: ['qtcode'],
  qtyUnitAbbr: ['qtyunit', 'qtdesc'],
  qty: ['tradequantity'],
  isQtyEstimated: [],
  netWgt: ['netweight', 'netweightkg'],
  cifvalue: ['ciftradevalueus'],
  fobvalue: ['fobtradevalueus'],
  primaryValue: ['tradevalue', 'tradevalueus'],
  legacyEstimationFlag: ['estcode', 'flag'],
  isReported: [],
  isAggregate: [],
};

/** `primary_value`, `PrimaryValue`, `Trade Value (US$)` → `primaryvalue`, `tradevalueus`. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, ComtradeField> = new Map(
  (Object.keys(ALIASES) as ComtradeField[]).flatMap((field) => [
    [normalizeKey(field), field] as const,
    ...ALIASES[field].map((alias) => [alias, field] as const),
  ]),
);

/** The field each key names, remembered: the keys of a file repeat on every record. */
const FIELD_OF_KEY = new Map<string, ComtradeField | null>();

/** The field a key names (by any of its names), or undefined. */
function fieldOfKey(key: string): ComtradeField | undefined {
  let field = FIELD_OF_KEY.get(key);
  if (field === undefined) {
    field = FIELD_BY_KEY.get(normalizeKey(key)) ?? null;
    if (FIELD_OF_KEY.size < 10_000) FIELD_OF_KEY.set(key, field);
  }
  return field ?? undefined;
}

/** A column of a CSV header that names a field: the first column with that field. */
export interface HeaderColumn {
  readonly field: ComtradeField;
  readonly key: string;
  readonly column: number;
}

/** The columns of a CSV header that name fields, as `new ComtradeRecord` would read them. */
export function headerColumns(header: readonly string[]): HeaderColumn[] {
  const seen = new Set<ComtradeField>();
  const columns: HeaderColumn[] = [];
  header.forEach((key, column) => {
    const field = fieldOfKey(key);
    if (field === undefined || seen.has(field)) return;
    seen.add(field);
    columns.push({ field, key, column });
  });
  return columns;
}

/** A field of a record: the key it had in the input and its value. */
export interface FieldEntry {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The names a file gives the two quantity fields of a UN Comtrade record, which
 * {@link missingQuantityNote} names in its note: what `missingQuantityNote` takes, and all it reads
 * of a record. The core's importer gives it a record of the file; another reader (as
 * `@bilateral/duckdb`'s does) gives it an object with a `keyOf` that looks the names up in the
 * file's header.
 *
 * @example
 * ```ts
 * import { missingQuantityNote, type QuantityKeys } from '@bilateral/core/node';
 * const header = new Map([['qty', 'Qty'], ['qtyUnitCode', 'QtyUnitCode']]);
 * const keys: QuantityKeys = { keyOf: (field) => header.get(field) ?? field };
 * missingQuantityNote(keys);
 * //=> 'quantity not reported (Qty 0 with QtyUnitCode -1 is how UN Comtrade writes "missing"): noted on the flow, never read as 0'
 * ```
 * @category Node
 */
export interface QuantityKeys {
  /**
   * The name a field has in the file (its column in a CSV header, its key in JSON), or the field's
   * own name when the file does not have it; the field is `qty` (the quantity) or `qtyUnitCode`
   * (its unit's code), by UN Comtrade's v1 names. A function that can be asked for both.
   *
   * @example
   * ```ts
   * import type { QuantityKeys } from '@bilateral/core/node';
   * const keys: QuantityKeys = { keyOf: (field) => (field === 'qty' ? 'Qty' : 'QtyUnitCode') };
   * keys.keyOf('qtyUnitCode');
   * //=> 'QtyUnitCode'
   * ```
   */
  readonly keyOf: (field: 'qty' | 'qtyUnitCode') => string;
}

/** A record with its fields found under whatever names they had. */
export class ComtradeRecord {
  private readonly fields = new Map<ComtradeField, FieldEntry>();

  constructor(raw: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(raw)) {
      const field = fieldOfKey(key);
      if (field !== undefined && !this.fields.has(field)) this.fields.set(field, { key, value });
    }
  }

  /**
   * The record of a CSV row from its cells, by the columns of its header (worked out once for
   * every row of the file by {@link headerColumns}).
   */
  static fromCells(columns: readonly HeaderColumn[], cells: readonly string[]): ComtradeRecord {
    const record = new ComtradeRecord();
    for (const { field, key, column } of columns) {
      record.fields.set(field, { key, value: cells[column] ?? '' });
    }
    return record;
  }

  /** The field, or `undefined` when it is absent, `null` or an empty (or blank) string. */
  get(field: ComtradeField): FieldEntry | undefined {
    const entry = this.fields.get(field);
    if (entry === undefined || entry.value === null || entry.value === undefined) return undefined;
    if (typeof entry.value === 'string' && entry.value.trim() === '') return undefined;
    return entry;
  }

  /** Whether the record has the column at all (even empty). */
  hasColumn(field: ComtradeField): boolean {
    return this.fields.has(field);
  }

  /** The key the field had in the input, or its v1 name when it is absent. */
  keyOf(field: ComtradeField): string {
    return this.fields.get(field)?.key ?? field;
  }
}

/** The fields that tell a UN Comtrade file: its codes and its value. */
const IDENTIFYING: ReadonlySet<ComtradeField> = new Set<ComtradeField>([
  'reporterCode',
  'partnerCode',
  'flowCode',
  'rgCode',
  'cmdCode',
  'primaryValue',
]);

/** Whether a column name is one of the codes or the value of a UN Comtrade record, by any name. */
export function isComtradeKey(key: string): boolean {
  const field = FIELD_BY_KEY.get(normalizeKey(key));
  return field !== undefined && IDENTIFYING.has(field);
}

/** The columns a record cannot do without: each as the fields that can stand for it. */
const REQUIRED: readonly (readonly ComtradeField[])[] = [
  ['reporterCode', 'reporterISO'],
  ['partnerCode', 'partnerISO'],
  ['flowCode', 'rgCode'],
  ['period', 'refYear', 'refPeriodId'],
  ['cmdCode'],
  ['primaryValue', 'fobvalue', 'cifvalue'],
];

/** The required columns a CSV header lacks, named as `primaryValue (or fobvalue, cifvalue)`. */
export function missingColumns(header: readonly string[]): string[] {
  const present = new Set(header.map((key) => FIELD_BY_KEY.get(normalizeKey(key))));
  return REQUIRED.filter((fields) => !fields.some((field) => present.has(field))).map(
    ([first, ...others]) =>
      others.length === 0 ? `${first}` : `${first} (or ${others.join(', ')})`,
  );
}
