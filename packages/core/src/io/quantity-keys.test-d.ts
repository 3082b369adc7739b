import { describe, expectTypeOf, it } from 'vitest';
import { missingQuantityNote, type QuantityKeys } from '../node.js';
import { ComtradeRecord } from './_comtrade-fields.js';

describe("missingQuantityNote's parameter is the public QuantityKeys", () => {
  it('takes exactly a QuantityKeys, which /node exports', () => {
    expectTypeOf(missingQuantityNote).parameter(0).toEqualTypeOf<QuantityKeys>();
    expectTypeOf<QuantityKeys['keyOf']>().parameter(0).toEqualTypeOf<'qty' | 'qtyUnitCode'>();
  });

  it("takes the importer's records and a reader's own lookup", () => {
    expectTypeOf(new ComtradeRecord()).toExtend<QuantityKeys>();
    expectTypeOf<{ keyOf: (field: string) => string }>().toExtend<QuantityKeys>();
  });

  it('refuses a lookup that cannot name the quantity fields', () => {
    // @ts-expect-error a keyOf that takes only 'qty' cannot be asked for 'qtyUnitCode'
    missingQuantityNote({ keyOf: (field: 'qty') => field });
  });
});
