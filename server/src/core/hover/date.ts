// Hover on a date: its GB/T 9704-2012 form, what is wrong with how it is written, its role in the
// report, and for the signature date the publication deadline of this report and whether it is met.
import type { LocalDeadlines } from '../config';
import type { DateIssue, DateMention, LocalizedText, Report, ReportDocument } from '../model';
import { arabicSignature, chineseSignature, gbDate, gbDateOf, isoDate, withHanZero } from '../analysis/dates';
import { signatureTiming } from '../analysis/deadlines';
import { itemAt, reportAt } from './locate';
import { md, type HoverContent } from './render';

const ROLES: Record<DateMention['role'], LocalizedText> = {
  title: { zh: '标题中的年份', en: 'the year in the title' },
  'period-start': { zh: '统计期限的起始日', en: 'the start of the statistics period' },
  'period-end': { zh: '统计期限的截止日', en: 'the end of the statistics period' },
  signature: { zh: '落款日期（成文日期）', en: 'the signature date (成文日期)' },
  publication: { zh: '发布日期', en: 'the publication date' },
  body: { zh: '正文中的日期', en: 'a date in the text' },
};

const ISSUES: Record<DateIssue, LocalizedText> = {
  'latin-o': { zh: '年份中的零用了形近字符，应写作“〇”（GB/T 15835-2011 5.2.5）', en: 'a look-alike character stands for the zero 〇 (GB/T 15835-2011, 5.2.5)' },
  'zero-pad': { zh: '月、日不编虚位，不补“0”（GB/T 9704-2012 7.3.5.4）', en: 'months and days are not zero-padded (GB/T 9704-2012, 7.3.5.4)' },
  'two-digit-year': { zh: '年份不应简写为两位（GB/T 15835-2011 5.1.4）', en: 'a year is not shortened to two digits (GB/T 15835-2011, 5.1.4)' },
  'space-inside': { zh: '日期中间有空格（GB/T 15835-2011 5.1.7.2）', en: 'a space inside the date (GB/T 15835-2011, 5.1.7.2)' },
  'grouped-year': { zh: '年份中间有分节号（GB/T 15835-2011 5.1.1）', en: 'the year is split by a group separator (GB/T 15835-2011, 5.1.1)' },
  'mixed-numerals': { zh: '同一日期混用汉字和阿拉伯数字（GB/T 15835-2011 4.3）', en: 'Chinese and Arabic numerals mixed in one date (GB/T 15835-2011, 4.3)' },
  dotted: { zh: '不应用“.”代替年月日（GB/T 15835-2011 5.1.4）', en: 'dots instead of 年月日 (GB/T 15835-2011, 5.1.4)' },
  slashed: { zh: '不应用“/”代替年月日（GB/T 15835-2011 5.1.4）', en: 'slashes instead of 年月日 (GB/T 15835-2011, 5.1.4)' },
  dunhao: { zh: '不应用“、”代替年月日（GB/T 15835-2011 5.1.4）', en: 'enumeration commas instead of 年月日 (GB/T 15835-2011, 5.1.4)' },
  hyphen: { zh: '正文中可用“-”（GB/T 15835-2011 5.1.4），成文日期应写“年月日”', en: 'hyphens are allowed in the text (GB/T 15835-2011, 5.1.4), not in a signature date' },
};

function formLines(d: DateMention): LocalizedText[] {
  const out: LocalizedText[] = [];
  const gb = gbDateOf(d);
  const raw = d.raw.replace(/\s+/g, ' ');
  if (gb && d.year !== undefined && d.month !== undefined) {
    if (raw === gb) out.push({ zh: '✓ 符合 GB/T 9704-2012 的写法', en: '✓ Written as GB/T 9704-2012 wants' });
    else out.push({ zh: `GB/T 9704-2012 写法：${gb}`, en: `GB/T 9704-2012 form: ${gb}` });
  }
  const issues = d.issues.map((i) => ISSUES[i]);
  if (arabicSignature(d)) {
    issues.push({ zh: '2012年7月1日起成文日期用阿拉伯数字（GB/T 9704-2012 7.3.5.4）', en: 'from 2012-07-01 a signature date is written in Arabic numerals (GB/T 9704-2012, 7.3.5.4)' });
  } else if (chineseSignature(d)) {
    const han = md(withHanZero(raw));
    out.push({ zh: `成文于2012年7月1日以前，当时习惯用汉字、零写作“〇”：${han}`, en: `Signed before 2012-07-01, when Chinese numerals with 〇 were customary: ${han}` });
  }
  for (const i of issues) out.push({ zh: `✗ ${i.zh}`, en: `✗ ${i.en}` });
  if (!d.valid) out.push({ zh: '✗ 日历上没有这一天', en: '✗ No such day in the calendar' });
  return out;
}

function deadlineLine(report: Report, d: DateMention, deadlines: LocalDeadlines | undefined): LocalizedText | undefined {
  const timing = signatureTiming(report, d, deadlines);
  if (!timing) return undefined;
  if (timing.kind === 'uncertain-year') return { zh: '报告年度不确定，无法判断公布期限', en: 'The report year is uncertain: no deadline can be judged' };
  const { year } = timing;
  if (timing.kind === 'not-adjacent') {
    return { zh: `落款年份与报告年度（${year}年）不相邻，请核对`, en: `The signature year is not the report year (${year}) or the next: check it` };
  }
  if (timing.kind === 'early') {
    return { zh: `✗ 早于报告年度结束（${gbDate(year, 12, 31)}）`, en: `✗ Before the report year ended (${isoDate(year, 12, 31)})` };
  }
  if (timing.kind === 'unknown-deadline') {
    return {
      zh: '公布期限取决于报告机关：县级以上人民政府部门为次年1月31日，县级以上地方人民政府为次年3月31日，乡镇、街道由地方规定；本报告的机关类别不能确定',
      en: 'The deadline depends on who reports: 31 January for departments, 31 March for local governments, local rules for townships; this report\'s kind is not certain',
    };
  }
  const { deadline } = timing;
  const due = gbDate(year + 1, deadline.month, deadline.day);
  const dueEn = isoDate(year + 1, deadline.month, deadline.day);
  const inTime = timing.kind === 'in-time';
  const caveat = deadline.statutory ? { zh: '；当地可能规定更早的期限', en: '; local rules may set an earlier date' } : { zh: '', en: '' };
  return inTime
    ? { zh: `✓ 在公布期限${due}之前（${deadline.citation.zh}${caveat.zh}）`, en: `✓ Before the deadline ${dueEn} (${deadline.citation.en}${caveat.en})` }
    : { zh: `✗ 晚于公布期限${due}（${deadline.citation.zh}${caveat.zh}）`, en: `✗ After the deadline ${dueEn} (${deadline.citation.en}${caveat.en})` };
}

export function dateHover(doc: ReportDocument, offset: number, deadlines: LocalDeadlines | undefined): HoverContent | undefined {
  const d = itemAt(doc.dates, offset);
  if (!d) return undefined;
  const role = ROLES[d.role] ?? ROLES.body;
  const raw = md(d.raw);
  const lines = formLines(d);
  const report = reportAt(doc, d.start);
  if (report) {
    if (d.role === 'signature') {
      const line = deadlineLine(report, d, deadlines);
      if (line) lines.push(line);
    }
    if (report.year !== undefined && d.role !== 'body') lines.push({ zh: `报告年度：${report.year}年`, en: `Report year: ${report.year}` });
  }
  return { span: d, title: { zh: `${raw}：${role.zh}`, en: `${raw}: ${role.en}` }, lines };
}
