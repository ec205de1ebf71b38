// part-count-mismatch: the introduction says the report has N parts ("…等六部分组成", "共分为五个部分")
// but the report has M level-1 sections.
import { parseHanNumber } from '../text/chars';
import { headingSpan, headingText, isAnnex } from '../analysis/structure';
import type { Rule } from './types';

const NUM = '([一二三四五六七八九十两]{1,3}|\\d{1,2})';
/**
 * "等六部分组成", "共分为五个部分", "由…等七个方面组成", "共九个部分", "等六项内容": a number of parts
 * right after 等/共/分为/包括, or followed by 组成/构成. "等几方面组成" has no number and is left alone.
 */
const DECLARED = new RegExp(
  `(?:(等|共分为|共分成|共分|分为|分成|共|包括)\\s*${NUM}\\s*(个|大)?\\s*(部分|方面|项内容)(组成|构成)?|${NUM}\\s*(个|大)?\\s*(部分|方面|项内容)(组成|构成))`,
  'g',
);
/** The sentence speaks about the report itself. */
const ABOUT_REPORT = /报告|全文|年报|组成|构成/;
/** Parts listed as attachments are not headings: "……及附表等六部分组成". */
const ATTACHMENT = /附表|附件|附图/;

export const partCountMismatch: Rule = {
  meta: {
    id: 'part-count-mismatch',
    category: 'structure',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '开头所说的部分数与一级标题数不符', en: 'The stated number of parts differs from the sections' },
    doc: {
      what: {
        zh: '报告开头（第一个一级标题之前）常写明全文由几部分组成，如“……等六部分组成”“共分为五个部分”“由……等七个方面组成”。本规则把这个数字与报告实际的一级标题数比较，不一致时提示。比较的是一级标题的个数，而不是开头所列的项目数（所列项目的分法往往不一）；没有写具体数字的（“等几方面组成”）不检查；开头所列内容含附表、附件且数字正好多一的，不报。',
        en: 'The introduction (before the first level-1 heading) often says how many parts the report has: "……等六部分组成", "共分为五个部分", "由……等七个方面组成". This rule compares that number with the number of level-1 sections. It counts level-1 headings, not the items listed in the introduction (which are grouped in many ways); a sentence without a number ("等几方面组成") is not checked; when the listed contents include 附表 or 附件 and the number is exactly one more, nothing is reported.',
      },
      why: {
        zh: '部分数写错，多半是修改结构（增删一节）或套用上一年报告时没有同步修改开头，读者会以为内容缺失。',
        en: 'A wrong count usually means a section was added or removed, or last year\'s text was reused, without updating the introduction; readers will think something is missing.',
      },
      example: {
        wrong: '本报告共分为五个部分。',
        right: '本报告共分为六个部分。',
        note: { zh: '报告有一至六共六个一级标题。', en: 'The report has six level-1 sections, 一 to 六.' },
        context: { kind: 'department', year: 2023 },
      },
      basis: {
        zh: '报告自身的表述须与正文一致；实例见开平市农业农村局2020年报告、某乡2017年报告（report-format.md §5.1，规则目录 GA-S006）。',
        en: 'A report must agree with itself; observed in real reports (开平市农业农村局 2020, a township 2017; report-format.md §5.1, catalogue rule GA-S006).',
      },
    },
  },
  checkReport(report, ctx) {
    const { doc } = ctx;
    const sections = report.sections;
    if (!sections.length) return;
    // Only when the level-1 headings are numbered 1…M themselves: with a gap or a repeat the parser may
    // have missed a heading, or the numbering is the problem (heading-sequence says so).
    if (!sections.every((s, i) => s.heading.ordinal === i + 1)) return;
    const introStart = report.title?.end ?? report.start;
    const introEnd = sections[0].heading.start;
    if (introEnd <= introStart) return;
    const intro = doc.matchText.slice(introStart, introEnd);
    for (const m of intro.matchAll(DECLARED)) {
      const raw = m[2] ?? m[6];
      const declared = /\d/.test(raw) ? Number(raw) : parseHanNumber(raw.replace('两', '二'));
      if (!declared) continue;
      const at = introStart + m.index!;
      // The sentence around the number.
      const before = intro.slice(0, m.index!);
      const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('\n')) + 1;
      const afterEnd = intro.slice(m.index!).search(/[。！\n]/);
      const sentence = intro.slice(sentenceStart, afterEnd < 0 ? intro.length : m.index! + afterEnd);
      if (!ABOUT_REPORT.test(sentence)) continue;
      const actual = sections.length;
      if (declared === actual) continue;
      // Annexes: the introduction may count one that is not a heading ("……及附表等八部分"), or leave
      // out one that is ("七、政府信息公开情况统计表"). Either reading that fits the sentence is right.
      const annexes = sections.filter((s) => isAnnex(s.heading)).length;
      const listsAnnex = ATTACHMENT.test(sentence);
      if (listsAnnex && !annexes && declared === actual + 1) continue;
      if (!listsAnnex && annexes && declared === actual - annexes) continue;
      // The number to advise: the sections, counting annexes the way the sentence does.
      const advised = listsAnnex && !annexes ? actual + 1 : !listsAnnex && annexes ? actual - annexes : actual;
      if (declared === advised) continue;
      // The range: the number and its 部分/方面, without the 等/共 before it.
      const lead = m[1] ? m[0].indexOf(raw, m[1].length) : 0;
      const start = at + lead;
      const numberText = doc.text.slice(start, start + m[0].slice(lead).replace(/(组成|构成)$/, '').length);
      const first = headingText(doc, sections[0].heading);
      const last = headingText(doc, sections[actual - 1].heading);
      ctx.report({
        start,
        end: start + numberText.length,
        message: {
          zh: `开头说明全文由“${numberText}”组成，但报告有 ${actual} 个一级标题（从“${first}”到“${last}”）。请核对：把开头的数字改为 ${advised}，或补上、合并相应的一级标题。`,
          en: `The introduction says the report has ${declared} parts ("${numberText}"), but it has ${actual} level-1 sections (from "${first}" to "${last}"). Correct the number to ${advised}, or add or merge level-1 sections so that they agree.`,
        },
        related: sections.map((s, i) => ({ ...headingSpan(s.heading), message: { zh: `第 ${i + 1} 个一级标题`, en: `level-1 section ${i + 1}` } })),
      });
      return;
    }
  },
};
