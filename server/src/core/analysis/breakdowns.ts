// Shared reading of counts in running text (report-format.md §7): which numbers a sentence gives as a
// total and which as its parts ("共X条，其中A a条、B b条", "X件（含…a件…）", a "其中：" followed by
// list lines), the clause a number sits in, and the parentheses around it. Used by total-mismatch,
// percent-mismatch and prose-table-mismatch; computed once per document.
import type { NumberMention, Paragraph, Report, ReportDocument, Span, Unit } from '../model';
import { cachedPerDocument, cachedPerReport } from './cache';
import { foldTraditional } from '../text/traditional';
import { firstStartingAt } from '../text/search';
import { matchesOf } from '../text/matches';

// ---------------- small text helpers ----------------

/**
 * Characters that end a clause (a number's "lead" starts after the last of them), and the parentheses,
 * which bound one too: by char code, as clauseStart and clauseEnd look at every character they pass.
 */
/** The characters that end a clause, as a table by character code (a Set's lookup costs more in these scans). */
const CLAUSE_BOUND = new Uint8Array(0x10000);
for (const c of '，,；;。！？!?：:（()）') CLAUSE_BOUND[c.charCodeAt(0)] = 1;
const DUNHAO = '、'.charCodeAt(0);
const isOpen = (c: string) => c === '（' || c === '(';
const isClose = (c: string) => c === '）' || c === ')';

/** Words that mark a number as a total: 共 876 条, 累计, 合计, 总计, 一共, 总数. */
export const TOTAL_MARK = /(?:^|[^公中])共(?![享同建性识])|累计|合计|总计|总数|总量/;
/** A clause that opens with its own time scope ("2009年度主动公开…898条") states a total of its own. */
const TIME_SCOPE = /^\s*(?:\d{4}\s*年度?|本年度?|全年|今年|当年|年内)/;
/** Comparisons with another period: their numbers are differences, not parts. */
export const COMPARISON = /较|同比|环比|比上年|比去年|增长|增加|减少|下降|上升|提高|回落/;

/** The mentions (numbers, dates: in document order) that lie inside [start, end), found by binary search. */
export function mentionsIn<T extends Span>(items: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(items, start); i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
}

/** The number mentions that lie inside [start, end). */
export function numbersIn(doc: ReportDocument, start: number, end: number): NumberMention[] {
  return mentionsIn(doc.numbers, start, end);
}

/** A count: a number with a unit other than %. */
export function isCount(n: NumberMention): boolean {
  return !!n.unit && n.unit !== '%';
}

/** The closed parenthesised stretches inside [start, end), outermost ones only. */
export function parenRanges(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (isOpen(c)) {
      if (depth === 0) open = i;
      depth++;
    } else if (isClose(c) && depth > 0) {
      depth--;
      if (depth === 0) out.push([open, i + 1]);
    }
  }
  return out;
}

export function inRanges(pos: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => pos > a && pos < b);
}

/** The innermost parenthesis opened in [start, pos) and not closed before pos, or -1. */
function unclosedOpen(text: string, start: number, pos: number): number {
  const stack: number[] = [];
  for (let i = start; i < pos; i++) {
    if (isOpen(text[i])) stack.push(i);
    else if (isClose(text[i]) && stack.length) stack.pop();
  }
  return stack.length ? stack[stack.length - 1] : -1;
}

/** The position just after the parenthesis that closes the one opened at `open`, or `limit`. */
function closeOf(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i])) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return limit;
}

/** Where the clause that holds `pos` begins: after the last clause break (or 、 when asked) at or after `floor`. */
export function clauseStart(text: string, pos: number, floor: number, breakOnDunhao = false): number {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLAUSE_BOUND[c] === 1 || (breakOnDunhao && c === DUNHAO)) return i + 1;
  }
  return floor;
}

/** Where the clause that holds `pos` ends (at the next clause break, exclusive), or `limit`. */
export function clauseEnd(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) if (CLAUSE_BOUND[text.charCodeAt(i)] === 1) return i;
  return limit;
}

/** Whether the one-unit character `c` occurs in text[start, end), without scanning beyond `end`. */
function hasCharIn(text: string, c: string, start: number, end: number): boolean {
  const code = c.charCodeAt(0);
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** The paragraphs of a report (headings included: a run-in heading shares its paragraph with the text). */
export function paragraphsOf(doc: ReportDocument, report: Report): Paragraph[] {
  // Found by binary search: a file of many reports is not read once per report.
  const out: Paragraph[] = [];
  for (let i = firstStartingAt(doc.paragraphs, report.start); i < doc.paragraphs.length && doc.paragraphs[i].start < report.end; i++) out.push(doc.paragraphs[i]);
  return out;
}

function sentenceIndexAt(p: Paragraph, pos: number): number {
  for (let i = 0; i < p.sentences.length; i++) if (pos >= p.sentences[i].start && pos < p.sentences[i].end) return i;
  return -1;
}

/** The longest common substring of two short strings (its length). */
function commonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = keep;
    }
  }
  return best;
}

// ---------------- breakdowns ----------------

export interface Part {
  n: NumberMention;
  /** "单位简介、机构职能各1篇": the number counts once per item named before 各. */
  times: number;
  /** The words that name the part ("政策文件类"), as written. */
  label: string;
}

export interface Breakdown {
  total: NumberMention;
  parts: Part[];
  /** The words that introduce the parts: 其中, the （含 after the total, or "在主动公开的信息中". */
  marker: Span;
  /**
   * qizhong: "共X条，其中…"; han: "X件（含…）"; zhong: "在主动公开的信息中，A a条…" after a total stated before;
   * baokuo: "X条，包括A a条、B b条" (a selection: only parts that exceed the total are a contradiction).
   */
  kind: 'qizhong' | 'han' | 'zhong' | 'baokuo';
  /** The parts are the following list lines ("其中：" ends its paragraph), each line's first count. */
  listLines: boolean;
  /** The total was found in an earlier paragraph (with the same subject), not in the 其中 sentence. */
  totalElsewhere: boolean;
  /**
   * The sentence before 其中 holds several counts of the unit and none is clearly the total
   * ("共收到在线申请19件，纸质申请4件。其中…"): other readings of the total, tried before judging.
   */
  alternatives?: number[];
  /**
   * "共受理申请64件，办结46件，其中…": the parts add up to the other marked count of the sentence (64), not to
   * the count right before 其中 (46) that they grammatically belong to. That count is judged against them.
   */
  otherTotal?: NumberMention;
  /** The list was cut short by a nested breakdown, so its parts need not add up to the total. */
  truncated: boolean;
  /** The list ends with 等 or is introduced as a selection (主要有, 包括, 如). */
  open: boolean;
  /** One of the parts is the remainder (其他类, 其余), so the list claims to be complete. */
  residual: boolean;
  /** Every part names a category (…类). */
  categories: boolean;
  /** Introduced by "其中包括：" with a long list that ends its sentence: it enumerates the whole. */
  enumerated?: boolean;
  /** Why the breakdown cannot be checked (an approximate part, a comparison inside the list …). */
  unusable?: string;
}

const QIZHONG = /其中/g;
/** How far around a 其中 a total or its parts are looked for: keeps pathological sentences linear. */
const WINDOW = 600;
/** 参与其中, 融入其中, 乐在其中 …: not a breakdown. */
const NOT_QIZHONG_BEFORE = /[与入在身含于]/;
const LIST_END = /^(?:另有|另外|另|此外|同时|还有|并且)/;
const RESIDUAL = /^(?:以及|和|及|还有|另有)?\s*[“"'‘]?\s*(?:其他|其它|其余|剩余|余下)/;
/** "利用宣传车、公开栏等方式公开各类政府信息453条" as the last part: the other channels, swept up (a remainder). */
const CATCH_ALL = /等(?:其他|其它)?(?:方式|渠道|形式|途径|载体|平台)/;
const HEDGE = /^(?:主要|包括|如|例如|比如|重点|部分|有的|多为)|主要有|主要包括|包括/;
/** A list line: an optional enumerator, a label of up to 24 characters, then a colon. */
const LIST_ITEM = /^\s*(?:[（(]?\d{1,2}[）)]?[.．、]?|[（(][一二三四五六七八九十]{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]是)?\s*([^，。；：:,;\d]{1,24})[：:]/;

/** Every breakdown of a report (cached). */
export const breakdownsOf = cachedPerReport(findBreakdowns);

const HAN_OPEN = /[（(][ \u3000]*含/g;
const BAOKUO = /包括[：:]?/g;

/** The lines of the document's level-1 headings at a line start (once per document, not per sentence). */
const level1LinesOf = cachedPerDocument((doc) => new Set(doc.headings.filter((h) => h.depth === 1 && !h.inline).map((h) => h.line)));
/** The rank of the heading at a line start, by line (once per document). */
const headingRanksOf = cachedPerDocument((doc) => new Map(doc.headings.filter((h) => !h.inline).map((h) => [h.line, h.rank] as const)));

function findBreakdowns(doc: ReportDocument, report: Report): Breakdown[] {
  const out: Breakdown[] = [];
  const paragraphs = paragraphsOf(doc, report);
  const text = doc.matchText;
  paragraphs.forEach((p, pi) => {
    const body = text.slice(p.start, p.end);
    if (body.includes('其中')) for (const m of matchesOf(QIZHONG, body)) {
      const q = p.start + m.index!;
      if (!isQizhong(text, q)) continue;
      const b = qizhongBreakdown(doc, paragraphs, pi, q);
      if (b) out.push(b);
    }
    if (body.includes('含')) for (const m of matchesOf(HAN_OPEN, body)) {
      const b = hanBreakdown(doc, p, p.start + m.index!, m[0].length);
      if (b) out.push(b);
    }
    for (const s of p.sentences) {
      const b = zhongBreakdown(doc, paragraphs, pi, s);
      if (b) out.push(b);
    }
    if (body.includes('包括')) for (const m of matchesOf(BAOKUO, body)) {
      const b = baokuoBreakdown(doc, p, p.start + m.index!, m[0].length);
      if (b) out.push(b);
    }
  });
  return out;
}

/**
 * "全年主动公开政务信息382条，包括政府网站35条、…" : the count right before 包括 and the counts of its unit
 * after it, to the end of the sentence. 包括 may name only some of the parts, so the list is open: only
 * parts that add up to more than the total are a contradiction.
 */
function baokuoBreakdown(doc: ReportDocument, p: Paragraph, at: number, length: number): Breakdown | undefined {
  const text = doc.matchText;
  if (/(?:其中|主要|还|也|并)$/.test(text.slice(Math.max(p.start, at - 2), at))) return undefined;
  const si = sentenceIndexAt(p, at);
  if (si < 0) return undefined;
  const s = p.sentences[si];
  const before = countsOutsideParens(doc, Math.max(s.start, at - 60), at);
  const total = before[before.length - 1];
  if (!total || !/^[\s，,：:]*$/.test(text.slice(total.end, at))) return undefined;
  const scan = scanParts(doc, at + length, Math.min(s.end, at + WINDOW), total.unit!);
  if (scan.parts.length < 2) return undefined;
  return finish({ total, elsewhere: false }, { start: at, end: at + length }, 'baokuo', false, { ...scan, open: true });
}

/** "在主动公开的信息中，" "在受理的申请中：" "所受理的申请中，" opening a sentence: its subject, before 中. */
const IN_SUBJECT = /^[\s\u3000]*(?:在|从|对|所)?([^，。；;：:,、\d（()）]{2,20}?(?:信息|文件|申请|事项|案件|件|条))中[，,：:]/;

/**
 * "全年主动公开政府信息318条。" then "在主动公开的信息中，机构职能类52条，占16.4%；……": the parts of a total
 * stated in the sentence or paragraph before. The total must be marked (共, 全年 …), the last count of its
 * unit there, and share the subject of "在…中" (its words reappear in the total's clause).
 */
function zhongBreakdown(doc: ReportDocument, paragraphs: Paragraph[], pi: number, s: Span): Breakdown | undefined {
  const text = doc.matchText;
  // IN_SUBJECT needs a 中 within its 40 characters: most sentences have none.
  const headEnd = Math.min(s.end, s.start + 40);
  if (!hasCharIn(text, '中', s.start, headEnd)) return undefined;
  const m = IN_SUBJECT.exec(text.slice(s.start, headEnd));
  if (!m) return undefined;
  const subject = m[1].replace(/^(?:本年度?|全年|今年)/, '').replace(/的/g, '');
  const partsStart = s.start + m[0].length;
  const marker = { start: s.start + (m[0].length - m[0].trimStart().length), end: partsStart };
  // The total: in this paragraph before the sentence, else in one of the two paragraphs before (same section).
  const level1Lines = level1LinesOf(doc);
  for (let k = pi; k >= Math.max(0, pi - 2); k--) {
    const p = paragraphs[k];
    const end = k === pi ? s.start : p.end;
    const counts = countsOutsideParens(doc, p.start, end).filter((n) => !n.approximate);
    const total = counts[counts.length - 1];
    if (!total) {
      if (k < pi && level1Lines.has(p.startLine)) return undefined;
      continue;
    }
    const sentenceOf = p.sentences.find((x) => total.start >= x.start && total.start < x.end) ?? p;
    const lead = text.slice(Math.max(sentenceOf.start, clauseStart(text, total.start, p.start) - 20), total.start);
    if (!TOTAL_MARK.test(lead) && !TIME_SCOPE.test(text.slice(clauseStart(text, total.start, p.start), total.start))) return undefined;
    if (commonRun(subject, lead.replace(/的/g, '')) < Math.min(4, subject.length)) return undefined;
    const scan = scanParts(doc, partsStart, s.end, total.unit!);
    if (scan.parts.length < 2) return undefined;
    return finish({ total, elsewhere: true }, marker, 'zhong', false, scan);
  }
  return undefined;
}

function isQizhong(text: string, q: number): boolean {
  if (NOT_QIZHONG_BEFORE.test(text[q - 1] ?? '')) return false;
  const next = text.slice(q + 2, q + 4);
  return !(next.startsWith('之一') || next.startsWith('的'));
}

/** The counts of [start, end) outside the parenthesised stretches of that range. */
function countsOutsideParens(doc: ReportDocument, start: number, end: number): NumberMention[] {
  const ranges = parenRanges(doc.matchText, start, end);
  return numbersIn(doc, start, end).filter((n) => isCount(n) && !inRanges(n.start, ranges));
}

interface TotalPick {
  total: NumberMention;
  alternatives?: number[];
  /** The counts among the alternatives marked as totals (共…), with the total right before 其中 in the same clause run. */
  marked?: NumberMention[];
  elsewhere: boolean;
}

/** The total a 其中 at q refers to: the nearest count before it in its sentence, else in the previous sentence. */
function totalBefore(doc: ReportDocument, p: Paragraph, q: number): TotalPick | undefined {
  const text = doc.matchText;
  const si = sentenceIndexAt(p, q);
  if (si < 0) return undefined;
  const s = p.sentences[si];
  const sStart = Math.max(s.start, q - WINDOW);
  // Coordinate statements are separated by ；, and an earlier 其中 owns the counts after it.
  let floor = sStart;
  for (let i = q - 1; i >= sStart; i--) {
    if (text[i] === '；' || text[i] === ';') {
      floor = i + 1;
      break;
    }
    if (text.startsWith('其中', i) && isQizhong(text, i) && i + 2 <= q - 1) {
      floor = i + 2;
      break;
    }
  }
  let before = countsOutsideParens(doc, floor, q);
  // Counts inside a parenthesis that is still open at 其中 belong to it: "805件（共…，其中…）".
  const open = unclosedOpen(text, floor, q);
  if (open >= 0) {
    const inside = countsOutsideParens(doc, open + 1, q);
    if (inside.length) before = inside;
  }
  let scopeStart = floor;
  if (!before.length && floor === s.start && si > 0) {
    const prev = p.sentences[si - 1];
    const pStart = Math.max(prev.start, prev.end - WINDOW);
    let f = pStart;
    for (let i = prev.end - 1; i >= pStart; i--) if (text[i] === '；' || text[i] === ';') { f = i + 1; break; }
    before = countsOutsideParens(doc, f, prev.end);
    scopeStart = f;
  }
  if (!before.length) return undefined;
  const nearest = before[before.length - 1];
  const same = before.filter((n) => n.unit === nearest.unit);
  if (same.length === 1) return { total: nearest, elsewhere: false };
  const lead = text.slice(clauseStart(text, nearest.start, scopeStart), nearest.start);
  if (TOTAL_MARK.test(lead) || TIME_SCOPE.test(lead)) return { total: nearest, elsewhere: false };
  // Several counts and none marked: "共收到在线申请19件，纸质申请4件" — the total may be either count,
  // or the 共 count plus the counts listed after it.
  const alternatives: number[] = [];
  const marked: NumberMention[] = [];
  same.forEach((n, i) => {
    if (n === nearest) return;
    const l = text.slice(clauseStart(text, n.start, scopeStart), n.start);
    if (!TOTAL_MARK.test(l)) return;
    alternatives.push(n.value);
    marked.push(n);
    const rest = same.slice(i);
    if (rest.every((r) => !r.approximate)) alternatives.push(rest.reduce((a, r) => a + r.value, 0));
  });
  // 其中 right after the nearest count, in the same sentence: the parts are that count's ("办结46件，其中…").
  const adjacent = /^[\s，,：:]*$/.test(text.slice(nearest.end, q)) && scopeStart === floor;
  return { total: nearest, alternatives, marked: adjacent ? marked : undefined, elsewhere: false };
}

/**
 * "…主动公开政府信息共876条。" … "我局主动公开政府信息主要类别有……。其中：" followed by list lines: the
 * total sits in an earlier paragraph of the same section. Accepted only when it is marked (共, 累计 …),
 * is the only count of its unit in its paragraph, and its subject reappears in the 其中 paragraph.
 */
function totalInEarlierParagraph(doc: ReportDocument, paragraphs: Paragraph[], pi: number, q: number): TotalPick | undefined {
  const text = doc.matchText;
  const here = text.slice(paragraphs[pi].start, q);
  const level1Lines = level1LinesOf(doc);
  for (let k = pi - 1; k >= Math.max(0, pi - 4); k--) {
    const p = paragraphs[k];
    const counts = countsOutsideParens(doc, p.start, p.end);
    if (!counts.length) {
      if (level1Lines.has(p.startLine)) return undefined;
      continue;
    }
    const total = counts[counts.length - 1];
    if (counts.filter((n) => n.unit === total.unit).length !== 1) return undefined;
    const lead = text.slice(clauseStart(text, total.start, p.start), total.start);
    if (!TOTAL_MARK.test(lead)) return undefined;
    const subject = lead.slice(-60).replace(/共计?|累计|合计|总计/g, '').replace(/[为达]$/, '');
    if (commonRun(subject, here.slice(-300)) < 6) return undefined;
    return { total, elsewhere: true };
  }
  return undefined;
}

/** The label of a part: the words between the previous separator (or part) and the number. */
function labelBefore(text: string, n: NumberMention, floor: number): string {
  return text.slice(clauseStart(text, n.start, floor, true), n.start).trim();
}

/** How many items a 各 spreads a number over ("单位简介、机构职能各1篇" → 2); 1 without 各, 0 when unclear. */
function timesOf(text: string, n: NumberMention, floor: number): number {
  const lead = text.slice(clauseStart(text, n.start, floor), n.start).trimEnd();
  const m = /(?:各|均为|各为)$/.exec(lead);
  if (!m) return 1;
  const items = lead.slice(0, m.index).split(/[、和及与]/).filter((s) => s.trim());
  return items.length >= 2 ? items.length : 0;
}

/**
 * What a part is about, when it is one of the statutory items that are counted apart from the rest:
 * "其中予以公开50件、不予公开3件，行政复议2件、行政诉讼1件" ends its list where review begins.
 */
const PART_TOPICS: Array<[string, RegExp]> = [
  ['review', /复议|诉讼/],
  ['complaint', /投诉|举报|申诉/],
  ['fee', /收费|费用|减免/],
  ['consultation', /咨询/],
];

function partTopic(label: string): string {
  return PART_TOPICS.find(([, re]) => re.test(label))?.[0] ?? 'main';
}

interface PartsScan {
  parts: Part[];
  truncated: boolean;
  open: boolean;
  /** "其中包括：" and a long list that runs to the end of its sentence: an enumeration of the whole. */
  enumerated?: boolean;
  unusable?: string;
}

/** How many parts make "其中包括：A a、B b、…" an enumeration of the whole rather than a few examples. */
const ENUMERATION_PARTS = 5;

/** The parts of unit `unit` in [start, end): clause by clause, up to a clause that starts something else. */
function scanParts(doc: ReportDocument, start: number, end: number, unit: Unit): PartsScan {
  const text = doc.matchText;
  let stop = end;
  let truncated = false;
  // A later 其中 in the range opens a breakdown of its own: the parts end before the clause of its total.
  for (let i = text.indexOf('其中', start); i >= 0 && i < end - 1; i = text.indexOf('其中', i + 2)) {
    if (!isQizhong(text, i)) continue;
    const inner = countsOutsideParens(doc, start, i);
    const innerTotal = inner[inner.length - 1];
    const cut = innerTotal ? clauseStart(text, innerTotal.start, start) : i;
    stop = cut;
    // Cut at a ；: a sibling statement with its own breakdown. Cut at a ， or 、: a nested one, whose total
    // is itself one of these parts ("包括政府网站35条、…微信公众号2443条，其中…"): the list keeps it.
    truncated = !(cut > start && /[；;]/.test(text[cut - 1]));
    if (truncated && innerTotal && innerTotal.unit === unit) stop = innerTotal.end;
    break;
  }
  const ranges = parenRanges(text, start, stop);
  const parts: Part[] = [];
  let unusable: string | undefined;
  let pos = start;
  let topicShift = false;
  /** The labels as matched (folded), for the topic of the list. */
  const foldedLabels: string[] = [];
  while (pos < stop && !topicShift) {
    const ce = Math.min(clauseEnd(text, pos, stop), stop);
    const clause = text.slice(pos, ce);
    const counts = numbersIn(doc, pos, ce).filter((n) => n.unit === unit && !inRanges(n.start, ranges));
    if (pos > start && (LIST_END.test(clause.trim()) || (TOTAL_MARK.test(clause) && counts.length))) break;
    if (counts.length && COMPARISON.test(clause.replace(/上一?年度?结转/g, ''))) unusable = 'comparison';
    for (const n of counts) {
      if (n.approximate) unusable = 'approximate';
      const times = timesOf(text, n, pos);
      if (!times) unusable = 'distribution';
      const floor = Math.max(pos, parts.length ? parts[parts.length - 1].n.end : pos);
      const from = clauseStart(text, n.start, floor, times <= 1);
      const label = times > 1 ? text.slice(from, n.start).trim().replace(/(?:各|均为|各为)$/, '') : labelBefore(text, n, floor);
      // A part about another statutory item ends the list (it is not one of these parts).
      if (parts.length && partTopic(label) !== 'main' && partTopic(label) !== partTopic(foldedLabels[0])) {
        topicShift = true;
        break;
      }
      foldedLabels.push(label);
      parts.push({ n, times: times || 1, label: asWritten(doc, label, from) });
    }
    // Skip a parenthesis as a whole: its clauses are a nested breakdown.
    let next = ce + 1;
    const r = ranges.find(([a, b]) => ce >= a && ce < b);
    if (r) next = r[1];
    pos = next;
  }
  const lead = text.slice(start, parts[0]?.n.start ?? start).trim();
  let open = HEDGE.test(lead);
  let enumerated = false;
  const last = parts[parts.length - 1];
  if (last) {
    const after = text.slice(last.n.end, stop).trim();
    if (after.startsWith('等') || /等$/.test(last.label)) open = true;
    // "其中包括：机构领导4条，机构设置5条，……服务承诺21条。" — a colon, many parts, the sentence ends with the list.
    else if (open && /^包括[：:]/.test(lead) && parts.length >= ENUMERATION_PARTS && /^[。；;]?$/.test(after) && !truncated) {
      open = false;
      enumerated = true;
    }
  }
  return { parts, truncated, open, enumerated, unusable };
}

function finish(
  pick: TotalPick, marker: Span, kind: Breakdown['kind'], listLines: boolean, scan: PartsScan,
): Breakdown {
  const b: Breakdown = {
    total: pick.total,
    parts: scan.parts,
    marker,
    kind,
    listLines,
    totalElsewhere: pick.elsewhere,
    truncated: scan.truncated,
    open: scan.open,
    residual:
      scan.parts.some((p) => RESIDUAL.test(foldTraditional(p.label))) ||
      (scan.parts.length >= 2 && CATCH_ALL.test(foldTraditional(scan.parts[scan.parts.length - 1].label))),
    categories: scan.parts.length > 0 && scan.parts.every((p) => /类/.test(foldTraditional(p.label))),
  };
  if (scan.enumerated) b.enumerated = true;
  if (pick.alternatives) b.alternatives = pick.alternatives;
  const sum = sumOfParts(b);
  const other = pick.marked?.find((n) => !n.approximate && Math.abs(n.value - sum) < 1e-9);
  if (other && Math.abs(pick.total.value - sum) > 1e-9) b.otherTotal = other;
  if (pick.total.approximate) b.unusable = 'approximate total';
  else if (scan.unusable) b.unusable = scan.unusable;
  return b;
}

function qizhongBreakdown(doc: ReportDocument, paragraphs: Paragraph[], pi: number, q: number): Breakdown | undefined {
  const text = doc.matchText;
  const p = paragraphs[pi];
  const si = sentenceIndexAt(p, q);
  if (si < 0) return undefined;
  const s = p.sentences[si];
  let partsStart = q + 2;
  while (partsStart < s.end && /[\s，,：:]/.test(text[partsStart])) partsStart++;
  // Inside a parenthesis ("805件（其中…）") the parts end where it closes.
  const limit = Math.min(s.end, q + WINDOW);
  const open = unclosedOpen(text, Math.max(s.start, q - WINDOW), q);
  const regionEnd = open >= 0 ? closeOf(text, open, limit) : limit;
  const marker = { start: q, end: q + 2 };
  // "其中：" closing its paragraph introduces list lines.
  const listLines = !text.slice(partsStart, p.end).trim() && /[：:]\s*$/.test(text.slice(q, p.end));
  let pick = totalBefore(doc, p, q);
  if (!pick && listLines && !countsOutsideParens(doc, p.start, q).length) pick = totalInEarlierParagraph(doc, paragraphs, pi, q);
  if (!pick) return undefined;
  const unit = pick.total.unit!;
  if (!listLines) return finish(pick, marker, 'qizhong', false, scanParts(doc, partsStart, regionEnd, unit));
  // The list lines: each following paragraph "label：… N unit …" up to a heading of rank 1 or 2.
  const headingRank = headingRanksOf(doc);
  const parts: Part[] = [];
  let unusable: string | undefined;
  for (let k = pi + 1; k < paragraphs.length && parts.length < 30; k++) {
    const item = paragraphs[k];
    const rank = headingRank.get(item.startLine);
    if (rank !== undefined && rank <= 2) break;
    const itemText = text.slice(item.start, item.end);
    const lm = LIST_ITEM.exec(itemText);
    if (!lm && rank === undefined) break;
    const first = item.sentences[0] ?? item;
    const head = countsOutsideParens(doc, item.start, first.end).find((n) => n.unit === unit);
    if (!head) break;
    if (head.approximate) unusable = 'approximate';
    parts.push({ n: head, times: 1, label: asWritten(doc, lm ? lm[1].trim() : labelBefore(text, head, item.start), item.start) });
  }
  return finish(pick, marker, 'qizhong', true, { parts, truncated: false, open: false, unusable });
}

function hanBreakdown(doc: ReportDocument, p: Paragraph, at: number, length: number): Breakdown | undefined {
  const text = doc.matchText;
  // The total is the count written right before the parenthesis: "规章13件（含新制定5件…）".
  const before = numbersIn(doc, Math.max(p.start, at - 40), at).filter(isCount);
  const total = before[before.length - 1];
  if (!total || text.slice(total.end, at).trim()) return undefined;
  const close = closeOf(text, at, Math.min(p.end, at + WINDOW));
  const scan = scanParts(doc, at + length, close, total.unit!);
  return finish({ total, elsewhere: false }, { start: at, end: at + length }, 'han', false, scan);
}

/**
 * `s`, read from doc.matchText at or after `from`, as the original text writes it: labels are matched
 * in the folded text but shown as written.
 */
export function asWritten(doc: ReportDocument, s: string, from: number): string {
  if (doc.matchText === doc.text || !s) return s;
  const at = doc.matchText.indexOf(s, from);
  return at < 0 ? s : doc.text.substr(at, s.length);
}

/** The text of a number mention with its unit, as written ("876条"). */
export function written(doc: ReportDocument, n: Span): string {
  return doc.text.slice(n.start, n.end);
}

/** The sum of a breakdown's parts, each counted as often as its 各 spreads it. */
export function sumOfParts(b: Breakdown): number {
  return b.parts.reduce((a, p) => a + p.n.value * p.times, 0);
}

/**
 * Whether the parts contradict the total ('more' or 'less'), undefined when they agree or the breakdown
 * is not judged. total-mismatch reports the breakdowns judged wrong here and the hover shows the same verdict, so the two never disagree. Precision first:
 * - an approximate total or part (余, 多, 约), a comparison inside the list (较上年增加…), a 各 that
 *   cannot be counted: not checked;
 * - several counts before 其中 and none marked as the total ("共收到在线申请19件，纸质申请4件。其中…"):
 *   every reading is tried, and when none fits the breakdown is still left alone, since we cannot
 *   tell which number is wrong;
 * - parts that add up to MORE than the total are always a contradiction;
 * - parts that add up to LESS are flagged only when the list claims to be complete: at least two
 *   parts, not cut short by a nested breakdown, not ending with 等 or introduced as a selection
 *   (主要有, 包括), and either one part is the remainder (其他类, 其余) or every part names a category
 *   (…类). "共收到申请30件，其中网上申请20件、当面申请5件" may well leave out the letters, so it is not
 *   flagged; "共公开…2361条，其中政策文件类96条……其他类信息735条" has nowhere else to put 10 items.
 */
export function breakdownVerdict(b: Breakdown): 'more' | 'less' | undefined {
  if (b.unusable || !b.parts.length) return undefined;
  const sum = sumOfParts(b);
  const total = b.total.value;
  if (Math.abs(sum - total) < 1e-9) return undefined;
  // The parts fit the sentence's other total exactly: the count they belong to is the odd one out.
  if (b.otherTotal) return sum > total ? 'more' : 'less';
  if (b.alternatives) return undefined;
  if (sum > total) return 'more';
  if (b.parts.length < 2 || b.truncated || b.open) return undefined;
  return b.residual || b.categories || b.enumerated ? 'less' : undefined;
}
