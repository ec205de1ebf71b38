// table-sum: a 总计 cell of Table B (column and （七）总计 row) or Table C differs from the sum of its parts.
import type { Fix } from '../findings';
import type { Cell } from '../model';
import { fmt, isFilled, sumExpression, valueOf } from '../analysis/tableCells';
import { identitiesOf, type SumIdentity } from '../analysis/tableIdentities';
import type { Rule, RuleContext } from './types';

/** Writes `value` into the cell, keeping the padding of a blank cell so the table stays aligned. */
function setCell(cell: Cell, value: string): Fix {
  let { start, end } = cell;
  if (cell.kind === 'blank' && !cell.placeholder) {
    const lead = cell.raw.length - cell.raw.trimStart().length;
    start += Math.min(lead, 1);
    end = start;
  }
  return { title: { zh: `将合计改为 ${value}（各分项之和）`, en: `Set the total to ${value} (the sum of its parts)` }, edits: [{ start, end, newText: value }], safe: false };
}

/** What the total is, for the message. */
function totalName(i: SumIdentity): { zh: string; en: string } {
  if (i.kind === 'b-row') return { zh: `“${i.row!.label.canonical}”一行的总计`, en: `The 总计 of row ${i.row!.id}` };
  if (i.kind === 'b-column') return { zh: `（七）总计的“${i.column}”列`, en: `（七）总计 in column ${i.column}` };
  return { zh: `“${i.group}”的总计`, en: `The 总计 of ${i.group}` };
}

function report(ctx: RuleContext, i: SumIdentity): void {
  const { total, parts, values, sum } = i;
  const what = totalName(i);
  const stated = valueOf(total);
  const diff = fmt(Math.abs(sum - stated));
  const more = sum > stated;
  ctx.report({
    start: total.start,
    end: total.end,
    message: {
      zh: `${what.zh}为 ${fmt(stated)}，但各分项之和为 ${sumExpression(values)} = ${fmt(sum)}，比合计${more ? '多' : '少'} ${diff}。请核对分项或把合计改为 ${fmt(sum)}。`,
      en: `${what.en} is ${fmt(stated)}, but its parts add up to ${sumExpression(values)} = ${fmt(sum)}, ${diff} ${more ? 'more' : 'less'} than the total. Check the parts, or set the total to ${fmt(sum)}.`,
    },
    related: parts
      .filter((c) => isFilled(c) && valueOf(c) !== 0)
      .map((c) => ({ start: c.start, end: c.end, message: { zh: `分项 ${c.rowId} × ${c.colId} = ${c.text}`, en: `part ${c.rowId} × ${c.colId} = ${c.text}` } })),
    // Which of the figures is wrong is for the writer to decide: offered, never applied by itself.
    fixes: [setCell(total, fmt(sum))],
  });
}

export const tableSum: Rule = {
  meta: {
    id: 'table-sum',
    category: 'tables',
    defaultSeverity: 'error',
    fix: 'unsafe',
    title: { zh: '统计表合计与分项之和不符', en: 'Table total differs from the sum of its parts' },
    doc: {
      what: {
        zh: '检查统一格式统计表中的合计：表三每一行的“总计”等于六类申请人之和；表三“（七）总计”一行等于各项办理结果（（一）至（六）的各小项）之和；表四行政复议、两类行政诉讼各自的“总计”等于结果维持、结果纠正、其他结果、尚未审结之和。空白格按 0 计；一组数字全部空白时不核算（由 blank-cell 提示）。',
        en: 'Checks the totals of the national statistics tables: in Table 3 each row\'s 总计 equals the six applicant columns, and the （七）总计 row equals the sum of the outcome rows （一）–（六）; in Table 4 each group\'s 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Blank cells count as 0; a group that is entirely blank is not checked (blank-cell reports it).',
      },
      why: {
        zh: '合计与分项不符说明统计有误或填写疏漏，是年报审核中最常见、最易被发现的错误。',
        en: 'A total that does not match its parts means a counting or typing error; reviewers look for exactly this.',
      },
      example: {
        wrong: '| 一、本年新收政府信息公开申请数量 | | | 20 | 5 | 0 | 1 | 0 | 0 | 27 |',
        right: '| 一、本年新收政府信息公开申请数量 | | | 20 | 5 | 0 | 1 | 0 | 0 | 26 |',
        note: {
          zh: '表三这一行六类申请人之和为 20 + 5 + 0 + 1 + 0 + 0 = 26，总计却填 27。',
          en: 'The six applicant columns of this Table 3 row add up to 20 + 5 + 0 + 1 + 0 + 0 = 26, but its 总计 says 27.',
        },
        context: { kind: 'government', year: 2023, replacesLine: '一、本年新收政府信息公开申请数量' },
      },
      basis: {
        zh: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表三、表四的合计关系。',
        en: 'The totals of Tables 3 and 4 in the national report format (国办公开办函〔2021〕30号).',
      },
    },
  },
  checkDocument(ctx) {
    for (const t of ctx.doc.tables) {
      if (!t.national) continue;
      for (const i of identitiesOf(t.national)) if (i.kind !== 'b-balance' && i.holds === false) report(ctx, i);
    }
  },
};
