// Report-level facts: where each report starts, its title, issuing body, year, era and kind,
// the 统计期限 sentence and the signature (落款).
import type { DateMention, Era, Provenance, Report, ReportKind, TextSpan } from '../model';
import type { Line } from '../text/lines';
import { parseHanNumber, trimEndOf } from '../text/chars';

const PART_MARKER = /^[ \t\u3000]*(第([一二三四五六七八九十]{1,3})篇)[ \t\u3000]*[:：]?[ \t\u3000]*(.*)$/;
const TITLE_WORDS = /(?:政府)?信息公开|政务公开/;
const TITLE_END = /(?:年度)?(?:报告|总结|年报)/;

export interface ReportSlice {
  startLine: number;
  endLine: number; // exclusive
  partMarker?: { text: string; span: { start: number; end: number }; rest: TextSpan };
}

/** Splits the document at 第X篇 lines; text before the first marker belongs to the first report. */
export function sliceReports(lines: Line[], skip: Uint8Array): ReportSlice[] {
  const slices: ReportSlice[] = [];
  for (const line of lines) {
    if (skip[line.index] || !firstAfterBlanksIsDi(line.text)) continue;
    const m = PART_MARKER.exec(line.text);
    if (!m || parseHanNumber(m[2]) === undefined) continue;
    // Only a marker that opens a report (followed by a title, or on a line of its own).
    if (m[3] && !(TITLE_WORDS.test(m[3]) || TITLE_END.test(m[3]))) continue;
    const ms = line.start + line.text.indexOf(m[1]);
    const restOffset = line.text.length - m[3].length;
    const restText = m[3].trim();
    const slice: ReportSlice = {
      startLine: line.index,
      endLine: lines.length,
      partMarker: {
        text: m[1],
        span: { start: ms, end: ms + m[1].length },
        rest: { start: line.start + restOffset, end: line.start + restOffset + restText.length, text: restText },
      },
    };
    if (slices.length) slices[slices.length - 1].endLine = line.index;
    else if (line.index > 0 && lines.slice(0, line.index).some((l) => l.text.trim() && !skip[l.index])) {
      slices.push({ startLine: 0, endLine: line.index });
    }
    slices.push(slice);
  }
  if (slices.length === 0) slices.push({ startLine: 0, endLine: lines.length });
  else slices[0].startLine = 0;
  return slices;
}

/** Whether 第 stands first after the blanks PART_MARKER allows: no other line needs the pattern tried. */
function firstAfterBlanksIsDi(text: string): boolean {
  let i = 0;
  for (let c = text.charCodeAt(0); c === 32 || c === 9 || c === 0x3000; c = text.charCodeAt(++i));
  return text.charCodeAt(i) === 0x7b2c; /* 第 */
}

function trimmedSpan(line: Line, cut?: number): TextSpan | undefined {
  let text = line.text;
  if (cut !== undefined) text = text.slice(0, cut);
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  if (!t) return undefined;
  return { start: line.start + lead, end: line.start + lead + t.length, text: t };
}

/** The line's text without page chrome such as trailing " | ||". */
function titleCandidate(line: Line): TextSpan | undefined {
  const bar = line.text.indexOf('|');
  return trimmedSpan(line, bar >= 0 ? bar : undefined);
}

const ORG_LINE = /^[\u4e00-\u9fff（）()]{2,30}$/;
const SENTENCE = /[。；;，,：:]/;

/**
 * The title: the 第X篇 line's text when it names the report, else the first line among the first
 * dozen that reads like a title, joined with an issuer line above it or a continuation line below it.
 */
export function findTitle(lines: Line[], slice: ReportSlice, isHeadingLine: (i: number) => boolean, skip: Uint8Array): TextSpan | undefined {
  const rest = slice.partMarker?.rest;
  if (rest && TITLE_WORDS.test(rest.text) && TITLE_END.test(rest.text)) return rest;
  const candidates: Line[] = [];
  for (let i = slice.startLine + (slice.partMarker ? 1 : 0); i < slice.endLine && candidates.length < 12; i++) {
    if (skip[i] || !lines[i].text.trim()) continue;
    if (isHeadingLine(i)) break;
    candidates.push(lines[i]);
  }
  let first: TextSpan | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const cur = titleCandidate(candidates[k]);
    if (!cur || cur.text.length > 60 || SENTENCE.test(cur.text.replace(/[（(][^）)]*[）)]/g, ''))) continue;
    const next = candidates[k + 1] && titleCandidate(candidates[k + 1]);
    let span: TextSpan | undefined;
    if (TITLE_WORDS.test(cur.text) && TITLE_END.test(cur.text)) span = cur;
    else if (
      next && next.text.length <= 20 && TITLE_WORDS.test(cur.text + next.text) && TITLE_END.test(next.text) && !SENTENCE.test(next.text) &&
      !TITLE_WORDS.test(next.text) // a whole title on the next line is a title of its own, not the end of this one
    ) {
      span = { start: cur.start, end: next.end, text: cur.text + next.text };
    }
    if (!span) continue;
    // "淮安市人民政府" above "2024 年政府信息公开工作年度报告": the issuer line belongs to the title.
    const prev = k > 0 ? titleCandidate(candidates[k - 1]) : undefined;
    if (prev && /^\s*(?:\d|[一二]〇|政府信息|信息公开|年度)/.test(span.text) && ORG_LINE.test(prev.text) && !TITLE_WORDS.test(prev.text) && kindOfIssuer(prev.text)) {
      span = { start: prev.start, end: span.end, text: prev.text + span.text };
    }
    // A page title without the issuer ("2020年信息公开年报") may be followed by the full title.
    if (issuerOfTitle(span)) return span;
    first ??= span;
  }
  return first;
}

// "2022度" is a typo for 2022年度: still the year, and 度 is not part of the issuer after it.
const YEAR_IN_TITLE = /((?:19|20)\d{2})[ \u3000]*(?:年度?|度)?/;

export function yearOfTitle(title: string): number | undefined {
  const m = YEAR_IN_TITLE.exec(title);
  if (m) return Number(m[1]);
  const h = /([一二][〇○Oo0零一二三四五六七八九]{3})年/.exec(title);
  if (h) {
    const digits = [...h[1]].map((c) => '〇○Oo0零'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
    return Number(digits.join(''));
  }
  return undefined;
}

/** The issuing body named in the title: the text before the year, or between the year and 政府信息公开. */
export function issuerOfTitle(title: TextSpan): TextSpan | undefined {
  const m = YEAR_IN_TITLE.exec(title.text);
  if (!m) return undefined;
  const before = trimEndOf(title.text.slice(0, m.index), /[ \u3000]/);
  if (before.length >= 2) {
    const lead = title.text.length - title.text.trimStart().length;
    return { start: title.start + lead, end: title.start + before.length, text: before.trim() };
  }
  const afterStart = m.index + m[0].length;
  const after = title.text.slice(afterStart);
  const w = /(?:政府)?信息公开|政务公开/.exec(after);
  if (w && w.index >= 2) {
    const text = after.slice(0, w.index).trim();
    return { start: title.start + afterStart, end: title.start + afterStart + w.index, text };
  }
  return undefined;
}

const DEPARTMENT = /(?:局|厅|委|委员会|办|办公室|办公厅|中心|署|院|所|站|队|部|处|馆|社|台|公司|会)$/;
const GOVERNMENT = /(?:人民政府|政府|镇|乡|街道|街道办事处|办事处|区|县|市|省|自治区|自治州|州|旗|盟)$/;

/** The 管理委员会 of a zone or development area governs the area ("××经济开发区管理委员会", "××工业园区管委会"). */
const ZONE_COMMITTEE = /(?:开发区|园区|新区|示范区|试验区|实验区|合作区|保税区|高新区|度假区|风景区|景区|工业区|产业园|港区|片区|管理区|区|园)(?:管理委员会|管委会|管委)$/;
/** A township or street office reports through its office ("××镇人民政府办公室", "××街道党政办"), as in deadlines. */
const TOWNSHIP_OFFICE = /(?:[镇乡]|街道)(?:人民政府|政府|办事处)?(?:党政办公室|党政办|办公室)$/;

export function kindOfIssuer(issuer: string): ReportKind | undefined {
  if (/人民政府$|街道办事处$/.test(issuer) || ZONE_COMMITTEE.test(issuer) || TOWNSHIP_OFFICE.test(issuer)) return 'government';
  if (DEPARTMENT.test(issuer)) return 'department';
  if (GOVERNMENT.test(issuer)) return 'government';
  return undefined;
}

/** "我局…" speaks for a department, "我市/我区/我镇…" for a government. */
export function kindOfBody(text: string): ReportKind | undefined {
  const dept = (text.match(/我(?:局|办|委|厅|中心|院|站|所|部)|本(?:局|部门|单位)/g) ?? []).length;
  // "区本级", "县直各部门": a government speaks of its own level and its departments.
  const gov = (text.match(/我(?:市|区|县|镇|乡|街道|省)|全(?:市|区|县|镇|乡)政府|本(?:镇|乡|街道)|[市区县](?:本级|直各?(?:部门|单位))/g) ?? []).length;
  if (dept > gov) return 'department';
  if (gov > dept) return 'government';
  return undefined;
}

export function eraOfYear(year: number): Era {
  return year <= 2018 ? 'legacy' : year <= 2020 ? '2019' : '2021';
}

const PUBLICATION = /(?:发布|公开|成文|印发|生成)(?:日期|时间)[ \u3000]*[:：|]?[ \u3000|]*$/;
const PERIOD = /统计.{0,6}?(?:期限|时限|时间)/;
const QI = 0x671f; // 期
const JIAN = 0x95f4; // 间

/**
 * Whether the 12 characters before `at` end with a publication label (PUBLICATION): only when, past the
 * blanks, colons and pipes before `at`, 期 or 间 stands (most dates have neither there) is the pattern tried.
 */
function afterPublicationLabel(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let j = at - 1;
  for (let c = text.charCodeAt(j); j >= from && (c === 32 || c === 0x3000 || c === 58 || c === 0xff1a || c === 124); c = text.charCodeAt(--j));
  if (j < from || (text.charCodeAt(j) !== QI && text.charCodeAt(j) !== JIAN)) return false;
  return PUBLICATION.test(text.slice(from, at));
}

/** `t` without a trailing "|" run and the white space around it (a date in a table cell), in linear time. */
function withoutTrailingPipes(t: string): string {
  const u = t.trimEnd();
  if (!u.endsWith('|')) return t;
  return trimEndOf(trimEndOf(u, /\|/), /\s/);
}

/** Assigns date roles within one report; `datesByLine[i]` holds the dates of line i. */
export function assignDateRoles(report: Report, lines: Line[], firstLine: number, lastLine: number, datesByLine: DateMention[][]): void {
  for (let i = firstLine; i < lastLine; i++) {
    const ds = datesByLine[i];
    if (!ds) continue;
    for (const d of ds) {
      if (report.title && d.start >= report.title.start && d.end <= report.title.end) d.role = 'title';
      else if (afterPublicationLabel(lines[i].text, d.start - lines[i].start)) d.role = 'publication';
    }
  }
  // 统计期限: the first line that names it; its first two dates with a month after the keyword.
  for (let i = firstLine; i < lastLine; i++) {
    if (lines[i].text.indexOf('统计') < 0) continue;
    const m = PERIOD.exec(lines[i].text);
    if (!m) continue;
    const keywordEnd = lines[i].start + m.index + m[0].length;
    // The period is stated in the keyword's own sentence: a date after its 。 is about something else.
    const stop = lines[i].text.slice(keywordEnd - lines[i].start).search(/[。；;！!？?]/);
    const sentenceEnd = stop < 0 ? lines[i].end : keywordEnd + stop;
    const inSentence = (datesByLine[i] ?? []).filter((d) => d.start >= keywordEnd && d.end <= sentenceEnd && d.role === 'body');
    let after = inSentence.filter((d) => d.month !== undefined);
    // "自2003年至2008年止": whole years, when the sentence gives no month.
    if (after.length === 0) after = inSentence.filter((d) => d.year !== undefined).slice(0, 2);
    if (after.length === 0) continue;
    after[0].role = 'period-start';
    const to = after[1];
    if (to) to.role = 'period-end';
    report.period = { start: lines[i].start + m.index, end: (to ?? after[0]).end, from: after[0], to };
    break;
  }
  // 落款: a date alone on one of the report's last three non-blank lines.
  let seen = 0;
  for (let i = lastLine - 1; i >= firstLine && seen < 3; i--) {
    const t = lines[i].text.trim();
    if (!t) continue;
    seen++;
    const ds = datesByLine[i] ?? [];
    if (ds.length === 1 && ds[0].raw.trim() === withoutTrailingPipes(t) && ds[0].month !== undefined) {
      ds[0].role = 'signature';
      report.signature = { date: ds[0] };
      for (let k = i - 1; k >= firstLine; k--) {
        const p = lines[k].text.trim();
        if (!p) continue;
        if (p.length <= 30 && !/[。，,；;：:]/.test(p) && (datesByLine[k] ?? []).length === 0) {
          const lead = lines[k].text.length - lines[k].text.trimStart().length;
          report.signature.issuer = { start: lines[k].start + lead, end: lines[k].start + lead + p.length, text: p };
        }
        break;
      }
      break;
    }
  }
}

export function provenanceOrDefault<T>(value: T | undefined, source: Provenance, fallback: T): { value: T; source: Provenance } {
  return value !== undefined ? { value, source } : { value: fallback, source: 'default' };
}
