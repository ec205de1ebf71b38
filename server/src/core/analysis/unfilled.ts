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

interface LineText {
  start: number;
  text: string;
}

/** A line that opens with an HTML comment, after any white space. */
function isCommentLine(text: string): boolean {
  const c = text.charCodeAt(0);
  // Most lines open with a printable ASCII or a Chinese character: no white space to skip.
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff)) return c === 0x3c && text.startsWith('<!--');
  return text.trimStart().startsWith('<!--');
}

/** The report's lines, without HTML comments (a converted page's source note); read once per report. */
const linesOf = cachedPerReport((doc: ReportDocument, report: Report): LineText[] => {
  const out: LineText[] = [];
  let at = report.start;
  while (at < report.end) {
    let eol = doc.text.indexOf('\n', at);
    if (eol < 0 || eol > report.end) eol = report.end;
    const text = doc.text.slice(at, eol);
    if (!isCommentLine(text)) out.push({ start: at, text });
    at = eol + 1;
  }
  return out;
});

/**
 * Whether the report's text at [start, end) holds `needle`, for ranges asked in order (its lines): the next
 * occurrence is remembered, so the report is searched once instead of line by line.
 */
function occurrences(doc: ReportDocument, report: Report, needle: string): (start: number, end: number) => boolean {
  // Searched in the report's own text: a search past its end would read the rest of the document.
  const text = doc.text.slice(report.start, report.end);
  const offset = report.start;
  let next = -2; // -2: not searched yet; -1: none left
  return (start, end) => {
    if (next !== -1 && next < start) {
      const at = text.indexOf(needle, start - offset);
      next = at < 0 ? -1 : at + offset;
    }
    return next >= 0 && next + needle.length <= end;
  };
}

/** occurrences() for a class of single characters: `re` must have the g flag. */
function occurrencesOf(doc: ReportDocument, report: Report, re: RegExp): (start: number, end: number) => boolean {
  const text = doc.text.slice(report.start, report.end);
  const offset = report.start;
  let next = -2;
  return (start, end) => {
    if (next !== -1 && next < start) {
      re.lastIndex = start - offset;
      next = re.test(text) ? re.lastIndex - 1 + offset : -1;
    }
    return next >= 0 && next < end;
  };
}

const GLYPH_HINT = new RegExp(HINTS.glyph.source, 'g');

export const emptyPeriodOf = cachedPerReport((doc: ReportDocument, report: Report): EmptyPeriod | undefined => {
  const hasKeyword = occurrences(doc, report, '统计');
  for (const line of linesOf(doc, report)) {
    if (!hasKeyword(line.start, line.start + line.text.length)) continue;
    for (const m of matchesOf(PERIOD_KEYWORD, line.text)) {
      const restStart = m.index! + m[0].length;
      const endMatch = SENTENCE_END.exec(line.text.slice(restStart));
      const restEnd = endMatch ? restStart + endMatch.index : line.text.length;
      if (!EMPTY_RANGE.test(line.text.slice(restStart, restEnd))) continue;
      const end = line.text.slice(0, restEnd).trimEnd().length;
      return { start: line.start + m.index!, end: line.start + end, raw: line.text.slice(m.index!, end) };
    }
  }
  return undefined;
});

function collect(out: UnfilledSlot[], line: LineText, re: RegExp, kind: SlotKind, accept?: (m: RegExpMatchArray) => boolean): void {
  for (const m of matchesOf(re, line.text)) {
    if (m[0].length === 0 || (accept && !accept(m))) continue;
    out.push({ start: line.start + m.index!, end: line.start + m.index! + m[0].length, kind, raw: m[0] });
  }
}

/** "王××", "李××同志": a name masked on purpose, not a slot (see PLACEHOLDER_FOLLOWER). */
function maskedName(text: string, m: RegExpMatchArray): boolean {
  if (!/^[×XＸxｘ○□]/.test(m[0])) return false;
  const prev = text.charCodeAt(m.index! - 1);
  const next = text.slice(m.index! + m[0].length);
  return !Number.isNaN(prev) && isHan(prev) && !PLACEHOLDER_FOLLOWER.test(next);
}

/** The characters COUNT_SLOT_BEFORE's gap allows between its words and the unit. */
const COUNT_SLOT_GAP = new Set([' ', '\u3000', '_', '＿']);

/** Counts without their figure: a unit ending a clause, read backwards to 共 or the verb. */
function countSlots(out: UnfilledSlot[], line: LineText): void {
  for (const m of matchesOf(BARE_UNIT, line.text)) {
    const end = m.index! + m[0].length;
    const from = Math.max(0, m.index! - 24);
    // Most units follow a word no slot pattern can end with ("一件", "各项"): skip the window's regex.
    let last = m.index! - 1;
    while (last >= from && COUNT_SLOT_GAP.has(line.text[last])) last--;
    if (last < from || !COUNT_SLOT_LAST.has(line.text[last])) continue;
    const before = COUNT_SLOT_BEFORE.exec(line.text.slice(from, m.index!));
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
  const hasYear = occurrences(doc, report, '年');
  const hasRi = occurrences(doc, report, '日');
  const hasHao = occurrences(doc, report, '号');
  const hasFill = occurrences(doc, report, '填');
  const hasPercent = occurrences(doc, report, '%');
  const hasWidePercent = occurrences(doc, report, '％');
  const hasGlyph = occurrencesOf(doc, report, GLYPH_HINT);
  for (const line of linesOf(doc, report)) {
    const t = line.text;
    const start = line.start;
    const end = start + t.length;
    if (hasYear(start, end) && (hasRi(start, end) || hasHao(start, end)) && HINTS.dateGap.test(t)) collect(found, line, DATE_SLOT, 'date', unfilledDate);
    if (hasFill(start, end)) collect(found, line, FILL_INSTRUCTION, 'instruction');
    if (hasGlyph(start, end)) {
      collect(found, line, PLACEHOLDER_RUN, 'glyphs', (m) => !/^[_＿ \u3000]+$/.test(t) && !maskedName(t, m)); // "___" alone is a Markdown rule
      collect(found, line, PLACEHOLDER_BEFORE_UNIT, 'glyphs');
    }
    countSlots(found, line);
    if (hasPercent(start, end) || hasWidePercent(start, end)) collect(found, line, PERCENT_SLOT, 'count');
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
