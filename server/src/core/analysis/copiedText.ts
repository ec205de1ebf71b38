// How much of this year's report repeats last year's: sentences identical or nearly identical once figures
// and years are set aside, the longest runs of them, and the years and figures inside copied sentences
// that are still last year's. Tables, headings and the boilerplate every report shares are left out.
import type { Span } from '../model';
import type { SetDocument, SetMember } from './reportSet';

export interface CopiedSentence {
  current: Span;
  last: Span;
  /** Identical once figures and years are set aside (otherwise nearly identical). */
  same: boolean;
}

/** Consecutive copied sentences that follow each other in both reports. */
export interface CopiedPassage {
  current: Span;
  last: Span;
  sentences: number;
}

/** A year or figure of a copied sentence written as last year's sentence wrote it. */
export interface LeftOver {
  kind: 'year' | 'figure';
  /** The copied sentence (this year's) it is in. */
  sentence: Span;
  current: Span;
  last: Span;
  raw: string;
}

export interface CopiedText {
  /** Sentences of this year's report that are compared (not boilerplate, long enough). */
  compared: number;
  copied: CopiedSentence[];
  /** copied / compared (0 when nothing is compared). */
  share: number;
  /** Longest first. */
  passages: CopiedPassage[];
  leftOvers: LeftOver[];
}

/** Sentences shorter than this (normalized) are too common to tell copying ("现将有关情况报告如下。"). */
const MIN_LENGTH = 12;
/** Sentences every report carries: the statutory opening, the period, where the electronic copy is, contacts. */
const BOILERPLATE = /政府信息公开条例|统计期限|统计时限|统计时间|电子版|如对本报告|电话|地址|邮政编码|本报告中所列数据/;
const NEAR = 0.85;
const GRAM = 3;

interface Sentence extends Span {
  norm: string;
}

const FIGURE = /\d+(?:\.\d+)?/g;
const HAN_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
const NOISE = /[\s|*#>_`~\-—–]+/g;

const YEAR_CHAR = 0x5e74; // 年
const HASH = 0x23;

/** Figures and years become "#", full-width forms half-width, spaces and Markdown marks drop out. */
export function normalizeSentence(text: string): string {
  let s = text.normalize('NFKC').replace(NOISE, '');
  // Most sentences have no year in Chinese digits: the regex runs only where 年 follows one.
  if (hasHanYear(s)) s = s.replace(HAN_YEAR, '#');
  return s.replace(FIGURE, '#');
}

const HAN_DIGIT = /[〇○零一二三四五六七八九]/;

function hasHanYear(s: string): boolean {
  for (let i = s.indexOf('年', 4); i >= 0; i = s.indexOf('年', i + 1)) if (HAN_DIGIT.test(s[i - 1])) return true;
  return false;
}

/** A document's heading titles sorted by start: shared by all its reports. */
const SORTED_HEADINGS = new WeakMap<SetDocument, Span[]>();

function sortedHeadingsOf(doc: SetDocument): Span[] {
  let spans = SORTED_HEADINGS.get(doc);
  if (!spans) SORTED_HEADINGS.set(doc, spans = doc.headings.map((h) => h.title).sort((a, b) => a.start - b.start));
  return spans;
}

/** A fixed span overlaps `s` and is at least half as long: the sentence says what the title or a heading says. */
const says = (f: Span, s: Span) => f.start < s.end && f.end > s.start && f.end - f.start >= (s.end - s.start) / 2;

/** The title, opening and headings of a report's document, asked about its sentences in document order. */
class FixedSpans {
  private next = 0;
  private active: Span[] = [];
  private lastStart = -Infinity;

  constructor(private readonly own: Span[], private readonly headings: Span[]) {}

  covers(s: Span): boolean {
    if (this.own.some((f) => says(f, s))) return true;
    if (s.start < this.lastStart) {
      this.next = 0;
      this.active = [];
    }
    this.lastStart = s.start;
    const { headings } = this;
    while (this.next < headings.length && headings[this.next].start < s.end) this.active.push(headings[this.next++]);
    // Headings ending before this sentence end before every later one.
    if (this.active.some((f) => f.end <= s.start)) this.active = this.active.filter((f) => f.end > s.start);
    return this.active.some((f) => says(f, s));
  }
}

function fixedSpansOf(m: SetMember): FixedSpans {
  const own: Span[] = [];
  if (m.report.title) own.push(m.report.title);
  if (m.report.opening) own.push(m.report.opening);
  return new FixedSpans(own, sortedHeadingsOf(m.doc));
}

function nonHashLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== HASH) n++;
  return n;
}

/** What a member is compared by, as this year's or last year's report: computed once. */
interface Compared {
  sentences: Sentence[];
  /** Normalized sentence → its first index. */
  exact?: Map<string, number>;
  /** Gram → the indices of the sentences that have it, ascending; the number of distinct grams per sentence. */
  grams?: { index: Map<number, number[]>; sizes: Int32Array };
}

const COMPARED = new WeakMap<SetMember, Compared>();

function comparedOf(m: SetMember): Compared {
  let c = COMPARED.get(m);
  if (!c) COMPARED.set(m, c = { sentences: sentencesOf(m) });
  return c;
}

function sentencesOf(m: SetMember): Sentence[] {
  const { doc, report } = m;
  const out: Sentence[] = [];
  // The title and headings say the same every year by design.
  const fixed = fixedSpansOf(m);
  for (const p of doc.paragraphs) {
    if (p.end <= report.start || p.start >= report.end) continue;
    for (const s of p.sentences) {
      if (fixed.covers(s)) continue;
      const raw = doc.matchText.slice(s.start, s.end);
      if (BOILERPLATE.test(raw)) continue;
      const norm = normalizeSentence(raw);
      if (nonHashLength(norm) < MIN_LENGTH) continue;
      out.push({ start: s.start, end: s.end, norm });
    }
  }
  return out;
}

/** A gram as a number: three UTF-16 units are 48 bits, exact in a double. */
const gramAt = (s: string, i: number) => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

/** The distinct grams of `s` in the order they first occur. */
function grams(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + GRAM <= s.length; i++) out.add(gramAt(s, i));
  return out;
}

function exactOf(c: Compared): Map<string, number> {
  if (!c.exact) {
    const exact = new Map<string, number>();
    c.sentences.forEach((s, i) => { if (!exact.has(s.norm)) exact.set(s.norm, i); });
    c.exact = exact;
  }
  return c.exact;
}

function gramsOf(c: Compared): NonNullable<Compared['grams']> {
  if (!c.grams) {
    const index = new Map<number, number[]>();
    const sizes = new Int32Array(c.sentences.length);
    c.sentences.forEach((s, i) => {
      const gs = grams(s.norm);
      sizes[i] = gs.size;
      for (const g of gs) {
        const list = index.get(g);
        if (list) list.push(i);
        else index.set(g, [i]);
      }
    });
    c.grams = { index, sizes };
  }
  return c.grams;
}

/** For each sentence of `now`, the index of its copy in `before`, or -1. */
function matchSentences(now: Sentence[], before: Compared): Array<{ index: number; same: boolean }> {
  const exact = exactOf(before);
  let shared: Int32Array | undefined;
  return now.map((s) => {
    const same = exact.get(s.norm);
    if (same !== undefined) return { index: same, same: true };
    // Most copies are exact: the grams of last year's sentences are indexed only once one is not.
    const { index, sizes } = gramsOf(before);
    shared ??= new Int32Array(before.sentences.length);
    const gs = grams(s.norm);
    // Candidates in the order they first share a gram: on equal scores the last one wins.
    const candidates: number[] = [];
    for (const g of gs) {
      const list = index.get(g);
      if (!list) continue;
      for (const i of list) if (shared[i]++ === 0) candidates.push(i);
    }
    let best = -1;
    let bestScore = NEAR;
    for (const i of candidates) {
      // Dice coefficient of the two gram sets: `shared` counts the grams they have in common.
      const score = (2 * shared[i]) / (gs.size + sizes[i]);
      shared[i] = 0;
      if (score >= bestScore) { best = i; bestScore = score; }
    }
    return { index: best, same: false };
  });
}

/** A figure or a year in Chinese digits: what /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇○零一二三四五六七八九]{4}(?=年))/g matches. */
interface Token extends Span {
  raw: string;
  year: boolean;
}

const COUNT_UNIT = /^(?:件|条|次|个|项|场|人次|篇|期|万元|元|份|家|人|天|%|％)/;

const isHanDigit = (c: number) => HAN_DIGIT_CODES.has(c);
const HAN_DIGIT_CODES = new Set([...'〇○零一二三四五六七八九'].map((c) => c.charCodeAt(0)));
/** [0-9０-９] */
const isAnyDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** The matches of TOKEN in the sentence, found by one scan of its characters. */
function tokensOf(doc: SetDocument, s: Span): Token[] {
  const text = doc.matchText;
  const out: Token[] = [];
  const token = (start: number, end: number) => {
    out.push({ start, end, raw: text.slice(start, end), year: end < s.end && text.charCodeAt(end) === YEAR_CHAR });
  };
  for (let i = s.start; i < s.end;) {
    const c = text.charCodeAt(i);
    if (isAnyDigit(c)) {
      let j = i + 1;
      while (j < s.end && isAnyDigit(text.charCodeAt(j))) j++;
      const dot = text.charCodeAt(j);
      if (j + 1 < s.end && (dot === 0x2e || dot === 0xff0e) && isAnyDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < s.end && isAnyDigit(text.charCodeAt(j))) j++;
      }
      token(i, j);
      i = j;
    } else if (isHanDigit(c)) {
      let j = i + 1;
      while (j < s.end && isHanDigit(text.charCodeAt(j))) j++;
      // Four digits right before 年 (the last four of a longer run).
      if (j - i >= 4 && j < s.end && text.charCodeAt(j) === YEAR_CHAR) token(j - 4, j);
      i = j;
    } else i++;
  }
  return out;
}

const HAN_DIGITS: Record<string, string> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

function yearValue(raw: string): number | undefined {
  const digits = raw.normalize('NFKC').replace(/[〇○零一二三四五六七八九]/g, (c) => HAN_DIGITS[c]);
  return /^\d{4}$/.test(digits) ? Number(digits) : undefined;
}

function leftOversOf(current: SetMember, last: SetMember, pair: CopiedSentence): LeftOver[] {
  const a = tokensOf(current.doc, pair.current);
  const b = tokensOf(last.doc, pair.last);
  if (a.length !== b.length) return [];
  const out: LeftOver[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i].raw !== b[i].raw && a[i].raw.normalize('NFKC') !== b[i].raw.normalize('NFKC')) continue;
    const cur = { start: a[i].start, end: a[i].end };
    const old = { start: b[i].start, end: b[i].end };
    if (a[i].year) {
      // Only last year's own report year: an older year may name a past event on purpose.
      if (yearValue(a[i].raw) === last.year) out.push({ kind: 'year', sentence: pair.current, current: cur, last: old, raw: current.doc.text.slice(cur.start, cur.end + 1) });
      continue;
    }
    const after = current.doc.matchText.slice(a[i].end, a[i].end + 2);
    const value = Number(a[i].raw.normalize('NFKC'));
    if (COUNT_UNIT.test(after) && value > 1) {
      out.push({ kind: 'figure', sentence: pair.current, current: cur, last: old, raw: current.doc.text.slice(cur.start, a[i].end + (after.match(COUNT_UNIT)?.[0].length ?? 0)) });
    }
  }
  return out;
}

export function copiedTextOf(current: SetMember, last: SetMember): CopiedText {
  const now = comparedOf(current).sentences;
  const lastYear = comparedOf(last);
  const before = lastYear.sentences;
  const matches = matchSentences(now, lastYear);
  const copied: CopiedSentence[] = [];
  const passages: CopiedPassage[] = [];
  let run: { from: number; to: number; lastFrom: number; lastTo: number; count: number } | undefined;
  const close = () => {
    if (run) passages.push({ current: { start: now[run.from].start, end: now[run.to].end }, last: { start: before[run.lastFrom].start, end: before[run.lastTo].end }, sentences: run.count });
    run = undefined;
  };
  matches.forEach((m, i) => {
    if (m.index < 0) return close();
    copied.push({ current: { start: now[i].start, end: now[i].end }, last: { start: before[m.index].start, end: before[m.index].end }, same: m.same });
    if (run && run.to === i - 1 && run.lastTo === m.index - 1) {
      run.to = i;
      run.lastTo = m.index;
      run.count++;
    } else {
      close();
      run = { from: i, to: i, lastFrom: m.index, lastTo: m.index, count: 1 };
    }
  });
  close();
  passages.sort((x, y) => (y.current.end - y.current.start) - (x.current.end - x.current.start) || x.current.start - y.current.start);
  const leftOvers = copied.filter((c) => c.same).flatMap((c) => leftOversOf(current, last, c));
  return { compared: now.length, copied, share: now.length ? copied.length / now.length : 0, passages, leftOvers };
}
