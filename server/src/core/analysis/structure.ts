// The structure of a report as features need it: the headings that stand for its parts, where a
// report-level finding goes, and how a heading is quoted. Shared by the structure rules, hover and the edits.
import { headingsInOrder } from '../parse/headings';
import { memoized } from '../memo';
import { sharedTopicsOf } from '../format/topics';
import type { Heading, Report, ReportDocument, SectionTopic, Span } from '../model';
import { paragraphsOf } from './breakdowns';
import { trimEndOf } from '../text/chars';
import { positionAt } from '../text/lines';

/** Every heading of a report's tree, in document order (one array per parsed report: do not change it). */
export const flattenHeadings = memoized((report: Report): Heading[] => headingsInOrder(report.headings));

/**
 * The headings that can stand for a required part. In the 2019/2021 formats, 一、总体情况 sums up
 * the year under sub-headings named like the parts ("（二）依申请公开"); they summarize, they are not
 * the parts, so the sub-headings of an overview section do not count there.
 */
export function partHeadings(report: Report): Heading[] {
  const all = flattenHeadings(report);
  const overviews = overviewSections(report);
  if (!overviews.length) return all;
  // Both lists are in document order: one pointer walks the overviews (linear, however many there are).
  // Sections of roots do not overlap, so the latest overview that starts at or before h is the one to test.
  const out: Heading[] = [];
  let k = -1;
  for (const h of all) {
    while (k + 1 < overviews.length && overviews[k + 1].start <= h.start) k++;
    const o = overviews[k];
    if (o && h !== o && h.start < o.sectionEnd) continue;
    out.push(h);
  }
  return out;
}

/** In the 2019/2021 formats, the 一、总体情况 sections: what lies inside them summarizes the parts. */
export function overviewSections(report: Report): Heading[] {
  if (report.era === 'legacy') return [];
  return overviewsOf(report);
}

/** Computed once per parsed report: several rules ask for them. */
const overviewsOf = memoized((report: Report): Heading[] => report.headings.filter((h) => !h.parent && sharedTopicsOf(h.title.text).includes('overview')));

/**
 * Short lines on their own that read like a heading without a number ("其他需要报告的事项",
 * "第一部分 总体情况", "一 总体情况"): the parser does not take them as headings, but a part headed
 * so is not missing. Not inside an overview section, where "（二）依申请公开" on its own line summarizes.
 */
export function unnumberedHeadingLines(doc: ReportDocument, report: Report): Array<{ line: number; text: string }> {
  const overviews = overviewSections(report);
  const out: Array<{ line: number; text: string }> = [];
  // Paragraphs and overviews are in document order and overview sections do not overlap: one pointer.
  let k = -1;
  for (const p of paragraphsOf(doc, report)) {
    if (p.startLine !== p.endLine) continue;
    while (k + 1 < overviews.length && overviews[k + 1].start < p.start) k++;
    const o = overviews[k];
    if (o && p.start < o.sectionEnd) continue;
    // Without "#", "*" or white space to strip, a line longer than 31 characters stays longer than 30.
    if (p.end - p.start > 31 && !strippable(doc.text.charCodeAt(p.start)) && !strippable(doc.text.charCodeAt(p.end - 1))) continue;
    const text = trimEndOf(doc.text.slice(p.start, p.end).replace(/^[#*\s]+/, ''), /[*\s]/).replace(/[：:]$/, '');
    if (text.length > 30 || /[。；;，,！？!?]/.test(text)) continue;
    out.push({ line: p.startLine, text });
  }
  return out;
}

/** "#", "*" or white space (what `\s` takes), which a heading-like line is read without. */
function strippable(c: number): boolean {
  return c === 35 || c === 42 || (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The statutory parts a report has a heading (or a heading-like line) for: the judgement missing-section
 * reports on and completion offers from. `exceptLine` leaves out the line being typed.
 */
export function presentParts(doc: ReportDocument, report: Report, exceptLine?: number): Set<SectionTopic> {
  const present = new Set<SectionTopic>();
  for (const h of partHeadings(report)) if (h.line !== exceptLine) for (const t of sharedTopicsOf(h.title.text)) present.add(t);
  for (const { line, text } of unnumberedHeadingLines(doc, report)) if (line !== exceptLine) for (const t of sharedTopicsOf(text)) present.add(t);
  return present;
}

/** 1-based line number of an offset, as editors and the CLI show it. */
export function lineOf(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line + 1;
}

/**
 * Where a finding about the report as a whole goes: its title, or else its first line with text
 * (HTML comments of converted pages skipped).
 */
export function reportAnchor(doc: ReportDocument, report: Report): Span {
  if (report.title) return { start: report.title.start, end: report.title.end };
  let at = report.start;
  while (at < report.end) {
    let eol = doc.text.indexOf('\n', at);
    if (eol < 0 || eol > report.end) eol = report.end;
    const line = doc.text.slice(at, eol).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed && !/^<!--.*-->$/.test(trimmed)) {
      const lead = line.length - line.trimStart().length;
      return { start: at + lead, end: at + lead + trimmed.length };
    }
    at = eol + 1;
  }
  return { start: report.start, end: report.start };
}

/** The heading as written, marker and title ("三、依申请公开政府信息情况"), for messages. */
export function headingText(doc: ReportDocument, h: Heading): string {
  return doc.text.slice(h.marker.start, h.title.end);
}

/** Span of a heading's marker and title (not the run-in text after it). */
export function headingSpan(h: Heading): Span {
  return { start: h.marker.start, end: Math.max(h.title.end, h.marker.end) };
}

/**
 * A section that is an annex rather than a part: "附件：…统计表", "附表", or a last part titled
 * "政府信息公开情况统计表". The introduction may count it ("……及附表等八部分组成") or not.
 */
export function isAnnex(h: Heading): boolean {
  // Both patterns need a 附 or a 表: most titles have neither and cost no copy.
  if (!h.title.text.includes('附') && !h.title.text.includes('表')) return false;
  const title = h.title.text.replace(/[\s\u3000]/g, '');
  return /^(?:附件|附表|附录)/.test(title) || /统计(?:报)?表(?:[（(][^）)]*[）)])?$/.test(title);
}
