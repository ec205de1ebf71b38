// Fixes that belong to the document rather than a finding: an empty document gets the whole skeleton.
import type { Fix } from '../findings';
import type { ReportDocument } from '../model';
import { reportSkeletonLines } from '../templates';
import { lineBreakOf } from '../text/lines';
import { ERA_NAMES, KIND_NAMES } from '../format/names';


/** For a document with nothing but whitespace: the full 2021-format report of last year, for either kind. */
export function documentFixes(doc: ReportDocument, today: Date = new Date()): Fix[] {
  if (doc.text.trim() !== '') return [];
  const year = today.getFullYear() - 1;
  const eol = lineBreakOf(doc.text);
  return (['government', 'department'] as const).map((kind) => ({
    title: {
      zh: `插入${year}年度报告的完整框架（${ERA_NAMES['2021'].zh}，${KIND_NAMES[kind].zh}）`,
      en: `Insert the full skeleton of a ${year} report (${ERA_NAMES['2021'].en}, ${KIND_NAMES[kind].en})`,
    },
    edits: [{ start: 0, end: doc.text.length, newText: reportSkeletonLines({ era: '2021', kind, year, style: 'markdown' }).join(eol) + eol }],
    safe: false,
  }));
}
