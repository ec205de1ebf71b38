// Word (.docx, from Word or WPS) to checkable text: every body paragraph becomes a line (blank lines between),
// every Word table a pipe table whose merged cells (gridSpan, vMerge) are expanded and whose header levels
// are joined ("申请人情况 / 法人或其他组织 / 商业企业"). A full-width row inside a table (第二十条第（一）项 in
// the national template) splits it: the row becomes the caption line of the table that follows.
// The zip and XML libraries are loaded only when a .docx is converted.
import { ImportError, type Importer, type ImportNote, type ImportResult, type SourceAnchor } from './types';
import { expandMerges, toPipeTable, type GridCell, type SourceCell } from './pipeTable';
import { attr, child, childrenOf, find, tagOf, type XmlNode } from './docxXml';
import { NumberingCounter, readNumbering } from './docxNumbering';

/** A .docx holds a few dozen parts; thousands mean a crafted file. */
const MAX_ZIP_ENTRIES = 2000;
/** The declared size of one part we read; the inflated bytes never exceed it (the output buffer is that size). */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const NUMBERING_PART = 'word/numbering.xml';

const notDocx = () =>
  new ImportError('不是有效的 Word 文档（.docx）；旧的 .doc 文件请先在 Word 或 WPS 中另存为 .docx。',
    'not a valid Word document (.docx); save an old .doc file as .docx in Word or WPS first.');

/** Unzips only the parts the importer reads, refusing zip bombs (too many entries, parts declared too large). */
async function readParts(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const { unzipSync } = await import('fflate');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notDocx();
  let entries = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (++entries > MAX_ZIP_ENTRIES) throw new ImportError(`Word 文档中的文件过多（超过 ${MAX_ZIP_ENTRIES} 个），未读取。`, `the Word document holds too many parts (over ${MAX_ZIP_ENTRIES}); not read.`);
        if (file.name !== DOCUMENT_PART && file.name !== STYLES_PART && file.name !== NUMBERING_PART) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new ImportError(`Word 文档的正文解压后过大（超过 ${MAX_PART_BYTES / 1024 / 1024} MB），未读取。`, `the Word document's text is too large once unpacked (over ${MAX_PART_BYTES / 1024 / 1024} MB); not read.`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw notDocx();
  }
}

/** Parses a part; a DOCTYPE (never written by Word or WPS) is refused, so no entity can be declared or expanded. */
async function parseXml(part: Uint8Array): Promise<XmlNode[]> {
  const xml = new TextDecoder('utf-8').decode(part);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ImportError('Word 文档中含有 DOCTYPE 声明，未读取。', 'the Word document contains a DOCTYPE declaration; not read.');
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false,
    trimValues: false, processEntities: true, htmlEntities: false,
  });
  try {
    return parser.parse(xml) as XmlNode[];
  } catch {
    throw notDocx();
  }
}

/** The text of a paragraph: runs, tabs and breaks; deleted text (tracked changes) and field codes left out. */
function paragraphText(p: XmlNode): string {
  let out = '';
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === '#text') continue;
      if (tag === 'w:t') out += childrenOf(n).map((t) => String(t['#text'] ?? '')).join('');
      else if (tag === 'w:tab') out += '\t';
      else if (tag === 'w:br' || tag === 'w:cr') out += attr(n, 'w:type') === 'page' ? '' : '\n';
      else if (tag === 'w:noBreakHyphen') out += '-';
      else if (tag === 'w:del' || tag === 'w:instrText' || tag === 'w:delText' || tag === 'w:pPr' || tag === 'w:rPr') continue;
      else walk(childrenOf(n));
    }
  };
  walk(childrenOf(p));
  return out;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Lines of a cell joined: no space between Chinese characters ("商业" + "企业"), one space otherwise. */
function joinCellLines(lines: string[]): string {
  let out = '';
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    if (out && !(CJK.test(out[out.length - 1]) && CJK.test(line[0]))) out += ' ';
    out += line;
  }
  return out;
}

/** Heading level by style: outline level 0 = 1, or a style named "heading N" / "Title" (0). */
type StyleLevels = Map<string, number>;
function styleLevels(styles: XmlNode[]): StyleLevels {
  const levels: StyleLevels = new Map();
  const root = find(styles, 'w:styles');
  for (const s of root ? childrenOf(root) : []) {
    if (tagOf(s) !== 'w:style') continue;
    const id = attr(s, 'w:styleId');
    const name = (attr(child(s, 'w:name'), 'w:val') ?? '').toLowerCase();
    const outline = attr(child(child(s, 'w:pPr'), 'w:outlineLvl'), 'w:val');
    const level = outline !== undefined ? Number(outline) + 1 : /^heading (\d)$/.exec(name)?.[1] ? Number(/^heading (\d)$/.exec(name)![1]) : name === 'title' ? 0 : undefined;
    if (id && level !== undefined && level <= 9) levels.set(id, level);
  }
  return levels;
}

function headingLevel(p: XmlNode, levels: StyleLevels): number | undefined {
  const pPr = child(p, 'w:pPr');
  const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
  if (outline !== undefined && Number(outline) < 9) return Number(outline) + 1;
  const style = attr(child(pPr, 'w:pStyle'), 'w:val');
  return style ? levels.get(style) : undefined;
}

/** A Word on/off property: present and not switched off (w:val="0", "false" or "off"). */
const isOn = (node: XmlNode | undefined) => node !== undefined && !['0', 'false', 'off'].includes(attr(node, 'w:val') ?? '');

interface WordCell extends SourceCell {
  col: number;
  continues: boolean;
}
interface WordRow {
  cells: WordCell[];
  header: boolean;
}

function readTable(tbl: XmlNode): WordRow[] {
  const rows: WordRow[] = [];
  for (const tr of childrenOf(tbl)) {
    if (tagOf(tr) !== 'w:tr') continue;
    const trPr = child(tr, 'w:trPr');
    let col = Number(attr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0) || 0;
    const cells: WordCell[] = col > 0 ? [{ text: '', colSpan: col, col: 0, continues: false }] : [];
    const tcs: XmlNode[] = [];
    const collect = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        if (tagOf(n) === 'w:tc') tcs.push(n);
        else if (tagOf(n) === 'w:sdt' || tagOf(n) === 'w:sdtContent' || tagOf(n) === 'w:customXml') collect(childrenOf(n));
      }
    };
    collect(childrenOf(tr));
    for (const tc of tcs) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const continues = vMerge !== undefined && (attr(vMerge, 'w:val') ?? 'continue') === 'continue';
      const lines: string[] = [];
      const walk = (nodes: XmlNode[]) => {
        for (const n of nodes) {
          if (tagOf(n) === 'w:p') lines.push(...paragraphText(n).split('\n'));
          else if (tagOf(n) !== 'w:tcPr') walk(childrenOf(n));
        }
      };
      walk(childrenOf(tc));
      cells.push({ text: joinCellLines(lines), colSpan: span, col, continues });
      col += span;
    }
    rows.push({ cells, header: isOn(child(trPr, 'w:tblHeader')) });
  }
  return rows;
}

/** Rows of Word cells as source cells: a vMerge restart gets the rows it covers; continuation cells go. */
function withRowSpans(rows: WordRow[]): SourceCell[][] {
  return rows.map((row, r) =>
    row.cells.flatMap((cell) => {
      if (cell.continues) {
        const above = r > 0 && rows[r - 1].cells.some((c) => c.col === cell.col);
        return above ? [] : [{ text: cell.text, colSpan: cell.colSpan }];
      }
      let rowSpan = 1;
      while (rows[r + rowSpan]?.cells.some((c) => c.col === cell.col && c.continues && c.colSpan === cell.colSpan)) rowSpan++;
      return [{ text: cell.text, colSpan: cell.colSpan, rowSpan }];
    }),
  );
}

/** Columns that repeat the column before them in every row (one merged cell over both) are dropped. */
function dropMergedColumns(grid: GridCell[][]): GridCell[][] {
  const width = grid[0]?.length ?? 0;
  const keep = [...Array(width).keys()].filter((c) => c === 0 || !grid.every((row) => row[c].fromLeft));
  return grid.map((row) => keep.map((c) => row[c]));
}

const FIGURE = /^[\s\u3000]*([-+]?[\d０-９][\d０-９,，.．]*\s*%?|[-—–/／无]|)[\s\u3000]*$/;
const isFigure = (text: string) => FIGURE.test(text) && text.trim() !== '';

/** Header rows: rows marked as repeating headers, else leading rows whose every new cell holds a label. */
function headerRowCount(grid: GridCell[][], marked: number): number {
  if (marked > 0) return Math.min(marked, grid.length - 1 || 1);
  let n = 1;
  while (n < grid.length - 1 && n < 4 && grid[n].every((cell) => cell.fromAbove || cell.fromLeft || (cell.text.trim() !== '' && !isFigure(cell.text)))) n++;
  return n;
}

/** Leading columns that hold row labels: some text, never a figure, in the body. */
function labelColumnCount(body: GridCell[][]): number {
  if (body.length === 0) return 1;
  let n = 0;
  while (n < body[0].length && body.some((row) => row[n].text.trim() !== '') && !body.some((row) => isFigure(row[n].text))) n++;
  return n;
}

interface TableBlock {
  caption?: string;
  pipe: string;
  /** Source row (1-based) of each body line of the pipe table. */
  bodyRows: number[];
}

/** A Word table as pipe tables: split at full-width rows (captions), merges expanded, headers flattened. */
function tableBlocks(rows: WordRow[]): TableBlock[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.reduce((w, c) => w + (c.colSpan ?? 1), 0)));
  const blocks: TableBlock[] = [];
  let start = 0;
  let caption: string | undefined;
  const flush = (end: number) => {
    const part = rows.slice(start, end);
    if (part.length > 0) {
      const grid = dropMergedColumns(expandMerges(withRowSpans(part)));
      let marked = 0;
      while (marked < part.length && part[marked].header) marked++;
      const headers = headerRowCount(grid, marked);
      const labels = labelColumnCount(grid.slice(headers));
      blocks.push({ caption, pipe: toPipeTable(grid, headers, labels), bodyRows: part.slice(headers).map((_, i) => start + headers + i + 1) });
    }
    caption = undefined;
  };
  rows.forEach((row, r) => {
    const only = row.cells.length === 1 ? row.cells[0] : undefined;
    if (width > 1 && only && !only.continues && (only.colSpan ?? 1) === width && !rows[r + 1]?.cells.some((c) => c.continues)) {
      flush(r);
      start = r + 1;
      caption = only.text.trim() || undefined;
    }
  });
  flush(rows.length);
  return blocks;
}

export const docxImporter: Importer = {
  format: 'docx',
  extensions: ['.docx'],
  async convert(bytes: Uint8Array): Promise<ImportResult> {
    const parts = await readParts(bytes);
    if (!parts[DOCUMENT_PART]) throw notDocx();
    const document = await parseXml(parts[DOCUMENT_PART]);
    const styles = parts[STYLES_PART] ? await parseXml(parts[STYLES_PART]) : undefined;
    const levels = styles ? styleLevels(styles) : new Map<string, number>();
    const numbering = new NumberingCounter(readNumbering(parts[NUMBERING_PART] ? await parseXml(parts[NUMBERING_PART]) : undefined, styles));
    const body = find(document, 'w:body');
    if (!body) throw notDocx();

    const notes: ImportNote[] = [];
    const anchors: SourceAnchor[] = [];
    let text = '';
    const add = (block: string, anchor: Omit<SourceAnchor, 'start' | 'end'>) => {
      if (text) text += '\n\n';
      anchors.push({ start: text.length, end: text.length + block.length, ...anchor });
      text += block;
    };
    let paragraph = 0;
    let table = 0;
    const walk = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'w:p') {
          paragraph++;
          // A heading keeps its own line; other paragraphs are one line each, breaks inside them included.
          // Numbers Word generates (一、 （一）) are written out, as the reader sees them.
          const line = (numbering.markerOf(n) + paragraphText(n)).replace(/\n+/g, headingLevel(n, levels) !== undefined ? '' : '\n').trim();
          if (line) add(line, { paragraph });
        } else if (tag === 'w:tbl') {
          table++;
          for (const block of tableBlocks(readTable(n))) {
            if (block.caption) add(block.caption, { table });
            const start = text ? text.length + 2 : 0;
            add(block.pipe, { table });
            // One anchor per body line, after the header and delimiter lines.
            const lines = block.pipe.split('\n');
            let offset = start + lines[0].length + 1 + lines[1].length + 1;
            lines.slice(2).forEach((l, i) => {
              anchors.push({ start: offset, end: offset + l.length, table, row: block.bodyRows[i] });
              offset += l.length + 1;
            });
          }
        } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml' || tag === 'w:ins') walk(childrenOf(n));
      }
    };
    walk(childrenOf(body));
    anchors.sort((a, b) => a.start - b.start || b.end - a.end);
    if (!text) notes.push({ severity: 'warning', zh: 'Word 文档中没有文字。', en: 'the Word document holds no text.' });
    return { format: 'docx', text: text ? text + '\n' : '', notes, anchors };
  },
};
