// The ways a template marks what its user has to fill in: placeholder glyphs (××, XX, ○○, □□, ____),
// empty 【】, bracketed instructions ("（此处填写……）", "[填写]"), dates with placeholder parts. The
// unfilled-field rule looks for them; templates that insert a visible placeholder should use one of these.

/** What a template puts where a number, a name or a date is still to be written. */
export const PLACEHOLDER = '××';

/** Characters that stand for a missing digit or character when repeated. */
export const PLACEHOLDER_GLYPHS = '×ＸXxｘ○□＿_';

/**
 * A run of placeholder glyphs. Latin X/x only away from Latin letters and digits ("xxgk" in a URL is
 * not one); ○ only away from Chinese numerals ("二○○九年" is a year); _ only three or more.
 */
export const PLACEHOLDER_RUN = new RegExp(
  [
    '×{2,}',
    '(?<![A-Za-z0-9@._/:\\-])(?:[XＸ]{2,}|[xｘ]{2,})(?![A-Za-z0-9@._/\\-])',
    '(?<![〇○零一二三四五六七八九十百千OoＯ0-9])○{2,}(?![〇○零一二三四五六七八九十百千OoＯ0-9])',
    '□{2,}',
    '＿{2,}',
    '(?<![A-Za-z0-9])_{3,}(?![A-Za-z0-9])',
    '【[ \\u3000]*】',
    '［[ \\u3000]*］',
  ].join('|'),
  'g',
);

/**
 * One × or Ｘ standing for a number right before its unit: "×月", "Ｘ件", "第×条". A single Latin X is left
 * alone: it is as likely a stray keystroke ("本X年新收") as a placeholder.
 */
export const PLACEHOLDER_BEFORE_UNIT = /(?<![A-Za-z0-9×ＸX.])[×Ｘ](?=年|月|日|件|条|个|项|次|人次|万元|元|号|%|％)/g;

/** A bracketed instruction to the writer: "（此处填写……）", "[填写]", "【请填写……】". */
export const FILL_INSTRUCTION = /[（(【\[［][ \u3000]*(?:此处|在此|请在此|请)?[ \u3000]*(?:填写|填入)[^）)】\]］《\n]{0,40}[）)】\]］]/g;

/** The part of a date a template leaves for the writer: placeholder glyphs or blank space. */
const DATE_PART = `[0-9０-９${PLACEHOLDER_GLYPHS} \\u3000]`;

/** "××××年××月××日", "2024年×月×日", "    年  月  日": a date whose parts are placeholders or blank. */
export const DATE_SLOT = new RegExp(`(${DATE_PART}{0,8})年(${DATE_PART}{0,4})月(${DATE_PART}{0,4})[日号]`, 'g');

const HAS_GLYPH = new RegExp(`[${PLACEHOLDER_GLYPHS}]`);

/** True when one part of a date (the year, month or day as written) is a placeholder or blank, not a number. */
export function isUnfilledDatePart(part: string): boolean {
  if (part.length === 0) return false;
  return /^[ \u3000]+$/.test(part) || HAS_GLYPH.test(part);
}

const COUNT_VERB = '主动公开|公开|发布|收到|受理|接收|办理|办结|答复|处理|制发|废止|新增|提出|发生';
const COUNT_OBJECT = '政府信息公开申请|信息公开申请|公开申请|政府信息|信息|申请|行政复议|行政诉讼|复议|诉讼';
const GAP = '[ \\u3000_＿]*';

/**
 * Where a count's unit ends a clause with no figure before it: "件，", "条。". "件数", "条例", "条目",
 * "条款" are words, not counts. The text before such a unit is then read with COUNT_SLOT_BEFORE.
 */
export const BARE_UNIT = /(?<![\d０-９])(?:人次|万元|件|条|个|项|次|元)(?=[ \u3000]*(?:[，。；、,;：:）)]|其中|$))/g;

/**
 * A count whose number was never written, ending at a BARE_UNIT: "共收到申请件", "共件", "主动公开政府信息条",
 * "予以公开件". Only where nothing but the template's words stands between 共 (or the verb) and the unit.
 */
export const COUNT_SLOT_BEFORE = new RegExp(
  [
    `(?:共计|(?<!公)共|累计|合计|总计)${GAP}(?:(?:${COUNT_VERB})${GAP})?(?:(?:${COUNT_OBJECT})${GAP})?$`,
    `(?<![\\d０-９${PLACEHOLDER_GLYPHS}])(?:${COUNT_VERB})(?:${COUNT_OBJECT})${GAP}$`,
    `(?:予以|部分|不予|同意)公开${GAP}$`,
  ].join('|'),
);

/**
 * The characters a COUNT_SLOT_BEFORE match can end with before its gap: the last character of 共计, 共, 累计,
 * 合计, 总计, of a verb, of an object or of 公开. A unit after any other character needs no look at its window.
 */
export const COUNT_SLOT_LAST = new Set(['共计', '共', '累计', '合计', '总计', '公开', ...COUNT_VERB.split('|'), ...COUNT_OBJECT.split('|')].map((w) => w[w.length - 1]));

/** A share whose figure was never written: "占%", "占比 %". */
export const PERCENT_SLOT = /(?:占比|占|比例为)[ \u3000_＿]*[%％]/g;

/**
 * What follows a placeholder standing for a name, number or date: an administrative suffix ("××市", "××局"),
 * a unit or a date part. After a character, a run followed by anything else is a masked personal name
 * ("申请人王××", "李××同志"), which published reports write on purpose.
 */
export const PLACEHOLDER_FOLLOWER = /^(?:[市县区局镇乡街委办省州盟旗厅部院所站队处室村社司件条个项次元年月日号%％场份期篇册家天]|人次)/;

/** Cheap tests of a line before the slot patterns run on it. */
export const HINTS = {
  glyph: new RegExp(`[×ＸXxｘ○□＿_【［]`),
  dateGap: new RegExp(`[${PLACEHOLDER_GLYPHS} \\u3000]年|年[${PLACEHOLDER_GLYPHS} \\u3000]|[${PLACEHOLDER_GLYPHS} \\u3000]月|月[${PLACEHOLDER_GLYPHS} \\u3000]|年月|月日`),
};

/**
 * Put before each sentence of a draft made from last year's report (edits/nextYear.ts) that carries a figure
 * or a year: a fill instruction, so unfilled-field flags it until the writer has checked the sentence.
 */
export const REVIEW_MARKER = '【请填写：按本年度情况核对本句】';

/** A table cell holding nothing but a placeholder ("××") where a figure goes. */
export const PLACEHOLDER_CELL = /^(?:×{2,}|[XＸ]{2,}|[xｘ]{2,})$/;

/** After a table of such a draft whose figures could not be replaced one by one. */
export const REVIEW_TABLE_MARKER = '【请填写：按本年度情况更新上表的数字】';
