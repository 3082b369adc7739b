import { describe, expect, it } from 'vitest';
import { capitalize, flowName, partyName } from './_explain.js';

describe('partyName and flowName', () => {
  it('write "the" before the names English writes with it, as the report does', () => {
    expect(['PHL', 'USA', 'NLD', 'EUN', 'VNM', 'LAO', 'WLD', 'ASEAN'].map(partyName)).toEqual([
      'the Philippines',
      'the United States',
      'the Netherlands',
      'the European Union',
      'Vietnam',
      'Laos',
      'the world',
      'ASEAN',
    ]);
    expect(flowName('PHL', 'USA', 'exports')).toBe("the Philippines' exports to the United States");
    expect(flowName('LAO', 'GBR', 'turnover')).toBe("Laos' trade with the United Kingdom");
    expect(capitalize(flowName('NLD', 'WLD', 'imports'))).toBe(
      "The Netherlands' imports from the world",
    );
  });
});
