// A report as a Word document in the layout offices publish (GB/T 9704-2012): A4, margins 37/35/28/26 mm,
// title 2号 方正小标宋简体 centred, body 3号 仿宋_GB2312 with a two-character first-line indent and 28.95 pt
// lines, level-1 headings 黑体, level-2 楷体_GB2312, page numbers "— 1 —" at the foot, the 落款 and date
// right-aligned. Tables are real Word tables: flattened header labels ("申请人情况 / 法人或其他组织 / 商业企业")
// and row labels ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密") become the merged cells of the
// national template. Fonts are named, not embedded. The `docx` library is loaded only when a file is exported.
import { parseDocument, type ParseOptions, type ReportDocument, type Table } from '../core/index';

type Docx = typeof import('docx');

const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const LEVEL1_FONT = '黑体';
const LEVEL2_FONT = '楷体_GB2312';
const TABLE_FONT = '宋体';
const LATIN_FONT = 'Times New Roman';
/** Half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, 五号 = 10.5 pt. */
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_PAGE_NUMBER = 28;
const SIZE_TABLE = 21;
/** Two characters of 3号 (2 × 16 pt), in twips and in hundredths of a character (Word and LibreOffice read either). */
const FIRST_LINE_INDENT = { firstLine: 640, firstLineChars: 200 };
/** 28.95 pt in twentieths of a point. */
const LINE_TWIPS = 579;
/** The text width of A4 with 28 + 26 mm side margins, in twips (156 mm). */
const TEXT_WIDTH_TWIPS = Math.round(156 * 56.6929);

type Role = 'title' | 'level1' | 'level2' | 'body' | 'signature';
/** A Word table holds one pipe table, or the parts of 表二 (第二十条 items) one after another, as the template does. */
type Block = { kind: 'paragraph'; text: string; role: Role } | { kind: 'table'; tables: Table[] };

/** The document as paragraphs (wrapped lines joined) and tables, in order, each with its role. */
export function blocksOf(doc: ReportDocument): Block[] {
  const lineCount = doc.lineStarts.length;
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineText = (i: number) => doc.text.slice(doc.lineStarts[i], i + 1 < lineCount ? doc.lineStarts[i + 1] : doc.text.length).replace(/\r?\n$/, '');
  const roles = new Map<number, Role>();
  for (const report of doc.reports) {
    if (report.title) for (let l = lineAt(report.title.start); l <= lineAt(Math.max(report.title.start, report.title.end - 1)); l++) roles.set(l, 'title');
    const { issuer, date } = report.signature ?? {};
    if (issuer) roles.set(lineAt(issuer.start), 'signature');
    if (date) roles.set(lineAt(date.start), 'signature');
  }
  for (const h of doc.headings) {
    if (h.inline || roles.has(h.line)) continue;
    if (h.rank === 1) roles.set(h.line, 'level1');
    else if (h.rank === 2) roles.set(h.line, 'level2');
  }
  const tableAt = new Map<number, Table>();
  const inTable = new Set<number>();
  const captionLines = new Set<number>();
  for (const t of doc.tables) {
    const first = lineAt(t.start);
    const last = lineAt(Math.max(t.start, t.end - 1));
    tableAt.set(first, t);
    for (let l = first; l <= last; l++) inTable.add(l);
    // 第二十条第（一）项 goes into the table as its first row, as in the national template.
    if (isTableAPart(t)) captionLines.add(lineAt(t.caption!.start));
  }
  const paragraphEnd = new Map(doc.paragraphs.map((p) => [p.startLine, p.endLine]));
  const headingLines = new Set(doc.headings.filter((h) => !h.inline).map((h) => h.line));

  const blocks: Block[] = [];
  for (let l = 0; l < lineCount; l++) {
    const table = tableAt.get(l);
    if (table) {
      const previous = blocks[blocks.length - 1];
      // The captioned parts of 表二 with nothing but blank lines between them make one Word table.
      if (previous?.kind === 'table' && isTableAPart(previous.tables[0]) && isTableAPart(table)) previous.tables.push(table);
      else blocks.push({ kind: 'table', tables: [table] });
      while (inTable.has(l + 1)) l++;
      continue;
    }
    if (inTable.has(l) || captionLines.has(l)) continue;
    const role = roles.get(l) ?? 'body';
    // A title written over two lines, or a paragraph wrapped mid-sentence, is one Word paragraph.
    let last = roles.get(l) === 'title' ? l : Math.max(l, paragraphEnd.get(l) ?? l);
    // A heading stays on its own line even when the parser reads the line after it as the same paragraph.
    if (headingLines.has(l) && last > l) {
      paragraphEnd.set(l + 1, last);
      last = l;
    }
    while (role === 'title' && roles.get(last + 1) === 'title') last++;
    const text = Array.from({ length: last - l + 1 }, (_, i) => lineText(l + i).trim()).join('');
    l = last;
    if (text) blocks.push({ kind: 'paragraph', text, role });
  }
  return blocks;
}

const isTableAPart = (t: Table) => t.national?.id === 'A' && t.caption !== undefined;

function run(d: Docx, text: string, font: string, size: number) {
  return new d.TextRun({ text, size, font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: font, cs: LATIN_FONT } });
}

function paragraph(d: Docx, text: string, role: Role) {
  const exact = { line: LINE_TWIPS, lineRule: d.LineRuleType.EXACT };
  switch (role) {
    case 'title':
      // One empty line under the title (GB/T 9704); its lines are as high as a 2号 line needs.
      return new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: LINE_TWIPS }, keepNext: true, children: [run(d, text, TITLE_FONT, SIZE_TITLE)] });
    case 'signature':
      return new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: exact, children: [run(d, text, BODY_FONT, SIZE_BODY)] });
    case 'level1':
    case 'level2':
      return new d.Paragraph({
        spacing: exact, indent: FIRST_LINE_INDENT, keepNext: true,
        outlineLevel: role === 'level1' ? 0 : 1,
        children: [run(d, text, role === 'level1' ? LEVEL1_FONT : LEVEL2_FONT, SIZE_BODY)],
      });
    default:
      return new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: exact, indent: FIRST_LINE_INDENT, children: [run(d, text, BODY_FONT, SIZE_BODY)] });
  }
}

const levelsOf = (label: string) => label.split(' / ').map((s) => s.trim());
const FIGURE = /^([-+]?[\d０-９][\d０-９,，.．]*\s*%?|[-—–/／无])$/;

/** A Word cell: text, columns covered, and whether it starts or continues a vertical merge. */
interface OutCell {
  text: string;
  span: number;
  vMerge?: 'restart' | 'continue';
  header?: boolean;
  /** A row label (left-aligned); other cells are centred. */
  label?: boolean;
}

/**
 * The national template's structure from flattened labels: header levels stack into rows, a group label spans
 * the columns below it, a label with fewer levels than the header is merged down; row labels spread over
 * `depth` label columns, a group label merged down over its rows, the last level spanning the columns left.
 */
export function tableLayout(table: Table): { rows: OutCell[][]; labelColumns: number; headerRows: number } {
  const rows = table.rows.filter((r) => !r.isDelimiter).map((r) => r.cells.map((c) => c.text.replace(/\\\|/g, '|')));
  const firstData = table.national?.rows.length ? table.rows.filter((r) => !r.isDelimiter).indexOf(table.national.rows[0].row) : -1;
  const hasHeader = firstData > 0 || (firstData < 0 && rows.length > 1 && rows[0].every((t) => !FIGURE.test(t.trim())));
  const header = hasHeader ? rows[0] : undefined;
  const body = hasHeader ? rows.slice(1) : rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const labelled = table.national?.id !== 'C' && body.some((r) => r[0]?.trim() && !FIGURE.test(r[0].trim()));
  const labelColumns = labelled ? Math.max(1, ...body.map((r) => levelsOf(r[0] ?? '').length)) : 0;
  const out: OutCell[][] = [];

  let headerRows = 0;
  if (header) {
    const levels = Array.from({ length: width }, (_, c) => levelsOf(header[c] ?? ''));
    headerRows = Math.max(...levels.map((l) => l.length));
    for (let r = 0; r < headerRows; r++) {
      const row: OutCell[] = [];
      for (let c = 0; c < width; c++) {
        const lv = levels[c];
        const span = c === 0 && labelled ? labelColumns : 1;
        if (r >= lv.length) {
          row.push({ text: '', span, vMerge: 'continue', header: true });
        } else if (r === lv.length - 1) {
          row.push({ text: lv[r], span, vMerge: r < headerRows - 1 ? 'restart' : undefined, header: true });
        } else {
          // A group label spans the next columns that share it (and every level above it).
          let end = c + 1;
          const prefix = lv.slice(0, r + 1).join(' / ');
          while (end < width && levels[end].length - 1 > r && levels[end].slice(0, r + 1).join(' / ') === prefix) end++;
          row.push({ text: lv[r], span: end - c + (c === 0 && labelled ? labelColumns - 1 : 0), header: true });
          c = end - 1;
        }
      }
      out.push(row);
    }
  }
  body.forEach((cells, b) => {
    const row: OutCell[] = [];
    if (labelled) {
      const lv = levelsOf(cells[0] ?? '');
      const above = b > 0 ? levelsOf(body[b - 1][0] ?? '') : [];
      lv.forEach((text, k) => {
        const last = k === lv.length - 1;
        const sameGroup = !last && above.length - 1 > k && above.slice(0, k + 1).join(' / ') === lv.slice(0, k + 1).join(' / ');
        const groupStarts = !last && !sameGroup;
        row.push({ text: sameGroup ? '' : text, span: last ? labelColumns - k : 1, vMerge: sameGroup ? 'continue' : groupStarts ? 'restart' : undefined, label: true });
      });
    }
    for (let c = labelled ? 1 : 0; c < width; c++) row.push({ text: cells[c] ?? '', span: 1 });
    out.push(row);
  });
  return { rows: out, labelColumns, headerRows };
}

function wordTable(d: Docx, tables: Table[]) {
  const parts = tables.map((table) => ({ table, ...tableLayout(table) }));
  const widthOf = (cells: OutCell[]) => cells.reduce((w, c) => w + c.span, 0);
  const widest = parts.reduce((a, b) => (widthOf(b.rows[0] ?? []) > widthOf(a.rows[0] ?? []) ? b : a));
  const gridWidth = Math.max(1, widthOf(widest.rows[0] ?? []));
  const labelColumns = widest.labelColumns;
  const dataColumns = gridWidth - labelColumns;
  // Row labels get 40% of the width when there are figures beside them; the innermost label column (the
  // longest labels) twice as much as a group column.
  const labelShare = labelColumns === 0 ? 0 : dataColumns === 0 ? 1 : 0.4;
  const weights = Array.from({ length: labelColumns }, (_, k) => (k === labelColumns - 1 ? 2 * labelColumns : k + 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const columnWidths = Array.from({ length: gridWidth }, (_, c) =>
    Math.floor(c < labelColumns ? (TEXT_WIDTH_TWIPS * labelShare * weights[c]) / weightSum : (TEXT_WIDTH_TWIPS * (1 - labelShare)) / Math.max(1, dataColumns)));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  // Captions and header rows stay on the page of the row after them.
  const cellParagraph = (text: string, centred: boolean, keepNext = false) =>
    new d.Paragraph({ alignment: centred ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, keepNext, children: text ? [run(d, text, TABLE_FONT, SIZE_TABLE)] : [] });
  const cell = (c: OutCell, span: number, keepNext: boolean) => new d.TableCell({
    columnSpan: span > 1 ? span : undefined,
    verticalMerge: c.vMerge === 'restart' ? d.VerticalMergeType.RESTART : c.vMerge === 'continue' ? d.VerticalMergeType.CONTINUE : undefined,
    verticalAlign: d.VerticalAlignTable.CENTER,
    children: [cellParagraph(c.text, !c.label, keepNext)],
  });
  const rows = parts.flatMap(({ table, rows: layout, headerRows }) => [
    // 第二十条第（一）项 as a row across the table, as in the national template.
    ...(isTableAPart(table) ? [new d.TableRow({ cantSplit: true, children: [cell({ text: table.caption!.text.trim(), span: gridWidth, label: true }, gridWidth, true)] })] : []),
    ...layout.map((cells, r) => new d.TableRow({
      // Word repeats header rows on each page only at the top of a table.
      tableHeader: parts.length === 1 && r < headerRows,
      cantSplit: true,
      // A part narrower than the table (one figure column) widens its last cell, as the template's 本年处理决定数量.
      children: cells.map((c, k) => cell(c, k === cells.length - 1 ? c.span + gridWidth - widthOf(cells) : c.span, r < headerRows)),
    })),
  ]);
  return new d.Table({
    width: { size: TEXT_WIDTH_TWIPS, type: d.WidthType.DXA },
    columnWidths,
    layout: d.TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows,
  });
}

/** The page number "— N —", right on odd pages and left on even ones, one character in from the edge. */
function footer(d: Docx, alignment: 'right' | 'left') {
  const font = { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' };
  return new d.Footer({
    children: [new d.Paragraph({
      alignment: alignment === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
      indent: alignment === 'right' ? { right: 280 } : { left: 280 },
      children: [new d.TextRun({ font, size: SIZE_PAGE_NUMBER, children: ['— ', d.PageNumber.CURRENT, ' —'] })],
    })],
  });
}

/** The report text as the bytes of a .docx file. */
export async function exportDocx(text: string, options: ParseOptions = {}): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const doc = parseDocument(text, options);
  const children = blocksOf(doc).flatMap((block) => {
    if (block.kind === 'paragraph') return [paragraph(d, block.text, block.role)];
    // A table is followed by an empty paragraph, as Word needs between two tables.
    return [wordTable(d, block.tables), new d.Paragraph({ spacing: { line: LINE_TWIPS, lineRule: d.LineRuleType.EXACT }, children: [] })];
  });
  // Rounded, not truncated: A4 is 11906 × 16838 twips.
  const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
  const document = new d.Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: BODY_FONT }, size: SIZE_BODY } } } },
    sections: [{
      properties: {
        page: {
          size: { width: mm(210), height: mm(297) },
          margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(28) - 400 },
        },
      },
      footers: { default: footer(d, 'right'), even: footer(d, 'left') },
      children,
    }],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}
