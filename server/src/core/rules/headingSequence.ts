// heading-sequence: sibling headings of one level must be numbered 1, 2, 3 … (一、二、三、…) without gaps
// or repeats, starting at 1; and a lower-level marker must not come before a higher-level one among siblings.
import type { Heading, Report } from '../model';
import { hanNumber } from '../text/hanNumber';
import { foldDigits } from '../text/chars';
import type { Fix, TextEdit } from '../findings';
import { renumberedMarker } from '../edits/markers';
import { LazyFix } from '../edits/lazyFix';
import { headingSpan, headingText, lineOf } from '../analysis/structure';
import type { Rule, RuleContext } from './types';

const han = hanNumber;

/** The canonical marker of an ordinal at a rank, for messages: 三、 （三） 3. （3） ③. */
function markerOf(rank: Heading['rank'], n: number): string {
  switch (rank) {
    case 1: return `${han(n)}、`;
    case 2: return `（${han(n)}）`;
    case 3: return `${n}.`;
    case 4: return `（${n}）`;
    default: return n >= 1 && n <= 20 ? String.fromCharCode('①'.charCodeAt(0) + n - 1) : `${n}`;
  }
}

const HAN_NUMERAL = /^[一二三四五六七八九十]+$/;
const WRITTEN_HAN = /(?<![一二三四五六七八九十（(第])([一二三四五六七八九十]+)[、．.，,]/g;
const WRITTEN_PAREN_HAN = /[（(]\s*([一二三四五六七八九十]+)\s*[）)]/g;
const WRITTEN_ARABIC = /(?<![\d０-９.．])([\d０-９]+)\s*[.．、](?![\d０-９])/g;
const WRITTEN_PAREN_ARABIC = /[（(]\s*([\d０-９]+)\s*[）)]/g;

const FULL_WIDTH_RUN = /^[０-９]+$/;

/**
 * The numerals written as markers of `rank` in `text`: Chinese ones as written ("三" for "三、"), Arabic
 * ones in ASCII digits when written all in ASCII or all in full-width digits ("3" for "３．"; "1２" is neither).
 */
function numeralsIn(text: string, rank: Heading['rank']): Set<string> {
  const re = rank === 1 ? WRITTEN_HAN : rank === 2 ? WRITTEN_PAREN_HAN : rank === 3 ? WRITTEN_ARABIC : WRITTEN_PAREN_ARABIC;
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const numeral = m[1];
    if (rank <= 2 || /^\d+$/.test(numeral)) out.add(numeral);
    else if (FULL_WIDTH_RUN.test(numeral)) out.add(foldDigits(numeral));
  }
  return out;
}

/**
 * Whether a marker for ordinal `n` at `rank` is written somewhere in `text`, in any of its usual forms.
 * The parser only takes markers at the start of a line (and level-1 ones inside running text in
 * sequence); a "3." in the middle of a line is not a heading but means the author did not skip 3.
 * Returns a test for each `n`: the text is read once, however many numbers are missing.
 */
function writtenIn(text: string, rank: Heading['rank']): (n: number) => boolean {
  if (rank === 5) return (n) => text.includes(markerOf(5, n));
  let numerals: Set<string> | undefined;
  return (n) => {
    numerals ??= numeralsIn(text, rank);
    if (rank === 1 || rank === 2) {
      const h = han(n);
      if (HAN_NUMERAL.test(h)) return numerals.has(h);
      // hanNumber writes 100 and above in digits: looked for as such.
      return new RegExp(rank === 1 ? `(?<![一二三四五六七八九十（(第])${h}[、．.，,]` : `[（(]\\s*${h}\\s*[）)]`).test(text);
    }
    return numerals.has(String(n));
  };
}

const LEVEL_NAME = { 1: '一级', 2: '二级', 3: '三级', 4: '四级', 5: '五级' } as const;

function message(kind: 'gap' | 'repeat' | 'start', h: Heading, prev: Heading | undefined, missing: number[], ctx: RuleContext) {
  const { doc } = ctx;
  const here = headingText(doc, h);
  const level = LEVEL_NAME[h.rank];
  const mine = markerOf(h.rank, h.ordinal);
  // `missing` is a run of consecutive numbers: a long one is named by its ends (“1.”至“48.”).
  const long = missing.length > 3;
  const ends = long ? [missing[0], missing[missing.length - 1]] : missing;
  const miss = ends.map((n) => `“${markerOf(h.rank, n)}”`).join(long ? '至' : '');
  const missEn = ends.map((n) => `"${markerOf(h.rank, n)}"`).join(long ? ' to ' : ', ');
  if (kind === 'gap') {
    const before = markerOf(h.rank, prev!.ordinal);
    const line = lineOf(doc, prev!.start);
    return {
      zh: `${level}标题“${before}”（第 ${line} 行）之后是“${here}”，缺少${miss}。序号应连续；请检查是否漏写了这一部分，或把后面的标题重新编号。`,
      en: `Level-${h.rank} heading "${before}" (line ${line}) is followed by "${here}": ${missEn} is missing. Numbers must run without gaps; check whether that part was left out, or renumber the headings that follow.`,
    };
  }
  if (kind === 'repeat') {
    const before = markerOf(h.rank, prev!.ordinal);
    const line = lineOf(doc, prev!.start);
    return {
      zh: `${level}标题“${here}”的序号“${mine}”在“${before}”（第 ${line} 行）之后重复或倒退。同级标题的序号应依次递增；请重新编号。`,
      en: `Level-${h.rank} heading "${here}" is numbered "${mine}" after "${before}" (line ${line}): the number repeats or goes back. Sibling headings must be numbered in increasing order; renumber them.`,
    };
  }
  return {
    zh: `${level}标题“${here}”是这一组同级标题的第一个，序号却是“${mine}”，前面没有${miss}。序号应从“${markerOf(h.rank, 1)}”开始；请检查是否漏写了前面的部分，或重新编号。`,
    en: `Level-${h.rank} heading "${here}" is the first of its list but is numbered "${mine}"; there is no ${missEn} before it. Lists start at "${markerOf(h.rank, 1)}"; check whether the parts before it were left out, or renumber.`,
  };
}

/**
 * Renumbers `list[from]` and the siblings after it as expected, expected + 1, …, up to a sibling that
 * starts a new list at 1. Offered only: the gap may be a part that was left out rather than a typo.
 * The edits (and the title, which counts them) are worked out when an editor asks for them: a long
 * list with many findings would otherwise cost a pass over the rest of the list for each finding.
 */
function renumberFix(list: Heading[], from: number, expected: number, ctx: RuleContext): Fix[] {
  // The reported heading's own number always changes, unless it cannot be written at all (⑳ is the last
  // circled number): then no later one can either, and there is nothing to offer.
  const first = list[from];
  const renumbered = renumberedMarker(first.marker, expected);
  if (renumbered === first.marker.text) return [];
  let edits: TextEdit[] | undefined;
  const work = (): TextEdit[] => {
    if (edits) return edits;
    edits = [];
    for (let j = from, n = expected; j < list.length; j++, n++) {
      const h = list[j];
      if (j > from && h.ordinal === 1) break;
      const text = renumberedMarker(h.marker, n);
      if (text !== h.marker.text) edits.push({ start: h.marker.start, end: h.marker.end, newText: text });
    }
    return edits;
  };
  const to = renumbered.trim();
  const here = ctx.doc.text.slice(first.marker.start, first.marker.end).trim();
  const count = () => work().length - 1;
  const title = () => {
    const c = count();
    return {
      zh: `重新编号：“${here}”改为“${to}”${c ? `，其后 ${c} 个同级标题顺延` : ''}`,
      en: `Renumber: "${here}" becomes "${to}"${c ? `, and the ${c} sibling heading${c > 1 ? 's' : ''} after it follow` : ''}`,
    };
  };
  return [new LazyFix(title, work, false)];
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let n = a; n <= b; n++) out.push(n);
  return out;
}

/** A finding on heading `h` (its marker and title). */
function reportAt(ctx: RuleContext, h: Heading, message: { zh: string; en: string }, fixes: Fix[]): void {
  const span = headingSpan(h);
  ctx.report({ start: span.start, end: span.end, message, fixes });
}

/** Numbering of the siblings of one rank under one parent. */
function checkSequence(list: Heading[], parentEnd: number, reportStart: number, ctx: RuleContext): void {
  const text = ctx.doc.matchText;
  let prev: Heading | undefined;
  for (let i = 0; i < list.length; i++) {
    const h = list[i];
    // From just after the previous marker: a run-in title can hold the next number ("1.加强培训；2.完善制度。").
    const from = prev ? prev.marker.end : parentEnd;
    if (!prev) {
      const missing = range(1, h.ordinal - 1);
      // A report's only top-level heading is no numbered list: "六、年度政府信息公开工作报告0600" is the page's
      // column label, a lone "三、" a fragment of a copy; a list that starts late needs a second heading to tell.
      const lone = list.length === 1 && !h.parent && h.rank === 1;
      if (missing.length && !lone && !missing.some(writtenIn(text.slice(Math.max(from, reportStart), h.start), h.rank))) {
        reportAt(ctx, h, message('start', h, undefined, missing, ctx), renumberFix(list, i, 1, ctx));
      }
    } else if (h.ordinal === prev.ordinal + 1 || h.ordinal === 1) {
      // In sequence, or a new list that starts again at 1 (two numbered lists in one section).
    } else if (h.ordinal > prev.ordinal + 1) {
      const missing = range(prev.ordinal + 1, h.ordinal - 1);
      const between = text.slice(from, h.start);
      if (!missing.some(writtenIn(between, h.rank))) {
        reportAt(ctx, h, message('gap', h, prev, missing, ctx), renumberFix(list, i, prev.ordinal + 1, ctx));
      }
    } else {
      reportAt(ctx, h, message('repeat', h, prev, [], ctx), renumberFix(list, i, prev.ordinal + 1, ctx));
    }
    prev = h;
  }
}

const LEVEL_MARK = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）', 5: '①' } as const;

/**
 * A marker of a lower level before the first sibling of the level above it: "（一）" before any "一、",
 * or "1." before "（一）" under the same heading. Skipping a level ("1." directly under "一、" while
 * another section uses "（一）") is tolerated by local style guides (report-format.md §6) and not flagged.
 */
function checkLevels(siblings: Heading[], ctx: RuleContext): void {
  const { doc } = ctx;
  // The first sibling of each rank: one pass, so that long lists stay linear.
  const firstOfRank: Array<number | undefined> = [];
  for (let i = 0; i < siblings.length; i++) firstOfRank[siblings[i].rank] ??= i;
  for (let i = 0; i < siblings.length; i++) {
    const h = siblings[i];
    // Only the adjacent level: "（一）" before "一、", "1." before "（一）".
    if (h.rank > 3) continue;
    const first = firstOfRank[h.rank - 1];
    // No sibling of the level above at all, or one before this heading: nothing out of order here.
    if (first === undefined || first < i) continue;
    const higher = siblings[first];
    const here = headingText(doc, h);
    const there = headingText(doc, higher);
    const line = lineOf(doc, higher.start);
    const scope = h.parent ? { zh: '同一部分', en: 'of the same part' } : { zh: '全文', en: 'of the report' };
    ctx.report({
      ...headingSpan(h),
      message: {
        zh: `“${here}”是“${LEVEL_MARK[h.rank]}”级标题，却出现在${scope.zh}第一个“${LEVEL_MARK[higher.rank]}”级标题（第 ${line} 行“${there}”）之前。层次序号应依次为“一、”“（一）”“1.”“（1）”；请改用上一级的序号，或把它移到相应标题之下。`,
        en: `"${here}" is a ${LEVEL_MARK[h.rank]} heading but comes before the first ${LEVEL_MARK[higher.rank]} heading ${scope.en} ("${there}", line ${line}). Levels run 一、 → （一） → 1. → （1）; use the higher-level marker, or move it under the heading it belongs to.`,
      },
      related: [{ ...headingSpan(higher), message: { zh: '上一级的第一个标题', en: 'the first heading of the level above' } }],
    });
    return;
  }
}

function walk(list: Heading[], parent: Heading | undefined, report: Report, ctx: RuleContext): void {
  if (!list.length) return;
  checkLevels(list, ctx);
  const parentEnd = parent ? parent.marker.end : report.title?.end ?? report.start;
  // The siblings of each rank, the ranks in the order they first appear.
  const byRank: Heading[][] = [];
  const ranks: number[] = [];
  for (const h of list) {
    const same = byRank[h.rank];
    if (same) same.push(h);
    else {
      byRank[h.rank] = [h];
      ranks.push(h.rank);
    }
  }
  for (const rank of ranks) checkSequence(byRank[rank], parentEnd, report.start, ctx);
  for (const h of list) if (h.children.length) walk(h.children, h, report, ctx);
}

export const headingSequence: Rule = {
  meta: {
    id: 'heading-sequence',
    category: 'structure',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    title: { zh: '标题序号不连续或层次颠倒', en: 'Heading numbers skip, repeat or mix levels' },
    doc: {
      what: {
        zh: '检查同一上级标题下同级标题的序号：应从1开始依次递增（一、二、三、……；（一）（二）……；1. 2. ……），不得跳号（一、二、四、）或重复（两个“三、”）。一节中另起一组从1开始的编号视为新的列表，不报。序号写在行中间（不是标题）的，视为没有跳号。同时检查层次颠倒：在第一个“一、”之前出现“（一）”，或同一部分中“1.”出现在第一个“（一）”之前。只用“1.”而跳过“（一）”一级的，部分公文规范允许，不报。序号写法（“1、”与“1.”混用）不在此检查。',
        en: 'Checks the numbers of sibling headings of one level under one parent: they start at 1 and go up by one (一、二、三、…; （一）（二）…; 1. 2. …), with no gap (一、二、四、) and no repeat (two 三、). A second list starting again at 1 within a section is a new list and not flagged. A missing number that is written in the middle of a line (not as a heading) counts as present. Also checks levels out of order: a （一） before the first 一、, or a 1. before the first （一） of the same part. Skipping a level (1. directly under 一、) is allowed by some style guides and not flagged. The form of the marker (1、 vs 1.) is not checked here.',
      },
      why: {
        zh: '跳号或重复往往说明删改时漏掉或多出了一部分内容（例如删去了“三、依申请公开”一节），也影响目录和引用。',
        en: 'A gap or a repeat usually means a part was deleted or duplicated while editing (for example the 三、依申请公开 section was dropped); it also breaks references to the sections.',
      },
      example: {
        wrong: '一、概述\n二、主动公开政府信息情况\n四、因政府信息公开申请行政复议、提起行政诉讼的情况',
        right: '一、概述\n二、主动公开政府信息情况\n三、因政府信息公开申请行政复议、提起行政诉讼的情况',
      },
      basis: {
        zh: 'GB/T 9704-2012《党政机关公文格式》7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。',
        en: 'GB/T 9704-2012, 7.3.3: the levels of a document are numbered 一、, （一）, 1., （1） in that order.',
      },
    },
  },
  checkReport(report, ctx) {
    walk(report.headings, undefined, report, ctx);
  },
};
