// The report as it will be published, as data: titles, headings by level, paragraphs, tables with their
// merged header cells, every checked figure with its ✓/✗ and the findings next to the block they are in.
// Every block carries its lines (scroll sync) and every mark and finding its range (reveal in the editor).
import type { Finding, Language, Severity } from '../findings';
import { localize } from '../findings';
import type { NianbaoConfig } from '../config';
import type { Heading, Paragraph, Report, ReportDocument, Span, Table } from '../model';
import { numbersIn } from '../analysis/breakdowns';
import { TABLE_NAMES } from '../format/names';
import { positionAt } from '../text/lines';
import { cellMark, FindingIndex, proseMark, proseVerdicts, type Mark, type MarkContext, type Verdict } from './marks';
import { mergePaths, pathDepth, splitPath } from './mergedHeaders';

export type { Mark, Verdict };

/** A run of text; `mark` for a checked figure, `finding` for text a finding is about. */
export interface Inline extends Span {
  text: string;
  mark?: Mark;
  finding?: Severity;
}

export interface PreviewFinding extends Span {
  line: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

interface BlockBase extends Span {
  line: number;
  endLine: number;
  findings: PreviewFinding[];
}

export interface TableCellModel extends Span {
  text: string;
  header: boolean;
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
  blank: boolean;
  mark?: Mark;
}

export interface TableRowModel {
  line: number;
  cells: TableCellModel[];
}

export type Block =
  | (BlockBase & { kind: 'part'; text: string; title?: string })
  | (BlockBase & { kind: 'title'; text: string })
  | (BlockBase & { kind: 'heading'; rank: Heading['rank']; content: Inline[] })
  | (BlockBase & { kind: 'paragraph'; content: Inline[]; runIn?: { rank: Heading['rank']; content: Inline[] }; align?: 'right' })
  | (BlockBase & { kind: 'table'; name?: string; head: TableRowModel[]; body: TableRowModel[] });

export interface PreviewModel {
  blocks: Block[];
  lineCount: number;
}

export interface PreviewOptions {
  lang: Language;
  config?: Readonly<NianbaoConfig>;
  /** The document's findings (what the diagnostics show): marked where they are and listed by their block. */
  findings?: readonly Finding[];
}

/** Markdown heading hashes a .md report may put before a line. */
const MD_HASHES = /^#{1,6}[ \t]+/;

function lineOf(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line;
}

export function previewModel(doc: ReportDocument, options: PreviewOptions): PreviewModel {
  const findings = options.findings ?? [];
  const ctx: MarkContext = { lang: options.lang, config: options.config, findings };
  const builder = new Builder(doc, ctx, findings);
  builder.build();
  attachFindings(doc, builder.blocks, findings, options.lang);
  return { blocks: builder.blocks, lineCount: doc.lineStarts.length };
}

class Builder {
  readonly blocks: Block[] = [];
  private readonly verdicts;
  private readonly findings: FindingIndex;
  private readonly headingAt = new Map<number, Heading>();
  private readonly titleOf: Array<{ report: Report; span: Span }> = [];
  private readonly signatureLines = new Set<number>();
  private readonly emittedTitles = new Set<Report>();
  private readonly partAt = new Map<number, Report>();

  constructor(
    private readonly doc: ReportDocument,
    private readonly ctx: MarkContext,
    findings: readonly Finding[],
  ) {
    this.findings = new FindingIndex(doc, findings);
    this.verdicts = proseVerdicts(doc);
    for (const h of doc.headings) if (!h.inline && !this.headingAt.has(h.line)) this.headingAt.set(h.line, h);
    for (const r of doc.reports) {
      if (r.partMarker) this.partAt.set(lineOf(doc, r.partMarker.span.start), r);
      if (r.title) this.titleOf.push({ report: r, span: r.title });
      for (const s of [r.signature?.date, r.signature?.issuer]) if (s) this.signatureLines.add(lineOf(doc, s.start));
    }
  }

  build(): void {
    const { doc } = this;
    let t = 0;
    for (const para of doc.paragraphs) {
      while (t < doc.tables.length && doc.tables[t].start < para.start) this.table(doc.tables[t++]);
      this.paragraph(para);
    }
    while (t < doc.tables.length) this.table(doc.tables[t++]);
  }

  private push(block: Block): void {
    this.blocks.push(block);
  }

  /** The text of [start, end) as printed: wrapped lines joined, Markdown heading hashes dropped. */
  private plain(start: number, end: number): string {
    return this.doc.text.slice(start, end).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '').replace(MD_HASHES, '').trim();
  }

  /** A paragraph of the parse, split where a title or a heading line starts inside it. */
  private paragraph(para: Paragraph): void {
    const { doc } = this;
    let from = para.start;
    let line = para.startLine;
    while (line <= para.endLine && from < para.end) {
      const lineEnd = Math.min(para.end, line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length);
      const part = this.partAt.get(line);
      if (part?.partMarker && part.partMarker.span.start >= from && part.partMarker.span.start < lineEnd) {
        const end = this.trimEnd(from, lineEnd);
        // "第一篇:某某局2009年政府信息公开工作年度报告": the marker and the report's title on one line.
        const title = part.title && part.title.start >= from && part.title.end <= end ? part.title.text : undefined;
        if (title) this.emittedTitles.add(part);
        const text = title ? part.partMarker.text : this.plain(from, end);
        this.push({ kind: 'part', text, ...(title ? { title } : {}), start: from, end, line, endLine: line, findings: [] });
        from = this.skipSpace(lineEnd, para.end);
        line = lineOf(doc, from);
        continue;
      }
      const title = this.titleOf.find((x) => (!this.emittedTitles.has(x.report) || x.span.start <= from) && x.span.start < para.end && x.span.end > from && x.span.start < lineEnd);
      if (title) {
        if (!this.emittedTitles.has(title.report)) {
          this.emittedTitles.add(title.report);
          const end = Math.max(title.span.end, from); // a title over two lines may span two paragraphs
          this.push({ kind: 'title', text: title.report.title!.text.replace(MD_HASHES, '').trim(), start: from, end, line, endLine: lineOf(doc, Math.max(from, end - 1)), findings: [] });
        }
        from = Math.max(from, title.span.end);
        line = lineOf(doc, from);
        from = this.skipSpace(from, para.end);
        continue;
      }
      const heading = this.headingAt.get(line);
      if (heading && heading.start >= from && heading.start < lineEnd) {
        if (heading.runIn) {
          // The heading's own closing mark ("（三）落实…质量。") stays with it.
          const bodyStart = /[。．.：:，,；;！!？?]/.test(doc.text[heading.title.end] ?? '') ? heading.title.end + 1 : heading.title.end;
          this.push({
            kind: 'paragraph', start: from, end: para.end, line, endLine: para.endLine, findings: [],
            runIn: { rank: heading.rank, content: this.inline(from, bodyStart) },
            content: this.inline(bodyStart, para.end),
          });
          return;
        }
        const end = this.trimEnd(from, lineEnd);
        this.push({ kind: 'heading', rank: heading.rank, start: from, end, line, endLine: line, findings: [], content: this.inline(from, end) });
        from = this.skipSpace(lineEnd, para.end);
        line = lineOf(doc, from);
        continue;
      }
      // Ordinary lines up to the next title or heading line of the paragraph.
      let last = line;
      while (last + 1 <= para.endLine && !this.headingAt.has(last + 1) && !this.partAt.has(last + 1) && !this.titleOf.some((x) => lineOf(doc, x.span.start) === last + 1)) last++;
      const end = last + 1 < doc.lineStarts.length ? Math.min(para.end, doc.lineStarts[last + 1]) : para.end;
      const stop = this.trimEnd(from, end);
      const right = line === last && this.signatureLines.has(line);
      this.push({ kind: 'paragraph', start: from, end: stop, line, endLine: last, findings: [], content: this.inline(from, stop), ...(right ? { align: 'right' as const } : {}) });
      from = this.skipSpace(end, para.end);
      line = last + 1;
    }
  }

  private skipSpace(from: number, limit: number): number {
    while (from < limit && /\s/.test(this.doc.text[from])) from++;
    return from;
  }

  private trimEnd(from: number, end: number): number {
    while (end > from && /\s/.test(this.doc.text[end - 1])) end--;
    return end;
  }

  /** [start, end) as runs: each checked figure marked, other text a finding is about underlined. */
  private inline(start: number, end: number): Inline[] {
    const { doc } = this;
    const decorations: Array<Span & { mark?: Mark; finding?: Severity }> = [];
    for (const n of numbersIn(doc, start, end)) {
      const mark = proseMark(doc, n, this.verdicts, this.ctx, this.findings);
      if (mark) decorations.push({ start: n.start, end: n.end, mark });
    }
    for (const f of this.findings.within(lineOf(doc, start), lineOf(doc, Math.max(start, end - 1)))) {
      if (f.start >= f.end || f.start < start || f.end > end) continue;
      decorations.push({ start: f.start, end: f.end, finding: f.severity });
    }
    decorations.sort((a, b) => a.start - b.start || (a.mark ? -1 : 1));
    const out: Inline[] = [];
    let at = start;
    const text = (s: number, e: number) => doc.text.slice(s, e).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
    for (const d of decorations) {
      if (d.start < at) continue; // overlaps one already placed
      if (d.start > at) out.push({ start: at, end: d.start, text: text(at, d.start) });
      out.push({ start: d.start, end: d.end, text: text(d.start, d.end), ...(d.mark ? { mark: d.mark } : { finding: d.finding }) });
      at = d.end;
    }
    if (at < end) out.push({ start: at, end, text: text(at, end) });
    if (out.length) out[0].text = out[0].text.replace(MD_HASHES, '');
    return out.filter((r) => r.text.length);
  }

  private table(table: Table): void {
    const { doc } = this;
    const rows = table.rows.filter((r) => !r.isDelimiter);
    const delimiter = table.rows.findIndex((r) => r.isDelimiter);
    const nationalRows = new Set(table.national?.rows.map((r) => r.row));
    let headCount: number;
    if (delimiter > 0) headCount = table.rows.slice(0, delimiter).length;
    else if (table.national) {
      headCount = 0;
      while (headCount < rows.length - 1 && !nationalRows.has(rows[headCount])) headCount++;
    } else headCount = 0;
    const head = rows.slice(0, headCount);
    const body = rows.slice(headCount);

    // Row labels: the first cell of body rows, when it is text; split into levels when written as paths.
    const labelled = body.length > 0 && body.filter((r) => r.cells[0]?.kind === 'text').length * 2 >= body.length;
    const labelPaths = labelled ? body.map((r) => splitPath(r.cells[0]?.text ?? '')) : [];
    const labelDepth = labelled ? Math.max(1, pathDepth(labelPaths)) : 0;

    const headModel: TableRowModel[] = [];
    if (head.length === 1 && head[0].cells.some((c) => / \/ /.test(c.text))) {
      // One row of flattened paths: rebuild the levels of the header.
      const cells = head[0].cells;
      const corner = labelled ? cells[0] : undefined;
      const labels = labelled ? cells.slice(1) : cells;
      const levels = mergePaths(labels.map((c) => splitPath(c.text)));
      const depth = levels.length;
      for (let k = 0; k < depth; k++) {
        const out: TableCellModel[] = [];
        if (k === 0 && corner) out.push(this.headerCell(corner.text, corner, depth, labelDepth));
        for (const c of levels[k]) {
          const first = labels[c.first];
          const last = labels[c.first + c.across - 1];
          out.push(this.headerCell(c.text, { start: first.start, end: last.end }, c.deep, c.across));
        }
        headModel.push({ line: head[0].line, cells: out });
      }
    } else {
      for (const r of head) {
        const cells = r.cells.map((c, j) => this.headerCell(c.text, c, 1, j === 0 && labelled ? labelDepth : 1));
        headModel.push({ line: r.line, cells });
      }
    }

    const bodyModel: TableRowModel[] = body.map((r) => ({ line: r.line, cells: [] }));
    if (labelled) {
      const levels = mergePaths(labelPaths);
      for (let k = 0; k < levels.length; k++) {
        for (const c of levels[k]) {
          const label = body[c.first].cells[0];
          bodyModel[c.first].cells.push({ ...this.headerCell(c.text, label, c.across, c.deep), header: true });
        }
      }
    }
    const national = table.national;
    body.forEach((r, i) => {
      for (const cell of labelled ? r.cells.slice(1) : r.cells) {
        const mark = national ? cellMark(doc, national, cell, this.ctx, this.findings) : undefined;
        bodyModel[i].cells.push({
          start: cell.start, end: cell.end, text: cell.text, header: false, rowSpan: 1, colSpan: 1,
          numeric: cell.kind === 'number', blank: cell.kind === 'blank', ...(mark ? { mark } : {}),
        });
      }
    });
    const last = table.rows[table.rows.length - 1];
    this.push({
      kind: 'table', start: table.start, end: table.end, line: table.rows[0].line, endLine: last.line, findings: [],
      ...(national ? { name: localize(TABLE_NAMES[national.id].full, this.ctx.lang) } : {}),
      head: headModel, body: bodyModel,
    });
  }

  private headerCell(text: string, span: Span, rowSpan: number, colSpan: number): TableCellModel {
    return { start: span.start, end: span.end, text, header: true, rowSpan, colSpan, numeric: false, blank: !text };
  }
}

/** Each finding goes with the block it starts in, else the last block before it (else the first). */
function attachFindings(doc: ReportDocument, blocks: Block[], findings: readonly Finding[], lang: Language): void {
  if (!blocks.length) return;
  for (const f of findings) {
    let target = blocks[0];
    for (const b of blocks) {
      if (b.start > f.start) break;
      target = b;
    }
    target.findings.push({ start: f.start, end: f.end, line: lineOf(doc, f.start), severity: f.severity, ruleId: f.ruleId, message: localize(f.message, lang) });
  }
}
