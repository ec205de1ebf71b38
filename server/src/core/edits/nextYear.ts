// 由上年报告生成本年度报告: next year's draft from last year's report. Years and the 统计期限 move on a
// year; other dates of last year and every figure become visible placeholders (unfilled-field flags them);
// 表三 二、上年结转 is filled from last year's 四、结转下年度继续办理; the prose is kept, with a marker before
// every sentence that carries a figure or a year.
import type { LocalizedText, Report, ReportDocument, Span } from '../model';
import type { TextEdit } from '../findings';
import { PLACEHOLDER, REVIEW_MARKER, REVIEW_TABLE_MARKER } from '../format/placeholders';
import { lineBreakOf } from '../text/lines';
import { TABLE_B_COLUMNS } from '../format/tableLabels';
import { eraOfYear } from '../parse/reports';
import { ERA_NAMES } from '../format/names';

export interface NextYearDraft {
  /** The draft: the chosen report's text, changed. */
  text: string;
  /** The year the draft reports on. */
  year: number;
  /** What the writer should know (a change of format between the years). */
  notes: LocalizedText[];
}

const YEAR_BEFORE_NIAN = /(?<![\d０-９])([12][0-9]{3}|[１２][０-９]{3})(?=[ \u3000]*年)/g;

function toHalf(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function overlaps(spans: Span[], s: Span): boolean {
  return spans.some((x) => x.start < s.end && x.end > s.start);
}

/** The report a draft is made from: the first with a known year. */
export function draftSource(doc: ReportDocument): Report | undefined {
  return doc.reports.find((r) => r.year !== undefined);
}

/** Edits turning the report into next year's draft (offsets into doc.text). */
function draftEdits(doc: ReportDocument, report: Report): TextEdit[] {
  const year = report.year!;
  const edits: TextEdit[] = [];
  const inReport = (s: Span) => s.start >= report.start && s.end <= report.end;
  const tableSpans: Span[] = report.tables;

  // Tables: every figure a placeholder, but 二、上年结转 is last year's 四. A table rebuilt from one cell a
  // line (or columns of spaces) would not be read again without its figures: it is kept, with a marker after it.
  for (const t of report.tables) {
    if (t.format === 'lines' || t.format === 'spaced') {
      edits.push({ start: t.end, end: t.end, newText: `${lineBreakOf(doc.text)}${REVIEW_TABLE_MARKER}` });
      continue;
    }
    const carried = new Map<string, string>();
    if (t.national?.id === 'B') {
      for (const c of TABLE_B_COLUMNS) {
        const next = t.national.cell('四', c.id);
        if (next?.kind === 'number') carried.set(c.id, next.text.trim());
      }
    }
    for (const row of t.rows) {
      for (const cell of row.cells) {
        if (cell.kind !== 'number') continue;
        const fromLastYear = t.national?.id === 'B' && cell.rowId === '二' && cell.colId ? carried.get(cell.colId) : undefined;
        edits.push({ start: cell.start, end: cell.end, newText: fromLastYear ?? PLACEHOLDER });
      }
    }
  }

  // Dates: the period a year later; other dates of these years a placeholder day in the year after.
  const dateSpans: Span[] = [];
  for (const d of doc.dates) {
    if (!inReport(d) || overlaps(tableSpans, d) || d.year === undefined) continue;
    dateSpans.push(d);
    if (d.role === 'period-start' || d.role === 'period-end' || d.month === undefined) {
      // The period, and a year written alone ("2018年度"), a year later as written.
      if (d.month === undefined && (d.year < year - 1 || d.year > year + 1)) continue;
      const raw = doc.text.slice(d.start, d.end);
      const shifted = raw.replace(/[0-9０-９]{4}/, (y) => String(Number(toHalf(y)) + 1));
      if (shifted !== raw) edits.push({ start: d.start, end: d.end, newText: shifted });
      else edits.push({ start: d.start, end: d.end, newText: `${d.year + 1}年${d.month ?? 1}月${d.day ?? 1}日` });
    } else if (d.year >= year - 1 && d.year <= year + 1) {
      // Written as it was (spaces, dots), the year a year later and month and day placeholders.
      const raw = doc.text.slice(d.start, d.end);
      const arabic = /^([^0-9０-９]*)([0-9０-９]{4})(.*)$/s.exec(raw);
      const newText = arabic && /[0-9０-９]/.test(arabic[3])
        ? arabic[1] + String(d.year + 1) + arabic[3].replace(/[0-9０-９]+/g, PLACEHOLDER)
        : `${d.year + 1}年${PLACEHOLDER}月${PLACEHOLDER}日`;
      edits.push({ start: d.start, end: d.end, newText });
    }
  }

  // Years in the text ("2024年", "2023年度"): last year's, this and the next one move on a year; older ones
  // name the past ("2019年以来") and stay.
  const body = doc.text.slice(report.start, report.end);
  for (const m of body.matchAll(YEAR_BEFORE_NIAN)) {
    const s = { start: report.start + m.index!, end: report.start + m.index! + m[0].length };
    const y = Number(toHalf(m[0]));
    if (overlaps(tableSpans, s) || overlaps(dateSpans, s) || y < year - 1 || y > year + 1) continue;
    edits.push({ ...s, newText: String(y + 1) });
  }

  // Figures of the prose: Arabic numbers with a unit ("132件", "48.0%"); Chinese numerals are wording. The
  // applications carried over ("上年结转6件") are last year's 四、结转下年度继续办理 总计.
  const carriedTotal = report.tables.find((t) => t.national?.id === 'B')?.national?.cell('四', '总计');
  const carried = carriedTotal?.kind === 'number' ? carriedTotal.text.trim() : undefined;
  for (const n of doc.numbers) {
    if (!inReport(n) || n.numeral === 'chinese' || !n.unit || overlaps(tableSpans, n)) continue;
    // "等6个部分": the report's own parts, not a figure of the year.
    if (/^[ \u3000]*部分/.test(doc.text.slice(n.end, n.end + 3))) continue;
    const raw = doc.text.slice(n.start, n.end);
    const at = raw.search(/[0-9０-９]/);
    const digits = /^[0-9０-９][0-9０-９,，.．]*(?:万|亿)?/.exec(raw.slice(at));
    if (at < 0 || !digits) continue;
    const end = n.start + at + digits[0].replace(/[,，.．]$/, '').length;
    // "2400余次" → "××次": the approximation goes with the figure it qualified.
    const approx = /^[ \u3000]*[余多]/.exec(doc.text.slice(end, end + 2));
    const s = { start: n.start + at, end: end + (approx ? approx[0].length : 0) };
    const fromLastYear = n.unit === '件' && carried !== undefined && /上年(?:度)?结转(?:申请|政府信息公开申请)?[ \u3000]*$/.test(doc.matchText.slice(Math.max(0, s.start - 14), s.start));
    edits.push({ ...s, newText: fromLastYear ? carried : PLACEHOLDER });
  }

  // A marker before each sentence with a figure or a year; not in the title, headings or the signature, which
  // must stay recognizable.
  const fixed: Span[] = [report.title, report.opening, report.signature?.issuer, report.signature?.date, ...doc.headings.map((h) => ({ start: h.start, end: h.title.end }))]
    .filter((x): x is Span => !!x);
  const changed = edits.map((e) => ({ start: e.start, end: e.end }));
  for (const p of doc.paragraphs) {
    if (!inReport(p) || overlaps(tableSpans, p)) continue;
    for (const s of p.sentences) {
      if (overlaps(fixed, s)) continue;
      const text = doc.text.slice(s.start, s.end);
      if (!overlaps(changed, s) && !/[0-9０-９]{4}[ \u3000]*年/.test(text)) continue;
      const lead = text.length - text.trimStart().length;
      edits.push({ start: s.start + lead, end: s.start + lead, newText: REVIEW_MARKER });
    }
  }
  return edits;
}

/** Next year's draft from the report in `doc` (the first with a year); undefined when no report gives its year. */
export function nextYearDraft(doc: ReportDocument): NextYearDraft | undefined {
  const report = draftSource(doc);
  if (!report) return undefined;
  const year = report.year! + 1;
  const start = report.title ? Math.min(report.title.start, report.start) : report.start;
  const end = Math.min(report.end, doc.parsedLength);
  // Inserts at one offset keep their order; a replacement and an insert at its start: the insert first.
  const edits = draftEdits(doc, report)
    .filter((e) => e.start >= start && e.end <= end)
    .sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  let out = '';
  let at = start;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edits: the first wins
    out += doc.text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  out += doc.text.slice(at, end);
  const notes: LocalizedText[] = [];
  const era = eraOfYear(year);
  if (era !== report.era) {
    notes.push({
      zh: `${year}年度报告应使用${ERA_NAMES[era].zh}，上年报告是${ERA_NAMES[report.era].zh}：请按新格式调整各部分和统计表。`,
      en: `A report on ${year} uses the ${ERA_NAMES[era].en}; last year's is in the ${ERA_NAMES[report.era].en}: adapt its parts and tables to the new format.`,
    });
  }
  return { text: out, year, notes };
}
