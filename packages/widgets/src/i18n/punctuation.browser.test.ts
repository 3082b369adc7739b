import { describe, expect, it, vi } from 'vitest';
import { $, LOADS, mountLoaded, openTable, shadow, text } from '../__tests__/helpers.js';
import '../elements/balance.define.js';
import '../elements/gates.define.js';
import '../elements/growth.define.js';
import '../elements/target.define.js';

/** ASCII punctuation a Chinese text must not join its parts with ("来源: ", "越南: 逆差; 老挝"). */
const HALF_WIDTH = /[\p{Script=Han}\d][:;,] |[\p{Script=Han}] ?\(/u;

describe('punctuation per language (issue 15, Chinese used half-width ":", ";", ",", "()")', () => {
  it('joins the balance card in full-width punctuation in Chinese', async () => {
    const element = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos" locale="zh"></bilateral-balance>',
    );
    await vi.waitFor(
      () => expect(text($(element, '[part=title]'))).toMatch(/^越南–老挝贸易差额，/),
      LOADS,
    );
    expect(text($(element, '[part=figures]'))).toMatch(
      /越南：(顺差|逆差|平衡)；老挝：(顺差|逆差|平衡)/,
    );
    expect(text($(element, '.source'))).toMatch(/^来源：/);
    await openTable(element); // the table's captions and notes too
    expect(text(shadow(element))).not.toMatch(HALF_WIDTH);
  });

  it('labels the province bars of gates "省份（越南）" in Chinese', async () => {
    const element = await mountLoaded(
      '<bilateral-gates dataset="vietnam-laos" locale="zh"></bilateral-gates>',
    );
    await vi.waitFor(() => expect(text($(element, '.group-label'))).toMatch(/^省份（.+）$/), LOADS);
    await openTable(element); // the table's captions and notes too
    expect(text(shadow(element))).not.toMatch(HALF_WIDTH);
  });

  it('joins the gates summary’s Chinese sentences with no space after "。" (h214)', async () => {
    // Seen at 390 px: '…按越南的类别统计。 官方统计（2024年10月24日）…', a gap after the full stop.
    const element = await mountLoaded(
      '<bilateral-gates dataset="vietnam-laos" locale="zh"></bilateral-gates>',
    );
    await vi.waitFor(
      () => expect(text($(element, '[part=summary]'))).toMatch(/官\u2060?方/),
      LOADS,
    );
    expect($(element, '[part=summary]').textContent).toMatch(/统\u2060?计。官\u2060?方/);
  });

  it('keeps the growth chart free of half-width joins in Chinese', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" locale="zh"></bilateral-growth>',
    );
    await vi.waitFor(() => expect(text($(element, '.source'))).toMatch(/^来源：/), LOADS);
    await openTable(element); // the table's captions and notes too
    expect(text(shadow(element))).not.toMatch(HALF_WIDTH);
  });

  it("writes the target card's growth and target in full-width punctuation in Chinese", async () => {
    const element = await mountLoaded(
      '<bilateral-target dataset="vietnam-laos" locale="zh"></bilateral-target>',
    );
    await vi.waitFor(
      () => expect(text($(element, '.status-row'))).toMatch(/迄今增长：.+目标：/),
      LOADS,
    );
    await openTable(element); // the table's captions and notes too
    expect(text(shadow(element))).not.toMatch(HALF_WIDTH);
  });

  it('names the empty selection "越南–老挝，2040–2041" in Chinese', async () => {
    const element = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos" from="2040" to="2041" locale="zh"></bilateral-balance>',
    );
    await vi.waitFor(
      () => expect(text($(element, '[part=empty] span'))).toContain('越南–老挝，2040–2041'),
      LOADS,
    );
  });

  it('keeps English as it was', async () => {
    const element = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos"></bilateral-balance>',
    );
    expect(text($(element, '[part=title]'))).toMatch(/^Vietnam–Laos trade balance, /);
    expect(text($(element, '[part=figures]'))).toMatch(/Vietnam: \w+; Laos: \w+/);
    expect(text($(element, '.source'))).toMatch(/^Source: /);
  });
});
