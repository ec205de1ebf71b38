// table-balance: Table B, per column, 一（本年新收）+ 二（上年结转）= （七）总计 + 四（结转下年度继续办理）.
import type { Rule } from './types';
import { fmt } from '../analysis/tableCells';
import { identitiesOf } from '../analysis/tableIdentities';

export const tableBalance: Rule = {
  meta: {
    id: 'table-balance',
    category: 'tables',
    defaultSeverity: 'error',
    fix: 'none',
    title: { zh: '表三勾稽关系不成立', en: 'Table 3 does not balance' },
    doc: {
      what: {
        zh: '检查表三（收到和处理政府信息公开申请情况）每一列：第一项（本年新收）加第二项（上年结转）之和，等于第三项（七）总计加第四项（结转下年度继续办理）之和。',
        en: 'Checks every column of Table 3: 一 (received this year) + 二 (carried over from last year) = （七）总计 (handled) + 四 (carried over to next year).',
      },
      why: {
        zh: '这是表头注明的勾稽关系；不成立说明有申请被漏计或重复计算。',
        en: 'The identity is printed in the table header; when it fails, applications were missed or counted twice.',
      },
      example: {
        wrong: '| 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        right: '| 四、结转下年度继续办理 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        note: {
          zh: '同一张表中一 = 26，二 = 1，（七）总计 = 26：一 + 二 = 27，而（七）总计 + 四 = 26 + 0 = 26。上年结转的1件尚未办结，应计入四。',
          en: 'In the same table 一 = 26, 二 = 1 and （七）总计 = 26: 一 + 二 = 27, but （七）总计 + 四 = 26 + 0 = 26. The application carried over and not yet closed belongs in 四.',
        },
        context: {
          kind: 'government',
          year: 2023,
          replacesLine: '四、结转下年度继续办理',
          alsoChanged: [
            { line: '一、本年新收政府信息公开申请数量', text: '| 一、本年新收政府信息公开申请数量 | | | 26 | 0 | 0 | 0 | 0 | 0 | 26 |' },
            { line: '二、上年结转政府信息公开申请数量', text: '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |' },
            { line: '（一）予以公开', text: '| 三、本年度办理结果 | （一）予以公开 | | 26 | 0 | 0 | 0 | 0 | 0 | 26 |' },
            { line: '（七）总计', text: '| 三、本年度办理结果 | （七）总计 | | 26 | 0 | 0 | 0 | 0 | 0 | 26 |' },
          ],
        },
      },
      basis: {
        zh: '表三表头：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。',
        en: 'The Table 3 header note: 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和.',
      },
    },
  },
  checkDocument(ctx) {
    for (const t of ctx.doc.tables) {
      if (t.national?.id !== 'B') continue;
      for (const i of identitiesOf(t.national)) {
        if (i.kind !== 'b-balance' || i.holds) continue;
        const [received, carried, handled, next] = i.values;
        const { column: col, left, right } = i;
        // On the 四 cell: the last term of the identity, and the row a writer fills in last.
        const anchor = i.cells[3];
        ctx.report({
          start: anchor.start,
          end: anchor.end,
          message: {
            zh: `表三“${col}”列勾稽关系不成立：一 + 二 = ${fmt(received)} + ${fmt(carried)} = ${fmt(left)}，而（七）总计 + 四 = ${fmt(handled)} + ${fmt(next)} = ${fmt(right)}，前者比后者${left > right ? '多' : '少'} ${fmt(Math.abs(left - right))}。请核对这四个数。`,
            en: `Table 3 column ${col} does not balance: 一 + 二 = ${fmt(received)} + ${fmt(carried)} = ${fmt(left)}, but （七）总计 + 四 = ${fmt(handled)} + ${fmt(next)} = ${fmt(right)}, ${fmt(Math.abs(left - right))} ${left > right ? 'more' : 'less'}. Check these four numbers.`,
          },
          related: ([[i.cells[0], '一、本年新收'], [i.cells[1], '二、上年结转'], [i.cells[2], '（七）总计']] as const).map(([c, label]) => ({
            start: c.start,
            end: c.end,
            message: { zh: `${label}：${c.text || '（空）'}`, en: `${label}: ${c.text || '(blank)'}` },
          })),
        });
      }
    }
  },
};
