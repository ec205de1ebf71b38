// pending-cases-last-year: cases last year's 表四 listed as 尚未审结 against this year's 表四. The format has no
// column for cases carried over, so no identity holds between the years; only an impossible-looking
// pair is noted: this year's group total below last year's pending cases.
import type { Rule } from './types';
import { TABLE_C_GROUPS, TABLE_C_ROW_ID } from '../format/tableLabels';
import { fmt, isFilled } from '../analysis/tableCells';
import { againstLastYear, memberName, nationalTableOf } from '../analysis/reportSet';

const GROUP_EN: Record<(typeof TABLE_C_GROUPS)[number], string> = {
  行政复议: 'administrative review',
  未经复议直接起诉: 'litigation without review',
  复议后起诉: 'litigation after review',
};

export const pendingCasesLastYear: Rule = {
  meta: {
    id: 'pending-cases-last-year',
    category: 'cross-year',
    defaultSeverity: 'information',
    fix: 'none',
    title: { zh: '上年尚未审结的案件与本年表四', en: 'Last year\'s pending cases and this year\'s Table 4' },
    doc: {
      what: {
        zh: '同一单位相邻两年的报告一起检查时，上年表四某一组（行政复议、未经复议直接起诉、复议后起诉）“尚未审结”的案件数多于本年表四同一组的“总计”，给出提示。统一格式没有“上年结转”栏，也没有规定上年未审结、本年审结的案件计入哪一年，所以两年的表四之间没有像表三“上年结转 = 上年结转下年度”那样确定的等式，这里只作提示。',
        en: 'When the same issuer\'s reports of consecutive years are checked together, notes a group of Table 4 (administrative review, litigation without review, litigation after review) where last year\'s 尚未审结 (pending) cases outnumber this year\'s 总计 (total) of the group. The format has no column for cases carried over and does not say in which year a case pending last year and closed this year is counted, so unlike Table 3 (carried over = last year\'s carried over to next year) no identity holds between the two years: this is a note only.',
      },
      why: {
        zh: '上年尚未审结的案件本年有了结果，如果本年表四计入这些案件，总计不应少于上年尚未审结的数；否则应在正文中说明这些案件的结果。',
        en: 'Cases pending last year have an outcome this year; if this year\'s Table 4 counts them, its total cannot be below last year\'s pending cases; otherwise the text should say what became of them.',
      },
      example: {
        wrong: '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        right: '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        note: {
          zh: '上年（2022年）报告表四中行政复议尚未审结1件；本年行政复议总计为0。',
          en: 'Last year\'s (2022) Table 4 has 1 administrative review pending; this year\'s review total is 0.',
        },
        context: { kind: 'government', year: 2023, replacesLine: '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |' },
        lastYear: { replacesLine: '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', text: '| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |' },
      },
      basis: {
        zh: '统一格式表四（国办公开办函〔2021〕30号附件）：每组为结果维持、结果纠正、其他结果、尚未审结、总计，没有上年结转栏。',
        en: 'Table 4 of the national format: each group has 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计, with no column for cases carried over.',
      },
    },
  },
  checkSet(ctx) {
    for (const pair of ctx.set.pairs) {
      const now = nationalTableOf(pair.current.report, 'C');
      const before = nationalTableOf(pair.last.report, 'C');
      if (!now || !before) continue;
      for (const group of TABLE_C_GROUPS) {
        const pending = before.cell(TABLE_C_ROW_ID, `${group}/尚未审结`);
        const total = now.cell(TABLE_C_ROW_ID, `${group}/总计`);
        if (!isFilled(pending) || !isFilled(total) || !(pending!.value! > total!.value!)) continue;
        ctx.report(pair.current, againstLastYear(pair, total!, pending!, (where) => ({
          zh: `表四“${group}”：上年报告（${memberName(pair.last)}，${where.zh}）尚未审结 ${fmt(pending!.value!)} 件，本年总计只有 ${fmt(total!.value!)} 件。统一格式没有“上年结转”栏，两年的表四之间没有确定的等式，本年是否计入上年未审结的案件由填报口径决定；请核对，并在正文中说明上年未审结案件的结果。`,
          en: `Table 4, ${GROUP_EN[group]}: last year's report (${pair.last.issuer} ${pair.last.year}, ${where.en}) has ${fmt(pending!.value!)} pending, this year's total is only ${fmt(total!.value!)}. The format has no column for cases carried over, so no identity holds between the years and whether this year counts last year's pending cases is a choice of the filer; check the figures and say in the text what became of those cases.`,
        }), {
          zh: `上年报告表四“${group} / 尚未审结”：${fmt(pending!.value!)}`,
          en: `Last year's Table 4, ${GROUP_EN[group]}, pending: ${fmt(pending!.value!)}`,
        }));
      }
    }
  },
};
