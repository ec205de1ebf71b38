// blank-cell: cells of a recognized national table left blank instead of 0, reported once per table.
import type { Cell, NationalTable, Table } from '../model';
import { cellName } from '../analysis/tableCells';
import { TABLE_NAMES } from '../format/names';
import type { Rule } from './types';

const SHOWN = 3;
const RELATED = 10;



function blanksOf(t: NationalTable): Cell[] {
  const out: Cell[] = [];
  for (const r of t.rows) for (const c of r.cells.values()) if (c.kind === 'blank') out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

function tableLabel(table: Table, n: NationalTable): { zh: string; en: string } {
  const name = TABLE_NAMES[n.id].full;
  if (n.id !== 'A' || !table.caption) return name;
  return { zh: `${name.zh}（${table.caption.text.trim()}）`, en: `${name.en} (${table.caption.text.trim()})` };
}

export const blankCell: Rule = {
  meta: {
    id: 'blank-cell',
    category: 'tables',
    defaultSeverity: 'information',
    fix: 'none',
    title: { zh: '统计表中有空白格', en: 'Blank cells in a statistics table' },
    doc: {
      what: {
        zh: '检查国家统一格式的统计表（表二主动公开、表三依申请、表四复议诉讼）中没有填写数字的格。每张表只提示一次，说明空白格的个数并列出前几个；核算合计时空白格按 0 计。',
        en: 'Finds cells of the national statistics tables (proactive disclosure, applications, review and litigation) that are left blank. Reported once per table, with the number of blank cells and the first few of them; the arithmetic rules count a blank cell as 0.',
      },
      why: {
        zh: '统一格式要求每一格都填写数字，数量为零的填“0”。空白格让读者无法分辨是“没有”还是“漏填”，也会让合计无从核对。',
        en: 'The national format expects a number in every cell, 0 when there is nothing to count. A blank cell leaves readers guessing whether the figure is zero or missing, and totals cannot be verified.',
      },
      example: {
        wrong: '| 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项 | 0 | 0 |  |  |  | 0 | 0 |',
        right: '| 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        context: { kind: 'government', year: 2023, replacesLine: '8.属于行政查询事项' },
      },
      basis: {
        zh: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）所附统计表；实例见上海市人民政府办公厅2019年报告（report-format.md §5.1，规则目录 GA-T007）。',
        en: 'The statistics tables of the national report format (国办公开办函〔2021〕30号); observed in real reports such as the 2019 report of the Shanghai government office (report-format.md §5.1, catalogue rule GA-T007).',
      },
    },
  },
  checkDocument(ctx) {
    for (const table of ctx.doc.tables) {
      const n = table.national;
      if (!n) continue;
      const blanks = blanksOf(n);
      if (!blanks.length) continue;
      const name = tableLabel(table, n);
      const examples = blanks.slice(0, SHOWN).map((c) => `“${cellName(n, c)}”`);
      const more = blanks.length > SHOWN ? '等' : '';
      const first = blanks[0];
      ctx.report({
        start: first.start,
        end: first.end,
        message: {
          zh: `${name.zh}有 ${blanks.length} 个空白格，如${examples.join('、')}${more}。数量为零的格应填“0”，否则读者无法分辨是“没有”还是“漏填”；核算合计时空白格按 0 计。`,
          en: `${name.en} has ${blanks.length} blank cell${blanks.length > 1 ? 's' : ''}, e.g. ${blanks.slice(0, SHOWN).map((c) => cellName(n, c)).join('; ')}. Write 0 where there is nothing to count, so that readers can tell zero from missing; the totals are checked with blanks as 0.`,
        },
        related: blanks.slice(0, RELATED).map((c) => ({
          start: c.start,
          end: c.end,
          message: { zh: `空白格：${cellName(n, c)}`, en: `blank: ${cellName(n, c)}` },
        })),
      });
    }
  },
};
