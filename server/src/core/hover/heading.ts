// Hover on a section heading: which content item of the 《条例》 the section answers (2007 Art. 32 for
// legacy reports, 2019 Art. 50 and the national format after that), and whether something the section
// must hold is missing (the national table of its part; a government's 考核、评议、责任追究 results).
import type { Heading, LocalizedText, NationalTableId, Report, ReportDocument, SectionTopic } from '../model';
import { topicsOf } from '../format/topics';
import { headingSpan, headingText, lineOf } from '../analysis/structure';
import { ERA_NAMES, TABLE_NAMES } from '../format/names';
import { reportAt } from './locate';
import { md, type HoverContent } from './render';
import { ART_32_2007, ART_50_2019 } from '../format/statutes';

const TABLE_OF: Partial<Record<SectionTopic, { id: NationalTableId; name: LocalizedText }>> = {
  proactive: { id: 'A', name: TABLE_NAMES.A.full },
  onRequest: { id: 'B', name: TABLE_NAMES.B.full },
  review: { id: 'C', name: TABLE_NAMES.C.full },
};


/** Art. 50(1)(4): government reports also give the results of assessment, public review and accountability. */
const ASSESSMENT = /考核|评议|责任追究/;

function headingAt(doc: ReportDocument, offset: number): Heading | undefined {
  return doc.headings.find((h) => {
    const s = headingSpan(h);
    return offset >= s.start && offset < s.end;
  });
}

/** The topics a heading answers: a level-1 section's, or in a legacy report a deeper heading's own ones. */
function topicsAnswered(report: Report, h: Heading): SectionTopic[] | undefined {
  if (h.depth === 1) return report.sections.find((s) => s.heading === h)?.topics ?? (h.topic ? [h.topic] : []);
  if (report.era !== 'legacy') return undefined;
  const covered = new Set<SectionTopic>();
  for (let p = h.parent; p; p = p.parent) for (const t of topicsOf(p.title.text)) covered.add(t);
  const own = topicsOf(h.title.text).filter((t) => ART_32_2007[t] && !covered.has(t));
  return own.length ? own : undefined;
}

function statuteLine(report: Report, topic: SectionTopic): LocalizedText {
  const legacy = report.era === 'legacy';
  const quote = (legacy ? ART_32_2007 : ART_50_2019)[topic];
  if (quote) return { zh: `对应${quote.zh}`, en: `Answers ${quote.en}` };
  return legacy
    ? { zh: '习惯写法，不是2007年《条例》第三十二条所列的内容', en: 'A customary part, not an item of Art. 32 of the 2007 Regulations' }
    : { zh: '不是统一格式的一级部分', en: 'Not one of the six parts of the national format' };
}

function tableLine(doc: ReportDocument, report: Report, h: Heading, topic: SectionTopic): LocalizedText | undefined {
  const want = TABLE_OF[topic];
  if (!want) return undefined;
  const of = (id: NationalTableId) => report.tables.filter((t) => t.national?.id === id);
  const inside = of(want.id).find((t) => t.start >= h.start && t.start < h.sectionEnd);
  if (inside) return { zh: `✓ ${want.name.zh}：第 ${lineOf(doc, inside.start)} 行`, en: `✓ ${want.name.en}: line ${lineOf(doc, inside.start)}` };
  const elsewhere = of(want.id)[0];
  if (elsewhere) {
    const line = lineOf(doc, elsewhere.start);
    return { zh: `${want.name.zh}不在本部分下，而在第 ${line} 行`, en: `${want.name.en} is not in this part but on line ${line}` };
  }
  return { zh: `✗ 本部分未找到${want.name.zh}`, en: `✗ No ${want.name.en} found in this part` };
}

function assessmentLine(doc: ReportDocument, report: Report, topic: SectionTopic): LocalizedText | undefined {
  if (report.era === 'legacy' || report.kind !== 'government' || report.kindSource === 'default') return undefined;
  if (topic !== 'overview' && topic !== 'problems') return undefined;
  if (ASSESSMENT.test(doc.matchText.slice(report.start, report.end))) {
    return { zh: '✓ 报告中提到了考核、评议或责任追究（人民政府的年报须报告其结果）', en: '✓ The report mentions assessment, public review or accountability (a government must report their results)' };
  }
  return {
    zh: '✗ 报告中未找到工作考核、社会评议和责任追究结果情况：《条例》第五十条第一款第（四）项要求人民政府的年报包括，统一格式放在“总体情况”的监督保障中',
    en: '✗ No results of assessment, public review and accountability found: Art. 50(1)(4) requires them in a government\'s report; the national format puts them under oversight in part 一',
  };
}

export function headingHover(doc: ReportDocument, offset: number): HoverContent | undefined {
  const h = headingAt(doc, offset);
  const report = h && reportAt(doc, h.start);
  if (!h || !report) return undefined;
  const topics = topicsAnswered(report, h);
  if (!topics) return undefined;
  const lines: LocalizedText[] = [];
  if (!topics.length) {
    lines.push({ zh: '未能对应到《条例》规定的年报内容', en: 'Not recognized as one of the contents the Regulations require' });
  }
  for (const topic of topics) {
    lines.push(statuteLine(report, topic));
    const table = report.era === 'legacy' ? undefined : tableLine(doc, report, h, topic);
    if (table) lines.push(table);
    const assessment = assessmentLine(doc, report, topic);
    if (assessment) lines.push(assessment);
  }
  const era = ERA_NAMES[report.era];
  lines.push(
    report.eraSource === 'default'
      ? { zh: `报告年份不明，按${era.zh}解释`, en: `Report year unknown: read as ${era.en}` }
      : { zh: `本报告：${report.year !== undefined ? `${report.year}年度` : '年度不明'}，${era.zh}`, en: `This report: ${report.year ?? 'year unknown'}, ${era.en}` },
  );
  const text = md(headingText(doc, h));
  return { span: headingSpan(h), title: { zh: text, en: text }, lines };
}
