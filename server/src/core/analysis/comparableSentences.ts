// The sentences of a document that copied text is looked for in (copiedText.ts), normalized so that figures
// and years do not count. They depend on the document alone: a digest (reportSet.ts) carries them, made on the
// thread that parsed the file.
import type { Span } from '../model';

/** What the sentences are read from: a parsed document has it. */
export interface SentenceSource {
  matchText: string;
  paragraphs?: ReadonlyArray<Span & { sentences: ReadonlyArray<Span> }>;
}

/** Sentences shorter than this (normalized) are too common to tell copying ("现将有关情况报告如下。"). */
const MIN_LENGTH = 12;
/** Sentences every report carries: the statutory opening, the period, where the electronic copy is, contacts. */
const BOILERPLATE = /政府信息公开条例|统计期限|统计时限|统计时间|电子版|如对本报告|电话|地址|邮政编码|本报告中所列数据/;

const FIGURE = /\d+(?:\.\d+)?/g;
const HAN_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
const NOISE = /[\s|*#>_`~\-—–]+/g;

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

function nonHashLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== HASH) n++;
  return n;
}

/**
 * The sentences of a document the comparison may read, as plain data: those that are not boilerplate and are
 * long enough once normalized, in document order. Which of them a report compares (its own, not its title or
 * headings) is decided per report. Made with a digest (setDigestOf), on the thread that parsed the file.
 */
export interface ComparableSentences {
  /** Per sentence: its paragraph's start and end, then its own start and end. */
  spans: number[];
  /** Per sentence: its text normalized (normalizeSentence). */
  norms: string[];
}

/** The comparable sentences of the paragraphs that overlap `within` (all when absent). */
export function comparableSentencesOf(doc: SentenceSource, within?: Span): ComparableSentences {
  const spans: number[] = [];
  const norms: string[] = [];
  for (const p of doc.paragraphs ?? []) {
    if (within && (p.end <= within.start || p.start >= within.end)) continue;
    for (const s of p.sentences) {
      const raw = doc.matchText.slice(s.start, s.end);
      if (BOILERPLATE.test(raw)) continue;
      const norm = normalizeSentence(raw);
      if (nonHashLength(norm) < MIN_LENGTH) continue;
      spans.push(p.start, p.end, s.start, s.end);
      norms.push(norm);
    }
  }
  return { spans, norms };
}

