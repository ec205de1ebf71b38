// The publication deadline of an annual report (report-format.md §1.3): the 2007 条例 Art. 31 for report
// years up to 2018, the 2019 条例 Art. 49 after that, replaced by local deadlines when configured.
// Shared by late-publication and the hover on a signature date.
import type { LocalDeadlines, MonthDay } from '../config';
import type { DateMention, LocalizedText, Report } from '../model';
import { coversPartOfYear, dateBounds, dayOrdinal } from './dates';
import { DEPARTMENT_DEADLINE, GOVERNMENT_DEADLINE, LEGACY_DEADLINE, type Deadline } from '../format/deadlines';
import { foldTraditional } from '../text/traditional';

export type { Deadline };

/** 乡镇人民政府 and 街道办事处: the 2019 条例 sets no deadline for them (report-format.md §1.3). */
const TOWNSHIP = /(?:[镇乡]|街道)(?:人民政府|政府|办事处|办)?(?:党政办公室|党政办|办公室)?$/;

function local(md: MonthDay, who: LocalizedText): Deadline {
  const date = `${md.month}月${md.day}日`;
  return {
    ...md,
    statutory: false,
    citation: { zh: `本地配置的${who.zh}期限`, en: `the local deadline for ${who.en}` },
    basis: {
      zh: `按本地配置（.nianbao.json 或设置 nianbao.deadlines），${who.zh}的年报应在次年${date}前公布`,
      en: `by the local configuration (.nianbao.json or the nianbao.deadlines setting), ${who.en} must publish the report by ${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')} of the following year`,
    },
  };
}

/** The deadline for the report, or undefined when the text does not make it certain. */
export function deadlineOf(report: Report, year: number, configured: LocalDeadlines | undefined): Deadline | undefined {
  if (year <= 2018) return LEGACY_DEADLINE;
  // From 2019 the deadline depends on who reports; without knowing the issuer, nothing is certain.
  if (report.kindSource === 'default') return undefined;
  if (report.kindSource !== 'option') {
    const names = [report.issuer?.text, report.signature?.issuer?.text].filter((n): n is string => !!n).map(foldTraditional);
    if (names.some((n) => TOWNSHIP.test(n.trim()))) {
      // Set by local rules, not by the 条例: checked only when configured.
      return configured?.township && local(configured.township, { zh: '乡镇人民政府、街道办事处', en: 'a township or street office' });
    }
    // "我镇" or "我区" in the body cannot tell a township from a county-level government.
    if (report.kind === 'government' && report.kindSource === 'body') return undefined;
  }
  if (report.kind === 'department') {
    return configured?.department ? local(configured.department, { zh: '人民政府部门', en: 'a government department' }) : DEPARTMENT_DEADLINE;
  }
  return configured?.government ? local(configured.government, { zh: '人民政府', en: 'a people\'s government' }) : GOVERNMENT_DEADLINE;
}

const YEAR_SOURCES_TRUSTED = new Set(['option', 'title', 'opening', 'period']);

/**
 * The report year when the text makes it certain enough to judge a signature date against: set by the
 * caller, the title (or the opening sentence that names the report) or the statistics period, and these do
 * not disagree.
 */
export function trustedReportYear(report: Report): number | undefined {
  if (report.year === undefined || !YEAR_SOURCES_TRUSTED.has(report.yearSource ?? '')) return undefined;
  const ev = report.yearEvidence;
  const named = ev.title ?? ev.opening;
  if (named !== undefined && ev.period !== undefined && named !== ev.period) return undefined; // year-mismatch
  return report.year;
}

/** How a signature date stands against the report year and its deadline. */
export type SignatureTiming =
  | { kind: 'uncertain-year' }
  /** Neither the report year nor the next: year-mismatch's business. */
  | { kind: 'not-adjacent'; year: number }
  /** Before the report year ended. */
  | { kind: 'early'; year: number }
  /** In the next year, but who reports (and so the deadline) is not certain. */
  | { kind: 'unknown-deadline'; year: number }
  | { kind: 'in-time' | 'late'; year: number; deadline: Deadline };

/**
 * The judgement late-publication reports and the hover on a signature date shows. Undefined when there
 * is nothing to judge: an impossible or incomplete date, or a date in the report year that may be its end
 * (12月31日, "12月") or a report that covers only part of the year.
 */
export function signatureTiming(report: Report, d: DateMention, configured: LocalDeadlines | undefined): SignatureTiming | undefined {
  const bounds = d.valid ? dateBounds(d) : undefined;
  if (!bounds) return undefined;
  const year = trustedReportYear(report);
  if (year === undefined) return { kind: 'uncertain-year' };
  if (d.year !== year && d.year !== year + 1) return { kind: 'not-adjacent', year };
  if (d.year === year) {
    return bounds.latest >= dayOrdinal(year, 12, 31) || coversPartOfYear(report) ? undefined : { kind: 'early', year };
  }
  const deadline = deadlineOf(report, year, configured);
  if (!deadline) return { kind: 'unknown-deadline', year };
  return { kind: bounds.earliest <= dayOrdinal(year + 1, deadline.month, deadline.day) ? 'in-time' : 'late', year, deadline };
}
