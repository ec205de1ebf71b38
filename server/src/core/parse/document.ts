// text → ReportDocument. Never throws; linear in the length of the text.
import type {
  DateMention, Era, Heading, NumberMention, Paragraph, ParseOptions, ParseProblem, Provenance, Report,
  ReportDocument, ReportKind, Section, Span, Table,
} from '../model';
import { computeLineStarts, splitLines, type Line } from '../text/lines';
import { findTables } from './tables';
import { findFlatTables } from './flatTables';
import { recognizeNationalTable } from './national';
import { findDatesInLine } from './dates';
import { findNumbersInLine } from './numbers';
import { buildTree, headingsAtLineStart, headingsInOrder, inlineHeadings } from './headings';
import { topicsOf } from '../format/topics';
import {
  assignDateRoles, eraOfYear, findTitle, issuerOfTitle, kindOfBody, kindOfIssuer, sliceReports, yearOfTitle,
  type ReportSlice,
} from './reports';
import { tableProblems } from './tableProblems';
import { findOpening, type Opening } from './opening';
import { splitAtReportStarts } from './reportStarts';
import { foldTraditionalFindingControl } from '../text/traditional';
import { restoreOriginalStrings } from './original';

/** An empty list to read where a line has none (one array, never written to). */
const NONE: readonly never[] = [];

/** Above this size only the beginning is parsed, and a problem says so. */
export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/**
 * `firstControl`: where the first of the characters counted here ([\x00-\x08\x0b\x0e-\x1f\ufffd]) stands,
 * −1 when none does (most texts: no loop over them), as the fold of the text found it.
 */
function looksBinary(text: string, firstControl: number): boolean {
  const n = Math.min(text.length, 65536);
  if (firstControl < 0 || firstControl >= n) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function emptyDocument(text: string, lineStarts: number[], problems: ParseProblem[]): ReportDocument {
  return { text, matchText: text, lineStarts, reports: [], headings: [], paragraphs: [], tables: [], dates: [], numbers: [], problems, parsedLength: 0, memo: undefined };
}

/** Lines inside HTML comments (<!-- … -->), which a Markdown reader never sees. */
function commentLines(lines: Line[]): Uint8Array {
  const mask = new Uint8Array(lines.length);
  let open = false;
  for (const l of lines) {
    // Trimming changes neither test: no white space in '-->'; '<!--' after the leading white space.
    const text = l.text;
    if (open) {
      mask[l.index] = 1;
      if (text.includes('-->')) open = false;
    } else if (text.charCodeAt(0) === 60 /* < */ || isWhiteSpace(text.charCodeAt(0))) {
      const lead = leadingWhiteSpace(text);
      if (text.startsWith('<!--', lead)) {
        mask[l.index] = 1;
        if (!text.includes('-->', lead + 4)) open = true;
      }
    }
  }
  return mask;
}

/** 。！？!?: 1 at their codes, one array read per character (faster here than five comparisons). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?') SENTENCE_END[c.charCodeAt(0)] = 1;

/** What `trim()` removes: JavaScript's white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many characters `trimStart()` would remove. */
function leadingWhiteSpace(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The length `trimEnd()` would leave. */
function endWithoutWhiteSpace(text: string): number {
  let e = text.length;
  while (e > 0 && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** 。！？!?：:；;）)”」』| — a line ending with one of them was not wrapped mid-sentence. */
const CLAUSE_END = new Set([...'。！？!?：:；;）)”」』|'].map((c) => c.charCodeAt(0)));

function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The sentences of [start, end): up to and including each 。！？!?, and the rest; blank ones left out. */
function sentencesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (SENTENCE_END[text.charCodeAt(i)] === 0) continue;
    // Never blank: it holds its end mark.
    out.push({ start: s, end: i + 1 });
    s = i + 1;
  }
  if (s < end && hasText(text, s, end)) out.push({ start: s, end });
  return out;
}

/** Consecutive lines form one paragraph only when the first was wrapped mid-sentence. */
function buildParagraphs(text: string, lines: Line[], skip: Uint8Array, headingLine: Uint8Array): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: { startLine: number; endLine: number; start: number; end: number } | undefined;
  const flush = () => {
    if (!cur) return;
    out.push({ start: cur.start, end: cur.end, startLine: cur.startLine, endLine: cur.endLine, sentences: sentencesOf(text, cur.start, cur.end) });
    cur = undefined;
  };
  for (const l of lines) {
    // Offsets of the trimmed text, without making it.
    const lead = skip[l.index] ? 0 : leadingWhiteSpace(l.text);
    if (skip[l.index] || lead === l.text.length) {
      flush();
      continue;
    }
    const end = l.start + endWithoutWhiteSpace(l.text);
    if (cur && !headingLine[l.index]) {
      const prev = lines[cur.endLine].text;
      const prevLength = endWithoutWhiteSpace(prev);
      const wrapped = prevLength >= 20 && !CLAUSE_END.has(prev.charCodeAt(prevLength - 1));
      if (wrapped) {
        cur.endLine = l.index;
        cur.end = end;
        continue;
      }
    }
    flush();
    cur = { startLine: l.index, endLine: l.index, start: l.start + lead, end };
  }
  flush();
  return out;
}

export function parseDocument(original: string, options: ParseOptions = {}): ReportDocument {
  const problems: ParseProblem[] = [];
  if (typeof original !== 'string') original = String(original ?? '');
  // Everything below matches the folded text (traditional characters as simplified, same length, same
  // offsets); the strings the model keeps for people to read are put back from the original at the end.
  const folded = foldTraditionalFindingControl(original);
  if (looksBinary(original, folded.firstControl)) {
    problems.push({
      start: 0, end: 0, code: 'binary-content', severity: 'warning',
      message: {
        zh: '此文件看起来不是文本（含有二进制内容），未作检查。',
        en: 'This file does not look like text (it contains binary data); it was not checked.',
      },
    });
    return emptyDocument(original, computeLineStarts(original), problems);
  }
  const text = folded.text;
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let limit = text.length;
  if (text.length > max) {
    limit = text.lastIndexOf('\n', max) + 1 || max;
    problems.push({
      start: limit, end: limit, code: 'document-truncated', severity: 'information',
      message: {
        zh: `文件过大（${text.length} 个字符），只检查了前 ${limit} 个字符。`,
        en: `The file is too large (${text.length} characters); only the first ${limit} were checked.`,
      },
    });
  }
  const lineStarts = computeLineStarts(text);
  const lines = splitLines(text, lineStarts, limit);
  const comment = commentLines(lines);
  const skip = comment.slice();
  const tableLines = new Uint8Array(lines.length);
  const tables = findTables(lines, tableLines).filter((t) => !skip[t.rows[0].line]);
  const flat = findFlatTables(lines, tableLines, skip);
  if (flat.tables.length) {
    tables.push(...flat.tables);
    tables.sort((a, b) => a.start - b.start);
  }
  for (const p of flat.problems) problems.push(p);
  for (let i = 0; i < lines.length; i++) if (tableLines[i]) skip[i] = 1;
  // A text that stops inside a table's last row without a line break was cut (a size limit): that row may
  // be half a row and is not checked.
  const cutAt = /[\r\n]$/.test(text.slice(0, limit)) ? -1 : limit;
  for (const t of tables) {
    const last = t.rows[t.rows.length - 1];
    if (t.format === 'tsv' || last.end !== cutAt) continue;
    // A row that ends with its separator ("… | 0 |") is whole; one that ends on a figure may be cut inside it.
    if (!/[|｜][ \u3000]*$/.test(text.slice(text.lastIndexOf('\n', cutAt - 1) + 1, cutAt))) t.openEnd = true;
  }
  for (const t of tables) recognizeNationalTable(t);

  // Headings at line starts (level-1 headings inside running text come per report, in sequence).
  const lineHeadings: Heading[][] = new Array(lines.length);
  const headingLine = new Uint8Array(lines.length);
  for (const l of lines) {
    if (skip[l.index]) continue;
    const hs = headingsAtLineStart(l);
    if (hs.length) {
      lineHeadings[l.index] = hs;
      headingLine[l.index] = 1;
    }
  }

  // Dates and numbers, line by line; heading markers ("1、") are not numbers.
  const datesByLine: DateMention[][] = new Array(lines.length);
  const dates: DateMention[] = [];
  const numbers: NumberMention[] = [];
  // The spans of one line that hold no number (start, end, …): one array for all lines, its first
  // `avoided` entries this line's (written over by index, never truncated: no call to resize it).
  const avoid: number[] = [];
  for (const l of lines) {
    if (skip[l.index] || l.text.length === 0) continue;
    const ds = findDatesInLine(l);
    if (ds.length) {
      datesByLine[l.index] = ds;
      for (const d of ds) dates.push(d);
    }
    let avoided = 0;
    const hs = lineHeadings[l.index];
    if (hs) {
      for (const h of hs) {
        avoid[avoided++] = h.marker.start;
        avoid[avoided++] = h.marker.end;
      }
    }
    for (const d of ds) {
      avoid[avoided++] = d.start;
      avoid[avoided++] = d.end;
    }
    const ns = findNumbersInLine(l, avoid, avoided);
    for (const n of ns) numbers.push(n);
  }

  const slices = splitAtReportStarts(lines, sliceReports(lines, skip), lineFacts(lines, skip, comment, lineHeadings, tables));
  const reports: Report[] = [];
  const allHeadings: Heading[] = [];
  // A file name can only name the report when the file holds one.
  const fileName = slices.length === 1 ? reportNameOfFile(options.fileName) : undefined;
  slices.forEach((slice, index) => {
    const report = buildReport(lines, slice, index, skip, lineHeadings, datesByLine, tables, options, fileName);
    reports.push(report);
    for (const h of headingsInOrder(report.headings)) allHeadings.push(h);
  });

  const paragraphs = buildParagraphs(text, lines, skip, headingLine);
  for (const t of tables) for (const p of tableProblems(t)) problems.push(p);
  const doc: ReportDocument = {
    text: original, matchText: text, lineStarts, reports, headings: allHeadings, paragraphs, tables, dates, numbers, problems, parsedLength: limit, memo: undefined,
  };
  if (text !== original) restoreOriginalStrings(doc, original, text);
  return doc;
}

function lineFacts(lines: Line[], skip: Uint8Array, comment: Uint8Array, lineHeadings: Heading[][], tables: Table[]) {
  const level1 = new Uint16Array(lines.length);
  const topical = new Uint8Array(lines.length);
  const nationalRow = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const h = lineHeadings[i]?.[0];
    if (h?.rank !== 1) continue;
    level1[i] = Math.min(h.ordinal, 0xffff);
    if (topicsOf(h.title.text).length) topical[i] = 1;
  }
  for (const t of tables) if (t.national) for (const r of t.rows) nationalRow[r.line] = 1;
  return { skip, comment, level1, topical, nationalRow };
}

/** "某某局2016年政府信息公开工作年度报告.txt": the year and issuer a file name gives, read like a title. */
function reportNameOfFile(fileName: string | undefined): { year?: number; issuer?: string } | undefined {
  const name = fileName?.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
  if (!name || name.length > 80 || !/信息公开|政务公开/.test(name) || !/报告|年报|总结/.test(name)) return undefined;
  const span = { start: 0, end: name.length, text: name };
  const issuer = issuerOfTitle(span)?.text;
  return { year: yearOfTitle(name), issuer: issuer && kindOfIssuer(issuer) ? issuer : undefined };
}

function buildReport(
  lines: Line[], slice: ReportSlice, index: number, skip: Uint8Array,
  lineHeadings: Heading[][], datesByLine: DateMention[][], tables: Table[], options: ParseOptions,
  fileName: { year?: number; issuer?: string } | undefined,
): Report {
  const first = lines[slice.startLine];
  const last = lines[slice.endLine - 1] ?? first;
  const start = slice.partMarker ? slice.partMarker.span.start : first?.start ?? 0;
  const end = last?.end ?? start;
  const title = findTitle(lines, slice, (i) => !!lineHeadings[i], skip);

  // Headings, in order, with inline level-1 headings found in sequence.
  const headings: Heading[] = [];
  let lastL1 = 0;
  for (let i = slice.startLine; i < slice.endLine; i++) {
    if (skip[i]) continue;
    const l = lines[i];
    const hs = lineHeadings[i] ?? NONE;
    if (hs.length && title && hs[0].start < title.end && hs[0].end > title.start) continue;
    for (const h of hs) {
      headings.push(h);
      if (h.rank === 1) lastL1 = h.ordinal;
    }
    if (l.text.length >= 30) {
      const from = hs.length ? hs[hs.length - 1].title.end - l.start : 0;
      for (const ih of inlineHeadings(l, from, lastL1)) {
        headings.push(ih);
        lastL1 = ih.ordinal;
      }
    }
  }
  const roots = buildTree(headings, end);
  // The sections: the roots of the highest rank among them.
  let minRank = Infinity;
  for (const r of roots) if (r.rank < minRank) minRank = r.rank;
  const sections: Section[] = [];
  // Topics of the level-1 headings and of the roots, read once (the sections take them too).
  for (const h of headings) {
    if (h.rank !== 1 && h.depth !== 1) continue;
    const t = topicsOf(h.title.text);
    h.topic = t[0];
    if (h.depth === 1 && h.rank === minRank) sections.push({ start: h.start, end: h.sectionEnd, heading: h, topics: t });
  }

  const report: Report = {
    start, end, index, headings: roots, sections: [], tables: tables.filter((t) => t.start >= start && t.start < end),
    yearEvidence: {}, era: 'legacy', eraSource: 'default', kind: 'department', kindSource: 'default', memo: undefined,
  };
  if (slice.partMarker) report.partMarker = { text: slice.partMarker.text, span: slice.partMarker.span };
  if (title) report.title = title;
  let afterTitle = slice.startLine + (slice.partMarker ? 1 : 0);
  if (title) while (afterTitle < slice.endLine && lines[afterTitle].start < title.end) afterTitle++;
  const found = findOpening(lines, afterTitle, slice.endLine, skip, (i) => !!lineHeadings[i]);
  if (found) {
    const t = found.line.text;
    const lead = t.length - t.trimStart().length;
    const text = t.slice(lead, found.opening.end).trimEnd();
    report.opening = { start: found.line.start + lead, end: found.line.start + lead + text.length, text };
  }
  const opening = found?.opening;

  assignDateRoles(report, lines, slice.startLine, slice.endLine, datesByLine);
  inferYear(report, slice, datesByLine, options, opening, fileName);
  inferEra(report, options);
  inferIssuerAndKind(report, lines, slice, options, opening, found?.line.start ?? 0, fileName);

  report.sections = sections;
  return report;
}

function inferYear(
  report: Report, slice: ReportSlice, datesByLine: DateMention[][], options: ParseOptions,
  opening: Opening | undefined, fileName: { year?: number } | undefined,
): void {
  const ev = report.yearEvidence;
  if (report.title) {
    const y = yearOfTitle(report.title.text);
    if (y) ev.title = y;
  }
  if (opening?.year) ev.opening = opening.year;
  if (fileName?.year) ev.fileName = fileName.year;
  // A period of several whole years ("自2003年至2008年") names no one year.
  const period = report.period;
  const severalYears = period?.from?.month === undefined && period?.to?.year !== undefined && period.to.year !== period.from?.year;
  if (period?.from?.year && !severalYears) ev.period = period.from.year;
  if (report.signature?.date?.year) ev.signature = report.signature.date.year;
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = slice.startLine; i < slice.endLine; i++) {
    for (const d of datesByLine[i] ?? NONE) {
      if (d.role !== 'body' || d.year === undefined) continue;
      counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
      total++;
    }
  }
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  if (best !== undefined) ev.body = { year: best, count: counts.get(best)!, total };

  const pick: Array<[number | undefined, Provenance]> = [
    [options.year, 'option'],
    [ev.title, 'title'],
    [ev.opening, 'opening'],
    [ev.period, 'period'],
    [ev.fileName, 'fileName'],
    [ev.signature !== undefined ? ev.signature - 1 : undefined, 'signature'],
    [ev.body?.year, 'body'],
  ];
  for (const [y, source] of pick) {
    if (y !== undefined) {
      report.year = y;
      report.yearSource = source;
      return;
    }
  }
}

function inferEra(report: Report, options: ParseOptions): void {
  let era: Era | undefined;
  let source: Provenance = 'default';
  if (options.era) [era, source] = [options.era, 'option'];
  else if (report.year !== undefined) [era, source] = [eraOfYear(report.year), 'year'];
  else {
    const tableEra = report.tables.map((t) => t.national?.era).find((e) => e);
    if (tableEra) [era, source] = [tableEra, 'labels'];
    else if (report.tables.some((t) => t.national)) [era, source] = ['2021', 'labels'];
  }
  report.era = era ?? 'legacy';
  report.eraSource = source;
}

function inferIssuerAndKind(
  report: Report, lines: Line[], slice: ReportSlice, options: ParseOptions,
  opening: Opening | undefined, openingLineStart: number, fileName: { issuer?: string } | undefined,
): void {
  // Written out rather than spread: the same fields in the same order, without copying an object.
  const fromTitle = report.title && issuerOfTitle(report.title);
  const fromSignature = report.signature?.issuer;
  if (fromTitle) report.issuer = { start: fromTitle.start, end: fromTitle.end, text: fromTitle.text, source: 'title' };
  else if (opening?.issuer) {
    const { start, end, text } = opening.issuer;
    report.issuer = { start: openingLineStart + start, end: openingLineStart + end, text, source: 'opening' };
  } else if (fileName?.issuer) report.issuer = { start: report.start, end: report.start, text: fileName.issuer, source: 'fileName' };
  else if (fromSignature) report.issuer = { start: fromSignature.start, end: fromSignature.end, text: fromSignature.text, source: 'signature' };
  let kind: ReportKind | undefined;
  let source: Provenance = 'default';
  if (options.kind) [kind, source] = [options.kind, 'option'];
  if (!kind && report.issuer) {
    kind = kindOfIssuer(report.issuer.text);
    if (kind) source = 'issuer';
  }
  if (!kind && report.signature?.issuer) {
    kind = kindOfIssuer(report.signature.issuer.text);
    if (kind) source = 'signature';
  }
  if (!kind) {
    // The opening paragraphs say "我局…" or "我区…".
    let sample = '';
    for (let i = slice.startLine; i < slice.endLine && sample.length < 3000; i++) sample += lines[i].text;
    kind = kindOfBody(sample);
    if (kind) source = 'body';
  }
  report.kind = kind ?? 'department';
  report.kindSource = source;
}
