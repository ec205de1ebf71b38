// late-publication: the signature date (落款) is after the statutory deadline for the report year, or
// before the report year has ended. Only what the text makes certain is reported.
import type { Report } from '../model';
import type { Rule, RuleContext } from './types';
import { gbDate, isoDate } from '../analysis/dates';
import { signatureTiming } from '../analysis/deadlines';

/**
 * Without a 落款 date, a page's own 发布日期/成文日期/公文生成日期 can still show a report issued before its
 * year ended. Only that: a page may have been published, or republished, long after the report was signed,
 * so a late page date proves nothing about the report.
 */
function checkPublicationDate(report: Report, ctx: RuleContext): void {
  const d = ctx.doc.dates.find((x) => x.role === 'publication' && x.start >= report.start && x.start < report.end);
  if (!d) return;
  const timing = signatureTiming(report, d, ctx.config.deadlines);
  if (timing?.kind !== 'early') return;
  const { year } = timing;
  ctx.report({
    start: d.start,
    end: d.end,
    message: {
      zh: `发布日期“${d.raw}”早于报告年度结束（${gbDate(year, 12, 31)}）。本报告是${year}年度报告，应在全年工作结束后成文、公布。请核对发布日期或报告年度。`,
      en: `The publication date "${d.raw}" is before the report year ended (${isoDate(year, 12, 31)}). This report covers ${year} and can only be written and published after the year is over. Check the date or the report year.`,
    },
  });
}

export const latePublication: Rule = {
  meta: {
    id: 'late-publication',
    category: 'dates',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '落款日期超过法定期限或早于年度结束', en: 'Signed after the deadline or before the year ended' },
    doc: {
      what: {
        zh: '检查落款日期：2018年及以前的年报应在次年3月31日前公布；2019年起，县级以上人民政府部门的年报应在次年1月31日前、县级以上地方人民政府的年报应在次年3月31日前公布（乡镇、街道的期限由地方规定，仅在配置了 township 期限时检查）。落款早于报告年度的12月31日也提示。没有落款、报告年份不确定或年份前后矛盾（由 year-mismatch 提示）时不检查。没有落款日期时，页面上的发布日期、成文日期（如“公文生成日期：2009-12-28”）早于报告年度结束的，也提示；发布日期晚于期限不提示，因为网页可能在报告成文很久以后才发布或转载。',
        en: 'Checks the signature date: reports for 2018 and earlier are due by 31 March of the following year; from 2019, reports of government departments (county level and above) are due by 31 January and reports of local governments (county level and above) by 31 March (townships and street offices follow local rules and are checked only when a township deadline is configured). A signature before 31 December of the report year is reported too. Nothing is checked without a signature, without a certain report year, or when the years disagree (year-mismatch reports that). Without a signature date, a page\'s publication or issue date ("公文生成日期：2009-12-28") before the report year ended is reported too; a late page date is not, since a page may be published or republished long after the report was signed.',
      },
      why: {
        zh: '按期公布年度报告是条例规定的义务；落款早于年度结束，说明报告不可能涵盖全年，或落款、年份有误。',
        en: 'Publishing the report on time is a statutory duty; a report signed before the year ended cannot cover the whole year, or its date or year is wrong.',
      },
      example: {
        wrong: '2024年2月20日',
        right: '2024年1月17日',
        note: { zh: '部门2023年度的报告，落款日期应不晚于2024年1月31日。', en: 'A department\'s report for 2023 is due by 31 January 2024.' },
        context: { kind: 'department', year: 2023, replacesLine: '2024年1月20日' },
      },
      basis: {
        zh: '2007年《中华人民共和国政府信息公开条例》第三十一条；2019年修订《中华人民共和国政府信息公开条例》第四十九条。各地可另行规定更早的期限：在 .nianbao.json 中写 "deadlines": { "department": "01-20", "government": "03-20", "township": "03-31" }（或设置 nianbao.deadlines），适用于2019年度及以后的报告。',
        en: 'Art. 31 of the 2007 Regulations on open government information; Art. 49 of the 2019 revision. Local rules may set earlier dates: write "deadlines": { "department": "01-20", "government": "03-20", "township": "03-31" } in .nianbao.json (or the nianbao.deadlines setting); they apply to reports on 2019 and later.',
      },
    },
  },
  checkReport(report, ctx) {
    const d = report.signature?.date;
    if (!d) {
      checkPublicationDate(report, ctx);
      return;
    }
    const timing = signatureTiming(report, d, ctx.config.deadlines);
    if (timing?.kind === 'early') {
      const { year } = timing;
      ctx.report({
        start: d.start,
        end: d.end,
        message: {
          zh: `落款日期“${d.raw}”早于报告年度结束（${gbDate(year, 12, 31)}）。本报告是${year}年度报告，应总结全年的工作，通常在次年年初成文。请核对落款日期或报告年度。`,
          en: `The signature date "${d.raw}" is before the report year ended (${isoDate(year, 12, 31)}). This report covers ${year} and should sum up the whole year, so it is normally signed early in the following year. Check the signature date or the report year.`,
        },
      });
      return;
    }
    // Uncertain years, dates two years off (year-mismatch's) and unknown deadlines are not judged.
    if (timing?.kind !== 'late') return;
    const { year, deadline } = timing;
    const due = gbDate(year + 1, deadline.month, deadline.day);
    const { statutory } = deadline;
    ctx.report({
      start: d.start,
      end: d.end,
      message: {
        zh: statutory
          ? `落款日期“${d.raw}”晚于法定期限${due}：${deadline.basis.zh}。请核对落款日期是否写错，或报告是否逾期成文。当地如规定了不同的期限，可在 .nianbao.json 的 "deadlines" 或设置 nianbao.deadlines 中配置。`
          : `落款日期“${d.raw}”晚于期限${due}：${deadline.basis.zh}。请核对落款日期是否写错，或报告是否逾期成文。`,
        en: statutory
          ? `The signature date "${d.raw}" is after the statutory deadline ${isoDate(year + 1, deadline.month, deadline.day)}: ${deadline.basis.en}. Check whether the date is mistyped or the report was late. A different local deadline can be set in "deadlines" of .nianbao.json or the nianbao.deadlines setting.`
          : `The signature date "${d.raw}" is after the deadline ${isoDate(year + 1, deadline.month, deadline.day)}: ${deadline.basis.en}. Check whether the date is mistyped or the report was late.`,
      },
    });
  },
};
