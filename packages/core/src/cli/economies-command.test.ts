import { describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { listEconomies } from '../economy/index.js';

describe('bilateral economies', () => {
  it('lists every economy with its codes, kind and name in a table', async () => {
    const { code, out, err } = await bilateral('economies');
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {2}code {2}Comtrade {2}M49 {2}kind +name$/);
    expect(lines).toContain('  IND        699  356  country    India');
    expect(lines).toContain('  WLD          0  001  aggregate  World');
    expect(lines).toContain('  XNS        899    —  area       Areas, nes');
    for (const economy of listEconomies()) {
      expect(lines.some((line) => line.startsWith(`  ${economy.code} `))).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^33 economies: /);
  });

  it('names them in the locale of --locale', async () => {
    const { code, out } = await bilateral('economies', '--locale', 'vi');
    expect(code).toBe(0);
    expect(out).toContain('Ấn Độ');
    expect((await bilateral('economies', '--locale', 'zh')).out).toContain('中国');
  });

  it('gives the list as JSON with --json', async () => {
    const { code, out } = await bilateral('economies', '--locale', 'lo', '--json');
    expect(code).toBe(0);
    const envelope = JSON.parse(out);
    expect(envelope).toMatchObject({ ok: true, command: 'economies', result: { locale: 'lo' } });
    expect(envelope.result.economies).toHaveLength(listEconomies().length);
    expect(envelope.result.economies).toContainEqual({
      code: 'LAO',
      iso2: 'LA',
      comtradeCode: 418,
      comtradeIso: 'LAO',
      m49: 418,
      kind: 'country',
      name: 'ລາວ',
      uncertain: false,
      note: null,
    });
    expect(envelope.result.economies).toContainEqual(
      expect.objectContaining({ code: 'EUN', m49: null, comtradeCode: 97, kind: 'aggregate' }),
    );
  });

  it('refuses a locale it has no names in and an extra argument (exit 2)', async () => {
    expect(await bilateral('economies', '--locale', 'fr')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral economies: unknown locale "fr"; choose en, vi, lo or zh',
    });
    const extra = await bilateral('economies', 'LAO');
    expect([extra.code, extra.err]).toEqual([2, 'bilateral economies: unexpected argument "LAO"']);
  });

  it('is in the help', async () => {
    expect((await bilateral('--help')).out).toMatch(/\n {2}economies \[--locale <l>\] +List /);
    expect((await bilateral('help', 'economies')).out).toMatch(/^Usage: bilateral economies/);
  });
});
