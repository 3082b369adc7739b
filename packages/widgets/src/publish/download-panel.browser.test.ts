import { parse } from 'csv-parse/browser/esm/sync';
import { unzipSync } from 'fflate/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  type AnyElement,
  expectAccessible,
  LOADS,
  mountLoaded,
  openTable,
  shadow,
  text,
} from '../__tests__/helpers.js';
import '../all.js';
import { collapsedText } from './collapsed-text.js';
import { tableRows } from './table-csv.js';

const CHARTS = ['bilateral-growth', 'bilateral-balance', 'bilateral-target', 'bilateral-gates'];

/** The blobs handed to URL.createObjectURL while `action` runs and until `count` have come. */
async function blobsOf(action: () => unknown, count = 1): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    if (object instanceof Blob) blobs.push(object);
    return create(object);
  });
  // The download link's click would start a real download: the test reads the blob instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await action();
  await vi.waitFor(() => expect(blobs.length).toBeGreaterThanOrEqual(count), LOADS);
  return blobs;
}

/**
 * The rows of CSV `text` as a spreadsheet reads them: RFC 4180 (a quote inside an unquoted field
 * is an error), rows of any number of fields.
 */
const rowsOf = (text: string): string[][] => parse(text, { relax_column_count: true });

/** The CSV's header lines (before its first blank line), each of which must be one field. */
function headerOf(text: string): string[] {
  const rows = rowsOf(text.slice(0, text.indexOf('\r\n\r\n')));
  // A spreadsheet has no comment lines: a header line split at a comma would fill several cells.
  expect(rows.map((row) => row.length)).toEqual(rows.map(() => 1));
  return rows.map(([line]) => line as string);
}

async function openPanel(element: AnyElement): Promise<HTMLElement> {
  $(element, '[part=download]').click();
  await vi.waitFor(() => expect(shadow(element).querySelector('#downloads')).not.toBeNull(), LOADS);
  return $(element, '#downloads');
}

/** The first element matching `selector` in the panel. */
function inPanel<T extends Element = HTMLElement>(panel: HTMLElement, selector: string): T {
  const found = panel.querySelector<T>(selector);
  if (found === null) throw new Error(`no ${selector} in the panel`);
  return found;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the CSV in another language (QA h120 F12)', () => {
  it('names its header lines and units in the element’s language, as its rows are', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" locale="vi"></bilateral-growth>',
    );
    const panel = await openPanel(element);
    const [blob] = await blobsOf(() => inPanel(panel, 'li:nth-child(1) button').click());
    const text = await (blob as Blob).text();
    const header = headerOf(text);
    expect(header.map((line) => line.split(':')[0])).toEqual([
      '# Tiêu đề',
      '# Nguồn',
      '# Trích dẫn',
      '# Đơn vị',
    ]);
    expect(header[3]).toBe(
      '# Đơn vị: giá trị bằng USD, theo quy mô ghi trong từng ô; tỷ lệ tính bằng phần trăm',
    );
    expect(text).toContain('giá trị 2017 ÷ (1 + 8,5%)');
    expect(text).not.toMatch(/Units|value ÷/);
  });
});

describe.each(CHARTS)('<%s> downloads', (tag) => {
  it('opens with the keyboard, focuses its first button, is axe clean, and Escape returns', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    const toggle = $(element, '[part=download]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(element).querySelector('#downloads')).toBeNull();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(
      () => expect(shadow(element).querySelector('#downloads')).not.toBeNull(),
      LOADS,
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('downloads');
    await vi.waitFor(
      () => expect(shadow(element).activeElement?.textContent).toBe('Data (CSV)'),
      LOADS,
    );
    await expectAccessible(element);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(shadow(element).querySelector('#downloads')).toBeNull(), LOADS);
    expect(shadow(element).activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('downloads a CSV whose rows are the data table’s (unopened), after a header naming source, citation and units', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    const panel = await openPanel(element);
    const [blob] = await blobsOf(() => inPanel(panel, 'li:nth-child(1) button').click());
    expect(blob?.type).toBe('text/csv');
    // A byte order mark first (Blob.text() drops it when it decodes), for spreadsheets.
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await (blob as Blob).text();
    // The header, then each table after a blank line and a `# <caption>` line.
    const header = headerOf(text);
    const [, ...blocks] = text.split('\r\n\r\n');
    expect(header.map((line) => line.split(':')[0])).toEqual([
      '# Title',
      '# Source',
      '# Citation',
      '# Units',
    ]);
    expect(header[1]).toMatch(/^# Source: \S/);
    // The citation as "Cite this" gives it ("…. Via Bilateral, <page>, retrieved <date>."): one cell.
    expect(header[2]).toBe(`# Citation: ${inPanel<HTMLTextAreaElement>(panel, 'textarea').value}`);
    // Plain spaces, as in its rows: no no-break space or joiner of a span of months in the title.
    expect(header.filter((line) => /[\u00a0\u2060\ufeff]/.test(line))).toEqual([]);
    // The tables were never opened: the CSV drew them apart; opened, they show the same rows.
    expect(shadow(element).querySelector('[part=table]')).toBeNull();
    await openTable(element);
    const tables = [...shadow(element).querySelectorAll('[part=table] table')];
    // Gates draw two tables (by class, by province: QA h135 Q5), the others one.
    expect(blocks.length).toBe(tag === 'bilateral-gates' ? 2 : 1);
    expect(tables.length).toBe(blocks.length);
    blocks.forEach((block, index) => {
      const table = tables[index] as HTMLTableElement;
      const [caption, ...rows] = rowsOf(block);
      expect(caption).toEqual([`# ${collapsedText(table.caption?.textContent ?? '')}`]);
      expect(rows).toEqual(tableRows(table));
      expect(rows.length).toBe(table.rows.length);
    });
  });

  it('downloads an SVG picture that parses, with the title and the chart’s width', async () => {
    const element = await mountLoaded(
      `<${tag} dataset="vietnam-laos" title="An own title"></${tag}>`,
    );
    const panel = await openPanel(element);
    const [blob] = await blobsOf(() => inPanel(panel, 'li:nth-child(3) button').click());
    expect(blob?.type).toBe('image/svg+xml');
    const svg = new DOMParser().parseFromString(await (blob as Blob).text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    const root = svg.documentElement;
    expect(root.localName).toBe('svg');
    const chart = $<SVGSVGElement>(element, '[part=chart] svg');
    expect(Number(root.getAttribute('width'))).toBe(chart.width.baseVal.value + 32);
    expect(root.querySelector('title')?.textContent).toBe('An own title');
    // One image named by its title: the chart inside is part of it, not a second unnamed image.
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toContain('An own title');
    // Colours are written on the picture's elements: it needs no stylesheet.
    expect(root.querySelector('[class]')).toBeNull();
    expect(root.querySelector('svg [fill^="rgb"]')).not.toBeNull();
    // The file is the picture alone: none of the page's template markers (Lit's comments).
    const comments = svg.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode()).toBeNull();
  });

  it('downloads a PNG of twice the picture’s size', async () => {
    const element = await mountLoaded(`<${tag} dataset="vietnam-laos"></${tag}>`);
    const panel = await openPanel(element);
    const blobs = await blobsOf(() => inPanel(panel, 'li:nth-child(4) button').click(), 2);
    const [svg, png] = blobs as [Blob, Blob];
    expect(png.type).toBe('image/png');
    const picture = new DOMParser().parseFromString(await svg.text(), 'image/svg+xml');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(2 * Number(picture.documentElement.getAttribute('width')));
    expect(bitmap.height).toBe(2 * Number(picture.documentElement.getAttribute('height')));
  });
});

/** The files saved while `action` runs, until `count` have come: each blob and its name. */
async function savedOf(action: () => unknown, count = 1): Promise<{ blob: Blob; name: string }[]> {
  const names: string[] = [];
  const blobs = await blobsOf(() => {
    vi.mocked(HTMLAnchorElement.prototype.click).mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    return action();
  }, count);
  return blobs.map((blob, index) => ({ blob, name: names[index] as string }));
}

/** A number cell of a worksheet: its value and its number format's code. */
interface SheetNumber {
  readonly value: string;
  readonly format: string;
}

/**
 * The rows of the one worksheet of an `.xlsx`: each text cell's text (an inline string), each
 * number cell's value and format (through its style in `xl/styles.xml`).
 */
async function sheetOf(blob: Blob): Promise<(string | SheetNumber)[][]> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const part = (path: string) => {
    const xml = new TextDecoder().decode(files[path]);
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.querySelector('parsererror')).toBeNull();
    return document;
  };
  const styles = part('xl/styles.xml');
  const codes = new Map(
    [...styles.getElementsByTagName('numFmt')].map((format) => [
      format.getAttribute('numFmtId'),
      format.getAttribute('formatCode') as string,
    ]),
  );
  const xfs = [...(styles.getElementsByTagName('cellXfs')[0]?.children ?? [])];
  return [...part('xl/worksheets/sheet1.xml').getElementsByTagName('row')].map((row) =>
    [...row.getElementsByTagName('c')].map((cell) => {
      if (cell.getAttribute('t') === 'inlineStr') {
        return cell.getElementsByTagName('t')[0]?.textContent ?? '';
      }
      expect(cell.getAttribute('t')).toBeNull();
      const xf = xfs[Number(cell.getAttribute('s'))];
      const format = codes.get(xf?.getAttribute('numFmtId') ?? '');
      expect(format).toBeDefined();
      return {
        value: cell.getElementsByTagName('v')[0]?.textContent as string,
        format,
      } as SheetNumber;
    }),
  );
}

const EXCEL = {
  en: 'Table (Excel)',
  vi: 'Bảng (Excel)',
  lo: 'ຕາຕະລາງ (Excel)',
  zh: '表格（Excel）',
};

describe.each(Object.entries(EXCEL))('the spreadsheet in %s', (locale, words) => {
  it('comes after the CSV, by the keyboard too, and holds its cells (gates: both tables)', async () => {
    const element = await mountLoaded(
      `<bilateral-gates dataset="vietnam-laos" locale="${locale}"></bilateral-gates>`,
    );
    const panel = await openPanel(element);
    await vi.waitFor(
      () => expect(shadow(element).activeElement?.textContent).toMatch(/CSV/),
      LOADS,
    );
    const [csv, xlsx] = (await savedOf(async () => {
      inPanel(panel, 'li:nth-child(1) button').click();
      await userEvent.keyboard('{Tab}');
      expect(shadow(element).activeElement?.textContent).toBe(words);
      await userEvent.keyboard('{Enter}');
    }, 2)) as [{ blob: Blob; name: string }, { blob: Blob; name: string }];
    expect(xlsx.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.name).toBe(csv.name.replace(/\.csv$/, '.xlsx'));
    expect(xlsx.name).toMatch(/^[\p{L}\p{M}\p{N}-]+\.xlsx$/u);
    // Cell for cell the CSV's rows (an empty row where the CSV has a blank line); a count a
    // number (the CSV's digits, its group marks left out), shown with group marks.
    const rows = rowsOf(await csv.blob.text()).map((row) =>
      row.length === 1 && row[0] === '' ? [] : row,
    );
    const counts = rows.map((row) =>
      row.map((cell) => (/^\d[\d.,]*$/.test(cell) ? cell.replace(/\D/g, '') : cell)),
    );
    const sheet = await sheetOf(xlsx.blob);
    expect(
      sheet.map((row) =>
        row.map((cell) => {
          if (typeof cell === 'string') return cell;
          expect(cell.format).toBe('#,##0;"−"#,##0');
          return cell.value;
        }),
      ),
    ).toEqual(counts);
    expect(sheet.flat().filter((cell) => typeof cell !== 'string').length).toBeGreaterThan(10);
    // Gates: the header, then two tables, each after an empty row and its caption.
    expect(rows.filter((row) => row.length === 0)).toHaveLength(2);
  });
});

describe('the picture of a figure with a span of months', () => {
  it.each([
    ['en', 'Jan – Jul 2025'],
    ['vi', 'thg 1 – thg 7 2025'],
  ])('keeps the span on one line, as the page does (%s; review h175 A4)', async (locale, span) => {
    for (const width of [280, 330, 390]) {
      const element = await mountLoaded(
        `<bilateral-balance dataset="vietnam-laos" locale="${locale}"></bilateral-balance>`,
        width,
      );
      expect(text($(element, '[part=summary]'))).toContain(span);
      const panel = await openPanel(element);
      const [blob] = await blobsOf(() => inPanel(panel, 'li:nth-child(3) button').click());
      const picture = new DOMParser().parseFromString(await (blob as Blob).text(), 'image/svg+xml');
      // The title's, summary's, notes' and source's lines (the chart's own texts are inside it).
      const lines = [...picture.documentElement.querySelectorAll(':scope > text')].map((line) =>
        collapsedText(line.textContent ?? ''),
      );
      expect(lines.join(' ')).toContain(span);
      const split = lines
        .slice(1)
        .map((line, index) => `${lines[index]} / ${line}`)
        .filter((pair) => pair.replace(' / ', ' ').includes(span) && !pair.includes(span));
      expect([width, split]).toEqual([width, []]);
      vi.restoreAllMocks();
    }
  });
});

describe.each([280, 390])('the panel at %i px', (width) => {
  it('fits the element and is axe clean, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await mountLoaded(
        `<bilateral-growth dataset="vietnam-laos" theme="${theme}"></bilateral-growth>`,
        width,
      );
      const panel = await openPanel(element);
      expect(panel.getBoundingClientRect().right).toBeLessThanOrEqual(
        element.getBoundingClientRect().right,
      );
      expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
      await expectAccessible(element);
    }
  });
});

describe('the citation', () => {
  it('names the title, the sources and the page, and copies (or selects) it', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
    );
    const panel = await openPanel(element);
    const box = inPanel<HTMLTextAreaElement>(panel, 'textarea');
    expect(box.readOnly).toBe(true);
    expect(box.value).toMatch(/^Vietnam–Laos turnover\. Data: \S.*\. Via Bilateral, http/);
    expect(box.value).toContain(location.href);
    // Every publisher, not the footer's "and 3 more".
    expect(box.value).not.toMatch(/and \d+ more/);
    expect(box.value.split('; ').length).toBeGreaterThan(2);
    inPanel(panel, 'div > button').click();
    await vi.waitFor(
      () => expect(inPanel(panel, '[role=status]').textContent).toMatch(/Copied|Selected/),
      LOADS,
    );
  });

  it('names the page’s canonical address where the page gives one', async () => {
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = 'https://example.org/trade/vietnam-laos';
    document.head.append(canonical);
    try {
      const element = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
      );
      const box = inPanel<HTMLTextAreaElement>(await openPanel(element), 'textarea');
      expect(box.value).toMatch(
        /\. Via Bilateral, https:\/\/example\.org\/trade\/vietnam-laos, retrieved \d{4}-\d{2}-\d{2}\.$/,
      );
      expect(box.value).not.toContain(location.href);
      // A relative address is cited as the absolute one it names, never as written.
      canonical.setAttribute('href', '/trade/vietnam-laos?lang=en');
      const again = await mountLoaded(
        '<bilateral-growth dataset="vietnam-laos"></bilateral-growth>',
      );
      expect(inPanel<HTMLTextAreaElement>(await openPanel(again), 'textarea').value).toContain(
        `, ${location.origin}/trade/vietnam-laos?lang=en, retrieved `,
      );
    } finally {
      canonical.remove();
    }
  });

  it('is copied with plain spaces, not the joiners that keep a span of months on one line', async () => {
    for (const [locale, span] of [
      ['en', 'Jan – Jul 2025'],
      ['vi', 'thg 1 – thg 7 2025'],
    ] as const) {
      const element = await mountLoaded(
        `<bilateral-balance dataset="vietnam-laos" locale="${locale}"></bilateral-balance>`,
      );
      // The title on the page keeps them (its span does not break).
      expect($(element, '[part=title]').textContent).toMatch(/\u2060\u00a0/);
      const citation = inPanel<HTMLTextAreaElement>(await openPanel(element), 'textarea').value;
      expect(citation).toContain(span);
      expect(citation.match(/[\u00a0\u2060\ufeff]/g)).toBeNull();
    }
  });

  it('is in the element’s language', async () => {
    const element = await mountLoaded(
      '<bilateral-balance dataset="vietnam-laos" locale="vi"></bilateral-balance>',
    );
    expect($(element, '[part=download]').textContent?.trim()).toBe('Tải xuống');
    const panel = await openPanel(element);
    expect([...panel.querySelectorAll('li button')].map((button) => button.textContent)).toEqual([
      'Dữ liệu (CSV)',
      'Bảng (Excel)',
      'Hình (SVG)',
      'Hình (PNG)',
    ]);
    expect(inPanel<HTMLTextAreaElement>(panel, 'textarea').value).toMatch(
      /\. Dữ liệu: \S.*\. Qua Bilateral, http.*, truy cập ngày \d{4}-\d{2}-\d{2}\.$/,
    );
  });

  it('writes the citation with Chinese full stops in Chinese', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" locale="zh"></bilateral-growth>',
    );
    const panel = await openPanel(element);
    expect(inPanel<HTMLTextAreaElement>(panel, 'textarea').value).toMatch(
      /。数据：\S.*。经 Bilateral，http.*，检索于 \d{4}-\d{2}-\d{2}。$/,
    );
  });

  it('is not offered in static mode', async () => {
    const element = await mountLoaded(
      '<bilateral-growth dataset="vietnam-laos" static></bilateral-growth>',
    );
    expect(shadow(element).querySelector('[part=download]')).toBeNull();
  });
});

/** The scale words of English amounts. */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

describe.each(Object.keys(EXCEL))('the spreadsheet’s numbers in %s', (locale) => {
  it('are the growth table’s values and rates, each shown as the table shows it', async () => {
    const element = await mountLoaded(
      `<bilateral-growth dataset="vietnam-laos" locale="${locale}"></bilateral-growth>`,
    );
    const panel = await openPanel(element);
    const [csv, xlsx] = (await savedOf(async () => {
      inPanel(panel, 'li:nth-child(1) button').click();
      inPanel(panel, 'li:nth-child(2) button').click();
    }, 2)) as [{ blob: Blob; name: string }, { blob: Blob; name: string }];
    // The table's rows: after its caption (the last `# ` row) and its column heads.
    const all = rowsOf(await csv.blob.text());
    const start = all.length - [...all].reverse().findIndex((row) => row[0]?.startsWith('# ')) + 1;
    const texts = all.slice(start);
    const cells = (await sheetOf(xlsx.blob)).slice(start);
    expect(cells.length).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(3);
    const [decimal, group] = locale === 'vi' || locale === 'lo' ? [',', '.'] : ['.', ','];
    /** The number a text shows, in its language's marks. */
    const shown = (text: string) => {
      const digits = /\d[\d.,]*/.exec(text)?.[0] ?? '';
      return Number(digits.replaceAll(group, '').replace(decimal, '.'));
    };
    cells.forEach((row, index) => {
      const [period, value, rate] = row;
      const [, valueText = '', rateText = ''] = texts[index] as string[];
      expect(period).toBe(texts[index]?.[0]);
      // Chinese amounts are written in 亿 (10⁸), which no number format writes: they stay texts.
      if (locale === 'zh') expect(value).toBe(valueText);
      else {
        const amount = value as SheetNumber;
        expect(typeof amount).toBe('object');
        // The format keeps the words around the number (the currency, the scale).
        expect(amount.format).toContain(valueText.replace(/^.*\d/, ''));
        if (locale === 'en') {
          const scale = SCALES[valueText.replace(/^.*\d /, '')] ?? 1;
          const decimals = valueText.replace(/^[^.]*\.?/, '').replace(/\D.*/, '').length;
          expect(Math.abs(Number(amount.value) / scale - shown(valueText))).toBeLessThanOrEqual(
            0.5 * 10 ** -decimals + 1e-9,
          );
        }
      }
      // A rate rounded coarser than a format can (`about +30 %` of +33.3 %) stays a text.
      if (typeof rate === 'string' || rate === undefined) expect(rate).toBe(rateText);
      else {
        expect(rate.format).toContain('%');
        const decimals = rateText.split(decimal)[1]?.replace(/\D.*/, '').length ?? 0;
        expect(Math.abs(Math.abs(Number(rate.value)) * 100 - shown(rateText))).toBeLessThanOrEqual(
          0.5 * 10 ** -decimals + 1e-9,
        );
      }
    });
    // Every rate the table writes to its digits (not said to be "about") is a number.
    texts.forEach((row, index) => {
      if (/^[+\u2212]?\d/.test(row[2] ?? '')) expect(typeof cells[index]?.[2]).toBe('object');
    });
    expect(cells.filter((row) => typeof row[2] !== 'string').length).toBeGreaterThan(4);
  });
});

describe('a figure published as a lower bound in the downloads', () => {
  // The Star: Laos' exports to Vietnam in H1 2023 were "more than US$565 million". The CSV writes
  // the table's "more than" text, the spreadsheet the published 565 million shown with it.
  it.each([
    ['en', 'more than US$565 million'],
    ['vi', 'hơn 565 triệu USD'],
  ])('says "more than" in %s', async (locale, words) => {
    const element = await mountLoaded(
      `<bilateral-growth dataset="vietnam-laos" reporter="LAO" partner="VNM" measure="export" period-kind="half" locale="${locale}"></bilateral-growth>`,
    );
    const panel = await openPanel(element);
    const [csv, xlsx] = (await savedOf(async () => {
      inPanel(panel, 'li:nth-child(1) button').click();
      inPanel(panel, 'li:nth-child(2) button').click();
    }, 2)) as [{ blob: Blob; name: string }, { blob: Blob; name: string }];
    const plain = (cell: string | undefined) => cell?.replace(/\u00a0/gu, ' ');
    const rows = rowsOf(await csv.blob.text());
    const at = rows.findIndex((row) => plain(row[1])?.includes(words));
    expect(at).toBeGreaterThan(0);
    const cell = (await sheetOf(xlsx.blob))[at]?.[1] as SheetNumber;
    expect(cell.value).toBe('565000000');
    expect(cell.format).toContain(locale === 'en' ? 'more than' : 'hơn');
  });
});

describe('the spreadsheet’s sheet name', () => {
  it.each([
    ['History', 'Bilateral'],
    [`${'ກ'.repeat(29)}ກ່ີ: ຕາມແຂວງ`, 'ກ'.repeat(29)],
    ['Trade [2024]: 𠀀𠀀', 'Trade 2024 𠀀𠀀'],
  ])('is the title %j as Excel takes a name: %j', async (title, name) => {
    const element = await mountLoaded(
      `<bilateral-gates dataset="vietnam-laos" title="${title}"></bilateral-gates>`,
    );
    const panel = await openPanel(element);
    const [xlsx] = (await savedOf(() => inPanel(panel, 'li:nth-child(2) button').click())) as [
      { blob: Blob; name: string },
    ];
    const files = unzipSync(new Uint8Array(await xlsx.blob.arrayBuffer()));
    const workbook = new DOMParser().parseFromString(
      new TextDecoder().decode(files['xl/workbook.xml']),
      'application/xml',
    );
    const sheets = [...workbook.getElementsByTagName('sheet')];
    expect(sheets.map((sheet) => sheet.getAttribute('name'))).toEqual([name]);
  });
});

describe('a spreadsheet with a header line longer than a cell holds', () => {
  it('runs it on into the cells to its right, as the CSV holds it whole', async () => {
    const title = `A${'x'.repeat(40_000)}`;
    const element = await mountLoaded(
      `<bilateral-gates dataset="vietnam-laos" title="${title}"></bilateral-gates>`,
    );
    const panel = await openPanel(element);
    const [csv, xlsx] = (await savedOf(async () => {
      inPanel(panel, 'li:nth-child(1) button').click();
      inPanel(panel, 'li:nth-child(2) button').click();
    }, 2)) as [{ blob: Blob; name: string }, { blob: Blob; name: string }];
    const [line] = rowsOf(await csv.blob.text())[0] as string[];
    expect(line).toBe(`# Title: ${title}`);
    const [first] = await sheetOf(xlsx.blob);
    expect(first?.map((cell) => (cell as string).length)).toEqual([32_767, 40_010 - 32_767]);
    expect(first?.join('')).toBe(line);
  });
});
