// How much of this year's report repeats last year's: sentences identical or nearly identical once figures
// and years are set aside, the longest runs of them, and the years and figures inside copied sentences
// that are still last year's. Tables, headings and the boilerplate every report shares are left out.
import type { Span } from '../model';
import type { SetDocument, SetMember } from './reportSet';
import { comparableSentencesOf } from './comparableSentences';
import { countBefore } from '../text/search';
import { memoized } from '../memo';

export { normalizeSentence } from './comparableSentences';

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

const NEAR = 0.85;
const GRAM = 3;
const YEAR_CHAR = 0x5e74; // 年

interface Sentence extends Span {
  norm: string;
}

/** A document's heading titles sorted by start, and the latest end among each one and those before it. */
interface SortedHeadings {
  spans: Span[];
  endsBy: number[];
}

/** Once per document (memo.ts). */
const sortedHeadingsOf = memoized((doc: SetDocument): SortedHeadings => {
  const spans = doc.headings.map((h) => h.title).sort((a, b) => a.start - b.start);
  const endsBy: number[] = [];
  let end = -Infinity;
  for (const h of spans) endsBy.push(end = Math.max(end, h.end));
  return { spans, endsBy };
});

/** How many of the first headings end at or before `offset`, they and all before them. */
function headingsEndedBy(h: SortedHeadings, offset: number): number {
  return countBefore(h.endsBy.length, (i) => h.endsBy[i] <= offset);
}

/** A fixed span overlaps `s` and is at least half as long: the sentence says what the title or a heading says. */
const says = (f: Span, s: Span) => f.start < s.end && f.end > s.start && f.end - f.start >= (s.end - s.start) / 2;

/** The title, opening and headings of a report's document, asked about its sentences in document order. */
class FixedSpans {
  private next = -1;
  private active: Span[] = [];
  private lastStart = -Infinity;

  constructor(private readonly own: Span[], private readonly headings: SortedHeadings) {}

  covers(s: Span): boolean {
    for (const f of this.own) if (says(f, s)) return true;
    const { spans } = this.headings;
    if (this.next < 0 || s.start < this.lastStart) {
      // The headings that all end before this sentence are never looked at.
      this.next = headingsEndedBy(this.headings, s.start);
      this.active = [];
    }
    this.lastStart = s.start;
    while (this.next < spans.length && spans[this.next].start < s.end) this.active.push(spans[this.next++]);
    let covered = false;
    let kept = 0;
    for (const f of this.active) {
      // Headings ending before this sentence end before every later one: dropped.
      if (f.end <= s.start) continue;
      this.active[kept++] = f;
      if (says(f, s)) covered = true;
    }
    this.active.length = kept;
    return covered;
  }
}

function fixedSpansOf(m: SetMember): FixedSpans {
  const own: Span[] = [];
  if (m.report.title) own.push(m.report.title);
  if (m.report.opening) own.push(m.report.opening);
  return new FixedSpans(own, sortedHeadingsOf(m.doc));
}

/** What a member is compared by, as this year's or last year's report: computed once. */
interface Compared {
  sentences: Sentence[];
  /** Normalized sentence → its first index. */
  exact?: Map<string, number>;
  /** Gram → the indices of the sentences that have it, ascending; the number of distinct grams per sentence. */
  grams?: { index: Map<number, number[]>; sizes: Int32Array };
}

/** Once per member (memo.ts). */
const comparedOf = memoized((m: SetMember): Compared => ({ sentences: sentencesOf(m) }));

function sentencesOf(m: SetMember): Sentence[] {
  const { doc, report } = m;
  const { spans, norms } = doc.comparable ?? comparableSentencesOf(doc, report);
  const out: Sentence[] = [];
  // The title and headings say the same every year by design.
  const fixed = fixedSpansOf(m);
  // Paragraphs come in document order: those before the report are skipped by a binary search.
  for (let k = firstEndingAfter(spans, report.start); k < norms.length && spans[4 * k] < report.end; k++) {
    const s = { start: spans[4 * k + 2], end: spans[4 * k + 3], norm: norms[k] };
    if (!fixed.covers(s)) out.push(s);
  }
  return out;
}

/** The first comparable sentence whose paragraph ends after `offset`. */
function firstEndingAfter(spans: number[], offset: number): number {
  return countBefore(spans.length / 4, (k) => spans[4 * k + 1] <= offset);
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

interface Token extends Span {
  raw: string;
  year: boolean;
}

const COUNT_UNIT = /^(?:件|条|次|个|项|场|人次|篇|期|万元|元|份|家|人|天|%|％)/;

const TOKEN = /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇○零一二三四五六七八九]{4}(?=年))/g;

function tokensOf(doc: SetDocument, s: Span): Token[] {
  const text = doc.matchText.slice(s.start, s.end);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: s.start + m.index, end: s.start + end, raw: m[0], year: text.charCodeAt(end) === YEAR_CHAR });
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
  if (!a.length) return [];
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
