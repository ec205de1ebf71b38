// From positioned lines to the checkable text: page numbers dropped, paragraphs rejoined over line and page
// breaks (CJK lines join without a space), headings and titles on their own lines, and runs of table lines
// (smaller type or wide gaps between cells) rebuilt as pipe tables.
import type { SourceAnchor } from './types';
import { isCjk, joinItems, linesOf, mode, PAGE_STRIDE, widestGap, type PdfItem, type PdfLine } from './pdfItems';
import { rebuildTableRows } from './pdfTable';

/** "- 3 -", "— 3 —", "3", "第 3 页", "3 / 6", "第3页 共6页". */
const PAGE_NUMBER = /^[-—–－~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–－~·\s]*$/;
/** A table's caption line inside a run of table lines (第二十条第（一）项). */
const CAPTION = /^第[一二三四五六七八九十百\d]+条/;
/** A heading that starts a new line: 一、…  （一）… */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

export interface LaidOut {
  text: string;
  anchors: SourceAnchor[];
}

/** Page numbers and running heads: the first or last line of a page when it is only a page number. */
function withoutPageNumbers(pages: PdfLine[][]): PdfLine[] {
  return pages.flatMap((lines) =>
    lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(joinItems(line.items)))),
  );
}

function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (isCjk(a[a.length - 1]) || isCjk(b[0])) return a + b;
  return `${a} ${b}`;
}

/** A source line's span inside a block's text, with where the reader finds it (page, line on the page, table row). */
interface Span {
  start: number;
  end: number;
  page: number;
  line: number;
  table?: number;
  row?: number;
}

interface Block {
  text: string;
  page: number;
  spans: Span[];
}

/** The document's text from the items of each page (y downwards over the whole document). */
export function layOut(pages: PdfItem[][]): LaidOut {
  const pageLines = pages.map(linesOf);
  // Lines are numbered on their page as the reader counts them, running heads and page numbers included.
  const lineNumber = new Map<PdfLine, number>();
  pageLines.forEach((ls) => ls.forEach((l, i) => lineNumber.set(l, i + 1)));
  /** The number of the line on `page` nearest to y (a table row's baseline). */
  const lineNear = (page: number, y: number) => {
    const ls = pageLines[page - 1] ?? [];
    let best = 0;
    for (let i = 1; i < ls.length; i++) if (Math.abs(ls[i].y - y) < Math.abs(ls[best].y - y)) best = i;
    return best + 1;
  };
  const lines = withoutPageNumbers(pageLines);
  const textLength = (l: PdfLine) => joinItems(l.items).length;
  const body = mode(lines.map((l) => [l.size, textLength(l)]));
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.5);
  const left = mode(bodyLines.map((l) => [l.x, 1]));
  const rights = bodyLines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights.length ? rights[Math.floor(rights.length * 0.9)] : 0;
  const tableish = (l: PdfLine) => l.size < body * 0.92 || widestGap(l) > 2.5;

  const blocks: Block[] = [];
  const lineSpan = (l: PdfLine, start: number, length: number): Span => ({ start, end: start + length, page: l.page, line: lineNumber.get(l) ?? 0 });
  const oneLine = (l: PdfLine): Block => {
    const text = joinItems(l.items);
    return { text, page: l.page, spans: [lineSpan(l, 0, text.length)] };
  };
  let para: (Block & { last: PdfLine }) | undefined;
  const endPara = () => {
    if (para) blocks.push({ text: para.text, page: para.page, spans: para.spans });
    para = undefined;
  };
  const addLine = (line: PdfLine) => {
    const text = joinItems(line.items);
    const prev = para?.last;
    const continues =
      prev &&
      Math.abs(prev.size - line.size) < 0.5 &&
      line.x < left + 0.8 * line.size &&
      prev.right > right - 1.5 * prev.size &&
      !(HEADING.test(text) && line.x > left + 0.3 * line.size);
    if (para && continues) {
      para.text = joinLines(para.text, text);
      para.spans.push(lineSpan(line, para.text.length - text.length, text.length));
      para.last = line;
      return;
    }
    // Title lines (larger type) stay one block, one line each.
    if (para && prev && line.size > body * 1.15 && Math.abs(prev.size - line.size) < 0.5) {
      para.text += `\n${text}`;
      para.spans.push(lineSpan(line, para.text.length - text.length, text.length));
      para.last = line;
      return;
    }
    endPara();
    para = { text, page: line.page, last: line, spans: [lineSpan(line, 0, text.length)] };
  };

  let tables = 0;
  for (let i = 0; i < lines.length; ) {
    if (!tableish(lines[i])) {
      addLine(lines[i++]);
      continue;
    }
    let j = i;
    while (j < lines.length && tableish(lines[j])) j++;
    // Split the run at caption lines; each piece with figures in columns is a table.
    let start = i;
    const flush = (end: number) => {
      if (end <= start) return;
      const run = lines.slice(start, end);
      const table = rebuildTableRows(run);
      if (table) {
        endPara();
        tables++;
        // One span per body row, after the header and delimiter lines.
        const rowLines = table.text.split('\n');
        let offset = rowLines[0].length + 1 + rowLines[1].length + 1;
        const spans = rowLines.slice(2).map((l, r): Span => {
          const y = table.rowYs[r];
          const page = Math.floor(y / PAGE_STRIDE) + 1;
          const span = { start: offset, end: offset + l.length, page, line: lineNear(page, y), table: tables, row: r + 1 };
          offset += l.length + 1;
          return span;
        });
        blocks.push({ text: table.text, page: run[0].page, spans });
      } else run.forEach((l) => {
        endPara();
        blocks.push(oneLine(l));
      });
    };
    for (let k = i; k < j; k++) {
      const text = joinItems(lines[k].items);
      if (CAPTION.test(text) && widestGap(lines[k]) <= 2.5) {
        flush(k);
        endPara();
        blocks.push(oneLine(lines[k]));
        start = k + 1;
      }
    }
    flush(j);
    i = j;
  }
  endPara();

  let text = '';
  const anchors: SourceAnchor[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    const at = text.length;
    anchors.push({ start: at, end: at + b.text.length, page: b.page });
    for (const s of b.spans) anchors.push({ ...s, start: at + s.start, end: at + s.end });
    text += b.text;
  }
  return { text: `${text}\n`, anchors };
}
