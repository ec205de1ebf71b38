// What a template left unfilled: placeholder glyphs, bracketed instructions, dates with placeholder
// parts, counts without their number, and a 统计期限 sentence without its dates. period-mismatch reports
// the empty period, unfilled-field every other slot; a slot inside the empty period is the period's.
import type { Report, ReportDocument, Span } from '../model';
import { cachedPerReport } from './cache';
import {
  BARE_UNIT, COUNT_SLOT_BEFORE, COUNT_SLOT_LAST, DATE_SLOT, FILL_INSTRUCTION, HINTS, isUnfilledDatePart, PERCENT_SLOT, PLACEHOLDER_BEFORE_UNIT,
  PLACEHOLDER_FOLLOWER, PLACEHOLDER_GLYPHS, PLACEHOLDER_RUN,
} from '../format/placeholders';
import { isHan } from '../text/chars';
import { matchesOf } from '../text/matches';

export type SlotKind = 'glyphs' | 'instruction' | 'date' | 'count';

export interface UnfilledSlot extends Span {
  kind: SlotKind;
  raw: string;
}

/** The 统计期限 sentence with no date written: "统计期限自至。", "统计期限为年月日至年月日". */
export interface EmptyPeriod extends Span {
  /** The sentence from the keyword to its end, without the closing punctuation. */
  raw: string;
}

const PERIOD_KEYWORD = /统计.{0,6}?(?:期限|时限|时间)/g;
const SLOT_CHAR = `[${PLACEHOLDER_GLYPHS} \\u3000]*`;
const DATE_WITHOUT_DIGITS = `${SLOT_CHAR}(?:年${SLOT_CHAR}(?:月${SLOT_CHAR}(?:[日号]${SLOT_CHAR})?)?)?`;
/** After the keyword: nothing but the connecting words and dates without a digit ("自  年  月  日起至  年  月  日止"). */
const EMPTY_RANGE = new RegExp(
  `^[ \\u3000]*(?:为|是|[：:])?[ \\u3000]*(?:自|从|由)?${DATE_WITHOUT_DIGITS}起?[ \\u3000]*(?:至|到|[-－—–~～])${DATE_WITHOUT_DIGITS}止?[ \\u3000]*$`,
);
const SENTENCE_END = /[。；;\n]/;

/** A line of a report that may hold a slot, with what its characters allow (the HAS_* flags below). */
interface LineText {
  start: number;
  text: string;
  flags: number;
}

// What a character lets a line hold. A line whose characters allow no slot is never sliced or matched.
const HAS_GLYPH = 1; // a placeholder glyph or 【 ［ (HINTS.glyph)
const HAS_YEAR = 2; // 年
const HAS_DAY = 4; // 日 or 号
const HAS_FILL = 8; // 填
const HAS_PERCENT = 16; // % or ％
const HAS_STAT = 32; // 统 (统计期限)
const HAS_COUNT = 64; // a unit right after a word a count slot can end with (set by the scan, see unitEndsSlotWord)
const IS_UNIT = 128; // the last character of a BARE_UNIT unit: 件 条 个 项 次 元 (人次, 万元)

// The flags by character code. The scan first reads a small table by the code's low ten bits, which most
// characters miss; only a character whose low bits are some flagged character's reads the full table (with the
// line-by-line loop, the analysis took about 0.13 ms instead of 0.18–0.21 ms on the 59 KB bench text).
const CHAR_FLAGS = new Uint8Array(0x10000);
const MAY_HAVE_FLAGS = new Uint8Array(0x400);
for (const [chars, flag] of [
  ['×ＸXxｘ○□＿_【［', HAS_GLYPH], ['年', HAS_YEAR], ['日号', HAS_DAY], ['填', HAS_FILL], ['%％', HAS_PERCENT], ['统', HAS_STAT], ['件条个项次元', IS_UNIT],
] as const) {
  for (const ch of chars) {
    CHAR_FLAGS[ch.charCodeAt(0)] |= flag;
    MAY_HAVE_FLAGS[ch.charCodeAt(0) & 0x3ff] = 1;
  }
}

/** The characters COUNT_SLOT_BEFORE's gap allows between its words and the unit: space, 　, _ and ＿. */
const isSlotGap = (c: number) => c === 0x20 || c === 0x3000 || c === 0x5f || c === 0xff3f;
const SLOT_LAST_CODES = new Set([...COUNT_SLOT_LAST].map((ch) => ch.charCodeAt(0)));

/**
 * Whether the unit starting at `unitStart` follows, across a gap only and from `floor` on, a character
 * COUNT_SLOT_LAST holds: the one way COUNT_SLOT_BEFORE can end there.
 */
function followsSlotWord(text: string, floor: number, unitStart: number): boolean {
  let last = unitStart - 1;
  while (last >= floor && isSlotGap(text.charCodeAt(last))) last--;
  return last >= floor && SLOT_LAST_CODES.has(text.charCodeAt(last));
}

/**
 * Whether the unit ending at `i` follows a word a count slot can end with (followsSlotWord): the one way
 * countSlots() can find a slot there. The unit is one character, or 人次 or 万元 ending at `i`.
 */
function unitEndsSlotWord(text: string, lineStart: number, i: number): boolean {
  const two = (text.charCodeAt(i) === 0x6b21 /* 次 */ && text.charCodeAt(i - 1) === 0x4eba /* 人 */) ||
    (text.charCodeAt(i) === 0x5143 /* 元 */ && text.charCodeAt(i - 1) === 0x4e07 /* 万 */);
  return (two && followsSlotWord(text, lineStart, i - 1)) || followsSlotWord(text, lineStart, i);
}

/** A line that opens with an HTML comment, after any white space. */
function isCommentLine(text: string): boolean {
  const c = text.charCodeAt(0);
  // Most lines open with a printable ASCII or a Chinese character: no white space to skip.
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff)) return c === 0x3c && text.startsWith('<!--');
  return text.trimStart().startsWith('<!--');
}

/**
 * The report's lines that may hold a slot or the 统计期限, with their flags, without HTML comments (a
 * converted page's source note): one pass over the report's characters, read once per report.
 */
const linesOf = cachedPerReport((doc: ReportDocument, report: Report): LineText[] => {
  const out: LineText[] = [];
  const text = doc.text;
  const end = report.end;
  for (let lineStart = report.start; lineStart <= end;) {
    let eol = text.indexOf('\n', lineStart);
    if (eol < 0 || eol > end) eol = end;
    let flags = 0;
    for (let i = lineStart; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (MAY_HAVE_FLAGS[c & 0x3ff] === 0) continue;
      const f = CHAR_FLAGS[c];
      if (f === 0) continue;
      flags |= f;
      if (f & IS_UNIT && !(flags & HAS_COUNT) && unitEndsSlotWord(text, lineStart, i)) flags |= HAS_COUNT;
    }
    if (flags & (HAS_GLYPH | HAS_FILL | HAS_PERCENT | HAS_STAT | HAS_COUNT) || (flags & HAS_YEAR && flags & HAS_DAY)) {
      const line = text.slice(lineStart, eol);
      if (!isCommentLine(line)) out.push({ start: lineStart, text: line, flags });
    }
    lineStart = eol + 1;
  }
  return out;
});

export const emptyPeriodOf = cachedPerReport((doc: ReportDocument, report: Report): EmptyPeriod | undefined => {
  for (const line of linesOf(doc, report)) {
    if (!(line.flags & HAS_STAT)) continue;
    for (const m of matchesOf(PERIOD_KEYWORD, line.text)) {
      const restStart = m.index + m[0].length;
      const endMatch = SENTENCE_END.exec(line.text.slice(restStart));
      const restEnd = endMatch ? restStart + endMatch.index : line.text.length;
      if (!EMPTY_RANGE.test(line.text.slice(restStart, restEnd))) continue;
      const end = line.text.slice(0, restEnd).trimEnd().length;
      return { start: line.start + m.index, end: line.start + end, raw: line.text.slice(m.index, end) };
    }
  }
  return undefined;
});

function collect(out: UnfilledSlot[], line: LineText, re: RegExp, kind: SlotKind, accept?: (m: RegExpExecArray) => boolean): void {
  for (const m of matchesOf(re, line.text)) {
    if (m[0].length === 0 || (accept && !accept(m))) continue;
    out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, kind, raw: m[0] });
  }
}

/** "王××", "李××同志": a name masked on purpose, not a slot (see PLACEHOLDER_FOLLOWER). */
function maskedName(text: string, m: RegExpExecArray): boolean {
  if (!/^[×XＸxｘ○□]/.test(m[0])) return false;
  const prev = text.charCodeAt(m.index - 1);
  const next = text.slice(m.index + m[0].length);
  return !Number.isNaN(prev) && isHan(prev) && !PLACEHOLDER_FOLLOWER.test(next);
}

/** Counts without their figure: a unit ending a clause, read backwards to 共 or the verb. */
function countSlots(out: UnfilledSlot[], line: LineText): void {
  for (const m of matchesOf(BARE_UNIT, line.text)) {
    const end = m.index + m[0].length;
    const from = Math.max(0, m.index - 24);
    // Most units follow a word no slot pattern can end with ("一件", "各项"): skip the window's regex.
    if (!followsSlotWord(line.text, from, m.index)) continue;
    const before = COUNT_SLOT_BEFORE.exec(line.text.slice(from, m.index));
    if (!before) continue;
    const start = from + before.index;
    // The window may cut off what the pattern's look-behinds would have seen: "公|共", "3|收到".
    const prev = line.text[start - 1] ?? '';
    if (start === from && (prev === '公' || (HINTS.glyph.test(prev) || /[\d０-９]/.test(prev)))) continue;
    out.push({ start: line.start + start, end: line.start + end, kind: 'count', raw: line.text.slice(start, end) });
  }
}

/** A date slot: one part a placeholder or blank, or a written year with no month and day ("2024年月日"). */
function unfilledDate(m: RegExpMatchArray): boolean {
  const [, year, month, day] = m;
  if ([year, month, day].some(isUnfilledDatePart)) return true;
  return /^[ \u3000]*[0-9０-９]{4}[ \u3000]*$/.test(year) && month === '' && day === '';
}

/** Every unfilled slot of a report, in order, none overlapping another and none inside the empty period. */
export const unfilledSlotsOf = cachedPerReport((doc: ReportDocument, report: Report): UnfilledSlot[] => {
  const found: UnfilledSlot[] = [];
  for (const line of linesOf(doc, report)) {
    const t = line.text;
    const f = line.flags;
    if (f & HAS_YEAR && f & HAS_DAY && HINTS.dateGap.test(t)) collect(found, line, DATE_SLOT, 'date', unfilledDate);
    if (f & HAS_FILL) collect(found, line, FILL_INSTRUCTION, 'instruction');
    if (f & HAS_GLYPH) {
      collect(found, line, PLACEHOLDER_RUN, 'glyphs', (m) => !/^[_＿ \u3000]+$/.test(t) && !maskedName(t, m)); // "___" alone is a Markdown rule
      collect(found, line, PLACEHOLDER_BEFORE_UNIT, 'glyphs');
    }
    if (f & HAS_COUNT) countSlots(found, line);
    if (f & HAS_PERCENT) collect(found, line, PERCENT_SLOT, 'count');
  }
  // A date slot or an instruction holds glyph runs of its own: keep the widest, first one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const period = emptyPeriodOf(doc, report);
  const slots: UnfilledSlot[] = [];
  for (const s of found) {
    const date = s.kind === 'date' ? s : undefined;
    if (date) {
      // The date slot starts at its first non-blank character.
      const lead = s.raw.length - s.raw.trimStart().length;
      s.start += lead;
      s.raw = s.raw.trimStart();
    }
    if (period && s.start < period.end && s.end > period.start) continue;
    const last = slots[slots.length - 1];
    if (last && s.start < last.end) continue;
    slots.push(s);
  }
  return slots;
});
