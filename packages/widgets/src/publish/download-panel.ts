/**
 * The download panel of a chart element, loaded on demand (`import()`) when a reader first opens
 * it, so that a page transfers none of it until then: the figure's data as CSV and as a
 * spreadsheet (`.xlsx`), its picture as SVG and PNG, and a citation to copy. A disclosure: the element's "Download" button
 * (`aria-expanded`) shows and hides it; Escape closes it and returns to that button.
 */
import type { Locale } from '@bilateral/core/calc';
import type { RenderContext } from '../base/bilateral-base.js';
import { collapsedText } from './collapsed-text.js';
import { figurePicture, pngOf } from './figure-picture.js';
import { fileName } from './file-name.js';
import { LOCALE_SEPARATORS, sheetTable } from './sheet-cells.js';
import { csvOf, csvTable, downloadRows } from './table-csv.js';
import { XLSX_TYPE, xlsxOf } from './table-xlsx.js';

/** What the panel needs from the element that opens it. */
export interface DownloadRequest {
  /** The element; its shadow root holds the figure. */
  readonly host: HTMLElement;
  /** What the element drew with (its language and dataset). */
  readonly context: RenderContext;
  /** The element's view; a `currency` in it means amounts, else counts (of crossings). */
  readonly view: unknown;
  /** The title shown. */
  readonly title: string;
  /** The publishers of the figures shown, all of them. */
  readonly publishers: readonly { readonly publisher: string }[];
  /**
   * The figure's data tables as the element draws them (gates: by class and by province), drawn
   * apart from the page (the same rows whether the reader has opened them or not), for the CSV;
   * none when it has none. The element draws them: the panel's chunk imports nothing of Lit.
   */
  readonly tables: () => ArrayLike<HTMLTableElement>;
}

/** The units of the figures, for the CSV's header, in the panel's language. */
function unitsOf({ view, context }: DownloadRequest): string {
  const currency = (view as { currency?: unknown } | null)?.currency;
  const words = WORDS[context.locale];
  return typeof currency === 'string' ? words.amounts(currency) : words.counts;
}

interface Words {
  readonly csv: string;
  /** The same table as the CSV's, as a spreadsheet (`.xlsx`). */
  readonly xlsx: string;
  readonly svg: string;
  readonly png: string;
  readonly cite: string;
  readonly copy: string;
  readonly copied: string;
  readonly select: string;
  readonly blocked: string;
  /** The citation's parts: "Data: …" and "Via Bilateral, <page>, retrieved <date>". */
  readonly data: (source: string) => string;
  readonly via: (page: string, date: string) => string;
  /** What ends each of the citation's sentences. */
  readonly stop: string;
  /** The names of the CSV's header lines, and what follows a name (": "). */
  readonly header: Readonly<
    Record<'title' | 'source' | 'citation' | 'units' | 'notes' | 'colon', string>
  >;
  /** The CSV's units: of amounts in a currency, or of counts of border crossings. */
  readonly amounts: (currency: string) => string;
  readonly counts: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    csv: 'Data (CSV)',
    xlsx: 'Table (Excel)',
    svg: 'Picture (SVG)',
    png: 'Picture (PNG)',
    cite: 'Cite this',
    copy: 'Copy',
    copied: 'Copied.',
    select: 'Selected: copy it with Ctrl+C or ⌘C.',
    blocked: 'This page does not allow the PNG to be made; the SVG is the same picture.',
    data: (source) => `Data: ${source}`,
    via: (page, date) => `Via Bilateral, ${page}, retrieved ${date}`,
    stop: '. ',
    header: {
      title: 'Title',
      source: 'Source',
      citation: 'Citation',
      units: 'Units',
      notes: 'Notes',
      colon: ': ',
    },
    amounts: (currency) => `amounts in ${currency}, scaled as each cell says; rates in per cent`,
    counts: 'numbers of border crossings',
  },
  vi: {
    csv: 'Dữ liệu (CSV)',
    xlsx: 'Bảng (Excel)',
    svg: 'Hình (SVG)',
    png: 'Hình (PNG)',
    cite: 'Trích dẫn',
    copy: 'Sao chép',
    copied: 'Đã sao chép.',
    select: 'Đã chọn: sao chép bằng Ctrl+C hoặc ⌘C.',
    blocked: 'Trang này không cho phép tạo tệp PNG; tệp SVG là cùng một hình.',
    data: (source) => `Dữ liệu: ${source}`,
    via: (page, date) => `Qua Bilateral, ${page}, truy cập ngày ${date}`,
    stop: '. ',
    header: {
      title: 'Tiêu đề',
      source: 'Nguồn',
      citation: 'Trích dẫn',
      units: 'Đơn vị',
      notes: 'Ghi chú',
      colon: ': ',
    },
    amounts: (currency) =>
      `giá trị bằng ${currency}, theo quy mô ghi trong từng ô; tỷ lệ tính bằng phần trăm`,
    counts: 'số cửa khẩu biên giới',
  },
  lo: {
    csv: 'ຂໍ້ມູນ (CSV)',
    xlsx: 'ຕາຕະລາງ (Excel)',
    svg: 'ຮູບ (SVG)',
    png: 'ຮູບ (PNG)',
    cite: 'ອ້າງອີງ',
    copy: 'ສຳເນົາ',
    copied: 'ສຳເນົາແລ້ວ.',
    select: 'ເລືອກແລ້ວ: ສຳເນົາດ້ວຍ Ctrl+C ຫຼື ⌘C.',
    blocked: 'ໜ້ານີ້ບໍ່ອະນຸຍາດໃຫ້ສ້າງ PNG; SVG ແມ່ນຮູບດຽວກັນ.',
    data: (source) => `ຂໍ້ມູນ: ${source}`,
    via: (page, date) => `ຜ່ານ Bilateral, ${page}, ເຂົ້າເບິ່ງວັນທີ ${date}`,
    stop: '. ',
    header: {
      title: 'ຫົວຂໍ້',
      source: 'ແຫຼ່ງຂໍ້ມູນ',
      citation: 'ການອ້າງອີງ',
      units: 'ຫົວໜ່ວຍ',
      notes: 'ໝາຍເຫດ',
      colon: ': ',
    },
    amounts: (currency) => `ມູນຄ່າເປັນ ${currency}, ຕາມຂະໜາດທີ່ແຕ່ລະຊ່ອງບອກ; ອັດຕາເປັນເປີເຊັນ`,
    counts: 'ຈຳນວນດ່ານຊາຍແດນ',
  },
  zh: {
    csv: '数据（CSV）',
    xlsx: '表格（Excel）',
    svg: '图片（SVG）',
    png: '图片（PNG）',
    cite: '引用',
    copy: '复制',
    copied: '已复制。',
    select: '已选中：请按 Ctrl+C 或 ⌘C 复制。',
    blocked: '本页不允许生成 PNG；SVG 是同一张图。',
    data: (source) => `数据：${source}`,
    via: (page, date) => `经 Bilateral，${page}，检索于 ${date}`,
    stop: '。',
    header: {
      title: '标题',
      source: '来源',
      citation: '引用',
      units: '单位',
      notes: '备注',
      colon: '：',
    },
    amounts: (currency) => `金额以${currency}计，按各单元格所示的量级；比率以百分比计`,
    counts: '边境口岸数量',
  },
};

/** The panel's styles, adopted by the element's shadow root when the panel first opens. */
const STYLES = `
.downloads {
  display: flex;
  flex-direction: column;
  gap: 0.5em;
  padding: 0.5em;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.5);
  font-size: 0.9em;
}
.downloads ul {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5em;
}
.downloads label {
  display: flex;
  flex-direction: column;
  gap: 0.25em;
}
.downloads textarea {
  font: inherit;
  color: var(--_text);
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.5);
  padding: 0.25em;
  resize: vertical;
}
.downloads textarea:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
.downloads p {
  margin: 0;
}
@media print {
  .downloads {
    display: none;
  }
}`;

let sheet: CSSStyleSheet | undefined;

/** The panel drawn for each element, with the language and title it was drawn for. */
const panels = new WeakMap<HTMLElement, { readonly key: string; readonly panel: HTMLElement }>();

/**
 * The text of the first element matching `selector` in `root`, each run of the white space a line
 * may break at one space: its no-break spaces and word joiners stay, so that the picture's lines
 * break where the page's do (not inside "Jan – Jul 2025"). The CSV collapses them too.
 */
function textOf(root: ParentNode, selector: string): string {
  return (root.querySelector(selector)?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Hands `blob` to the browser as a download named `name` (through a `blob:` URL). */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked once the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The figure's texts as the reader sees them. */
function texts(request: DownloadRequest, root: ShadowRoot) {
  const own = (request.host as { source?: string }).source?.trim();
  const source = own || request.publishers.map((p) => p.publisher).join('; ');
  const notes = textOf(root, '[part=notes]');
  const date = new Date().toISOString().slice(0, 10);
  // The page's canonical address where it gives one (no visit's query, such as a session or a
  // campaign), else the address it was loaded from.
  const where =
    document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href || location.href;
  const words = WORDS[request.context.locale];
  const citation = [request.title, source && words.data(source), words.via(where, date)]
    .filter(Boolean)
    .join(words.stop);
  return {
    title: request.title,
    summary: textOf(root, '[part=summary]'),
    notes,
    source: textOf(root, '[part=footer] .source'),
    sourceNames: source,
    // Copied and pasted elsewhere: plain spaces, not the title's joiners and no-break spaces.
    citation: collapsedText(`${citation}${words.stop.trim()}`),
  };
}

/**
 * What the figure's downloads of its data hold: the header lines naming the title, the source,
 * the citation, the units and the notes, in the element's language, and the data tables (a gates
 * element's two: by class and by province), each as `table` reads it.
 */
function figureData<Table>(
  request: DownloadRequest,
  table: (element: HTMLTableElement) => Table,
): {
  readonly header: string[];
  readonly tables: Table[];
} {
  const root = request.host.shadowRoot as ShadowRoot;
  const text = texts(request, root);
  const { header } = WORDS[request.context.locale];
  const line = (name: keyof typeof header, value: string) =>
    `${header[name]}${header.colon}${collapsedText(value)}`;
  return {
    header: [
      line('title', text.title),
      line('source', text.sourceNames),
      line('citation', text.citation),
      line('units', unitsOf(request)),
      ...(text.notes ? [line('notes', text.notes)] : []),
    ],
    tables: Array.from(request.tables(), table),
  };
}

/**
 * The figure's data tables as CSV, with a header naming the source, the citation and the units,
 * in the element's language; then each table after a blank line and a `# <caption>` line (a
 * gates element's two: by class and by province).
 */
function figureCsv(request: DownloadRequest): string {
  const { header, tables } = figureData(request, csvTable);
  return csvOf(header, tables);
}

/**
 * The same rows and cells as {@link figureCsv}'s, as a spreadsheet (`.xlsx`) of one sheet named
 * after the title (a second past Excel's 1,048,576 rows, `xlsxOf`): Excel opens a CSV with the system's list separator, `;` where the decimal mark
 * is a comma (Vietnamese Windows), and puts each row in one column; an `.xlsx` opens alike in
 * every locale. A cell the element gave its exact value (`data-value`) is a number, written as
 * the table writes it (`sheetTable`).
 */
function figureXlsx(request: DownloadRequest): Uint8Array<ArrayBuffer> {
  const separators = LOCALE_SEPARATORS[request.context.locale];
  const { header, tables } = figureData(request, (table) => sheetTable(table, separators));
  return xlsxOf(request.title, downloadRows(header, tables));
}

/** Adopts the panel's styles into `root` once (a constructed sheet: no inline style for CSP). */
function adoptStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** A new element `tag` of the page's document with `text` as its content. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** A button that runs `action` when pressed. */
function button(text: string, action: () => unknown): HTMLButtonElement {
  const node = make('button', text);
  node.type = 'button';
  node.addEventListener('click', action);
  return node;
}

/**
 * The panel, placed by the element after its buttons: four downloads, the citation in a
 * read-only text box with a Copy button, and a status line. Built with DOM methods (no markup
 * parsed, so Trusted Types have nothing to check), once per element, language and title.
 */
export function downloadPanel(request: DownloadRequest): HTMLElement {
  const { host, title } = request;
  const { locale } = request.context;
  const root = host.shadowRoot as ShadowRoot;
  adoptStyles(root);
  const key = `${locale} ${title}`;
  const drawn = panels.get(host);
  if (drawn?.key === key) return drawn.panel;
  const words = WORDS[locale];
  const status = make('p');
  status.setAttribute('role', 'status');
  const picture = () => figurePicture(root, texts(request, root));
  const box = make('textarea');
  box.id = 'citation';
  box.readOnly = true;
  box.rows = 3;
  box.value = texts(request, root).citation;
  const label = make('label', words.cite);
  label.append(box);
  const list = make('ul');
  for (const [text, action] of [
    [
      words.csv,
      () => save(new Blob([figureCsv(request)], { type: 'text/csv' }), fileName(title, 'csv')),
    ],
    [
      words.xlsx,
      () => save(new Blob([figureXlsx(request)], { type: XLSX_TYPE }), fileName(title, 'xlsx')),
    ],
    [
      words.svg,
      () => save(new Blob([picture().svg], { type: 'image/svg+xml' }), fileName(title, 'svg')),
    ],
    [
      words.png,
      () =>
        pngOf(picture()).then(
          (blob) => save(blob, fileName(title, 'png')),
          () => {
            status.textContent = words.blocked;
          },
        ),
    ],
  ] as const) {
    const item = make('li');
    item.append(button(text, action));
    list.append(item);
  }
  const copy = make('div');
  copy.append(
    button(words.copy, async () => {
      try {
        await navigator.clipboard.writeText(box.value);
        status.textContent = words.copied;
      } catch {
        box.focus();
        box.select();
        status.textContent = words.select;
      }
    }),
  );
  const panel = make('div');
  panel.id = 'downloads';
  panel.className = 'downloads';
  panel.setAttribute('part', 'downloads');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-labelledby', 'download-toggle');
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    // The Download button closes the panel; focus goes back to it.
    const toggle = root.querySelector<HTMLElement>('#download-toggle');
    toggle?.click();
    toggle?.focus();
  });
  panel.append(list, label, copy, status);
  panels.set(host, { key, panel });
  return panel;
}
