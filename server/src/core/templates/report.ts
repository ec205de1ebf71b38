// A whole report skeleton: title, opening paragraph with the 统计期限 sentence, the required parts in
// order with their numbers, tables and a signature (落款).
import type { Era, ReportKind } from '../model';
import { requiredParts } from '../format/parts';
import { sectionBodyLines, sectionTitle } from './sections';
import type { TableStyle } from './tables';
import { hanNumber } from '../text/hanNumber';


/** The 统计期限 sentence (report-format.md §4.5) for a report year; `year` may be a snippet placeholder. */
export function periodSentence(year: number | string): string {
  return `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
}

/** A name the author replaces, of the kind the parser reads as a government or a department. */
export function defaultIssuer(kind: ReportKind): string {
  return kind === 'government' ? '××市人民政府' : '××市××局';
}

export interface SkeletonOptions {
  era: Era;
  kind: ReportKind;
  year: number;
  issuer?: string;
  style: TableStyle;
}

/**
 * The skeleton with the year and signature date given as text, so that the snippet generator can put
 * tab stops there; `reportSkeletonLines` is the plain form.
 */
export function skeletonLinesWith(
  options: Omit<SkeletonOptions, 'year'> & { year: string; signatureDate: string },
): string[] {
  const { era, kind, year, style } = options;
  const issuer = options.issuer ?? defaultIssuer(kind);
  const parts = requiredParts(era);
  const titles = parts.map((p) => sectionTitle(p.topic, era));
  const opening =
    era === 'legacy'
      ? '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。'
      : `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，全文包括${titles.join('、')}。`;
  const lines = [`${issuer}${year}年政府信息公开工作年度报告`, '', opening + periodSentence(year)];
  parts.forEach((p, i) => {
    lines.push('', `${hanNumber(i + 1)}、${titles[i]}`);
    const body = sectionBodyLines(p.topic, era, style);
    // Sections are separated by exactly one blank line.
    const start = body[0] === '' ? 1 : 0;
    const end = body[body.length - 1] === '' ? body.length - 1 : body.length;
    lines.push('', ...body.slice(start, end));
  });
  lines.push('', issuer, options.signatureDate);
  return lines;
}

/** A whole report: title line, 统计期限 sentence, the sections in order with numbers, tables, a signature. */
export function reportSkeletonLines(options: SkeletonOptions): string[] {
  // Dated well before every publication deadline (1月31日 for departments, 3月31日 otherwise).
  return skeletonLinesWith({ ...options, year: String(options.year), signatureDate: `${options.year + 1}年1月20日` });
}
