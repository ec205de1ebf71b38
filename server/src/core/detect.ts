// Decides from its opening lines whether a text is a 政府信息公开工作年度报告, so that a report opened
// as .txt or .md can be switched to the nianbao language. Pure: no vscode import, no I/O.
import { readOpening } from './parse/opening';
import { foldTraditional } from './text/traditional';

/** How many lines from the top of a document the caller should pass to `looksLikeReport`. */
export const DETECTION_LINE_COUNT = 80;

const TITLE_WINDOW = 12; // non-empty lines searched for a title
const TITLE_MAX_LENGTH = 60; // longer lines are prose, not titles
const SPLIT_TITLE_PART_MAX_LENGTH = 40;
const MIN_HEADINGS_WITH_TITLE = 2;
const MIN_HEADINGS_WITHOUT_TITLE = 3;

const DISCLOSURE = /信息公开|政务公开/; // 信息公开 also covers 政府信息公开
const REPORT = /年度报告|工作报告|工作总结|年报|情况的?报告|公开报告/;
// 20XX年 in templates; "2022度" is a typo for 2022年度.
const YEAR = /(?:19|20)\d\d(?:年|度)|[〇○零一二三四五六七八九]{4}年|(?:20|××|XX)[×xX]{2}年/;
const PERIOD = /统计.{0,6}?(?:期限|时限|时间|起止)/;
// A notice about reports ("关于报送……年度报告的通知") is not a report.
const NOTICE_TITLE = /的(?:通知|函|批复|意见|请示|公告)$/;
// Nor is a news headline or an explainer about one ("我县发布2022年……年度报告", "图解……年度报告").
const NEWS_TITLE = /发布|公布|出炉|解读|图解|读懂/;
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]/;
const SECTION_TOPIC =
  /概述|概况|总体情况|基本情况|主动公开|依申请公开|公开申请|不予公开|咨询|复议|诉讼|申诉|收费|主要问题|改进|其他需要报告/;

/**
 * True when the text opens like an annual report on open government information: a title naming
 * 信息公开/政务公开 and 年度报告/工作报告/工作总结/年报/情况报告 within the first non-empty lines, backed by a year in
 * the title or by report section headings. Reports published without a title are recognized by their
 * opening sentence ("根据《条例》……现公布本机关2016年度政府信息公开工作年度报告", "本报告由……编制") backed by
 * the report's year, its list of parts, a part heading or the statistics period; by a file name that reads
 * as a title (`fileName`, optional: "某某局2016年政府信息公开工作年度报告.txt") backed by a part heading or
 * an opening; or by several part headings (一、概述, 二、主动公开政府信息情况, …).
 */
export function looksLikeReport(text: string, fileName?: string): boolean {
  // A report converted to traditional characters (政府信息公開工作年度報告) reads as its simplified form.
  const lines = foldTraditional(text)
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '') // Markdown files may open with a source comment
    .split(/\r?\n/, DETECTION_LINE_COUNT)
    .map(normalizeLine)
    .filter((line) => line.length > 0);

  const window = lines.slice(0, TITLE_WINDOW);
  const headings = countSectionHeadings(lines);
  const title = findTitle(window);
  if (title !== undefined && (YEAR.test(title) || headings >= MIN_HEADINGS_WITH_TITLE)) return true;
  const opening = window.map((line) => readOpening(line)).find((o) => o !== undefined);
  const period = window.some((line) => PERIOD.test(line));
  if (opening && (title !== undefined || opening.year !== undefined || opening.listsParts || headings >= 1 || period)) return true;
  if (fileName !== undefined && isTitledFileName(fileName) && (headings >= 1 || opening !== undefined || title !== undefined)) return true;
  return headings >= MIN_HEADINGS_WITHOUT_TITLE;
}

/** A file name that reads as a report title with its year ("……2016年政府信息公开工作年度报告.txt"). */
function isTitledFileName(fileName: string): boolean {
  const name = normalizeLine(fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,8}$/, ''));
  return isTitle(name) && YEAR.test(name);
}

/** Drops what does not belong to the words: whitespace, Markdown marks, table pipes, a "第一篇:" prefix. */
function normalizeLine(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/[\s|*_>#`]/g, '')
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/^第[一二三四五六七八九十\d]+篇[:：]?/, '');
}

/** The first line, or pair of short consecutive lines, that reads as a report title. */
function findTitle(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isTitle(line)) return line;
    const next = lines[i + 1];
    if (
      next !== undefined &&
      !REPORT.test(line) && // a split title ends on the next line
      line.length <= SPLIT_TITLE_PART_MAX_LENGTH &&
      next.length <= SPLIT_TITLE_PART_MAX_LENGTH &&
      isTitle(line + next)
    ) {
      return line + next;
    }
  }
  return undefined;
}

function isTitle(candidate: string): boolean {
  if (candidate.length > TITLE_MAX_LENGTH || /[。；！？：:]$/.test(candidate)) return false;
  // A command line or file path that names a report ("node dist/cli.js outline …年度报告.md") is not a title.
  if (/[A-Za-z]{3,}|[\/\\]/.test(candidate)) return false;
  const outsideBookTitles = candidate.replace(/《[^》]*》/g, '');
  return DISCLOSURE.test(outsideBookTitles) && REPORT.test(outsideBookTitles) && !NOTICE_TITLE.test(candidate) && !NEWS_TITLE.test(candidate);
}

function countSectionHeadings(lines: readonly string[]): number {
  return lines.filter((line) => SECTION_HEADING.test(line) && SECTION_TOPIC.test(line)).length;
}
