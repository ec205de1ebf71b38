// Shared by the structure rules (missing-section, section-order, heading-sequence, part-count-mismatch):
// the parts each era requires, where a report-level finding goes, and heading-tree walks.
import { headingsInOrder } from '../parse/headings';
import { topicsOf } from '../format/topics';
import type { Era, Heading, LocalizedText, Report, ReportDocument, SectionTopic, Span } from '../model';
import { positionAt } from '../text/lines';

export interface RequiredPart {
  topic: SectionTopic;
  /** Short name for messages ("收费及减免"). */
  name: LocalizedText;
  /** The heading the part customarily or officially has. */
  heading: string;
  /** Where the requirement comes from. */
  basis: LocalizedText;
}

/** 2007 条例 Art. 32 (一)–(五); (六) 其他需要报告的事项 is optional in practice and not required here. */
export const LEGACY_PARTS: RequiredPart[] = [
  {
    topic: 'proactive',
    name: { zh: '主动公开', en: 'proactive disclosure' },
    heading: '主动公开政府信息的情况',
    basis: { zh: '2007年《条例》第三十二条第（一）项', en: 'Art. 32(1) of the 2007 Regulations' },
  },
  {
    topic: 'onRequest',
    name: { zh: '依申请公开', en: 'disclosure on request' },
    heading: '依申请公开政府信息和不予公开政府信息的情况',
    basis: { zh: '2007年《条例》第三十二条第（二）项', en: 'Art. 32(2) of the 2007 Regulations' },
  },
  {
    topic: 'fees',
    name: { zh: '收费及减免', en: 'fees and fee waivers' },
    heading: '政府信息公开的收费及减免情况',
    basis: { zh: '2007年《条例》第三十二条第（三）项', en: 'Art. 32(3) of the 2007 Regulations' },
  },
  {
    topic: 'review',
    name: { zh: '行政复议、行政诉讼', en: 'administrative review and litigation' },
    heading: '因政府信息公开申请行政复议、提起行政诉讼的情况',
    basis: { zh: '2007年《条例》第三十二条第（四）项', en: 'Art. 32(4) of the 2007 Regulations' },
  },
  {
    topic: 'problems',
    name: { zh: '存在的主要问题及改进情况', en: 'main problems and improvements' },
    heading: '政府信息公开工作存在的主要问题及改进情况',
    basis: { zh: '2007年《条例》第三十二条第（五）项', en: 'Art. 32(5) of the 2007 Regulations' },
  },
];

/** The six level-1 sections of the 2019 and 2021 formats, in their official order (report-format.md §2.3). */
export const FORMAT_PARTS: RequiredPart[] = [
  {
    topic: 'overview',
    name: { zh: '总体情况', en: 'overview' },
    heading: '一、总体情况',
    basis: { zh: '政府信息公开工作年度报告统一格式（国办公开办函〔2019〕60号、〔2021〕30号）第一部分', en: 'section 一 of the national report format (国办公开办函〔2019〕60号, 〔2021〕30号)' },
  },
  {
    topic: 'proactive',
    name: { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
    heading: '二、主动公开政府信息情况',
    basis: { zh: '《条例》第五十条第一款第（一）项', en: 'Art. 50(1)(1) of the Regulations' },
  },
  {
    topic: 'onRequest',
    name: { zh: '收到和处理政府信息公开申请情况', en: 'applications received and handled' },
    heading: '三、收到和处理政府信息公开申请情况',
    basis: { zh: '《条例》第五十条第一款第（二）项', en: 'Art. 50(1)(2) of the Regulations' },
  },
  {
    topic: 'review',
    name: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'administrative review and litigation' },
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    basis: { zh: '《条例》第五十条第一款第（三）项', en: 'Art. 50(1)(3) of the Regulations' },
  },
  {
    topic: 'problems',
    name: { zh: '存在的主要问题及改进情况', en: 'main problems and improvements' },
    heading: '五、存在的主要问题及改进情况',
    basis: { zh: '《条例》第五十条第一款第（四）项', en: 'Art. 50(1)(4) of the Regulations' },
  },
  {
    topic: 'other',
    name: { zh: '其他需要报告的事项', en: 'other matters to report' },
    heading: '六、其他需要报告的事项',
    basis: { zh: '《条例》第五十条第一款第（五）项', en: 'Art. 50(1)(5) of the Regulations' },
  },
];

export function requiredParts(era: Era): RequiredPart[] {
  return era === 'legacy' ? LEGACY_PARTS : FORMAT_PARTS;
}

/** Every heading of a report's tree, in document order. */
export function flattenHeadings(report: Report): Heading[] {
  return headingsInOrder(report.headings);
}

/**
 * The headings that can stand for a required part. In the 2019/2021 formats, 一、总体情况 sums up
 * the year under sub-headings named like the parts ("（二）依申请公开"); they summarize, they are not
 * the parts, so the sub-headings of an overview section do not count there.
 */
export function partHeadings(report: Report): Heading[] {
  const all = flattenHeadings(report);
  if (report.era === 'legacy') return all;
  const overviews = report.headings.filter((h) => !h.parent && topicsOf(h.title.text).includes('overview'));
  return all.filter((h) => !overviews.some((o) => h !== o && h.start >= o.start && h.start < o.sectionEnd));
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
