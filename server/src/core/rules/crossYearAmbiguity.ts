// cross-year-ambiguity: a report the checks across years leave out because its match in the set is not
// unique — two reports of one issuer and year, several of last year, a name that fits two issuers.
import type { Rule } from './types';
import type { LocalizedText } from '../model';
import { memberName, placeOf, relatedIn, reportAnchor, type SetAmbiguity, type SetMember } from '../analysis/reportSet';

/** How a member is named in the list of the others: computed once per member, however many lists name it. */
type Naming = (o: SetMember) => LocalizedText;

function namingOnce(): Naming {
  const names = new Map<SetMember, LocalizedText>();
  return (o) => {
    let name = names.get(o);
    if (!name) {
      const place = placeOf(o, reportAnchor(o).start);
      name = { zh: `${memberName(o)}（${place.zh}）`, en: `${o.issuer} ${o.year} (${place.en})` };
      names.set(o, name);
    }
    return name;
  };
}

function listed(a: SetAmbiguity, nameOf: Naming): LocalizedText {
  const names = a.others.map(nameOf);
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}

function messageOf(a: SetAmbiguity, nameOf: Naming): LocalizedText {
  const m = a.member;
  const others = listed(a, nameOf);
  const left = { zh: '无法确定与上年哪一份报告比较，跨年度检查（上年结转、内容雷同等）没有对本报告进行。', en: 'It is not known which report to compare it with, so the checks across years (carry-over, copied text) were not run on it.' };
  if (a.kind === 'same-year') {
    return {
      zh: `本报告与${others.zh}都是${m.issuer}${m.year}年的报告（按单位名称和年份）。${left.zh}请删去重复的报告，或核对单位名称和年份。`,
      en: `This report and ${others.en} are all ${m.issuer}'s reports on ${m.year} (by issuer and year). ${left.en} Remove the duplicate, or check the issuer and year.`,
    };
  }
  if (a.kind === 'several-last-year') {
    return {
      zh: `上年（${m.year - 1}年）有 ${a.others.length} 份${m.issuer}的报告：${others.zh}。${left.zh}`,
      en: `Last year (${m.year - 1}) has ${a.others.length} reports of ${m.issuer}: ${others.en}. ${left.en}`,
    };
  }
  return {
    zh: `单位名称“${m.issuer}”与上年多份报告的单位都可能是同一单位：${others.zh}。${left.zh}请在报告中写明单位全称。`,
    en: `The issuer "${m.issuer}" may be the issuer of several of last year's reports: ${others.en}. ${left.en} Write the issuer's full name in the report.`,
  };
}

export const crossYearAmbiguity: Rule = {
  meta: {
    id: 'cross-year-ambiguity',
    category: 'cross-year',
    defaultSeverity: 'information',
    fix: 'none',
    title: { zh: '无法确定上年报告', en: 'Last year\'s report is ambiguous' },
    doc: {
      what: {
        zh: '一组报告（命令行检查的文件夹、编辑器的工作区）中，跨年度检查按规范化的单位名称和年份配对同一单位相邻两年的报告。同一单位同一年有两份报告、上年有多份、或单位名称可能指多个单位时，不猜测，而以提示说明哪份报告没有参加跨年度检查。',
        en: 'The checks across years pair the same issuer\'s reports of consecutive years in a set (a folder given to the CLI, the editor\'s workspace) by normalized issuer name and year. When one issuer has two reports of one year, last year has several, or a name may be several issuers, nothing is guessed: a note says which report was left out of those checks.',
      },
      why: {
        zh: '配错了上年报告，跨年度检查的结果就不可信；重复的报告也常是文件放错或年份写错。',
        en: 'Compared with the wrong report, the checks across years would mislead; a duplicate is often a misplaced file or a wrong year.',
      },
      example: {
        wrong: '第一篇\n青禾县人民政府2023年政府信息公开工作年度报告\n本报告由青禾县人民政府办公室编制。\n第二篇\n青禾县人民政府2023年政府信息公开工作年度报告\n本报告由青禾县人民政府办公室编制。',
        right: '第一篇\n青禾县人民政府2022年政府信息公开工作年度报告\n本报告由青禾县人民政府办公室编制。\n第二篇\n青禾县人民政府2023年政府信息公开工作年度报告\n本报告由青禾县人民政府办公室编制。',
        note: { zh: '同一文件中两篇报告的单位和年份相同。', en: 'Two reports in one file with the same issuer and year.' },
      },
      basis: {
        zh: '《条例》第四十九条：行政机关每年公布本机关上一年度的政府信息公开工作年度报告——每个单位每年一份；跨年度检查依赖单位和年份唯一对应。',
        en: 'Article 49 of the 条例: each body publishes one annual report on the previous year; the checks across years rely on issuer and year being unique.',
      },
    },
  },
  checkSet(ctx) {
    const nameOf = namingOnce();
    for (const a of ctx.set.ambiguities) {
      const anchor = reportAnchor(a.member);
      ctx.report(a.member, {
        ...anchor,
        message: messageOf(a, nameOf),
        related: a.others.map((o) => relatedIn(a.member, o, reportAnchor(o), { zh: memberName(o), en: `${o.issuer} ${o.year}` })),
      });
    }
  },
};
