// table-label: a national-table row or column label that is a near miss of the official label
// ("2.其他法律行政止公开"), or a label of the other format year ("规范性文件" in a 2021+ report, the
// single （六）其他处理 row of 2019 in a 2021+ table).
import type { Fix } from '../findings';
import type { LabelMatch, NationalTable, Report } from '../model';
import { editDistance, labelKey } from '../text/chars';
import { TABLE_A_PARTS, TABLE_C_OUTCOMES } from '../format/tableLabels';
import { ERA_NAMES } from '../format/names';
import type { Rule, RuleContext } from './types';

/** Width, punctuation, quotes and spaces do not count: "1、" = "1.", "，" = "、", a line-wrap space. */
const PUNCT = /[、，。．.：；“”"‘’'（）()《》〈〉【】［］\[\]\-—–·/／,;:!！?？\s\u3000]/g;

function loose(s: string): string {
  return labelKey(s).replace(PUNCT, '');
}

/** The era of a Table A label, by id and kind. */
const A_ROW_ERA = new Map(TABLE_A_PARTS.flatMap((p) => p.rows.map((r) => [r.id, r.era] as const)));
const A_COL_ERA = new Map(TABLE_A_PARTS.flatMap((p) => p.columns.map((c) => [c.id, c.era] as const)));

/** What the other format has instead of a label. */
const COUNTERPART: Record<string, { zh: string; en: string }> = {
  规范性文件: { zh: '2021年格式为“行政规范性文件”', en: 'the 2021 format has 行政规范性文件' },
  行政规范性文件: { zh: '2019年试行格式为“规范性文件”', en: 'the 2019 trial format has 规范性文件' },
  其他对外管理服务事项: { zh: '2021年格式已删去此行', en: 'the 2021 format dropped this row' },
  政府集中采购: { zh: '2021年格式已删去第二十条第（九）项', en: 'the 2021 format dropped item 第二十条第（九）项' },
  本年新制作数量: { zh: '2021年格式为“本年制发件数”', en: 'the 2021 format has 本年制发件数' },
  本年新公开数量: { zh: '2021年格式改为“本年废止件数”', en: 'the 2021 format has 本年废止件数 instead' },
  对外公开总数量: { zh: '2021年格式为“现行有效件数”', en: 'the 2021 format has 现行有效件数' },
  上一年项目数量: { zh: '2021年格式已删去此列', en: 'the 2021 format dropped this column' },
  '本年增/减': { zh: '2021年格式已删去此列', en: 'the 2021 format dropped this column' },
  处理决定数量: { zh: '2021年格式为“本年处理决定数量”', en: 'the 2021 format has 本年处理决定数量' },
  采购项目数量: { zh: '2021年格式已删去第二十条第（九）项', en: 'the 2021 format dropped item 第二十条第（九）项' },
  采购总金额: { zh: '2021年格式已删去第二十条第（九）项', en: 'the 2021 format dropped item 第二十条第（九）项' },
  本年制发件数: { zh: '2019年试行格式为“本年新制作数量”', en: 'the 2019 trial format has 本年新制作数量' },
  本年废止件数: { zh: '2019年试行格式为“本年新公开数量”', en: 'the 2019 trial format has 本年新公开数量 there' },
  现行有效件数: { zh: '2019年试行格式为“对外公开总数量”', en: 'the 2019 trial format has 对外公开总数量' },
  本年处理决定数量: { zh: '2019年试行格式为“处理决定数量”', en: 'the 2019 trial format has 处理决定数量' },
  '本年收费金额（单位：万元）': { zh: '2019年试行格式为“上一年项目数量”“本年增/减”', en: 'the 2019 trial format has 上一年项目数量 and 本年增/减' },
  '三（六）': {
    zh: '2021年格式把“（六）其他处理”分为“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”“3.其他”三行',
    en: 'the 2021 format splits （六）其他处理 into three rows: 1.申请人无正当理由逾期不补正…, 2.申请人逾期未按收费通知要求缴纳费用…, 3.其他',
  },
  '三（六）1': { zh: '2019年试行格式的“（六）其他处理”只有一行', en: 'the 2019 trial format has a single （六）其他处理 row' },
  '三（六）2': { zh: '2019年试行格式的“（六）其他处理”只有一行', en: 'the 2019 trial format has a single （六）其他处理 row' },
  '三（六）3': { zh: '2019年试行格式的“（六）其他处理”只有一行', en: 'the 2019 trial format has a single （六）其他处理 row' },
};

const B_GROUP_PREFIXES = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'].map(loose);

/** The written label without a merged group label in front ("（三）不予公开1.属于国家秘密"). */
function writtenKey(written: string, canonical: string): string {
  let w = loose(written);
  const c = loose(canonical);
  for (let again = true; again && w !== c; ) {
    again = false;
    for (const g of B_GROUP_PREFIXES) {
      if (w.startsWith(g) && w.length > g.length && g !== c) {
        w = w.slice(g.length);
        again = true;
      }
    }
  }
  return w;
}

interface Miss {
  label: LabelMatch;
  canonical: string;
  kind: 'row' | 'col';
}

/** Labels of the table that differ from the official one by more than punctuation or spacing. */
function nearMisses(n: NationalTable): Miss[] {
  const out: Miss[] = [];
  for (const r of n.rows) {
    const l = r.label;
    if (l.distance === 0 || !l.written.text || l.written.end <= l.written.start) continue;
    if (editDistance(writtenKey(l.written.text, l.canonical), loose(l.canonical), 8) === 0) continue;
    out.push({ label: l, canonical: l.canonical, kind: 'row' });
  }
  for (const c of n.columns) {
    if (c.distance === 0 || c.written.end <= c.written.start) continue;
    // Table C columns are matched on their last part (结果维持 …); name that part.
    const canonical = n.id === 'C' ? TABLE_C_OUTCOMES.find((o) => c.id.endsWith(`/${o}`)) ?? c.canonical : c.canonical;
    if (loose(c.written.text) === loose(canonical)) continue;
    out.push({ label: c, canonical, kind: 'col' });
  }
  return out;
}

/**
 * Replace the written label with the official one — only when the cell holds just that label: a
 * flattened "（三）不予公开 / 2.…" cell keeps its group part, and rewriting it is the writer's call.
 */
function labelFix(m: Miss): Fix[] {
  const written = m.label.written.text;
  if (/[/／›|]/.test(written) || (m.kind === 'row' && writtenKey(written, m.canonical) !== loose(written))) return [];
  return [
    {
      title: { zh: `改为“${m.canonical}”`, en: `Change to "${m.canonical}"` },
      edits: [{ start: m.label.written.start, end: m.label.written.end, newText: m.canonical }],
      safe: false,
    },
  ];
}

/** Labels that belong to the other format year than the report's. */
function otherEra(n: NationalTable, era: '2019' | '2021'): LabelMatch[] {
  const other = era === '2021' ? '2019' : '2021';
  const out: LabelMatch[] = [];
  if (n.id === 'A') {
    // A 2019/2020 report is only told when the table as a whole follows the 2021 format: single words
    // such as 行政规范性文件 were in common use before 2021.
    if (era === '2019' && n.era !== '2021') return out;
    for (const r of n.rows) if (A_ROW_ERA.get(r.id) === other) out.push(r.label);
    for (const c of n.columns) if (A_COL_ERA.get(c.id) === other && c.written.end > c.written.start) out.push(c);
  } else if (n.id === 'B' && n.era === other) {
    const rows = n.rows.filter((r) => (other === '2019' ? r.id === '三（六）' : /^三（六）\d$/.test(r.id)));
    out.push(...rows.map((r) => r.label));
  }
  return out.filter((l) => l.written.end > l.written.start).sort((a, b) => a.written.start - b.written.start);
}

const FORMAT = {
  '2019': { zh: '2019年试行格式（国办公开办函〔2019〕60号）', en: 'the 2019 trial format (国办公开办函〔2019〕60号)' },
  '2021': { zh: '2021年格式（国办公开办函〔2021〕30号）', en: 'the 2021 format (国办公开办函〔2021〕30号)' },
};

function reportOtherEra(ctx: RuleContext, report: Report, labels: LabelMatch[]): void {
  const era = report.era as '2019' | '2021';
  const other = era === '2021' ? '2019' : '2021';
  const first = labels[0];
  const what = (l: LabelMatch) => COUNTERPART[l.id] ?? COUNTERPART[l.canonical];
  const list = labels.map((l) => `“${l.written.text}”${what(l) ? `（${what(l)!.zh}）` : ''}`).join('、');
  const year = report.year !== undefined ? `${report.year}年度` : '';
  const yearEn = report.year !== undefined ? `a ${report.year} report` : 'this report';
  ctx.report({
    start: first.written.start,
    end: first.written.end,
    message: {
      zh: `本报告为${year}报告，应使用${FORMAT[era].zh}的统计表，但此表用了${FORMAT[other].zh}的标签：${list}。请按现行格式改写这些行名、列名，并按新的行列填报数字。`,
      en: `This is ${yearEn} and should use the tables of ${FORMAT[era].en}, but this table has labels of ${FORMAT[other].en}: ${labels.map((l) => `"${l.written.text}"${what(l) ? ` (${what(l)!.en})` : ''}`).join(', ')}. Rewrite these labels after the current format and fill in the figures accordingly.`,
    },
    related: labels.map((l) => ({
      start: l.written.start,
      end: l.written.end,
      message: { zh: `${ERA_NAMES[other].zh}的标签：${l.written.text}`, en: `label of the ${ERA_NAMES[other].en}: ${l.written.text}` },
    })),
  });
}

export const tableLabel: Rule = {
  meta: {
    id: 'table-label',
    category: 'tables',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    title: { zh: '统计表行名或列名与统一格式不符', en: 'Table label differs from the national format' },
    doc: {
      what: {
        zh: '检查识别出的国家统一格式统计表（表二、表三、表四）的行名和列名：与规范标签相近但有错字、漏字的（如“2.其他法律行政止公开”，应为“2.其他法律行政法规禁止公开”），逐个提示并给出规范写法；2021年及以后的报告用了2019年试行格式的标签（如“规范性文件”“本年新制作数量”，或表三“（六）其他处理”只有一行），或2019、2020年度报告的整张表用了2021年格式的，每张表提示一次。只在全角半角、标点、空格上不同的（“1、”与“1.”，PDF换行带来的空格）不提示。',
        en: 'Checks the row and column labels of the recognized national tables: a label that is close to an official one but has a typo or missing characters ("2.其他法律行政止公开" for "2.其他法律行政法规禁止公开") is reported with the official wording; labels of the other format year — 2019 labels such as 规范性文件, 本年新制作数量 or a single （六）其他处理 row in a report for 2021 or later, or a whole table in the 2021 format in a 2019/2020 report — are reported once per table. Differences only in width, punctuation or spacing ("1、" vs "1.", a space left by a PDF line wrap) are not reported.',
      },
      why: {
        zh: '统计表的行名、列名由统一格式规定，各地报告据此汇总比对；错字或过时格式的标签会让人怀疑数字的口径，也说明表格可能是从旧报告复制的。',
        en: 'The labels are fixed by the national format so that reports can be compared and aggregated; a misspelt or outdated label casts doubt on what the figures count and suggests the table was copied from an old report.',
      },
      example: {
        wrong: '| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        right: '| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        context: { kind: 'government', year: 2023, replacesLine: '2.其他法律行政法规禁止公开' },
      },
      basis: {
        zh: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号，2021年度起适用）及2019年试行格式（国办公开办函〔2019〕60号，2019、2020年度适用）所附统计表（report-format.md §2.4–2.6，规则目录 GA-T005、GA-S004）。',
        en: 'The tables of the national report format (国办公开办函〔2021〕30号, for reports from 2021) and of its trial version (国办公开办函〔2019〕60号, for 2019 and 2020) (report-format.md §2.4–2.6, catalogue rules GA-T005 and GA-S004).',
      },
    },
  },
  checkReport(report, ctx) {
    const eraKnown = (report.era === '2019' || report.era === '2021') && report.eraSource !== 'labels' && report.eraSource !== 'default';
    // A copy cut off inside a label ("本年收费金额(单位:万" as the last thing in the file) is not a misspelling.
    const cut = ctx.doc.text.trimEnd().length;
    for (const table of report.tables) {
      const n = table.national;
      if (!n) continue;
      for (const m of nearMisses(n)) {
        if (m.label.written.end >= cut) continue;
        const what = m.kind === 'row' ? { zh: '行名', en: 'Row label' } : { zh: '列名', en: 'Column label' };
        ctx.report({
          start: m.label.written.start,
          end: m.label.written.end,
          message: {
            zh: `${what.zh}“${m.label.written.text}”与统一格式不符，应为“${m.canonical}”。错字或漏字会让人怀疑这一${m.kind === 'row' ? '行' : '列'}数字的口径，请按统一格式改正。`,
            en: `${what.en} "${m.label.written.text}" differs from the national format: it should read "${m.canonical}". A misspelt label casts doubt on what the figures count; correct it after the format.`,
          },
          fixes: labelFix(m),
        });
      }
      if (eraKnown) {
        const labels = otherEra(n, report.era as '2019' | '2021');
        if (labels.length) reportOtherEra(ctx, report, labels);
      }
    }
  },
};
