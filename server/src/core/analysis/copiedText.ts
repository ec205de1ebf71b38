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

/** Figures and years become "#", full-width forms half-width, spaces and Markdown marks drop out. */
export function normalizeSentence(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '').replace(HAN_YEAR, '#').replace(FIGURE, '#');
}

function sentencesOf(m: SetMember): Sentence[] {
  const { doc, report } = m;
  const out: Sentence[] = [];
  // The title and headings say the same every year by design.
  const fixed: Span[] = [report.title, report.opening, ...doc.headings.map((h) => h.title)].filter((x): x is NonNullable<typeof x> => !!x);
  for (const p of doc.paragraphs) {
    if (p.end <= report.start || p.start >= report.end) continue;
    for (const s of p.sentences) {
      if (fixed.some((f) => f.start < s.end && f.end > s.start && f.end - f.start >= (s.end - s.start) / 2)) continue;
      const raw = doc.matchText.slice(s.start, s.end);
      if (BOILERPLATE.test(raw)) continue;
      const norm = normalizeSentence(raw);
      if (norm.replace(/#/g, '').length < MIN_LENGTH) continue;
      out.push({ start: s.start, end: s.end, norm });
    }
  }
  return out;
}

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= s.length; i++) out.add(s.slice(i, i + GRAM));
  return out;
}

/** Dice coefficient of the two gram sets. */
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

/** For each sentence of `now`, the index of its copy in `before`, or -1. */
function matchSentences(now: Sentence[], before: Sentence[]): Array<{ index: number; same: boolean }> {
  const exact = new Map<string, number>();
  before.forEach((s, i) => { if (!exact.has(s.norm)) exact.set(s.norm, i); });
  const beforeGrams = before.map((s) => grams(s.norm));
  const index = new Map<string, number[]>();
  beforeGrams.forEach((gs, i) => { for (const g of gs) (index.get(g) ?? index.set(g, []).get(g)!).push(i); });
  return now.map((s) => {
    const same = exact.get(s.norm);
    if (same !== undefined) return { index: same, same: true };
    const gs = grams(s.norm);
    const votes = new Map<number, number>();
    for (const g of gs) for (const i of index.get(g) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1);
    let best = -1;
    let bestScore = NEAR;
    for (const [i, shared] of votes) {
      // The Dice bound from the shared count alone skips most candidates before the full comparison.
      if ((2 * shared) / (gs.size + beforeGrams[i].size) < bestScore) continue;
      const score = similarity(gs, beforeGrams[i]);
      if (score >= bestScore) { best = i; bestScore = score; }
    }
    return { index: best, same: false };
  });
}

interface Token extends Span {
  raw: string;
  year: boolean;
}

const TOKEN = /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇○零一二三四五六七八九]{4}(?=年))/g;
const COUNT_UNIT = /^(?:件|条|次|个|项|场|人次|篇|期|万元|元|份|家|人|天|%|％)/;

function tokensOf(doc: SetDocument, s: Span): Token[] {
  const text = doc.matchText.slice(s.start, s.end);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const after = text.slice(m.index! + m[0].length);
    out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, raw: m[0], year: after.startsWith('年') });
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
    if (a[i].raw.normalize('NFKC') !== b[i].raw.normalize('NFKC')) continue;
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
  const now = sentencesOf(current);
  const before = sentencesOf(last);
  const matches = matchSentences(now, before);
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
