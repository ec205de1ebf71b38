// percent-mismatch: "A a件，占p%" where p is not a/X·100 for the total X that the sentence or paragraph
// gives ("共…X件", the 其中 total, or Table B's totals), beyond half a unit of the last printed decimal.
import type { NumberMention, Paragraph, Report, ReportDocument, Span } from '../model';
import { breakdownsOf, isCount, numbersIn, paragraphsOf, TOTAL_MARK, clauseStart, written } from '../analysis/breakdowns';
import { isFilled, valueOf } from '../analysis/tableCells';
import type { Rule } from './types';
import { cachedPerReport } from '../analysis/cache';

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
 * Between the part and its percentage: "，占", "，占比", "，占总数的", "（占…" — nothing else. A line break
 * inside the paragraph is a wrap ("66条,占\n61.7%" in seed 001).
 */
const GAP = /^\s*[，,（(]?\s*(?:分别)?占[^。；;！？!?\d，,]{0,10}$/;

function decimalsOf(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

function pairsIn(doc: ReportDocument, p: Paragraph): Pair[] {
  const nums = numbersIn(doc, p.start, p.end);
  const out: Pair[] = [];
  for (let i = 1; i < nums.length; i++) {
    const pct = nums[i];
    const part = nums[i - 1];
    if (pct.unit !== '%' || pct.approximate || !isCount(part) || part.approximate) continue;
    if (!GAP.test(doc.text.slice(part.end, pct.start))) continue;
    out.push({ part, pct, decimals: decimalsOf(pct.raw) });
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
    for (const [row, zh, en] of [['一', '表三“一、本年新收”总计', 'Table B 一 (received) 总计'], ['三（七）', '表三“（七）总计”', 'Table B （七）总计']] as const) {
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
  const table = tableCandidates(report);
  paragraphs.forEach((p, pi) => {
    const pairs = pairsIn(doc, p);
    if (!pairs.length) return;
    const partSet = new Set(pairs.map((x) => x.part));
    // Every count of the paragraph that is not itself a part with a percentage.
    let own = numbersIn(doc, p.start, p.end).filter((n) => isCount(n) && !n.approximate && !partSet.has(n));
    if (!own.length && pi > 0) {
      // "共主动公开政府信息107条。" then "在主动公开的信息中，政策法规类66条，占61.7%…": a marked total just before.
      const prev = paragraphs[pi - 1];
      own = numbersIn(doc, prev.start, prev.end).filter((n) => isCount(n) && !n.approximate && TOTAL_MARK.test(doc.text.slice(clauseStart(doc.text, n.start, prev.start), n.start)));
    }
    const byUnit = (unit: string) => [
      ...own.filter((n) => n.unit === unit).map((n) => mentionCandidate(doc, n)),
      ...(unit === '件' ? table : []),
    ];
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

export const percentMismatch: Rule = {
  meta: {
    id: 'percent-mismatch',
    category: 'numbers',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '百分比与数字不符', en: 'A percentage does not match its figures' },
    doc: {
      what: {
        zh: '检查“予以公开61件，占48.0%”这类写法：百分比应等于该数除以合计，误差不超过所印最后一位小数的半个单位（48.0% 允许 ±0.05）。合计取同一句“共X件，其中……”的合计；没有“其中”时，取同段（或上一段）中同单位的数字及表三的合计，并且只有在同一组百分比中至少两个与某个合计吻合、能确定合计时才检查。与段中另一个数字吻合的百分比不报；截尾而非四舍五入造成的差异（35÷805=4.348%，写作4.34%）只作提示。',
        en: 'Checks phrases such as "予以公开61件，占48.0%": the percentage must equal the figure divided by the total, within half a unit of its last printed decimal (48.0 % allows ±0.05). The total is the one of the same sentence ("共X件，其中……"); without 其中, the counts of the same unit in the paragraph (or the one before) and Table B\'s totals are tried, and a total is accepted only when at least two percentages of the group fit it. A percentage that fits another count of the paragraph is not reported; one that was truncated rather than rounded (35/805 = 4.348 % written as 4.34 %) gets an information note only.',
      },
      why: {
        zh: '百分比与数字对不上，读者无法判断哪一个可信，往往说明数字改过而百分比没有重算。',
        en: 'When a percentage and its figures disagree, readers cannot tell which one to trust; usually a figure was changed and the percentage was not recomputed.',
      },
      example: { wrong: '全年共办结127件，其中予以公开61件，占48.0%；部分公开14件，占12.6%。（14÷127=11.0%）', right: '全年共办结127件，其中予以公开61件，占48.0%；部分公开14件，占11.0%。' },
      basis: {
        zh: '报告自身的数字须前后一致（report-format.md §5.2 GA-P003，§7.2 百分比容差）；实例见上海市人民政府办公厅2019年报告（§5.1）。',
        en: 'A report must agree with itself (report-format.md §5.2 GA-P003, §7.2 on the tolerance); observed in the 2019 report of the Shanghai government office (§5.1).',
      },
    },
  },
  checkReport(report, ctx) {
    const { doc } = ctx;
    for (const check of percentChecks(doc, report)) {
      const { part, pct, decimals, total, paragraph: p } = check;
      if (!total || check.exact === undefined || (check.status !== 'truncated' && check.status !== 'mismatch')) continue;
      const exact = check.exact;
      const shown = fmtPct(exact, decimals + 2);
      const right = fmtPct(exact, decimals);
      const cut = check.status === 'truncated';
      const partText = written(doc, part);
      const lead = doc.text.slice(Math.max(clauseStart(doc.text, part.start, Math.max(p.start, part.start - 16)), part.start - 16), part.start).trim();
      const pctText = written(doc, pct);
      const related = [
        { start: part.start, end: part.end, message: { zh: `数字 ${partText}`, en: `figure ${partText}` } },
        { start: total.span.start, end: total.span.end, message: { zh: total.zh, en: total.en } },
      ];
      if (cut) {
        ctx.report({
          start: pct.start,
          end: pct.end,
          severity: 'information',
          message: {
            zh: `“${pctText}”是截尾得到的：${part.value} ÷ ${total.value} = ${shown}%，按四舍五入应写作 ${right}%。`,
            en: `"${pctText}" was truncated: ${part.value} / ${total.value} = ${shown} %, which rounds to ${right} %.`,
          },
          related,
        });
        continue;
      }
      ctx.report({
        start: pct.start,
        end: pct.end,
        message: {
          zh: `“${lead}${partText}，占${pctText}”与合计不符：${part.value} ÷ ${total.value} = ${shown}%，应约为 ${right}%（相差 ${fmtPct(Math.abs(exact - pct.value), decimals + 1)} 个百分点）。百分比与数字对不上，读者无法判断哪个可信；请核对该数字、合计或百分比。`,
          en: `"${lead}${partText}，占${pctText}" does not match the total: ${part.value} / ${total.value} = ${shown} %, about ${right} % (off by ${fmtPct(Math.abs(exact - pct.value), decimals + 1)} points). Check the figure, the total or the percentage.`,
        },
        related,
      });
    }
  },
};
