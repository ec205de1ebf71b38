// From positioned lines to the checkable text: page numbers dropped, paragraphs rejoined over line and page
// breaks (CJK lines join without a space), headings and titles on their own lines, and runs of table lines
// (smaller type or wide gaps between cells) rebuilt as pipe tables.
import type { SourceAnchor } from './types';
import { isCjk, joinItems, linesOf, mode, widestGap, type PdfItem, type PdfLine } from './pdfItems';
import { rebuildTable } from './pdfTable';

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

/** The document's text from the items of each page (y downwards over the whole document). */
export function layOut(pages: PdfItem[][]): LaidOut {
  const lines = withoutPageNumbers(pages.map(linesOf));
  const textLength = (l: PdfLine) => joinItems(l.items).length;
  const body = mode(lines.map((l) => [l.size, textLength(l)]));
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.5);
  const left = mode(bodyLines.map((l) => [l.x, 1]));
  const rights = bodyLines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights.length ? rights[Math.floor(rights.length * 0.9)] : 0;
  const tableish = (l: PdfLine) => l.size < body * 0.92 || widestGap(l) > 2.5;

  const blocks: Array<{ text: string; page: number }> = [];
  let para: { text: string; page: number; last: PdfLine } | undefined;
  const endPara = () => {
    if (para) blocks.push({ text: para.text, page: para.page });
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
      para.last = line;
      return;
    }
    // Title lines (larger type) stay one block, one line each.
    if (para && prev && line.size > body * 1.15 && Math.abs(prev.size - line.size) < 0.5) {
      para.text += `\n${text}`;
      para.last = line;
      return;
    }
    endPara();
    para = { text, page: line.page, last: line };
  };

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
      const table = rebuildTable(run);
      if (table) {
        endPara();
        blocks.push({ text: table, page: run[0].page });
      } else run.forEach((l) => {
        endPara();
        blocks.push({ text: joinItems(l.items), page: l.page });
      });
    };
    for (let k = i; k < j; k++) {
      const text = joinItems(lines[k].items);
      if (CAPTION.test(text) && widestGap(lines[k]) <= 2.5) {
        flush(k);
        endPara();
        blocks.push({ text, page: lines[k].page });
        start = k + 1;
      }
    }
    flush(j);
    i = j;
  }
  endPara();

  let text = '';
  const anchors: SourceAnchor[] = [];
  blocks.forEach((b, n) => {
    if (text) text += '\n\n';
    anchors.push({ start: text.length, end: text.length + b.text.length, page: b.page, paragraph: n + 1 });
    text += b.text;
  });
  return { text: `${text}\n`, anchors };
}
