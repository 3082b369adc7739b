import { describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { listEconomies } from '../economy/index.js';

describe('bilateral economies', () => {
  it('lists every economy with its codes, kind and name in a table', async () => {
    const { code, out, err } = await bilateral('economies');
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {2}code {2}Comtrade {2}M49 {2}kind +name +notes$/);
    expect(lines).toContain('  IND        699  356  country    India');
    expect(lines).toContain('  WLD          0  001  aggregate  World');
    expect(lines).toContain('  XNS        899    —  area       Areas, nes');
    for (const economy of listEconomies()) {
      expect(lines.some((line) => line.startsWith(`  ${economy.code} `))).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^33 economies: /);
  });

  it('says which codes are uncertain, in the table and with their note under it', async () => {
    const { out } = await bilateral('economies');
    const lines = out.split('\n');
    expect(lines).toContain('  TWN        490  158  country    Taiwan          uncertain');
    expect(lines.filter((line) => line.includes('uncertain'))).toHaveLength(2);
    expect(lines).toContain(
      'TWN (uncertain): Comtrade publishes Taiwan as 490 "Other Asia, nes"; M49 lists no separate code and allows 158 (the ISO 3166-1 numeric code) for statistical use. The partnerISO "S19" was seen in Comtrade v1 records but not checked against partnerAreas.json.',
    );
  });

  it('words the headings, kinds, marks and count in the locale, aligned by display width', async () => {
    const vi = (await bilateral('economies', '--locale', 'vi')).out.split('\n');
    expect(vi[0]).toMatch(/^ {2}mã {3}Comtrade {2}M49 {2}loại +tên +ghi chú$/);
    expect(vi).toContain(
      '  TWN       490  158  quốc gia/vùng lãnh thổ  Đài Loan           chưa chắc chắn',
    );
    expect(vi.find((line) => line.startsWith('TWN (chưa chắc chắn): Comtrade publishes'))).toMatch(
      / \(chưa dịch: nguyên văn của dữ liệu\)$/,
    );
    expect(vi.at(-1)).toMatch(/^33 nền kinh tế: /);
    const zh = (await bilateral('economies', '--locale', 'zh')).out.split('\n');
    // 代码 and 国家或地区 are two columns a character: the columns after them still line up.
    expect(zh[0]).toBe('  代码  Comtrade  M49  类别        名称        备注');
    expect(zh).toContain('  TWN        490  158  国家或地区  台湾        不确定');
    expect(zh).toContain('  EUN         97    —  汇总        欧盟');
    expect(zh.at(-1)).toMatch(/^共33个经济体：/);
    const lo = (await bilateral('economies', '--locale', 'lo')).out.split('\n');
    expect(lo.find((line) => line.startsWith('  TWN '))).toMatch(/ປະເທດ\/ດິນແດນ +ໄຕ້ຫວັນ +ບໍ່ແນ່ນອນ$/);
    expect(lo.at(-1)).toMatch(/^33 ເສດຖະກິດ: /);
    for (const out of [vi, zh, lo])
      expect(out.join('\n')).not.toMatch(/\b(country|aggregate|area|kind|name|notes)\b/);
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
    // What is uncertain stays data: the flag and the note, as the economy data gives them.
    expect(envelope.result.economies).toContainEqual(
      expect.objectContaining({
        code: 'TWN',
        uncertain: true,
        note: expect.stringMatching(/^Comtrade publishes Taiwan as 490 /),
      }),
    );
  });

  it('refuses a locale it has no names in and an extra argument (exit 2)', async () => {
    expect(await bilateral('economies', '--locale', 'fr')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral economies: unknown locale "fr"; choose en, vi, lo or zh',
    });
    // zh-TW was pointed to zh ("did you mean zh?"): Simplified for a reader of Traditional.
    expect(await bilateral('economies', '--locale', 'zh-TW')).toEqual({
      code: 2,
      out: '',
      err: 'bilateral economies: unknown locale "zh-TW": Traditional Chinese is not offered, and zh is Simplified Chinese; choose en, vi, lo or zh',
    });
    const json = await bilateral('economies', '--locale', 'zh-Hant', '--json');
    expect([json.code, json.err]).toEqual([2, '']);
    expect(JSON.parse(json.out)).toMatchObject({
      error: {
        message:
          'unknown locale "zh-Hant": Traditional Chinese is not offered, and zh is Simplified Chinese; choose en, vi, lo or zh',
      },
    });
    const extra = await bilateral('economies', 'LAO');
    expect([extra.code, extra.err]).toEqual([2, 'bilateral economies: unexpected argument "LAO"']);
  });

  it('is in the help', async () => {
    expect((await bilateral('--help')).out).toMatch(/\n {2}economies \[--locale <l>\] +List /);
    expect((await bilateral('help', 'economies')).out).toMatch(/^Usage: bilateral economies/);
  });

  it('says in its help that --locale words the whole table, not only the names', async () => {
    expect((await bilateral('help', 'economies')).out).toContain(
      '  --locale <l>  the language of the table (headings, kinds, names, the uncertain\n' +
        '                mark, the count): en (default), vi, lo or zh\n',
    );
  });
});
