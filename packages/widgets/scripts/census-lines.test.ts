import { describe, expect, it } from 'vitest';
import { censusLines } from './census-lines.js';

describe('censusLines', () => {
  it('totals the nodes once: the rows that count some of them again are lines of their own', () => {
    // The floor of 2e75d8ff: 22,139 nodes, 5,850 of them inside an <svg>, were printed as 27,989.
    const lines = censusLines({
      '#comment': 10,
      text: 4,
      'in svg: text': 4,
      'in svg: #comment': 3,
      'svg scaled, by 1/1000: 990': 1,
      svg: 2,
      'root growth: roots': 2,
      'root growth: elements': 8,
      'root panel growth: roots': 1,
    });
    expect(lines).toEqual([
      'nodes: 16; #comment 10, text 4, svg 2',
      'in svg: text 4, in svg: #comment 3',
      'svg scaled, by 1/1000: 990 1',
      'by shadow root: growth: roots 2, elements 8; panel growth: roots 1',
    ]);
  });

  it('prints the nodes alone when nothing is counted again', () => {
    expect(censusLines({ p: 1 })).toEqual(['nodes: 1; p 1']);
  });
});
