// percent-mismatch: "A a件，占p%" where p is not a/X·100 for the total X that the sentence or paragraph
// gives ("共…X件", the 其中 total, or Table B's totals), beyond half a unit of the last printed decimal.
import { clauseStart, written } from '../analysis/breakdowns';
import { fmtPct, percentChecks } from '../analysis/percentages';
import type { Rule } from './types';
export const percentMismatch: Rule = {
  meta: {
    id: 'percent-mismatch',
    category: 'numbers',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '百分比与数字不符', en: 'A percentage does not match its figures' },
    doc: {
      what: {
        zh: '检查“予以公开61件，占48.0%”这类写法：百分比应等于该数除以合计，误差不超过所印最后一位小数的半个单位（48.0% 允许 ±0.05）。合计取同一句“共X件，其中……”的合计；没有“其中”时，取同段（或上一段）中同单位的数字及表三的合计，并且只有在同一组百分比中至少两个与某个合计吻合、能确定合计时才检查。与段中另一个数字吻合的百分比不报；截尾而非四舍五入造成的差异（35÷805=4.348%，写作4.34%）只作提示。',
        en: 'Checks phrases such as "予以公开61件，占48.0%": the percentage must equal the figure divided by the total, within half a unit of its last printed decimal (48.0 % allows ±0.05). The total is the one of the same sentence ("共X件，其中……"); without 其中, the counts of the same unit in the paragraph (or the one before) and Table 3\'s totals are tried, and a total is accepted only when at least two percentages of the group fit it. A percentage that fits another count of the paragraph is not reported; one that was truncated rather than rounded (35/805 = 4.348 % written as 4.34 %) gets an information note only.',
      },
      why: {
        zh: '百分比与数字对不上，读者无法判断哪一个可信，往往说明数字改过而百分比没有重算。',
        en: 'When a percentage and its figures disagree, readers cannot tell which one to trust; usually a figure was changed and the percentage was not recomputed.',
      },
      example: {
        wrong: '全年共办结127件，其中予以公开61件，占48.0%；部分公开14件，占12.6%。',
        right: '全年共办结127件，其中予以公开61件，占48.0%；部分公开14件，占11.0%。',
        note: { zh: '14 ÷ 127 = 11.0%。', en: '14 ÷ 127 = 11.0 %.' },
      },
      basis: {
        zh: '报告自身的数字须前后一致（report-format.md §5.2 GA-P003，§7.2 百分比容差）；实例见上海市人民政府办公厅2019年报告（§5.1）。',
        en: 'A report must agree with itself (report-format.md §5.2 GA-P003, §7.2 on the tolerance); observed in the 2019 report of the Shanghai government office (§5.1).',
      },
    },
  },
  checkReport(report, ctx) {
    const { doc } = ctx;
    for (const check of percentChecks(doc, report)) {
      const { part, pct, decimals, total, paragraph: p } = check;
      if (!total || check.exact === undefined || (check.status !== 'truncated' && check.status !== 'mismatch')) continue;
      const exact = check.exact;
      const shown = fmtPct(exact, decimals + 2);
      const right = fmtPct(exact, decimals);
      const cut = check.status === 'truncated';
      const partText = written(doc, part);
      const lead = doc.text.slice(Math.max(clauseStart(doc.text, part.start, Math.max(p.start, part.start - 16)), part.start - 16), part.start).trim();
      const pctText = written(doc, pct);
      const related = [
        { start: part.start, end: part.end, message: { zh: `数字 ${partText}`, en: `figure ${partText}` } },
        { start: total.span.start, end: total.span.end, message: { zh: total.zh, en: total.en } },
      ];
      if (cut) {
        ctx.report({
          start: pct.start,
          end: pct.end,
          severity: 'information',
          message: {
            zh: `“${pctText}”是截尾得到的：${part.value} ÷ ${total.value} = ${shown}%，按四舍五入应写作 ${right}%。`,
            en: `"${pctText}" was truncated: ${part.value} / ${total.value} = ${shown} %, which rounds to ${right} %.`,
          },
          related,
        });
        continue;
      }
      ctx.report({
        start: pct.start,
        end: pct.end,
        message: {
          zh: `“${lead}${partText}，占${pctText}”与合计不符：${part.value} ÷ ${total.value} = ${shown}%，应约为 ${right}%，所印比它${pct.value > exact ? '高' : '低'} ${fmtPct(Math.abs(exact - pct.value), decimals + 1)} 个百分点。百分比与数字对不上，读者无法判断哪个可信；请核对该数字、合计或百分比。`,
          en: `"${lead}${partText}，占${pctText}" does not match the total: ${part.value} / ${total.value} = ${shown} %, about ${right} %: the printed figure is ${fmtPct(Math.abs(exact - pct.value), decimals + 1)} points too ${pct.value > exact ? 'high' : 'low'}. Check the figure, the total or the percentage.`,
        },
        related,
      });
    }
  },
};
