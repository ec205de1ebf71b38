// date-format: dates written in one of the wrong forms of report-format.md §4.4 (look-alike 〇, zero
// padding, two-digit or digit-grouped years, mixed numerals, "." "/" "、" "-" instead of 年月日, a space
// inside the date) and a signature date in Chinese numerals after GB/T 9704-2012 took effect.
import type { DateIssue, DateMention, LocalizedText, ReportDocument } from '../model';
import type { Fix, Severity } from '../findings';
import { ZERO_LOOKALIKES } from '../text/chars';
import type { Rule } from './types';
import { arabicSignature, gbDateOf, withHanZero } from '../analysis/dates';


const LOOKALIKE_NAMES: Record<string, LocalizedText> = {
  O: { zh: '拉丁字母', en: 'the Latin letter' },
  o: { zh: '拉丁字母', en: 'the Latin letter' },
  Ｏ: { zh: '全角拉丁字母', en: 'the full-width Latin letter' },
  ｏ: { zh: '全角拉丁字母', en: 'the full-width Latin letter' },
  '0': { zh: '阿拉伯数字', en: 'the digit' },
  '０': { zh: '全角阿拉伯数字', en: 'the full-width digit' },
  Ο: { zh: '希腊字母', en: 'the Greek letter' },
  О: { zh: '西里尔字母', en: 'the Cyrillic letter' },
  о: { zh: '西里尔字母', en: 'the Cyrillic letter' },
  '○': { zh: '圆圈符号', en: 'the circle symbol' },
  零: { zh: '汉字', en: 'the character' },
};

const SEPARATOR_NAMES: Record<string, LocalizedText> = {
  dotted: { zh: '小数点“.”', en: 'dots' },
  slashed: { zh: '斜线“/”', en: 'slashes' },
  dunhao: { zh: '顿号“、”', en: 'enumeration commas (、)' },
};

/**
 * Spaces inside dates are systematic when most of the document's 年/月/日 dates have them: that is how
 * text extracted from a PDF looks ("2024 年 1 月 1 日", see corpus/INDEX.md [ART]), not how the author
 * wrote it. Such documents get no finding at all: a finding per date would bury the real ones, and even a
 * single finding per document would stand on a clean report for something its author never typed.
 */
function spacesAreSystematic(doc: ReportDocument): boolean {
  let total = 0;
  let spaced = 0;
  for (const d of doc.dates) {
    if (d.form === 'numeric' || d.role === 'publication') continue;
    total++;
    if (d.issues.includes('space-inside')) spaced++;
  }
  return spaced >= 2 && spaced * 2 > total;
}

interface Verdict {
  severity: Severity;
  message: LocalizedText;
}

function replaceWith(d: DateMention, right: string, safe: boolean): Fix[] {
  if (right === d.raw) return [];
  return [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ start: d.start, end: d.end, newText: right }], safe }];
}

/**
 * The fix for one issue. Safe where the corrected form is certain and the standard requires it; a
 * guessed century (17年), a choice between numeral forms, or a form the standard allows ("-" in the
 * body) is only offered.
 */
function fixesFor(d: DateMention, issue: DateIssue): Fix[] {
  if (d.year === undefined || !d.valid) return [];
  switch (issue) {
    case 'latin-o':
      // A signature after 2012-07-01 goes straight to the Arabic form its other finding asks for.
      return arabicSignature(d) ? [...replaceWith(d, gbDateOf(d), true), ...replaceWith(d, withHanZero(d.raw), false)] : replaceWith(d, withHanZero(d.raw), true);
    case 'space-inside':
      return replaceWith(d, d.raw.replace(/[ \u3000\u00a0]+/g, ''), true);
    case 'grouped-year':
      // The digits of "201,7年1月" are the writer's: keep the form, drop the separator.
      return d.form === 'arabic' ? replaceWith(d, gbDateOf(d), true) : [];
    case 'zero-pad':
    case 'dotted':
    case 'slashed':
    case 'dunhao':
      return replaceWith(d, gbDateOf(d), true);
    case 'two-digit-year':
    case 'mixed-numerals':
    case 'hyphen':
      return replaceWith(d, gbDateOf(d), false);
  }
}

function verdict(d: DateMention, issue: DateIssue): Verdict | undefined {
  const raw = d.raw;
  const right = gbDateOf(d);
  const signature = d.role === 'signature';
  const which = signature ? { zh: '落款日期', en: 'The signature date' } : { zh: '日期', en: 'The date' };
  switch (issue) {
    case 'latin-o': {
      const bad = [...raw.slice(0, 4)].filter((ch) => ZERO_LOOKALIKES.includes(ch));
      const ch = bad[0] ?? 'O';
      const name = LOOKALIKE_NAMES[ch] ?? { zh: '字符', en: 'the character' };
      return {
        severity: 'error',
        message: {
          zh: `${which.zh}“${raw}”中的“${ch}”${ch === '零' ? '用在了年份里' : `是${name.zh}，不是汉字数字“〇”`}。年份中的零应写作“〇”（GB/T 15835-2011 5.2.5），${arabicSignature(d) ? `即“${withHanZero(raw)}”；而2012年7月1日以后的成文日期应使用阿拉伯数字，写作“${right}”。` : `应改为“${withHanZero(raw)}”。`}`,
          en: `In ${which.en.toLowerCase()} "${raw}", "${ch}" is ${name.en} ${ch}, not the numeral 〇. A zero in a year written in Chinese numerals is 〇 (GB/T 15835-2011, 5.2.5): "${withHanZero(raw)}"${arabicSignature(d) ? `; but a document date after 2012-07-01 is written in Arabic numerals: "${right}".` : '.'}`,
        },
      };
    }
    case 'grouped-year':
      return {
        severity: 'warning',
        message: {
          zh: `年份“${raw}”中间有分节号。年份是一个四位数，不应分节（GB/T 15835-2011 5.1.1），应写作“${right}”。`,
          en: `The year in "${raw}" is split by a digit-group separator. A year is one four-digit number and is not grouped (GB/T 15835-2011, 5.1.1): write "${right}".`,
        },
      };
    case 'mixed-numerals':
      return {
        severity: 'warning',
        message: {
          zh: `${which.zh}“${raw}”混用了汉字数字和阿拉伯数字。同一日期应统一数字形式（GB/T 15835-2011 4.3），宜写作“${right}”。`,
          en: `${which.en} "${raw}" mixes Chinese and Arabic numerals. One date uses one kind of numeral (GB/T 15835-2011, 4.3): write "${right}".`,
        },
      };
    case 'zero-pad':
      return {
        severity: 'warning',
        message: {
          zh: `${which.zh}“${raw}”的月、日前面补了“0”。GB/T 9704-2012 规定月、日不编虚位，应写作“${right}”。`,
          en: `${which.en} "${raw}" pads the month or day with a zero. GB/T 9704-2012 says months and days are written without padding: write "${right}".`,
        },
      };
    case 'two-digit-year':
      return {
        severity: 'warning',
        message: {
          zh: `${which.zh}“${raw}”的年份只写了两位。四位数字表示的年份不应简写为两位（GB/T 15835-2011 5.1.4），请写全年份，如“${right}”。`,
          en: `${which.en} "${raw}" gives the year in two digits. A four-digit year is not shortened to two (GB/T 15835-2011, 5.1.4): write it in full, e.g. "${right}".`,
        },
      };
    case 'dotted':
    case 'slashed':
    case 'dunhao': {
      const sep = SEPARATOR_NAMES[issue];
      return {
        severity: 'warning',
        message: {
          zh: `${which.zh}“${raw}”用${sep.zh}代替了“年”“月”“日”。GB/T 15835-2011 5.1.4 只允许用“-”代替年月日，应写作“${right}”。`,
          en: `${which.en} "${raw}" uses ${sep.en} in place of 年, 月 and 日. GB/T 15835-2011, 5.1.4 allows only "-" as a replacement: write "${right}".`,
        },
      };
    }
    case 'hyphen':
      if (signature) {
        return {
          severity: 'warning',
          message: {
            zh: `落款日期“${raw}”用“-”代替了“年”“月”“日”。GB/T 15835-2011 允许正文这样写，但成文日期应按 GB/T 9704-2012 用阿拉伯数字将年、月、日标全，写作“${right}”。`,
            en: `The signature date "${raw}" uses "-" in place of 年, 月 and 日. GB/T 15835-2011 allows that in running text, but a document date follows GB/T 9704-2012 and is written out: "${right}".`,
          },
        };
      }
      return {
        severity: 'information',
        message: {
          zh: `日期“${raw}”用“-”代替了“年”“月”“日”。GB/T 15835-2011 允许这种写法，但公文正文通常写作“${right}”，建议全文统一。`,
          en: `The date "${raw}" uses "-" in place of 年, 月 and 日. GB/T 15835-2011 allows that, but official prose usually writes "${right}"; consider using one form throughout.`,
        },
      };
    case 'space-inside': {
      const joined = raw.replace(/[ \u3000\u00a0]+/g, '');
      return {
        severity: 'warning',
        message: {
          zh: `${which.zh}“${raw}”中间有空格，而本文大多数日期没有。数字与“年”“月”“日”应写在一起，一个数值不应被断开（参照 GB/T 15835-2011 5.1.7.2）；请删去空格，写作“${joined}”。`,
          en: `${which.en} "${raw}" has a space inside it, unlike most dates in this document. The numbers belong together with 年, 月 and 日, and a number is not broken apart (cf. GB/T 15835-2011, 5.1.7.2): write "${joined}".`,
        },
      };
    }
  }
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    category: 'dates',
    defaultSeverity: 'warning',
    fix: 'safe',
    title: { zh: '日期写法不规范', en: 'Date written in a non-standard form' },
    doc: {
      what: {
        zh: '检查日期写法：汉字年份中用字母“O”、数字“0”或“零”代替“〇”（错误）；年份分节（201,7年）、两位年份（17年）、汉字与阿拉伯数字混用、月日编虚位（2017年01月01日）、用“.”“/”“、”代替年月日、日期中间有空格、2012年7月1日以后的落款日期用汉字数字（警告）；用“-”代替年月日（落款中为警告，正文中为提示）。网页上的“发布日期”等栏目不是报告正文，不检查；全文日期普遍带空格时，这是从PDF提取文字造成的，不提示。',
        en: 'Checks how dates are written: a look-alike (the letter O, the digit 0, 零) in place of 〇 in a Chinese-numeral year (error); a digit-grouped year (201,7年), a two-digit year (17年), mixed Chinese and Arabic numerals, zero-padded months or days (2017年01月01日), "." "/" "、" in place of 年月日, a space inside a date, and a signature date in Chinese numerals after 2012-07-01 (warning); "-" in place of 年月日 (warning in the signature, information in the body). Page chrome such as "发布日期：…" is not part of the report and is not checked; when most dates of a document have spaces inside, the spaces come from PDF text extraction and are not reported.',
      },
      why: {
        zh: '年报是公开发布的正式文件，日期写法有国家标准；“二O一O年”一类写法是明显的差错，混杂的写法也显得不严谨。',
        en: 'The annual report is an official published document and national standards fix how dates are written; "二O一O年" is a plain mistake, and mixed forms look careless.',
      },
      example: {
        wrong: '二O一O年三月五日；2025年01月20日；2024.3.15',
        right: '二〇一〇年三月五日；2025年1月20日；2024年3月15日',
        note: {
          zh: '“O”是拉丁字母，应为“〇”；2012年7月1日以后的成文日期（落款）用阿拉伯数字，写作“2010年3月5日”。',
          en: 'The "O" is a Latin letter, not "〇"; a 成文日期 (signature date) after 1 July 2012 is written in Arabic numerals: "2010年3月5日".',
        },
      },
      basis: {
        zh: 'GB/T 15835-2011《出版物上数字用法》4.3、5.1.1、5.1.4、5.1.7.2、5.2.5；GB/T 9704-2012《党政机关公文格式》7.3.5.4：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位。',
        en: 'GB/T 15835-2011 (numerals in publications) 4.3, 5.1.1, 5.1.4, 5.1.7.2, 5.2.5; GB/T 9704-2012 (format of official documents) 7.3.5.4: the document date is written in Arabic numerals, the year in full, months and days without padding.',
      },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    const systematicSpaces = spacesAreSystematic(doc);
    for (const d of doc.dates) {
      // "发布日期：2020-01-31" is the website's page chrome, not text the report's author wrote.
      if (d.role === 'publication') continue;
      // "2019.13.5" or "2018-20-3" is a number of some other kind, not a date written with dots.
      if (d.form === 'numeric' && !d.valid) continue;
      const found: Array<Verdict & { fixes: Fix[] }> = [];
      for (const issue of d.issues) {
        if (issue === 'space-inside' && systematicSpaces) continue;
        const v = verdict(d, issue);
        if (v) found.push({ ...v, fixes: fixesFor(d, issue) });
      }
      if (arabicSignature(d)) {
        const right = gbDateOf(d);
        found.push({
          severity: 'warning',
          message: {
            zh: `落款日期“${d.raw}”使用了汉字数字。GB/T 9704-2012 自2012年7月1日起施行，要求成文日期用阿拉伯数字将年、月、日标全，应写作“${right}”。`,
            en: `The signature date "${d.raw}" is written in Chinese numerals. Since 2012-07-01, GB/T 9704-2012 requires the document date in Arabic numerals: write "${right}".`,
          },
          fixes: d.valid ? replaceWith(d, right, true) : [],
        });
      }
      // One date, one level: an error wins over the warnings on the same date (the 二O一八 error already
      // names the Arabic form a signature needs), and a date that does not exist is invalid-date's error.
      const hasError = !d.valid || found.some((v) => v.severity === 'error');
      for (const v of found) {
        if (hasError && v.severity !== 'error') continue;
        ctx.report({ start: d.start, end: d.end, severity: v.severity, message: v.message, fixes: v.fixes });
      }
    }
  },
};
