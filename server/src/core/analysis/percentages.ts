// Percentages in the text ("A a件，占p%") and the total each is taken of, with the verdict that
// percent-mismatch reports and the hover shows (computed once per report).
import type { NumberMention, Paragraph, Report, ReportDocument, Span } from '../model';
import { breakdownsOf, isCount, numbersIn, paragraphsOf, TOTAL_MARK, clauseStart, written } from './breakdowns';
import { isFilled, valueOf } from './tableCells';
import { cachedPerReport } from './cache';
import { firstStartingAt } from '../text/search';

interface Pair {
  part: NumberMention;
  pct: NumberMention;
  /** Decimals printed in the percentage (48.0 → 1). */
  decimals: number;
}

/** A total a percentage may be taken of: a count of the text or a Table B total. */
export interface Candidate {
  value: number;
  span: Span;
  zh: string;
  en: string;
}

/**
 * Between the part and its percentage: "，占", "、占", "，占比", "，占总数的", "（占…", "，所占比例为",
 * "，比例为", "，比重为" — nothing else. A line break inside the paragraph is a wrap ("66条,占\n61.7%" in seed 001).
 */
const GAP = /^\s*[，,、（(]?\s*(?:分别)?(?:所?占[^。；;！？!?\d，,、]{0,10}|(?:比例|比重)(?:为|是|达)?)$/;

function decimalsOf(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

/** Each percentage of the paragraph after a count; read in place (numbersIn's list), as most paragraphs have none. */
function pairsIn(doc: ReportDocument, p: Paragraph): Pair[] | undefined {
  const numbers = doc.numbers;
  let out: Pair[] | undefined;
  let part: NumberMention | undefined;
  for (let i = firstStartingAt(numbers, p.start); i < numbers.length && numbers[i].start < p.end; i++) {
    const pct = numbers[i];
    if (pct.end > p.end) continue;
    if (part && pct.unit === '%' && !pct.approximate && isCount(part) && !part.approximate && GAP.test(doc.matchText.slice(part.end, pct.start))) {
      (out ??= []).push({ part, pct, decimals: decimalsOf(pct.raw) });
    }
    part = pct;
  }
  return out;
}

/** a / total as a percentage, rounded to the printed decimals, matches p. */
function rounds(a: number, total: number, p: number, decimals: number): boolean {
  if (total <= 0) return false;
  return Math.abs((a / total) * 100 - p) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** The percentage was cut off instead of rounded (35/805 = 4.348 % printed as 4.34 %). */
function truncates(a: number, total: number, p: number, decimals: number): boolean {
  if (total <= 0) return false;
  const scale = 10 ** decimals;
  return Math.abs(Math.floor((a / total) * 100 * scale + 1e-9) / scale - p) < 1e-9;
}

export function fmtPct(x: number, decimals: number): string {
  return x.toFixed(decimals);
}

/**
 * A percentage written after a count ("A a件，占p%") and how the rule judges it:
 * - fits: a / total rounds to p at the printed decimals;
 * - other-base: it does not, but it fits another count of the paragraph (the writer may mean that base): not reported;
 * - truncated: cut off instead of rounded: an information note;
 * - mismatch: reported.
 * Without `total` no total could be established and nothing is judged.
 */
export interface PercentCheck {
  part: NumberMention;
  pct: NumberMention;
  /** Decimals printed in the percentage (48.0 → 1). */
  decimals: number;
  paragraph: Paragraph;
  total?: Candidate;
  /** a / total · 100, unrounded. */
  exact?: number;
  status?: 'fits' | 'other-base' | 'truncated' | 'mismatch';
  /** other-base: the count it fits instead. */
  otherBase?: Candidate;
}

/** Table B's totals as candidates for counts of applications (件). */
function tableCandidates(report: Report): Candidate[] {
  const out: Candidate[] = [];
  for (const t of report.tables) {
    const b = t.national?.id === 'B' ? t.national : undefined;
    if (!b) continue;
    for (const [row, zh, en] of [['一', '表三“一、本年新收”总计', 'Table 3 一 (received) 总计'], ['三（七）', '表三“（七）总计”', 'Table 3 （七）总计']] as const) {
      const cell = b.cell(row, '总计');
      if (isFilled(cell)) out.push({ value: valueOf(cell), span: cell!, zh: `${zh} ${cell!.text}`, en: `${en} ${cell!.text}` });
    }
  }
  return out;
}

function mentionCandidate(doc: ReportDocument, n: NumberMention): Candidate {
  return { value: n.value, span: n, zh: `合计 ${written(doc, n)}`, en: `total ${written(doc, n)}` };
}

/** Every "A a件，占p%" of a report with the total it is taken of and the verdict (cached; the hover shows these). */
export const percentChecks = cachedPerReport(findChecks);

function findChecks(doc: ReportDocument, report: Report): PercentCheck[] {
  const out: PercentCheck[] = [];
  const paragraphs = paragraphsOf(doc, report);
  const breakdowns = breakdownsOf(doc, report);
  // Table B's totals, read when a paragraph first has a percentage to judge (most have none).
  let table: Candidate[] | undefined;
  paragraphs.forEach((p, pi) => {
    const pairs = pairsIn(doc, p);
    if (!pairs) return;
    const partSet = new Set(pairs.map((x) => x.part));
    // Every count of the paragraph that is not itself a part with a percentage.
    let own = numbersIn(doc, p.start, p.end).filter((n) => isCount(n) && !n.approximate && !partSet.has(n));
    if (!own.length && pi > 0) {
      // "共主动公开政府信息107条。" then "在主动公开的信息中，政策法规类66条，占61.7%…": a marked total just before.
      const prev = paragraphs[pi - 1];
      own = numbersIn(doc, prev.start, prev.end).filter((n) => isCount(n) && !n.approximate && TOTAL_MARK.test(doc.matchText.slice(clauseStart(doc.matchText, n.start, prev.start), n.start)));
    }
    // The candidates of a unit, made once per paragraph (each percentage that does not fit asks again).
    const candidates = new Map<string, Candidate[]>();
    const byUnit = (unit: string) => {
      let found = candidates.get(unit);
      if (!found) {
        found = [...own.filter((n) => n.unit === unit).map((n) => mentionCandidate(doc, n)), ...(unit === '件' ? (table ??= tableCandidates(report)) : [])];
        candidates.set(unit, found);
      }
      return found;
    };
    // Pairs whose part belongs to a clear 其中 breakdown take its total; the others are judged as a group.
    const loose: Pair[] = [];
    const judged = new Map<Pair, Candidate>();
    for (const pair of pairs) {
      const b = breakdowns.find((x) => !x.alternatives && x.parts.some((q) => q.n === pair.part));
      if (b) judged.set(pair, mentionCandidate(doc, b.total));
      else loose.push(pair);
    }
    for (const unit of new Set(loose.map((x) => x.part.unit!))) {
      const group = loose.filter((x) => x.part.unit === unit);
      const scored = byUnit(unit).map((c) => ({ c, score: group.filter((x) => rounds(x.part.value, c.value, x.pct.value, x.decimals)).length }));
      const best = Math.max(0, ...scored.map((s) => s.score));
      // A total is established only when at least two percentages fit it and no other count fits as many.
      const winners: Candidate[] = [];
      for (const s of scored) if (s.score === best && !winners.some((w) => w.value === s.c.value)) winners.push(s.c);
      if (best < 2 || winners.length !== 1) continue;
      for (const pair of group) judged.set(pair, winners[0]);
    }
    for (const pair of pairs) {
      const check: PercentCheck = { ...pair, paragraph: p };
      out.push(check);
      const total = judged.get(pair);
      if (!total) continue;
      const { part, pct, decimals } = pair;
      check.total = total;
      // A total of 0 has no shares: shown, not judged.
      if (total.value <= 0) continue;
      check.exact = (part.value / total.value) * 100;
      if (rounds(part.value, total.value, pct.value, decimals)) {
        check.status = 'fits';
        continue;
      }
      // Fits another count of the paragraph: the writer may have meant another base.
      const other = byUnit(part.unit!).find((c) => c.value !== total.value && rounds(part.value, c.value, pct.value, decimals));
      if (other) {
        check.status = 'other-base';
        check.otherBase = other;
        continue;
      }
      check.status = truncates(part.value, total.value, pct.value, decimals) ? 'truncated' : 'mismatch';
    }
  });
  return out;
}
