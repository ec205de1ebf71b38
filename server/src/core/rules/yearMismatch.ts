// year-mismatch: the years a report gives disagree: the title says one year, while the 统计期限, the
// body or the signature point to another. Typical of a report copied from another year's.
import type { DateMention, Report, ReportDocument } from '../model';
import type { RelatedSpan } from '../findings';
import type { Rule } from './types';
import { datesOf, titleYearSpan } from '../analysis/dates';

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
        zh: '比较报告给出的各个年份：标题中的年份应与统计期限的年份一致；正文明显是在写另一年（正文中的年份至少3处、六成以上是同一个别的年份，标题年份至多出现1次，且统计期限和落款都不支持标题年份）时也提示；落款日期应在报告年度或其次年。',
        en: 'Compares the years a report gives: the title year must be the year of the 统计期限; the body must not be clearly about another year (at least 3 and 60 % of the years in the body are one other year, the title year appears at most once, and neither the period nor the signature backs the title); the signature date must fall in the report year or the year after.',
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
