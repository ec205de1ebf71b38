// total-mismatch: a total stated in the prose ("共X条，其中A a条、B b条…", "X件（含…）", a "其中：" list)
// differs from the sum of its parts.
import { breakdownsOf, breakdownVerdict, clauseStart, sumOfParts, written, type Breakdown } from '../analysis/breakdowns';
import { fmt } from '../analysis/tableCells';
import type { Rule, RuleContext } from './types';

/** 46 and 64: the same digits in another order. */
function swapped(a: number, b: number): boolean {
  const digits = (n: number) => String(n).split('').sort().join('');
  return a !== b && Number.isInteger(a) && Number.isInteger(b) && digits(a) === digits(b);
}

function totalPhrase(ctx: RuleContext, b: Breakdown): string {
  const { text } = ctx.doc;
  const floor = Math.max(0, b.total.start - 24);
  const from = Math.max(clauseStart(text, b.total.start, floor), floor + text.slice(floor, b.total.start).lastIndexOf('\n') + 1);
  return text.slice(from, b.total.end).trim();
}

export const totalMismatch: Rule = {
  meta: {
    id: 'total-mismatch',
    category: 'numbers',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    title: { zh: '正文中的合计与分项之和不符', en: 'A total in the text differs from the sum of its parts' },
    doc: {
      what: {
        zh: '检查正文中“共X条，其中A a条、B b条……”“X件（含A a件、B b件）”以及“其中：”后逐行列出的分类数字：分项（同一计量单位，不含“余”“多”“约”等概数）之和应等于合计。“其中”属于它前面最近的合计；分项多于合计一定有误；分项少于合计，只有在所列分项自称完整（含“其他类”“其余”“……等方式”等兜底项，各项都是“……类”的分类，或以“其中包括：”引出、至少五项、列到句末的完整列举）且不以“等”结尾时才提示。前面有几个数字而分不清哪个是合计时，不作判断。',
        en: 'Checks totals in the text with their parts — "共X条，其中A a条、B b条…", "X件（含A a件、B b件）", and categories listed line by line after "其中：": the parts (same unit, no approximate numbers with 余/多/约) must add up to the total. A 其中 belongs to the nearest total before it. Parts that add up to more than the total are always wrong; parts that add up to less are reported only when the list claims to be complete (a remainder item such as 其他类, 其余 or “…等方式”, every part a “…类” category, or an enumeration introduced by “其中包括：” of at least five parts running to the end of the sentence) and does not end with 等. When several numbers come before 其中 and none is clearly the total, nothing is judged.',
      },
      why: {
        zh: '合计与分项对不上，读者无法判断哪个数字可信；这类错误多来自改了合计忘了改分项，或照搬上一年的数字。',
        en: 'When a total and its parts disagree, readers cannot tell which figure to trust; it usually means one number was updated and the other was not, or last year\'s figures were reused.',
      },
      example: {
        wrong: '共主动公开政府信息2361条，其中政策文件类96条、工作动态类1275条、财政资金类183条、人事信息类62条、其他类信息735条。',
        right: '共主动公开政府信息2351条，其中政策文件类96条、工作动态类1275条、财政资金类183条、人事信息类62条、其他类信息735条。',
        note: { zh: '分项之和为 96 + 1275 + 183 + 62 + 735 = 2351。', en: 'The parts add up to 96 + 1275 + 183 + 62 + 735 = 2351.' },
      },
      basis: {
        zh: '报告自身的数字须前后一致；国务院办公厅关于年度报告的通知要求“确保逻辑关系对应一致”（report-format.md §5.2 GA-P002，§7.2）。',
        en: 'A report must agree with itself; the State Council office notice on the reports asks that figures be logically consistent (report-format.md §5.2 GA-P002, §7.2).',
      },
    },
  },
  checkReport(report, ctx) {
    for (const b of breakdownsOf(ctx.doc, report)) {
      const kind = breakdownVerdict(b);
      if (!kind) continue;
      const sum = sumOfParts(b);
      const total = b.total.value;
      const diff = fmt(Math.abs(total - sum));
      const unit = b.total.unit!;
      const terms = b.parts.map((p) => (p.times > 1 ? `${fmt(p.n.value)} × ${p.times}` : fmt(p.n.value)));
      const expr = `${terms.join(' + ')} = ${fmt(sum)}`;
      const phrase = totalPhrase(ctx, b);
      const marker = written(ctx.doc, b.marker);
      const where = b.listLines ? '“其中：”后逐行列出的' : b.kind === 'han' ? '括号内所含的' : b.kind === 'qizhong' ? '“其中”之后的' : `“${marker}”之后的`;
      const whereEn = b.listLines ? 'listed line by line after 其中：' : b.kind === 'han' ? 'in the parentheses' : b.kind === 'qizhong' ? 'after 其中' : `after "${marker}"`;
      const zhMore = kind === 'more' ? `比合计多 ${diff}${unit}` : `比合计少 ${diff}${unit}`;
      const enMore = kind === 'more' ? `${diff} more than the total` : `${diff} less than the total`;
      const other = b.otherTotal;
      const hint = other
        ? {
            zh: `分项之和正好等于前面的“${written(ctx.doc, other)}”${swapped(total, sum) ? `，${fmt(total)}与${fmt(sum)}像是数字颠倒了` : ''}；请核对“${written(ctx.doc, b.total)}”。`,
            en: `The parts add up exactly to ${written(ctx.doc, other)} stated before it${swapped(total, sum) ? `; ${fmt(total)} and ${fmt(sum)} look like transposed digits` : ''}. Check ${written(ctx.doc, b.total)}.`,
          }
        : kind === 'less'
        ? { zh: '若合计还包括未列出的类别，或是累计数，请在文中写明；否则请核对合计和各分项。', en: 'If the total also covers categories not listed, or is a cumulative figure, say so; otherwise check the total and the parts.' }
        : { zh: '分项不可能多于合计，请核对合计和各分项。', en: 'Parts cannot exceed their total; check the total and the parts.' };
      ctx.report({
        start: b.total.start,
        end: b.total.end,
        message: {
          zh: `“${phrase}”与分项不符：${where}各项之和为 ${expr}${unit}，${zhMore}。${hint.zh}`,
          en: `"${phrase}" does not match its parts: the items ${whereEn} add up to ${expr} (${unit}), ${enMore} (${fmt(total)}). ${hint.en}`,
        },
        related: [
          // The total stands in an earlier paragraph: show where its 其中 is.
          ...(b.totalElsewhere ? [{ ...b.marker, message: { zh: '“其中”：分项从这里列出', en: '其中: the parts are listed from here' } }] : []),
          ...b.parts.map((p) => ({
          start: p.n.start,
          end: p.n.end,
          message: {
            zh: `分项：${p.label}${p.times > 1 ? '各' : ''}${written(ctx.doc, p.n)}${p.times > 1 ? `（× ${p.times}）` : ''}`,
            en: `part: ${p.label} ${written(ctx.doc, p.n)}${p.times > 1 ? ` (× ${p.times})` : ''}`,
          },
          })),
        ],
        // The parts may be what is wrong: offered, never applied by itself. Chinese numerals stay the writer's.
        fixes: b.total.numeral === 'chinese' ? [] : [
          {
            title: { zh: `将合计改为 ${fmt(sum)}（各分项之和）`, en: `Set the total to ${fmt(sum)} (the sum of its parts)` },
            edits: [{ start: b.total.start, end: b.total.start + b.total.raw.length, newText: fmt(sum) }],
            safe: false,
          },
        ],
      });
    }
  },
};
