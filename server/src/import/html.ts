// Web pages as government sites publish them, and HTML on the clipboard from Word, WPS or a browser.
// The page is parsed with parse5 (the WHATWG algorithm browsers use, so CMS tag soup is read as a browser
// reads it); nothing in it is executed and nothing it links to is fetched. The article body is the deepest
// element holding nearly all of the page's text outside links, which leaves navigation, metadata tables,
// scripts and footers behind; the report title and the 发布机构/公开日期/索引号 fields of the page's info
// table are kept as the first lines. Paragraphs become lines; tables become pipe tables (gridText.ts).
// Every walk over the tree is iterative: a page nested 100 000 levels deep does not exhaust the stack.
import { parse } from 'parse5';
import { tableToBlocks } from './gridText';
import type { SourceCell } from './pipeTable';
import { decodeCharset, decodeGbLenient, decodeText } from './text';
import { ImportError, type Importer, type SourceAnchor } from './types';

/** The parts of parse5's tree read here. */
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
}

/** Larger pages are refused (index.ts applies the same cap before reading them): a report page is well under 2 MB. */
export const MAX_HTML_BYTES = 16 * 1024 * 1024;

/** Elements whose content is never report text. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'map', 'nav', 'footer', 'aside', 'form', 'select', 'button', 'input',
  'textarea', 'title', 'meta', 'link', 'img',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'br',
]);

const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const children = (node: HtmlNode) => node.childNodes ?? [];

function isHidden(node: HtmlNode): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(node, 'style') ?? '') || attr(node, 'hidden') !== undefined;
}

const skipped = (node: HtmlNode) => SKIPPED.has(node.nodeName) || isHidden(node);

/** Elements in document order (pre-order), skipping the content of skipped elements. */
function* elements(root: HtmlNode): Generator<HtmlNode> {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.nodeName.startsWith('#') && node.nodeName !== '#document') || skipped(node)) continue;
    yield node;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

// ---- text ----

/** A CJK character or full-width punctuation: the spaces markup leaves between two of them are not text. */
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');
const CJK_END = new RegExp(`[${CJK}]$`);
const CJK_START = new RegExp(`^[${CJK}]`);

function tidy(line: string): string {
  return line.replace(SPACE_BETWEEN_CJK, '').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

/** Lines of a cell joined into one: nothing between CJK ("商业" + "企业"), a space otherwise. */
function joinCellLines(lines: string[]): string {
  let out = '';
  for (const line of lines) out += out && !(CJK_END.test(out) && CJK_START.test(line)) ? ` ${line}` : line;
  return out;
}

/**
 * A line of an element's text and where the reader sees it: the n-th paragraph (heading, list item…) or the
 * n-th table and, for each line that is a table row, its row among the table's visible rows.
 */
interface HtmlBlock {
  text: string;
  paragraph?: number;
  table?: number;
  /** A caption: its row; a pipe table: the row of each body line. */
  rows?: number[];
  pipe?: boolean;
}

/** The lines of an element's content (see blocksOf). */
function linesOf(root: HtmlNode): string[] {
  return blocksOf(root).map((b) => b.text);
}

/**
 * The lines of an element's content: paragraphs, headings and list items one a line, tables as pipe tables.
 * Text inside links counts: in an article body a link is part of a sentence.
 */
function blocksOf(root: HtmlNode): HtmlBlock[] {
  const lines: HtmlBlock[] = [];
  let current = '';
  let paragraphs = 0;
  let tables = 0;
  const flush = () => {
    const line = tidy(current);
    if (line) lines.push({ text: line, paragraph: ++paragraphs });
    current = '';
  };
  // Pre-order with an explicit stack; a `null` entry marks the end of a block.
  const stack: Array<HtmlNode | null> = [...children(root)].reverse();
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeName === '#text') {
      current += (node.value ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    if (node.nodeName.startsWith('#') || skipped(node)) continue;
    if (node.nodeName === 'table' && isDataTable(node)) {
      flush();
      const table = ++tables;
      lines.push(...tableToBlocks(tableRows(node)).map((b) => ({ text: b.text, table, rows: b.rows, pipe: b.pipe })));
      continue;
    }
    if (BLOCKS.has(node.nodeName)) {
      flush();
      stack.push(null);
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return lines;
}

// ---- tables ----

/** The rows of a table, not of the tables nested in it. */
function rowElements(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  const stack = [...children(table)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === 'tr') rows.push(node);
    else if (['tbody', 'thead', 'tfoot'].includes(node.nodeName)) stack.push(...[...children(node)].reverse());
  }
  return rows;
}

/** A table of figures, not one that lays out the page: no table inside it, more than one column somewhere. */
function isDataTable(table: HtmlNode): boolean {
  for (const el of elements(table)) if (el !== table && el.nodeName === 'table') return false;
  return rowElements(table).some((tr) => children(tr).filter((c) => c.nodeName === 'td' || c.nodeName === 'th').length > 1);
}

const span = (value: string | undefined) => Math.min(1000, Math.max(1, Number.parseInt(value ?? '1', 10) || 1));

function tableRows(table: HtmlNode): SourceCell[][] {
  return rowElements(table)
    .filter((tr) => !isHidden(tr))
    .map((tr) =>
      children(tr)
        .filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
        .map((td) => ({ text: joinCellLines(linesOf(td)), rowSpan: span(attr(td, 'rowspan')), colSpan: span(attr(td, 'colspan')) })),
    );
}

// ---- the article in the page ----

/** Class or id names of page chrome: their text does not count towards finding the article. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|crumbs?|breadcrumbs?|position|location|footer|foot|header|share|sidebar|copyright|banner|search|login|links?|toolbar)([\s_-]|$)/i;
const isChrome = (el: HtmlNode) => CHROME.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`);

/** The non-blank characters of each element's text outside links, chrome and skipped elements, computed bottom-up. */
function contentSizes(root: HtmlNode): Map<HtmlNode, number> {
  const sizes = new Map<HtmlNode, number>();
  const order = [...elements(root)];
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    let size = 0;
    for (const c of children(el)) {
      if (c.nodeName === '#text') size += (c.value ?? '').replace(/[\s\u00a0\u3000]/g, '').length;
      else size += sizes.get(c) ?? 0;
    }
    sizes.set(el, el.nodeName === 'a' || el.nodeName === 'header' || isChrome(el) ? 0 : size);
  }
  return sizes;
}

/** The deepest element that holds at least this share of the page's text: the article without the page around it. */
const BODY_SHARE = 0.8;

function findBody(body: HtmlNode, sizes: Map<HtmlNode, number>): HtmlNode {
  const total = sizes.get(body) ?? 0;
  let best = body;
  for (;;) {
    // A table of figures is read whole, never one of its rows.
    if (best.nodeName === 'table' && isDataTable(best)) return best;
    // Only elements that hold text count (skipped elements and text nodes have no size).
    const next = children(best).find((c) => (sizes.get(c) ?? 0) > 0 && sizes.get(c)! >= total * BODY_SHARE);
    if (!next) return best;
    best = next;
  }
}

const TITLE_LIKE = /报告|年报/;
const textOf = (el: HtmlNode) => joinCellLines(linesOf({ nodeName: 'div', childNodes: [el] }));

/**
 * The text of a small element (a title, a field of the info table); undefined when the element holds more
 * than a few hundred nodes, so that looking at every heading or row of a page nested 100 000 deep stays linear.
 */
function shortTextOf(el: HtmlNode, maxNodes = 300): string | undefined {
  const stack = [el];
  for (let seen = 0; stack.length; seen++) {
    if (seen > maxNodes) return undefined;
    stack.push(...children(stack.pop()!));
  }
  return textOf(el);
}

/**
 * The report title when the article does not begin with it: the last heading (h1–h6, or an element whose class
 * or id says title) before the article that names a report; else the page's <title> up to " - site name".
 */
function titleBefore(order: HtmlNode[], articleIndex: number, doc: HtmlNode): string | undefined {
  for (let i = articleIndex - 1; i >= 0; i--) {
    const el = order[i];
    const heading = /^h[1-6]$/.test(el.nodeName) || /title/i.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`);
    if (!heading) continue;
    const text = shortTextOf(el);
    if (text !== undefined && TITLE_LIKE.test(text) && text.length <= 100) return text;
  }
  const stack = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === 'title') return tidy(children(node).map((c) => c.value ?? '').join('').split(/\s[-_|–—]\s|[-_|](?=[^-_|]*$)/)[0]) || undefined;
    if (node.nodeName !== 'body') stack.push(...children(node));
  }
  return undefined;
}

/** The page's info table (名称/索引号/发布机构/公开日期) as one line, in the order the fields are usually read. */
const INFO_FIELDS = ['发布机构', '公开日期', '发布日期', '成文日期', '索引号'];

function infoLine(order: HtmlNode[], articleIndex: number): string | undefined {
  const fields = new Map<string, string>();
  for (const el of order.slice(0, articleIndex)) {
    if (el.nodeName !== 'tr') continue;
    const cells = children(el).filter((c) => c.nodeName === 'td' || c.nodeName === 'th').map((c) => shortTextOf(c) ?? '');
    for (let i = 0; i + 1 < cells.length; i++) {
      const label = cells[i].replace(/[\s:：]/g, '');
      if (INFO_FIELDS.includes(label) && cells[i + 1] && !fields.has(label)) fields.set(label, cells[i + 1]);
    }
  }
  const parts = INFO_FIELDS.filter((f) => fields.has(f)).map((f) => `${f}：${fields.get(f)}`);
  return parts.length ? parts.join('\u3000') : undefined;
}

function findElement(root: HtmlNode, name: string): HtmlNode | undefined {
  for (const el of elements(root)) if (el.nodeName === name) return el;
  return undefined;
}

/** The checkable text of a web page: title, info line, then the article's paragraphs and tables. */
export function htmlToText(html: string): string {
  return htmlToTextWithAnchors(html).text;
}

/** The anchors of blocks joined by blank lines: a paragraph, a caption row, or a table's body rows. */
function anchorsOf(blocks: HtmlBlock[]): SourceAnchor[] {
  const anchors: SourceAnchor[] = [];
  let at = 0;
  for (const b of blocks) {
    const { paragraph, table } = b;
    if (paragraph !== undefined) anchors.push({ start: at, end: at + b.text.length, paragraph });
    else if (table !== undefined && b.rows) {
      anchors.push({ start: at, end: at + b.text.length, table, ...(b.pipe ? {} : { row: b.rows[0] }) });
      if (b.pipe) {
        const lines = b.text.split('\n');
        let offset = at + lines[0].length + 1 + lines[1].length + 1;
        lines.slice(2).forEach((l, i) => {
          anchors.push({ start: offset, end: offset + l.length, table, row: b.rows![i] });
          offset += l.length + 1;
        });
      }
    }
    at += b.text.length + 2;
  }
  return anchors;
}

/** htmlToText, with where each paragraph and table row of the article was in the page (numbered as a reader counts them). */
export function htmlToTextWithAnchors(html: string): { text: string; anchors: SourceAnchor[] } {
  const doc = parse(html) as unknown as HtmlNode;
  const htmlEl = children(doc).find((c) => c.nodeName === 'html') ?? doc;
  const body = children(htmlEl).find((c) => c.nodeName === 'body') ?? htmlEl;
  const sizes = contentSizes(body);
  const article = findBody(body, sizes);
  const blocks = blocksOf({ nodeName: 'div', childNodes: [article] });
  if (blocks.length === 0) throw new ImportError('网页中没有找到正文，未转换', 'no article text found in the page; not converted');
  const order = [...elements(body)];
  const articleIndex = order.indexOf(article);
  // The info line goes right after the title, whether the article begins with it or it stands before the article.
  let titleLine = blocks.slice(0, 3).findIndex((b) => TITLE_LIKE.test(b.text) && b.text.length <= 100);
  if (titleLine < 0) {
    const title = titleBefore(order, articleIndex, htmlEl);
    if (title) blocks.unshift({ text: title });
    titleLine = title ? 0 : -1;
  }
  const info = infoLine(order, articleIndex);
  if (info) blocks.splice(titleLine + 1, 0, { text: info });
  return { text: blocks.map((b) => b.text).join('\n\n') + '\n', anchors: anchorsOf(blocks) };
}

/**
 * HTML from the clipboard (Word, WPS, a web page) as text with pipe tables: the copied paragraphs as lines and
 * each table as the parser reads it. Undefined when the HTML holds no table: a plain paste is as good.
 */
export function htmlClipboardToPipeTables(html: string): string | undefined {
  // Word and WPS mark the copied part; what lies outside the markers is their document frame.
  const fragment = /<!--\s*StartFragment\s*-->([\s\S]*)<!--\s*EndFragment\s*-->/i.exec(html)?.[1] ?? html;
  const doc = parse(`<!DOCTYPE html><html><body>${fragment}</body></html>`) as unknown as HtmlNode;
  const body = findElement(doc, 'body');
  if (!body || !findElement(body, 'table')) return undefined;
  const lines = linesOf(body);
  return lines.some((l) => l.startsWith('|')) ? lines.join('\n\n') + '\n' : undefined;
}

// ---- bytes ----

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/;

/** The page's text: a byte-order mark, else the charset its <meta> declares, else what the bytes are (text.ts). */
async function decodeHtml(bytes: Uint8Array): Promise<{ text: string; encoding: string }> {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(start)?.[1].toLowerCase();
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom && declared && GB_LABELS.test(declared)) {
    return { text: decodeGbLenient(bytes), encoding: 'gb18030' };
  }
  if (!bom && declared && !/^(utf-?8|utf-?16(le|be)?|unicode|us-ascii|ascii)$/.test(declared)) {
    const text = decodeCharset(bytes, declared);
    if (text !== undefined) return { text, encoding: declared };
  }
  // Declared UTF-8 (or nothing): the bytes decide, so a page that says UTF-8 but is GBK is still read right.
  return decodeText(bytes);
}

export const htmlImporter: Importer = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async convert(bytes) {
    if (bytes.length > MAX_HTML_BYTES) throw new ImportError('网页文件大于 16 MB，未转换', 'web page larger than 16 MB; not converted');
    const { text: html, encoding } = await decodeHtml(bytes);
    const { text, anchors } = htmlToTextWithAnchors(html);
    return { format: 'html', text, encoding, notes: [], anchors };
  },
};
