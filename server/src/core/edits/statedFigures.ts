// Figures a report states in its prose that an inserted part can repeat instead of leaving a placeholder:
// "2013年度，收到1件依申请公开信息的要求", "共受理政府信息公开申请3件". Only a figure the report states
// one way: two different numbers, or one next to a comparison with another year, leave the placeholder.
import type { Report, ReportDocument } from '../model';
import type { KnownFigures } from '../templates';

const RECEIVED = [
  /(?:收到|受理|接到|接收)(?:政府信息公开|信息公开|依申请公开|公开)?申请(?:共计|共|合计|总计)?(\d+)件/g,
  /(?:收到|受理|接到|接收)(\d+)件(?:依申请公开|政府信息公开|信息公开)/g,
];
const OTHER_YEAR = /上年|去年|同比|较|比上|前年/;

export function statedFigures(doc: ReportDocument, report: Report): KnownFigures {
  const text = doc.matchText.slice(report.start, Math.min(report.end, doc.parsedLength));
  const counts = new Set<number>();
  for (const pattern of RECEIVED) {
    for (const m of text.matchAll(pattern)) {
      const clauseBefore = text.slice(Math.max(0, m.index! - 20), m.index!).split(/[。；;\n]/).pop()!;
      if (OTHER_YEAR.test(clauseBefore) || OTHER_YEAR.test(m[0])) return {};
      counts.add(Number(m[1]));
    }
  }
  return counts.size === 1 ? { applications: [...counts][0] } : {};
}
