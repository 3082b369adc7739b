import { describe, expect, it } from 'vitest';
import { $, errorEvent, loadEvent, mount, shadow, text } from '../__tests__/helpers.js';
import './gates.define.js';

/** The `bilateral-error` of a gates element with these attributes, once it has drawn its alert. */
async function failure(attributes: string, dataset = 'vietnam-laos') {
  const element = mount(`<bilateral-gates dataset="${dataset}" ${attributes}></bilateral-gates>`);
  const { detail } = await errorEvent(element);
  await element.updateComplete;
  return { element, detail };
}

/** The provinces of Vietnam's side of the Vietnam–Laos crossings, as the embedded data names them. */
const VIETNAMESE =
  '"Điện Biên", "Hà Tĩnh", "Kon Tum", "Nghệ An", "Quảng Bình", "Quảng Nam", "Quảng Trị", "Sơn La", "Thanh Hóa", "Thừa Thiên Huế"';

describe('<bilateral-gates> with a province none of its crossings is in (h403)', () => {
  it('refuses a typo at path province, naming the listed provinces: no "0 crossings are listed"', async () => {
    const { element, detail } = await failure('province="Lao Ca"');
    expect(detail.reason).toBe('compute');
    expect(detail.error.code).toBe('INVALID_INPUT');
    expect(detail.error.issues).toEqual([
      {
        path: ['province'],
        message: `province "Lao Ca" is no province of a listed crossing in VNM (provinces: ${VIETNAMESE})`,
      },
    ]);
    expect(String(detail.error)).toMatch(/^BilateralError \[INVALID_INPUT\]: province: province/);
    expect(shadow(element).querySelector('[role=alert]')).not.toBeNull();
    expect(shadow(element).querySelector('[part=summary]')).toBeNull();
  });

  it('draws the alert in the page’s language, as its other errors', async () => {
    const { element, detail } = await failure('province="Lao Ca" locale="vi"');
    expect(detail.error.issues[0]?.path).toEqual(['province']);
    expect(text($(element, '[role=alert]'))).toBe(
      'Không thể hiển thị số liệu cho biểu đồ này. Thiết lập của biểu đồ không phù hợp với số liệu được cung cấp.',
    );
  });

  it('names the data’s name of a listed province written otherwise: without marks, in another language, after the 2025 mergers', async () => {
    const named = async (attributes: string) =>
      (await failure(attributes)).detail.error.issues.map((issue) => issue.message);
    expect(await named('province="Quang Tri"')).toEqual([
      'province "Quang Tri": the data names it "Quảng Trị"',
    ]);
    expect(await named('province="广治" locale="zh"')).toEqual([
      'province "广治": the data names it "Quảng Trị"',
    ]);
    expect(await named('province="Khăm Muộn" country="LAO"')).toEqual([
      'province "Khăm Muộn": the data names it "Khammouane"',
    ]);
    // Thừa Thiên Huế became Huế on 1 January 2025, Kon Tum merged into Quảng Ngãi on 1 July: the
    // data lists the crossings by the provinces their sources name.
    expect(await named('province="Huế"')).toEqual([
      'province "Huế": the data lists its crossings by the provinces before 2025\'s mergers, "Thừa Thiên Huế"',
    ]);
    expect(await named('province="Quang Ngai"')).toEqual([
      'province "Quang Ngai": the data lists its crossings by the provinces before 2025\'s mergers, "Kon Tum"',
    ]);
  });

  it('says where a province of the other country is', async () => {
    const { detail } = await failure('province="Savannakhet"');
    expect(detail.error.issues[0]?.message).toBe(
      `province "Savannakhet" is no province of a listed crossing in VNM (provinces: ${VIETNAMESE}): Savannakhet is in LAO`,
    );
  });

  it('draws a border province with no crossing listed in it: none is listed there', async () => {
    // Oudomxay borders China with none listed (Luang Prabang did Vietnam until Na Son, h414).
    const element = mount(
      '<bilateral-gates dataset="laos-china" province="Oudomxay"></bilateral-gates>',
    );
    await loadEvent(element);
    await element.updateComplete;
    expect(text($(element, '[part=summary]'))).toBe(
      '0 crossings are listed on the Laos–China border, counted by Laos’ classes.',
    );
    // Its filter says which province counts none, not "All".
    const byProvince = shadow(element).querySelectorAll('select')[1] as HTMLSelectElement;
    expect(byProvince.selectedOptions[0]?.textContent?.trim()).toBe('Oudomxay');
  });

  it('refuses a province of the counted country that is not on this border (h408): Bokeo, on Laos’ borders with Myanmar and Thailand', async () => {
    const { element, detail } = await failure('country="LAO" province="Bokeo"');
    expect(detail.reason).toBe('compute');
    expect(detail.error.code).toBe('INVALID_INPUT');
    expect(detail.error.issues).toEqual([
      {
        path: ['province'],
        message:
          'province "Bokeo" is a province of LAO not on the VNM–LAO border (its provinces in LAO: ' +
          '"Attapeu", "Bolikhamxay", "Houaphanh", "Khammouane", "Luang Prabang", "Phongsaly", "Salavan", "Savannakhet", "Sekong", "Xiengkhouang")',
      },
    ]);
    expect(shadow(element).querySelector('[part=summary]')).toBeNull();
  });

  it('tells the two apart on the Laos–China border too, on either side (h408)', async () => {
    const { detail } = await failure('province="Savannakhet"', 'laos-china');
    expect(detail.error.issues).toEqual([
      {
        path: ['province'],
        message:
          'province "Savannakhet" is a province of LAO not on the LAO–CHN border (its provinces in LAO: "Luang Namtha", "Oudomxay", "Phongsaly")',
      },
    ]);
    // Oudomxay borders China with no crossing listed: 0 is what the data lists.
    const oudomxay = mount(
      '<bilateral-gates dataset="laos-china" province="Oudomxay"></bilateral-gates>',
    );
    await loadEvent(oudomxay);
    await oudomxay.updateComplete;
    expect(text($(oudomxay, '[part=summary]'))).toMatch(
      /^0 crossings are listed on the Laos–China border/,
    );
    // China's side: the data lists its crossings by province (Yunnan), not by prefecture.
    const prefecture = await failure('country="CHN" province="Xishuangbanna"', 'laos-china');
    expect(prefecture.detail.error.issues).toEqual([
      {
        path: ['province'],
        message:
          'province "Xishuangbanna": the data lists its crossings by the province it is in, "Yunnan"',
      },
    ]);
  });
});
