// The opening sentence of a report published without a title line: "根据《中华人民共和国政府信息公开条例》……
// 现公布本机关2016年度政府信息公开工作年度报告", "本报告由……编制", "××街道2025年政府信息公开工作年度报告是根据……".
// It names the report (often with its year and issuer) and so stands in for the title. Pure string work:
// shared by detection (detect.ts), report splitting and the parser.
import { foldDigits } from '../text/chars';
import type { Line } from '../text/lines';
import { issuerOfTitle, kindOfIssuer, yearOfTitle } from './reports';

export interface Opening {
  /** End of the sentence(s) read, as an offset into the text given. */
  end: number;
  /** The year of the report the sentence names ("现公布……2016年度……年度报告"). */
  year?: number;
  /** The body the report is of, named in the report's name or as its compiler ("由××区人民政府办公室编制"). */
  issuer?: { start: number; end: number; text: string };
  /** The sentence lists the report's parts ("全文包括概述、主动公开……", "本报告由概述、……组成"). */
  listsParts: boolean;
}

const MAX_SENTENCE = 400;
const DISCLOSURE = /信息公开|政务公开/;
/** The report speaks of itself: 本报告…, 本年报…, 本年度报告… */
const SELF_SUBJECT = /^(?:本(?:年度)?(?:报告|年报)|本年度(?:政府)?(?:信息|政务)公开(?:工作)?(?:年度)?报告)/;
/** The text publishes the report, on the stated basis: "根据《条例》……现公布…", "按照……现将…报告如下". */
const ON_BASIS = /^(?:根据|按照|依据|依照|遵照|为(?:了|贯彻|落实|进一步))/;
const PUBLISHES = /(?:现|特|兹)(?:予以?|将|对|此)?(?:公布|发布|编制|印发|公开)|现将.{0,80}?(?:报告|公布|公开|发布|汇报|总结)如下/;
/** How every opening starts, but one that has the report's name as its subject. */
const OPENING_START = /^(?:本|根据|按照|依据|依照|遵照|为)/;
const OPENING_FIRST = new Set([...'本根按依遵为'].map((c) => c.charCodeAt(0)));

/** What `\s` takes for white space. */
function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** A report's name as the subject: "安镇街道2025年政府信息公开工作年度报告是根据……" */
const REPORT_NAME_END = /年度报告|年报|工作报告/;
const NAME_AS_SUBJECT = /^[^，,。；;：:]{2,60}?(?:年度报告|年报|工作报告)(?:是|系)?(?:根据|依据|按照)/;
const REPORT_WORD = /年度报告|年报|工作报告|报告|总结/;
const YEAR = '((?:19|20)\\d{2}|[一二][〇○Oo0零一二三四五六七八九]{3})';
/** "2016年度政府信息公开工作年度报告", "2014年政府信息公开情况报告", "2022度…" (a typo for 2022年度). */
const NAME = new RegExp(`${YEAR}[ \\u3000]*(?:年度?|度)的?([^，,。；;：:《》、]{0,24}?)(?:年度报告|工作报告|年报|报告|总结)`, 'g');
/** A report's name written as a book title: 《临洮县新添镇2022年政府信息公开工作年度报告》. */
const NAME_IN_BOOK_TITLE = new RegExp(`^[^《》]{0,40}?${YEAR}[ \\u3000]*(?:年度?|度)[^《》]{0,24}?(?:信息公开|政务公开)[^《》]{0,12}(?:年度报告|工作报告|年报|报告)$`);
const PART_LIST = /(?:概述|总体情况|基本情况)[^。]{0,200}?(?:主动公开|依申请)/;
/** Words before an issuer's name that belong to the sentence ("现公布", "由……编制的", "汇总"). */
const VERB_BEFORE_ISSUER = /^.*(?:公布|发布|编制|编写|现将|汇总|印发|制作|了|的)/;
const COMPILER = /由([^，,。；;：:、《》“”"\s]{2,40}?)(?:牵头|负责|组织|根据|依据|按照|编制|编写|汇总|起草)/;

/**
 * Reads `text` (a line) as the opening of a report: its first sentence cites the disclosure rules and
 * speaks of the report itself. Undefined when it does not.
 */
export function readOpening(text: string): Opening | undefined {
  let lead = 0;
  while (lead < text.length && isWhiteSpace(text.charCodeAt(lead))) lead++;
  // Cheap tests first: this runs on every line of a document that may hold several reports. A line that
  // starts with none of 本根按依遵为 must name the report (年度报告, 年报, 工作报告: a 报) near its start.
  if (!OPENING_FIRST.has(text.charCodeAt(lead))) {
    const at = text.indexOf('报', lead);
    if (at < 0 || at >= lead + 64) return undefined;
  }
  const head = text.slice(lead, lead + MAX_SENTENCE);
  if (!OPENING_START.test(head) && !(REPORT_NAME_END.test(head.slice(0, 64)) && NAME_AS_SUBJECT.test(head))) return undefined;
  if (!DISCLOSURE.test(head)) return undefined;
  const first = sentenceEnd(text, lead);
  const sentence = foldDigits(text.slice(lead, first));
  if (!DISCLOSURE.test(sentence)) return undefined;
  const masked = maskBookTitles(sentence);
  const books = bookTitles(sentence);
  const reportBook = books.find((b) => NAME_IN_BOOK_TITLE.test(b.text));
  const selfSubject = SELF_SUBJECT.test(masked) || NAME_AS_SUBJECT.test(masked);
  const publishes = ON_BASIS.test(masked) && PUBLISHES.test(masked) && (REPORT_WORD.test(masked) || reportBook !== undefined);
  if (!selfSubject && !publishes) return undefined;

  const second = sentenceEnd(text, first);
  const opening: Opening = { end: first, listsParts: PART_LIST.test(maskBookTitles(text.slice(lead, second))) };
  if (opening.listsParts) opening.end = second;
  readName(masked, lead, reportBook, opening);
  if (!opening.issuer) opening.issuer = compilerOf(masked, lead);
  return opening;
}

/** The year and issuer of the report the sentence names. */
function readName(masked: string, offset: number, reportBook: { start: number; text: string } | undefined, out: Opening): void {
  for (const m of masked.matchAll(NAME)) {
    if (!DISCLOSURE.test(m[0])) continue;
    const year = yearOfTitle(`${m[1]}年`);
    if (year === undefined) continue;
    out.year = year;
    out.issuer = issuerBefore(masked, m.index!, offset) ?? issuerBetween(m, offset);
    return;
  }
  if (!reportBook) return;
  out.year = yearOfTitle(reportBook.text);
  const issuer = issuerOfTitle({ start: offset + reportBook.start, end: offset + reportBook.start + reportBook.text.length, text: reportBook.text });
  if (issuer && kindOfIssuer(issuer.text)) out.issuer = issuer;
}

/** "现公布大涌镇人民政府办公室2009年……": the name right before the year, without the verb. */
function issuerBefore(masked: string, yearIndex: number, offset: number): Opening['issuer'] {
  const before = masked.slice(Math.max(0, yearIndex - 40), yearIndex);
  const run = /[^，,。；;：:、《》（）()“”"□\s]*$/.exec(before)![0];
  const name = run.replace(VERB_BEFORE_ISSUER, '');
  return asIssuer(name, offset + yearIndex - name.length);
}

/** "汇总2018年度三溪乡的政务公开年度报告": the name between the year and 政府信息公开. */
function issuerBetween(m: RegExpMatchArray, offset: number): Opening['issuer'] {
  const between = m[2];
  const w = /(?:政府)?信息公开|政务公开/.exec(between);
  if (!w) return undefined;
  const name = between.slice(0, w.index).replace(/的$/, '');
  const start = m.index! + m[0].indexOf(between);
  return asIssuer(name, offset + start);
}

/** "由沙依巴克区人民政府办公室编制": the government whose office compiled the report, or the compiler itself. */
function compilerOf(masked: string, offset: number): Opening['issuer'] {
  const m = COMPILER.exec(masked);
  if (!m) return undefined;
  let name = m[1];
  const office = /(?:党政办公室|党政办|综合办公室|办公室|办公厅)$/.exec(name);
  if (office && (/(?:人民政府|政府)$/.test(name.slice(0, office.index)) || /党政|综合/.test(office[0]))) {
    const body = name.slice(0, office.index);
    if (kindOfIssuer(body)) name = body;
  }
  return asIssuer(name, offset + m.index! + 1);
}

function asIssuer(name: string, start: number): Opening['issuer'] {
  if (name.length < 2 || name.length > 40 || /^[我本该]/.test(name) || !kindOfIssuer(name)) return undefined;
  return { start, end: start + name.length, text: name };
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SENTENCE);
  const m = /[。！？!?]/.exec(text.slice(from, limit));
  return m ? from + m.index + 1 : limit;
}

/**
 * Where the next book title 《…》 with no 《 or 》 inside (what /《[^《》]*》/g finds) opens at or after
 * `from`, or -1: the last 《 before the first 》 that follows a 《.
 */
function nextBookTitle(s: string, from: number): number {
  const open = s.indexOf('《', from);
  if (open < 0) return -1;
  const close = s.indexOf('》', open + 1);
  return close < 0 ? -1 : s.lastIndexOf('《', close);
}

/** The text with what is inside 《》 replaced, same length: a cited notice's name is not the report's. */
export function maskBookTitles(s: string): string {
  let out = '';
  let from = 0;
  for (let open = nextBookTitle(s, 0); open >= 0; open = nextBookTitle(s, from + 1)) {
    const close = s.indexOf('》', open + 1);
    out += s.slice(from, open + 1) + '□'.repeat(close - open - 1);
    from = close;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The book titles of `s`: where each one's text starts (after its 《), and that text. */
export function bookTitles(s: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  for (let open = nextBookTitle(s, 0); open >= 0; ) {
    const close = s.indexOf('》', open + 1);
    out.push({ start: open + 1, text: s.slice(open + 1, close) });
    open = nextBookTitle(s, close + 1);
  }
  return out;
}

/** How many non-blank lines from a report's start are searched for its opening sentence. */
const OPENING_WINDOW = 8;

/** The opening sentence among a report's first lines, before its first heading. */
export function findOpening(
  lines: readonly Line[], from: number, end: number, skip: Uint8Array, isHeadingLine: (i: number) => boolean,
): { line: Line; opening: Opening } | undefined {
  for (let i = from, seen = 0; i < end && seen < OPENING_WINDOW; i++) {
    if (skip[i] || !lines[i].text.trim()) continue;
    if (isHeadingLine(i)) return undefined;
    seen++;
    const opening = readOpening(lines[i].text);
    if (opening) return { line: lines[i], opening };
  }
  return undefined;
}
