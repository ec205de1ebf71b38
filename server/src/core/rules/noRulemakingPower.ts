// no-rulemaking-power: 规章 reported in 表二 by a body that cannot make them — a county, district, township
// or street (and their departments). Only the governments of provinces, autonomous regions, municipalities,
// 设区的市 and 自治州 make local 规章.
import type { Cell } from '../model';
import { TABLE_NAMES } from '../format/names';
import type { Rule } from './types';

/**
 * The issuer names a unit of county level or below: 县, 旗, a 区 that is not an 自治区 or a 地区, 镇, 乡, 苏木, 街道.
 * Cities are not judged: a name does not tell a 设区的市 from a county-level city.
 */
const BELOW_RULEMAKING = /县|旗|(?<!自治|地|行政)区|镇|乡|苏木|街道/;

export const noRulemakingPower: Rule = {
  meta: {
    id: 'no-rulemaking-power',
    category: 'tables',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '无权制定规章的机关填报了规章', en: '规章 reported by a body that cannot make them' },
    doc: {
      what: {
        zh: '检查县（区、旗）、乡镇、街道一级的机关（含其部门）在表二“规章”一行填了非零数字。按《立法法》，只有省、自治区、直辖市和设区的市、自治州的人民政府可以制定规章；这一级的“规章”应为0。常见原因是把本单位的“规章制度”等内部制度或上级的规章填了进来。市一级不检查（名称看不出是否设区的市）。',
        en: 'Checks that a body at county (district, banner), township or street level, or one of its departments, reports no 规章 in Table 2: under the Legislation Law only the governments of provinces, autonomous regions, municipalities, 设区的市 and autonomous prefectures make 规章, so the row should be 0. Internal rules (规章制度) or a higher level\'s 规章 are the usual cause. Cities are not checked (the name does not tell whether a city has districts).',
      },
      why: {
        zh: '表二的“规章”统计本机关制发的规章；县乡两级填了数字，说明统计口径有误。',
        en: 'Table 2 counts the 规章 the body itself issued; a figure at county or township level means the wrong things were counted.',
      },
      example: {
        wrong: '| 规章 | 2 | 0 | 2 |',
        right: '| 规章 | 0 | 0 | 0 |',
        context: {
          kind: 'government',
          year: 2023,
          replacesLine: '| 规章 |',
          alsoChanged: [{ line: '××市人民政府2023年', text: '××县人民政府2023年政府信息公开工作年度报告' }],
        },
        note: { zh: '报告机关为县人民政府。', en: 'The issuer is a county government.' },
      },
      basis: {
        zh: '《中华人民共和国立法法》第九十三条（2015年版第八十二条）：省、自治区、直辖市和设区的市、自治州的人民政府可以制定规章；2019年试行格式表注“规章（设区的市、自治州人民政府应提供相关数据）”（report-format.md §3）。',
        en: 'Legislation Law, Art. 93 (Art. 82 of the 2015 text): the governments of provinces, autonomous regions, municipalities, 设区的市 and autonomous prefectures may make 规章; the 2019 trial format\'s note on the row: only 设区的市 and 自治州 governments report it (report-format.md §3).',
      },
    },
  },
  checkReport(report, ctx) {
    const issuer = report.issuer?.text;
    if (!issuer || !BELOW_RULEMAKING.test(issuer)) return;
    for (const table of report.tables) {
      if (table.national?.id !== 'A') continue;
      const row = table.national.rows.find((r) => r.id === '规章');
      if (!row) continue;
      const filled = [...row.cells.values()].filter((c): c is Cell => c.kind === 'number' && (c.value ?? 0) !== 0);
      if (!filled.length) continue;
      const values = [...row.cells.values()].map((c) => (c.kind === 'number' ? String(c.value) : '空')).join(' / ');
      const first = filled[0];
      ctx.report({
        start: first.start,
        end: first.end,
        message: {
          zh: `${TABLE_NAMES.A.short.zh}“规章”一行填了 ${values}，但${issuer}不是可以制定规章的机关（《立法法》第九十三条：省、自治区、直辖市和设区的市、自治州的人民政府）。这一行应为0；本单位的规章制度等内部制度、上级的规章不计入。`,
          en: `Table 2 reports 规章 (${values}), but ${issuer} cannot make 规章 (Legislation Law, Art. 93: only the governments of provinces, autonomous regions, municipalities, 设区的市 and autonomous prefectures). The row should be 0; internal rules and a higher level's 规章 do not count.`,
        },
      });
    }
  },
};
