// year-mismatch: the years a report gives disagree: the title says one year, while the 统计期限, the
// body or the signature point to another. Typical of a report copied from another year's.
import type { DateMention, Report, ReportDocument } from '../model';
import type { RelatedSpan } from '../findings';
import type { Rule } from './types';
import { countBefore } from '../text/search';
import { remembered } from '../memo';
import { datesOf, titleYearSpan } from '../analysis/dates';
import { trustedReportYear } from '../analysis/deadlines';
import { trimEndOf } from '../text/chars';

/** The body outweighs the title only when it is clearly about one other year. */
const BODY_MIN_COUNT = 3;
const BODY_MIN_SHARE = 0.6;
/** …and mentions the title's year at most this often. */
const BODY_MAX_TITLE_YEAR = 1;

interface BodyYears {
  year: number;
  count: number;
  total: number;
  titleCount: number;
  first?: DateMention;
}

// "与2018年相比", "较2018年", "2018年同期", "截至2018年底": another year named for comparison or as a
// starting point does not say which year the report is about.
const COMPARED_BEFORE = /(?:比|较|与|同|自|从|截至|截止|对比|相比)[ \u3000]*$/;
const COMPARED_AFTER = /^[ \u3000]*(?:同期|相比|比较|以来|底|末|年底|年末)/;

/**
 * The year the body is mostly about: the parser's body evidence (yearEvidence.body) recounted without
 * the years named only for comparison, so that "比2018年增长" in a 2019 report does not count for 2018.
 */
function bodyYears(doc: ReportDocument, report: Report, titleYear: number): BodyYears | undefined {
  if (!report.yearEvidence.body) return undefined;
  const dates = datesOf(doc, report, 'body').filter((d) => {
    if (d.year === undefined) return false;
    const before = doc.matchText.slice(Math.max(0, d.start - 4), d.start);
    const after = doc.matchText.slice(d.end, d.end + 4);
    return !COMPARED_BEFORE.test(before) && !COMPARED_AFTER.test(after);
  });
  const counts = new Map<number, number>();
  for (const d of dates) counts.set(d.year!, (counts.get(d.year!) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > counts.get(best)!) best = y;
  if (best === undefined) return undefined;
  return {
    year: best,
    count: counts.get(best)!,
    total: dates.length,
    titleCount: counts.get(titleYear) ?? 0,
    first: dates.find((d) => d.year === best),
  };
}

// ---- stale years: a sentence copied from an older year's report, left with that year ----

/** What ends a sentence for the stale-year check: a line feed and 。；！？. */
const SENTENCE_END = new Set([10, ...[...'。；！？'].map((c) => c.charCodeAt(0))]);

/** Per line (from one line feed to the next), by its start: where it starts and its sentence ends. */
const LINE_BREAKS = Symbol('yearMismatch.lineBreaks');

interface LineBreaks {
  start: number;
  ends: number[];
}

/**
 * The sentence ends of the line holding `offset` (the line feed that ends it last, if any).
 * Found per line, and only for lines that have an older year: most text is never read. A line with
 * tens of thousands of dates is read once, and each date finds its sentence by binary search.
 */
function breaksOfLine(doc: ReportDocument, offset: number): LineBreaks {
  const { text, lineStarts } = doc;
  // The line as LSP counts it, then back to the start of its line feed line (a lone \r ends an LSP
  // line, not a sentence).
  let k = countBefore(lineStarts.length, (i) => lineStarts[i] <= offset) - 1;
  while (k > 0 && text.charCodeAt(lineStarts[k] - 1) !== 10) k--;
  const start = lineStarts[Math.max(k, 0)];
  const byLine = remembered(doc, LINE_BREAKS, () => new Map<number, LineBreaks>());
  let line = byLine.get(start);
  if (!line) {
    const ends: number[] = [];
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (SENTENCE_END.has(c)) {
        ends.push(i);
        if (c === 10) break;
      }
    }
    byLine.set(start, (line = { start, ends }));
  }
  return line;
}

/**
 * The text of the sentence around a date, before and after it (same line, up to 。；！？). Found by binary
 * search: scanning the line for each date is quadratic on a line with tens of thousands of them.
 */
function sentenceAround(doc: ReportDocument, d: DateMention): { before: string; after: string } {
  const line = breaksOfLine(doc, d.start);
  const breaks = line.ends;
  let lo = countBefore(breaks.length, (i) => breaks[i] < d.start);
  const start = lo > 0 ? breaks[lo - 1] + 1 : line.start;
  while (lo < breaks.length && breaks[lo] < d.end) lo++;
  const end = lo < breaks.length ? breaks[lo] : doc.text.length;
  return { before: doc.text.slice(start, d.start), after: doc.text.slice(d.end, end) };
}

/** COMPARED_BEFORE on the end of `before`: its white space cut by a loop, so that only a keyword is left to read. */
function comparedBefore(before: string): boolean {
  return COMPARED_BEFORE.test(trimEndOf(before, /[ \u3000]/).slice(-2));
}

/**
 * The report describing itself: "现公布××局2015年政府信息公开工作年度报告", "现将我局2015年度政府信息公开工作
 * 报告如下", "由××局编制的2015年度政府信息公开年度报告". Not "按时公布2011年……年度报告" (last year's report).
 */
const SELF_BEFORE = [
  /现(?:予以|向社会)?公布[^。；，,]{0,30}$/,
  /现(?:将|就)[^。；，,]{0,30}$/,
  /由[^。；，,]{1,40}?编制的[ \u3000]*$/,
];
const SELF_AFTER = [/^度?[^。；]{0,30}?报告/, /^度?[^。；]{0,40}?(?:报告|总结|汇报|公布|小结)/, /^度?[^。；]{0,20}?报告/];

function describesItself(before: string, after: string): boolean {
  // Each pattern reads at most the last 36, 32 and 44 characters before the date (the last pattern after
  // the white space that ends it) and the first 44 after it: a sentence may be very long.
  const tails = [before.slice(-36), before.slice(-32), trimEndOf(before, /[ \u3000]/).slice(-44)];
  const head = after.slice(0, 44);
  return SELF_BEFORE.some((re, i) => re.test(tails[i]) && SELF_AFTER[i].test(head));
}

/** A sentence opening with a year: "2016年，", "（一）2016年度，", "一是2016年我局……". */
const OPENS_SENTENCE = /^[ \u3000]*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]|[一二三四五六七八九十]是)[ \u3000，,：:]*)?$/;
/** Problems stated for that year: after "2016年，" any of these words; after "2016年我局" only the unmistakable ones. */
const PROBLEMS = /存在|不足|问题|差距|薄弱/;
const PROBLEMS_STATED = /还存在|仍存在|仍然存在|存在以下|存在如下|存在一些|存在[^。；;，,]{0,6}(?:问题|不足)|不足之处|存在的(?:主要)?问题/;

/** "2016年，我局……存在以下问题" in the problems part of the 2017 report. */
function staleProblems(before: string, after: string): boolean {
  // OPENS_SENTENCE allows white space and one short marker (at most five characters): a longer text
  // before the date cannot match, and is not read again for each date of a long sentence.
  const lead = before.length - before.trimStart().length;
  if (trimEndOf(before, /[ \u3000，,：:]/).length - lead > 5) return false;
  if (!OPENS_SENTENCE.test(before) || COMPARED_AFTER.test(after)) return false;
  if (/^度?[ \u3000]*[，,]/.test(after)) return PROBLEMS.test(after);
  return /^度?[ \u3000]*(?:我|本)/.test(after) && PROBLEMS_STATED.test(after);
}

/** Years older than the report year where copied text says the report's own year. */
function staleYears(doc: ReportDocument, report: Report, year: number): Array<{ date: DateMention; self: boolean }> {
  const problems = report.sections.filter((s) => s.topics.includes('problems'));
  const out: Array<{ date: DateMention; self: boolean }> = [];
  for (const d of datesOf(doc, report, 'body')) {
    if (d.year === undefined || d.year >= year) continue;
    const { before, after } = sentenceAround(doc, d);
    if (comparedBefore(before)) continue;
    if (describesItself(before, after)) out.push({ date: d, self: true });
    else if (problems.some((s) => d.start >= s.start && d.start < s.end) && staleProblems(before, after)) out.push({ date: d, self: false });
  }
  return out;
}

function signatureFits(signatureYear: number, year: number): boolean {
  // Signed in the year after the report year (the rule), or late in the report year itself (plausible).
  return signatureYear === year || signatureYear === year + 1;
}

export const yearMismatch: Rule = {
  meta: {
    id: 'year-mismatch',
    category: 'dates',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '报告年份前后不一致', en: 'Report years disagree' },
    doc: {
      what: {
        zh: '比较报告给出的各个年份：标题中的年份应与统计期限的年份一致；正文明显是在写另一年（正文中的年份至少3处、六成以上是同一个别的年份，标题年份至多出现1次，且统计期限和落款都不支持标题年份）时也提示；落款日期应在报告年度或其次年。报告年份确定（标题或统计期限给出且二者一致）时，还提示照抄往年报告留下的旧年份：报告对自身的描述（“由××局编制的2015年度政府信息公开年度报告”“现公布本机关2015年度……年度报告”“现将我局2015年……报告如下”）写的是更早的年份，或“存在的主要问题”部分以更早的年份开头叙述当年的问题（2017年度报告中的“2016年，我局……存在以下问题”）。比较（“比2016年增长”“较上年”）、历史（“自2008年以来”“2016年以来”）、上一年报告的公布（“按时公布2016年……年度报告”）和对下一年的打算（“2018年，我局将……”）都不提示。',
        en: 'Compares the years a report gives: the title year must be the year of the 统计期限; the body must not be clearly about another year (at least 3 and 60 % of the years in the body are one other year, the title year appears at most once, and neither the period nor the signature backs the title); the signature date must fall in the report year or the year after. When the report year is certain (given by the title or the 统计期限, which agree), it also flags an older year left behind by copying: the report\'s description of itself ("由××局编制的2015年度政府信息公开年度报告", "现公布本机关2015年度……年度报告", "现将我局2015年……报告如下") naming an earlier year, or the problems part opening with an earlier year to describe that year\'s problems ("2016年，我局……存在以下问题" in the 2017 report). Comparisons ("比2016年增长", "较上年"), history ("自2008年以来", "2016年以来"), the publication of last year\'s report ("按时公布2016年……年度报告") and plans for the next year ("2018年，我局将……") are not flagged.',
      },
      why: {
        zh: '年份不一致多半是照搬往年报告后没有改全，读者无法确定报告说的是哪一年。',
        en: 'Disagreeing years usually mean that another year\'s report was copied and not fully updated; readers cannot tell which year the report is about.',
      },
      example: {
        wrong: '××市××局2022年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        right: '××市××局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      },
      basis: {
        zh: '《中华人民共和国政府信息公开条例》第四十九条、第五十条：年度报告报告上一年度的工作，于次年公布。',
        en: 'Regulations on open government information, Art. 49–50: the annual report covers the previous year and is published the following year.',
      },
    },
  },
  checkReport(report, ctx) {
    const { doc } = ctx;
    const ev = report.yearEvidence;
    const signature = report.signature?.date;
    const signatureYear = signature?.year;
    const title = ev.title;

    if (title !== undefined) {
      const reasons: Array<{ zh: string; en: string }> = [];
      const related: RelatedSpan[] = [];
      let likely: number | undefined;
      const period = report.period?.from;
      if (ev.period !== undefined && ev.period !== title && period) {
        reasons.push({ zh: `统计期限是${ev.period}年（“${period.raw}”起）`, en: `the 统计期限 is ${ev.period} (from "${period.raw}")` });
        related.push({ start: period.start, end: period.end, message: { zh: `统计期限：${ev.period}年`, en: `statistics period: ${ev.period}` } });
        likely = ev.period;
      }
      const body = bodyYears(doc, report, title);
      const periodBacksTitle = ev.period === title;
      const signatureBacksTitle = signatureYear !== undefined && signatureFits(signatureYear, title);
      if (
        body && body.year !== title && body.count >= BODY_MIN_COUNT && body.count / body.total >= BODY_MIN_SHARE &&
        body.titleCount <= BODY_MAX_TITLE_YEAR && !periodBacksTitle && !signatureBacksTitle
      ) {
        const titleTimes = body.titleCount === 0 ? { zh: `没有一处是${title}年`, en: `none is ${title}` } : { zh: `只有${body.titleCount}处是${title}年`, en: `only ${body.titleCount} is ${title}` };
        reasons.push({
          zh: `正文主要记述${body.year}年的工作（正文${body.total}处年份中有${body.count}处是${body.year}年，${titleTimes.zh}）`,
          en: `the body is about ${body.year} (${body.count} of the ${body.total} years mentioned in the body are ${body.year}; ${titleTimes.en})`,
        });
        if (body.first) related.push({ start: body.first.start, end: body.first.end, message: { zh: `正文：${body.first.raw}`, en: `body: ${body.first.raw}` } });
        likely ??= body.year;
      }
      if (reasons.length) {
        if (signature && signatureYear !== undefined && !signatureFits(signatureYear, title)) {
          reasons.push({ zh: `落款日期为“${signature.raw}”`, en: `the report is signed "${signature.raw}"` });
          related.push({ start: signature.start, end: signature.end, message: { zh: `落款：${signature.raw}`, en: `signature: ${signature.raw}` } });
        }
        const at = titleYearSpan(doc, report)!;
        ctx.report({
          start: at.start,
          end: at.end,
          message: {
            zh: `标题中的年份是${title}年，但${reasons.map((r) => r.zh).join('，')}。年份前后不一致，可能是沿用了其他年度报告的内容。请核对标题年份${likely !== undefined ? `（可能应为${likely}年）` : ''}，或核对正文是否写的是本年度的工作。`,
            en: `The title gives the year ${title}, but ${reasons.map((r) => r.en).join(', and ')}. The years disagree, perhaps because another year's report was reused. Check the title's year${likely !== undefined ? ` (probably ${likely})` : ''}, or whether the body describes this year's work.`,
          },
          related,
        });
        return;
      }
    }

    // The title agrees with the rest: a sentence copied from an older report may still carry its year.
    const trusted = trustedReportYear(report);
    if (trusted !== undefined) {
      const anchor = titleYearSpan(doc, report) ?? (report.period?.from && { start: report.period.from.start, end: report.period.from.end });
      // The stale year is the one the rest of the report backs (most of the body's years, or the signature): then the
      // report year itself is in doubt, not that sentence.
      const bodyYear = ev.body && ev.body.count >= 2 && ev.body.count * 2 > ev.body.total ? ev.body.year : undefined;
      const backed = (y: number) => bodyYear === y || (signatureYear === y + 1 && signatureYear !== trusted + 1);
      for (const { date, self } of staleYears(doc, report, trusted).filter((s) => !backed(s.date.year!))) {
        const what = self
          ? { zh: '这里是报告对自身的描述', en: 'here the report describes itself' }
          : { zh: '这里是本报告“存在的问题”部分对当年情况的描述', en: 'here the report\'s problems part describes the year' };
        const yearEnd = date.start + date.raw.slice(0, date.raw.indexOf('年')).trimEnd().length; // the year, without 年
        ctx.report({
          start: date.start,
          end: yearEnd > date.start ? yearEnd : date.end,
          message: {
            zh: `“${date.raw}”与报告年度不符：本报告是${trusted}年度报告，${what.zh}，却写的是${date.year}年。可能是沿用了${date.year}年度报告的文字，请核对是否应为${trusted}年。`,
            en: `"${date.raw}" does not fit the report year: this is the report for ${trusted}, and ${what.en}, yet it says ${date.year}. The text was perhaps copied from the ${date.year} report; check whether it should read ${trusted}.`,
          },
          related: anchor ? [{ start: anchor.start, end: anchor.end, message: { zh: `报告年度：${trusted}年`, en: `report year: ${trusted}` } }] : [],
        });
      }
    }

    // The title (or, without a year in the title, the 统计期限) agrees with the rest: check the signature.
    const year = title ?? ev.period;
    if (year === undefined || !signature || signatureYear === undefined || signatureFits(signatureYear, year)) return;
    const early = signatureYear < year;
    ctx.report({
      start: signature.start,
      end: signature.end,
      message: early
        ? {
            zh: `落款日期“${signature.raw}”在${signatureYear}年，早于报告年度${year}年：年度报告不可能在所报告的年度开始之前写成。请核对落款年份（通常应为${year + 1}年）。`,
            en: `The signature date "${signature.raw}" is in ${signatureYear}, before the report year ${year} even began. Check the year of the signature (normally ${year + 1}).`,
          }
        : {
            zh: `落款日期“${signature.raw}”在${signatureYear}年，而本报告是${year}年度报告，落款应在次年（${year + 1}年）。请核对落款年份是否写错，或报告是否迟了${signatureYear - year - 1}年才成文。`,
            en: `The signature date "${signature.raw}" is in ${signatureYear}, but this is the report for ${year}, which is signed in the following year (${year + 1}). Check whether the year is mistyped, or whether the report was really written ${signatureYear - year - 1} year(s) late.`,
          },
    });
  },
};
