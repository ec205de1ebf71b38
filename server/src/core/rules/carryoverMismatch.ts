// carryover-mismatch: this year's 表三 二、上年结转 equals last year's 四、结转下年度继续办理, column by column,
// for the same issuer's reports of consecutive years in one set (a folder, a workspace).
import type { Rule } from './types';
import { fmt, isFilled, TABLE_B_ALL_COLUMNS } from '../analysis/tableCells';
import { againstLastYear, memberName, nationalTableOf } from '../analysis/reportSet';

export const carryoverMismatch: Rule = {
  meta: {
    id: 'carryover-mismatch',
    category: 'cross-year',
    defaultSeverity: 'error',
    fix: 'none',
    title: { zh: '上年结转与上年报告的结转下年度不一致', en: 'Carry-over differs from last year\'s report' },
    doc: {
      what: {
        zh: '同一单位相邻两年的报告一起检查时（命令行检查的文件夹、编辑器的工作区），本年表三“二、上年结转政府信息公开申请数量”每一列应等于上年报告表三“四、结转下年度继续办理”的同一列。单位按规范化的名称匹配（繁简、全半角、空白不计）。',
        en: 'When the same issuer\'s reports of two consecutive years are checked together (a folder given to the CLI, the editor\'s workspace), every column of this year\'s Table 3 row 二 (carried over from last year) must equal the same column of last year\'s row 四 (carried over to next year). Issuers are matched by their normalized name.',
      },
      why: {
        zh: '上年没有办结、结转到本年的申请，就是本年从上年结转的申请；两个数不同，说明有申请被漏计、重复计算，或某一年的表填错了。',
        en: 'The applications last year carried over are the ones this year received from last year; when the figures differ, applications were lost or counted twice, or one year\'s table is wrong.',
      },
      example: {
        wrong: '| 二、上年结转政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        right: '| 二、上年结转政府信息公开申请数量 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
        note: {
          zh: '上年（2022年）报告表三“四、结转下年度继续办理”为自然人2件、总计2件。本年新收1件、办结3件：漏填上年结转的2件，表三本身的勾稽关系也不成立。',
          en: 'Last year\'s (2022) report has 2 in row 四 (carried over to next year), 自然人 and 总计. This year 1 was received and 3 handled: without the 2 carried over, Table 3 does not balance either.',
        },
        context: {
          kind: 'government',
          year: 2023,
          replacesLine: '二、上年结转政府信息公开申请数量',
          alsoChanged: [
            { line: '一、本年新收政府信息公开申请数量', text: '| 一、本年新收政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |' },
            { line: '（一）予以公开', text: '| 三、本年度办理结果 | （一）予以公开 | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |' },
            { line: '（七）总计', text: '| 三、本年度办理结果 | （七）总计 | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |' },
          ],
        },
        lastYear: { replacesLine: '四、结转下年度继续办理', text: '| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |' },
      },
      basis: {
        zh: '表三“二、上年结转”与上年“四、结转下年度继续办理”统计的是同一批申请（国办公开办函〔2021〕30号附件的统计口径）。',
        en: 'Row 二 this year and row 四 last year count the same applications (the national format of 2021).',
      },
    },
  },
  checkSet(ctx) {
    for (const pair of ctx.set.pairs) {
      const now = nationalTableOf(pair.current.report, 'B');
      const before = nationalTableOf(pair.last.report, 'B');
      if (!now || !before) continue;
      const issuerNote = pair.looseIssuer
        ? { zh: `（按单位名称“${pair.last.issuer}”与“${pair.current.issuer}”视为同一单位）`, en: ` (issuers "${pair.last.issuer}" and "${pair.current.issuer}" taken as one)` }
        : { zh: '', en: '' };
      for (const col of TABLE_B_ALL_COLUMNS) {
        const carried = now.cell('二', col);
        const next = before.cell('四', col);
        if (!carried || !next || !isFilled(carried) || !isFilled(next) || carried.value === next.value) continue;
        ctx.report(pair.current, againstLastYear(pair, carried, next, (where) => ({
          zh: `表三“${col}”列：本年“二、上年结转”为 ${fmt(carried.value!)}，而上年报告（${memberName(pair.last)}，${where.zh}）“四、结转下年度继续办理”为 ${fmt(next.value!)}${issuerNote.zh}。两者应相等，请核对。`,
          en: `Table 3, column ${col}: this year's row 二 (carried over from last year) is ${fmt(carried.value!)}, but last year's report (${pair.last.issuer} ${pair.last.year}, ${where.en}) has ${fmt(next.value!)} in row 四 (carried over to next year)${issuerNote.en}. They must be equal.`,
        }), {
          zh: `上年报告表三“四、结转下年度继续办理”“${col}”列：${fmt(next.value!)}`,
          en: `Last year's Table 3, row 四, column ${col}: ${fmt(next.value!)}`,
        }));
      }
    }
  },
};
