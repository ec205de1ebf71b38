// Reports pasted one after another without 第X篇 markers: a new report starts at a title line, or at an
// opening sentence that names the report, once the report before it has content of its own.
import { isSpace } from '../text/chars';
import type { Line } from '../text/lines';
import { readOpening } from './opening';
import { kindOfIssuer, yearOfTitle, type ReportSlice } from './reports';

/** What the parser already knows about each line. */
export interface LineFacts {
  /** Lines that are not prose: comments and table rows (which may hold a page's title or text in its layout). */
  skip: Uint8Array;
  /** Lines inside HTML comments (a file's source note, which belongs to the report after it). */
  comment: Uint8Array;
  /** The ordinal of a level-1 heading (一、) at the line's start, 0 when there is none. */
  level1: Uint16Array;
  /** 1 when that heading names a part of a report (概述, 主动公开, …). */
  topical: Uint8Array;
  /** Rows of a recognized national statistics table. */
  nationalRow: Uint8Array;
}

/** A title after this much prose, in characters (or after a heading or table), starts a new report; an opening after more. */
const PROSE_BEFORE_TITLE = 150;
const PROSE_BEFORE_OPENING = 300;
const PROSE_LINE_MIN_LENGTH = 20;
/** How far an opening without year or part list looks for the 一、 that proves a new report begins. */
const OPENING_LOOKAHEAD = 15;

const SENTENCE_MARK = /[。，,；;：:！？!?]/;
const REPORT_END = /(?:年度报告|工作报告|年报|报告|工作总结|总结)$/;
const DISCLOSURE = /信息公开|政务公开/;
/** Words of a sentence, not of a title ("我局编制了2016年……年度报告" wrapped on its own line). */
const SENTENCE_WORDS = /根据|按照|依据|编制|公布|发布|我[局办委区县市镇乡]|本(?:局|机关|单位)/;

/** Splits each slice where another report begins. */
export function splitAtReportStarts(lines: Line[], slices: ReportSlice[], facts: LineFacts): ReportSlice[] {
  const out: ReportSlice[] = [];
  for (const slice of slices) {
    let current: ReportSlice = { ...slice };
    let content = emptyContent();
    for (let i = slice.startLine + (slice.partMarker ? 1 : 0); i < slice.endLine; i++) {
      if (facts.comment[i]) continue;
      if (facts.nationalRow[i]) {
        content.table = true;
        continue;
      }
      // Other table rows are page chrome, or prose a page put in a layout table ("正文…… |"): read their words.
      const text = facts.skip[i] ? titleText(lines[i]) : lines[i].text;
      if (isBlank(text)) continue;
      if (content.table || content.heading || content.prose >= PROSE_BEFORE_TITLE) {
        const start = reportStartAt(lines, i, slice.endLine, facts);
        if (start && start.line > current.startLine && enoughFor(content, start.kind)) {
          current.endLine = start.line;
          out.push(current);
          current = { startLine: start.line, endLine: slice.endLine };
          content = emptyContent();
        }
      }
      if (facts.topical[i]) content.heading = true;
      else if (content.prose < PROSE_BEFORE_OPENING && text.length >= PROSE_LINE_MIN_LENGTH && SENTENCE_MARK.test(text)) {
        content.prose += text.trim().length;
      }
    }
    out.push(current);
  }
  return out;
}

interface Content {
  heading: boolean;
  table: boolean;
  /** Characters of prose lines. */
  prose: number;
}

function emptyContent(): Content {
  return { heading: false, table: false, prose: 0 };
}

function enoughFor(c: Content, kind: 'title' | 'opening'): boolean {
  return c.heading || c.table || c.prose >= (kind === 'title' ? PROSE_BEFORE_TITLE : PROSE_BEFORE_OPENING);
}

/** The first line of a report that begins at line i (its title block, source comment included). */
function reportStartAt(lines: Line[], i: number, end: number, facts: LineFacts): { line: number; kind: 'title' | 'opening' } | undefined {
  const title = titleAt(lines, i, end, facts);
  if (title !== undefined) {
    let line = i;
    // "淮安市人民政府" above "2024 年政府信息公开工作年度报告": the issuer line belongs to the title.
    const above = i > 0 ? titleText(lines[i - 1]) : '';
    if (/^(?:\d|[一二][〇○零]|政府信息|信息公开|年度)/.test(title) && isIssuerLine(above)) line = i - 1;
    return { line: withLeadingNotes(lines, line, facts), kind: 'title' };
  }
  const opening = readOpening(lines[i].text);
  if (!opening || !(opening.year !== undefined || opening.listsParts || nextLevel1IsFirst(i + 1, end, facts))) return undefined;
  let line = i;
  // A title without a year ("政府信息公开年报") or an "引言" line above the opening belongs to it.
  for (let k = previousNonBlank(lines, line - 1, facts); k !== undefined; k = previousNonBlank(lines, k - 1, facts)) {
    const t = titleText(lines[k]);
    if (!/^(?:引言|前言)$/.test(t) && !isLooseTitle(t)) break;
    line = k;
  }
  return { line: withLeadingNotes(lines, line, facts), kind: 'opening' };
}

/** The title that starts at line i, alone or with the next line ("……2009年政府信息" + "公开工作年度报告"). */
function titleAt(lines: Line[], i: number, end: number, facts: LineFacts): string | undefined {
  const text = titleText(lines[i]);
  if (text.length > 60 || (text.indexOf('信息') < 0 && text.indexOf('政务') < 0)) return undefined; // most lines, cheaply
  if (isStrictTitle(text)) return text;
  // A title split over two lines has its year in the first (isSplitTitle): most lines have none.
  if (text.length > 40 || yearOfTitle(text) === undefined) return undefined;
  const next = nextNonBlank(lines, i + 1, end, facts);
  const nextText = next === undefined ? '' : titleText(lines[next]);
  return isSplitTitle(text, nextText) ? text + nextText : undefined;
}

/** A report title with its year: short, no sentence, names 信息公开 and ends with 报告/年报/总结. */
function isStrictTitle(s: string): boolean {
  return isLooseTitle(s) && yearOfTitle(s) !== undefined && !SENTENCE_WORDS.test(s);
}

/** "绵阳市环境保护局2009年政府信息" + "公开工作年度报告": the year in the first line, which is not a date. */
function isSplitTitle(first: string, second: string): boolean {
  return (
    first.length <= 40 && second.length <= 20 && !REPORT_END.test(first) && yearOfTitle(first) !== undefined &&
    yearOfTitle(second) === undefined && !/\d[ \u3000]*月/.test(first) && isStrictTitle(first + second)
  );
}

/** The characters a title ends with: 报告, 年报, 总结 (REPORT_END), or a bracket after them. */
const TITLE_LAST = new Set([...'告报结）)'].map((c) => c.charCodeAt(0)));

function isLooseTitle(s: string): boolean {
  if (s.length === 0 || s.length > 60 || s.charCodeAt(0) === 0x9644 /* 附 */) return false;
  // Only a bracket at the end is removed before REPORT_END is tested: any other last character stays last.
  if (!TITLE_LAST.has(s.charCodeAt(s.length - 1))) return false;
  const outsideBrackets = s.replace(/[（(][^）)]*[）)]/g, '');
  return !SENTENCE_MARK.test(outsideBrackets) && DISCLOSURE.test(s) && REPORT_END.test(outsideBrackets);
}

/** Whether `s` holds nothing but white space (what `\s` matches): a loop, which stops at the first other character. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

function isIssuerLine(s: string): boolean {
  return /^[\u4e00-\u9fff（）()]{2,30}$/.test(s) && !DISCLOSURE.test(s) && kindOfIssuer(s) !== undefined;
}

/** The line's words: no Markdown marks, no table chrome after a "|". */
function titleText(line: Line): string {
  const bar = line.text.indexOf('|');
  const text = (bar >= 0 ? line.text.slice(0, bar) : line.text).trim();
  const marked = text.startsWith('#') || text.startsWith('*') || text.endsWith('*');
  return marked ? text.replace(/^#+[ \t]*|^\*\*|\*\*$/g, '').trim() : text;
}

/** Moves a start back over the blank lines and comments (a file's source note) right above it. */
function withLeadingNotes(lines: Line[], line: number, facts: LineFacts): number {
  let start = line;
  for (let k = line - 1; k >= 0; k--) {
    if (facts.comment[k]) start = k;
    else if (lines[k].text.trim() !== '') break;
  }
  return start;
}

function nextLevel1IsFirst(from: number, end: number, facts: LineFacts): boolean {
  for (let k = from, seen = 0; k < end && seen < OPENING_LOOKAHEAD; k++) {
    if (facts.skip[k]) continue;
    seen++;
    if (facts.level1[k]) return facts.level1[k] === 1;
  }
  return false;
}

function nextNonBlank(lines: Line[], from: number, end: number, facts: LineFacts): number | undefined {
  for (let k = from; k < end; k++) if (!facts.comment[k] && titleText(lines[k])) return k;
  return undefined;
}

function previousNonBlank(lines: Line[], from: number, facts: LineFacts): number | undefined {
  for (let k = from; k >= 0; k--) {
    if (facts.comment[k]) return undefined;
    if (titleText(lines[k])) return k;
  }
  return undefined;
}
