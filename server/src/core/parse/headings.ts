// Heading recognition: 一、 → （一） → 1. → （1） → ①, in full- and half-width forms, run-in headings
// ("（一）加强领导，明确责任。为认真……"), headings followed by text on the same line, and level-1 headings
// inside running text ("…如下: 一、政府信息主动公开情况 为方便公众…").
import type { Heading, HeadingMarkerKind } from '../model';
import type { Line } from '../text/lines';
import { editDistance, foldDigits, labelKey, parseHanNumber } from '../text/chars';
import { allRowLabels } from '../format/tableLabels';

interface MarkerMatch {
  rank: 1 | 2 | 3 | 4 | 5;
  kind: HeadingMarkerKind;
  ordinal: number;
  /** Length of the marker including its punctuation and following spaces. */
  length: number;
  markerText: string;
  canonical: boolean;
}

const HAN = '[一二三四五六七八九十]{1,3}';
const L1 = new RegExp(`^(${HAN})[ \\u3000]*([、．.，,：:])`);
const L2 = new RegExp(`^([（(])[ \\u3000]*(${HAN})[ \\u3000]*([）)])([、.，,．]?)`);
const L3 = /^(\d{1,2})[ \u3000]*([.．、])(?!\d)/;
const L4 = /^([（(])[ \u3000]*(\d{1,2})[ \u3000]*([）)])([、.，,．]?)/;
const L5 = /^([①-⑳])([、.．]?)/;

const CIRCLED_BASE = '①'.charCodeAt(0);

const PAREN = 0xff08; // （
const CIRCLED_LAST = '⑳'.charCodeAt(0);
const HAN_NUMERALS = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));
const isHanNumeral = (c: number) => HAN_NUMERALS.has(c);
const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

export function matchMarker(s: string): MarkerMatch | undefined {
  // Most lines are text: the first character tells which of the five patterns can match at all
  // (a Chinese numeral, a parenthesis, a digit or a circled number), and lines it rules out cost no regex.
  const c = s.charCodeAt(0);
  if (isHanNumeral(c)) {
    const m = L1.exec(s);
    if (!m) return undefined;
    const ordinal = parseHanNumber(m[1]);
    if (ordinal === undefined || ordinal < 1) return undefined;
    return { rank: 1, kind: 'han', ordinal, length: m[0].length, markerText: m[0], canonical: m[2] === '、' && m[0].length === m[1].length + 1 };
  }
  if (c === PAREN || c === 40 /* ( */) {
    const m = L2.exec(s);
    if (m) {
      const ordinal = parseHanNumber(m[2]);
      if (ordinal === undefined || ordinal < 1) return undefined;
      return { rank: 2, kind: 'paren-han', ordinal, length: m[0].length, markerText: m[0], canonical: m[0] === `（${m[2]}）` };
    }
    const folded = foldDigits(s);
    const n = L4.exec(folded);
    if (!n) return undefined;
    const ordinal = Number(n[2]);
    if (ordinal < 1) return undefined;
    return { rank: 4, kind: 'paren-arabic', ordinal, length: n[0].length, markerText: s.slice(0, n[0].length), canonical: n[0] === `（${n[2]}）` };
  }
  if (isDigit(c)) {
    const folded = foldDigits(s);
    const m = L3.exec(folded);
    if (!m) return undefined;
    const ordinal = Number(m[1]);
    if (ordinal < 1) return undefined;
    return { rank: 3, kind: 'arabic', ordinal, length: m[0].length, markerText: s.slice(0, m[0].length), canonical: m[0] === `${m[1]}.` && s.slice(0, m[0].length) === m[0] };
  }
  if (c >= CIRCLED_BASE && c <= CIRCLED_LAST) {
    const m = L5.exec(s)!;
    return { rank: 5, kind: 'circled', ordinal: m[1].charCodeAt(0) - CIRCLED_BASE + 1, length: m[0].length, markerText: m[0], canonical: m[2] === '' };
  }
  return undefined;
}

/** The keys of the national tables' row labels, by their first two characters (their marker: "四、", "（三", "1."). */
const ROW_LABEL_KEYS = new Map<string, string[]>();
for (const key of allRowLabels().map(labelKey)) {
  const head = key.slice(0, 2);
  ROW_LABEL_KEYS.set(head, [...(ROW_LABEL_KEYS.get(head) ?? []), key]);
}
/** The first characters of those keys. */
const ROW_LABEL_FIRST = new Set([...ROW_LABEL_KEYS.keys()].map((head) => head[0]));
/** The length of the shortest key of each beginning. */
const ROW_LABEL_MIN_LENGTH = new Map([...ROW_LABEL_KEYS].map(([head, keys]) => [head, Math.min(...keys.map((k) => k.length))]));

/** Lines such as "四、结转下年度继续办理" (`marker` + `title`) are table row labels, not headings. */
function isTableRowLabel(marker: string, title: string): boolean {
  // A key is built left to right, so the key of the marker begins the key of the line: when no row
  // label begins like it ("（1", "5、" at level 1, "①"), the line is none, without building its key.
  const mk = labelKey(marker);
  if (mk.length >= 2 ? !ROW_LABEL_KEYS.has(mk.slice(0, 2)) : mk.length === 1 && !ROW_LABEL_FIRST.has(mk)) return false;
  // The line's key is no longer than its text: when that is more than 2 characters shorter than every row
  // label beginning like it, it is neither one of them nor within 2 edits of one ("一、概述"), key unbuilt.
  const shortest = mk.length >= 2 ? ROW_LABEL_MIN_LENGTH.get(mk.slice(0, 2))! : 0;
  if (marker.length + title.length < shortest - 2) return false;
  const k = labelKey(marker + title);
  // Row labels begin with their own marker: compare only those that share it.
  const head = k.slice(0, 2);
  // Short labels must match exactly: "（一）主动公开" is a heading, two characters from "（一）予以公开".
  return (ROW_LABEL_KEYS.get(head) ?? []).some((l) => l === k || (k.length >= 10 && editDistance(k, l, 2) <= 2));
}

/** The number of spaces, tabs, ideographic and no-break spaces in `t` from `from` on. */
function spacesAt(t: string, from: number): number {
  let i = from;
  for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 0x3000 || c === 0xa0; c = t.charCodeAt(++i));
  return i - from;
}

const RUN_IN_TITLE = /^([^ \u3000，,。]{2,40})[ \u3000]+(\S.{9,})$/;
const SENTENCE_STOP = /[。！？!?]/;
const CLAUSE_STOP = /[，,；;：:]/;

/** What `\s` and `trim()` take for white space. */
function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `s` has a character other than white space from `from` on. */
function hasTextFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Where the heading's own text ends within `rest` (the text after the marker). */
function titleExtent(rest: string): { length: number; runIn: boolean } {
  let trimmedEnd = rest.length;
  for (let c = rest.charCodeAt(trimmedEnd - 1); c === 32 || c === 9 || c === 0x3000 || c === 0xa0; c = rest.charCodeAt(--trimmedEnd - 1));
  // "二、主动公开政府信息的情况 严格按照…": a short title, white space, then body text (no space, no such title).
  if (rest.includes(' ') || rest.includes('\u3000')) {
    const sp = RUN_IN_TITLE.exec(rest.slice(0, trimmedEnd));
    if (sp) return { length: sp[1].length, runIn: true };
  }
  const stop = rest.search(SENTENCE_STOP);
  if (stop > 0) {
    let len = stop;
    if (len > 40) {
      const clause = rest.slice(0, 40).search(CLAUSE_STOP);
      len = clause > 0 ? clause : 40;
    }
    return { length: len, runIn: hasTextFrom(rest, stop + 1) || len < stop };
  }
  if (trimmedEnd > 40) {
    const clause = rest.slice(0, 40).search(CLAUSE_STOP);
    return { length: clause > 0 ? clause : 40, runIn: true };
  }
  return { length: trimmedEnd, runIn: false };
}

/** The title without the colon, white space and "*" marks at its end. */
function stripTitle(s: string): string {
  // Most titles end with a character of their text: nothing to strip, no regex.
  const c = s.charCodeAt(s.length - 1);
  if (c !== 58 && c !== 0xff1a && c !== 42 && !isWhiteSpace(c)) return s;
  return s.replace(/[：:\s]+$/, '').replace(/\*+$/, '');
}

const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
const NESTED_FIRST = /[（(]\s*[1１一]\s*[）)]/;

/**
 * The headings at the beginning of `line` (after indentation and Markdown "#"/"**"): usually one;
 * two for "3、公开形式(1)部门网站", where a sub-list starts on the heading's own line.
 */
export function headingsAtLineStart(line: Line): Heading[] {
  const t = line.text;
  let i = spacesAt(t, 0);
  if (t.charCodeAt(i) === 35 /* # */) {
    const md = MARKDOWN_HEADING.exec(t.slice(i));
    if (md) i += md[0].length;
  }
  if (t.startsWith('**', i)) i += 2;
  const first = headingAt(line, i);
  if (!first) return [];
  const nested = first.title.text.includes('（') || first.title.text.includes('(') ? NESTED_FIRST.exec(first.title.text) : null;
  if (nested && nested.index >= 2 && !first.runIn) {
    const second = headingAt(line, first.title.start - line.start + nested.index);
    if (second && second.rank > first.rank) {
      first.title = { start: first.title.start, end: first.title.start + nested.index, text: first.title.text.slice(0, nested.index) };
      first.runIn = true;
      return [first, second];
    }
  }
  return [first];
}

function headingAt(line: Line, i: number): Heading | undefined {
  const t = line.text;
  const marker = matchMarker(t.slice(i));
  if (!marker) return undefined;
  const afterMarker = i + marker.length;
  const lead = spacesAt(t, afterMarker);
  const after = t.slice(afterMarker + lead);
  const rest = after.includes('**') ? after.replace('**', '') : after;
  const { length, runIn } = titleExtent(rest);
  const written = t.slice(afterMarker + lead, afterMarker + lead + length);
  const title = stripTitle(written.endsWith('**') ? written.slice(0, -2) : written);
  if (isTableRowLabel(marker.markerText, title)) return undefined;
  // A lone numeral with nothing after it ("1." at the end of a line) is not a heading.
  if (!title && marker.rank >= 3) return undefined;
  const titleStart = line.start + afterMarker + lead;
  return {
    start: line.start + i,
    end: line.end,
    rank: marker.rank,
    depth: 1,
    ordinal: marker.ordinal,
    marker: { start: line.start + i, end: line.start + i + marker.markerText.length, text: marker.markerText, kind: marker.kind, canonical: marker.canonical },
    title: { start: titleStart, end: titleStart + title.length, text: title },
    runIn,
    inline: false,
    line: line.index,
    sectionEnd: line.end,
    children: [],
  };
}

// The numeral right after white space or a sentence mark: white space before it is not part of the
// match, which would try every position of a long run of spaces again (quadratic).
const INLINE_L1 = new RegExp(`(?<=[ \\u3000。；;：:！？])(${HAN})、([^ \\u3000。，,；;：:]{2,40})(?=[ \\u3000]|$)`, 'g');

const DUNHAO = '、';
const NO_HEADINGS: Heading[] = [];

/** Where the first 、 right after a numeral (一…十) stands in `t` from `from` on, or −1. */
function dunhaoAfterNumeral(t: string, from: number): number {
  for (let at = t.indexOf(DUNHAO, from + 1); at >= 0; at = t.indexOf(DUNHAO, at + 1)) {
    if (isHanNumeral(t.charCodeAt(at - 1))) return at;
  }
  return -1;
}

/**
 * Level-1 headings inside a line of running text. Only accepted in strict sequence (the ordinal
 * following `lastOrdinal`), which keeps "一、二季度" and similar phrases out.
 */
export function inlineHeadings(line: Line, from: number, lastOrdinal: number): Heading[] {
  // A match ends its numerals (at most 3) with 、: none starts before 3 characters ahead of the first 、
  // after a numeral, and a line without one (most) needs no search by the pattern.
  const first = dunhaoAfterNumeral(line.text, from);
  if (first < 0) return NO_HEADINGS;
  const out: Heading[] = [];
  let expected = lastOrdinal + 1;
  INLINE_L1.lastIndex = Math.max(from, first - 3);
  for (const m of line.text.matchAll(INLINE_L1)) {
    if (m.index! < from) continue;
    const ordinal = parseHanNumber(m[1]);
    if (ordinal !== expected) continue;
    // "一、二季度", "二、三类信息": a run of numerals, not a heading.
    if (/^[一二三四五六七八九十]/.test(m[2])) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const start = line.start + m.index! + lead;
    const markerEnd = start + m[1].length + 1;
    const title = stripTitle(m[2]);
    if (isTableRowLabel(`${m[1]}、`, title)) continue;
    out.push({
      start,
      end: markerEnd + m[2].length,
      rank: 1,
      depth: 1,
      ordinal,
      marker: { start, end: markerEnd, text: `${m[1]}、`, kind: 'han', canonical: true },
      title: { start: markerEnd, end: markerEnd + title.length, text: title },
      runIn: true,
      inline: true,
      line: line.index,
      sectionEnd: line.end,
      children: [],
    });
    expected++;
  }
  return out;
}

/** Builds the heading tree by rank; sets depth, parent and sectionEnd. Returns the roots. */
export function buildTree(headings: Heading[], reportEnd: number): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    // A section runs to the next heading of the same or a higher level: the headings this one closes.
    while (stack.length && stack[stack.length - 1].rank >= h.rank) stack.pop()!.sectionEnd = h.start;
    const parent = stack[stack.length - 1];
    h.depth = stack.length + 1;
    if (parent) {
      h.parent = parent;
      parent.children.push(h);
    } else {
      roots.push(h);
    }
    stack.push(h);
  }
  for (const h of stack) h.sectionEnd = reportEnd;
  return roots;
}

/** Every heading of a tree, in document order. */
export function headingsInOrder(roots: Heading[]): Heading[] {
  const out: Heading[] = [];
  const walk = (list: Heading[]) => {
    for (const h of list) {
      out.push(h);
      if (h.children.length) walk(h.children);
    }
  };
  walk(roots);
  return out;
}
