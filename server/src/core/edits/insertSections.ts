// The missing-section fix: insert a required part where it belongs — after the part that precedes it in
// the statutory order and before the one that follows — numbered in sequence, with the level-1 headings
// after it renumbered, and a body that fits the report's era (a national table, or legacy prose).
import type { Fix, TextEdit } from '../findings';
import type { Heading, Report, ReportDocument, SectionTopic } from '../model';
import { topicsOf } from '../format/topics';
import { headingsInOrder } from '../parse/headings';
import { partHeadings } from '../analysis/structure';
import type { RequiredPart } from '../format/parts';
import { sectionBodyLines, sectionTitle, type KnownFigures, type TableStyle } from '../templates';
import { statedFigures } from './statedFigures';
import { renumberedMarker } from './markers';
import { lineBreakOf, lineStartOf } from '../text/lines';
import { LazyFix } from './lazyFix';

/** Where new sections go: before the level-1 heading at `before`, or at the end of the last section. */
interface Slot {
  before?: number;
  offset: number;
}

function lineStartAt(doc: ReportDocument, offset: number): number {
  return lineStartOf(doc.lineStarts, offset);
}

/**
 * The level-1 heading that stands for each topic: one whose own title names it, else the first whose
 * sub-headings do (sub-headings of 一、总体情况 do not count in the 2019/2021 formats: partHeadings).
 */
function rootsByTopic(report: Report, roots: Heading[]): Map<SectionTopic, number> {
  const counted = new Set(partHeadings(report));
  const own = new Map<SectionTopic, number>();
  const below = new Map<SectionTopic, number>();
  roots.forEach((root, i) => {
    for (const t of topicsOf(root.title.text)) if (!own.has(t)) own.set(t, i);
    for (const h of headingsInOrder([root])) {
      if (counted.has(h)) for (const t of topicsOf(h.title.text)) if (!below.has(t)) below.set(t, i);
    }
  });
  return new Map([...below, ...own]);
}

/** After the last section: before the signature (落款) and the blank lines above it. */
function endOffset(doc: ReportDocument, report: Report, last: Heading): number {
  const sig = [report.signature?.issuer?.start, report.signature?.date?.start].filter((n): n is number => n !== undefined && n > last.start);
  let end = sig.length ? lineStartAt(doc, Math.min(...sig)) : Math.min(report.end, doc.parsedLength);
  // Step back over trailing blank lines, so the new section follows the last text directly.
  for (;;) {
    const prevLineStart = lineStartAt(doc, Math.max(0, end - 1));
    if (end === 0 || prevLineStart >= end || doc.text.slice(prevLineStart, end).trim() !== '' || prevLineStart <= last.start) break;
    end = prevLineStart;
  }
  return end;
}

function slotFor(doc: ReportDocument, report: Report, roots: Heading[], parts: RequiredPart[], index: number, where: Map<SectionTopic, number>): Slot {
  let lower: number | undefined;
  let upper: number | undefined;
  parts.forEach((p, j) => {
    const r = where.get(p.topic);
    if (r === undefined) return;
    if (j < index) lower = lower === undefined ? r : Math.max(lower, r);
    if (j > index) upper = upper === undefined ? r : Math.min(upper, r);
  });
  let before: number | undefined;
  if (upper !== undefined && (lower === undefined || upper > lower)) before = upper;
  else if (lower !== undefined && lower + 1 < roots.length) before = lower + 1;
  if (before !== undefined) return { before, offset: lineStartAt(doc, roots[before].start) };
  return { offset: endOffset(doc, report, roots[roots.length - 1]) };
}

/** Blank lines between blocks, as the document already does (or not). */
function usesBlankLines(doc: ReportDocument, roots: Heading[]): boolean {
  return roots.some((r) => {
    const start = lineStartAt(doc, r.start);
    return start > 0 && doc.text.slice(lineStartAt(doc, start - 1), start).trim() === '';
  });
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return lines.slice(a, b);
}

function styleOf(doc: ReportDocument): TableStyle {
  return doc.tables.some((t) => t.format === 'tsv') && !doc.tables.some((t) => t.format === 'pipe') ? 'tsv' : 'markdown';
}

const bodyCache = new Map<string, string[]>();

/** Template bodies are the same for every report of an era and figures: render each once (Table B is 27 rows). */
function bodyOf(topic: SectionTopic, era: Report['era'], style: TableStyle, known: KnownFigures): string[] {
  const key = `${topic}|${era}|${style}|${known.applications ?? ''}`;
  let body = bodyCache.get(key);
  if (!body) bodyCache.set(key, (body = trimBlank(sectionBodyLines(topic, era, style, known))));
  return body;
}

interface Planned {
  part: RequiredPart;
  slot: Slot;
}

/** The text of the new sections at one slot, numbered from `first`. */
function sectionsText(doc: ReportDocument, report: Report, template: Heading, planned: Planned[], first: number, blank: boolean, atEnd: boolean, offset: number): string {
  const eol = lineBreakOf(doc.text);
  const style = styleOf(doc);
  // Indented the way the document indents its headings (seed 003 indents every line by four spaces).
  const lead = doc.text.slice(lineStartAt(doc, template.start), template.start);
  const indent = /^[ \t\u3000]*$/.test(lead) ? lead : '';
  const blocks = planned.map(({ part }, i) => {
    const heading = `${indent}${renumberedMarker(template.marker, first + i)}${sectionTitle(part.topic, report.era)}`;
    const body = bodyOf(part.topic, report.era, style, report.era === 'legacy' ? statedFigures(doc, report) : {});
    const isTable = (l: string) => l.startsWith('|') || l.includes('\t');
    const hasTable = body.some(isTable);
    // A Markdown table needs a blank line above it to be a table.
    return [heading, ...(blank || hasTable ? [''] : []), ...body.map((l) => (isTable(l) || !l ? l : indent + l))].join(eol);
  });
  const sep = blank ? eol + eol : eol;
  const text = blocks.join(sep);
  if (!atEnd) return text + sep;
  // At the end: after the last line of text, which may lack its line break.
  const atLineStart = offset === 0 || doc.text[offset - 1] === '\n';
  return atLineStart ? (blank ? eol : '') + text + eol : eol + (blank ? eol : '') + text;
}

/**
 * Fixes for each missing part: insert that part alone, and (when several are missing) insert them all.
 * Undefined for a report without level-1 headings: there is no place to put a section with confidence.
 */
export function insertSectionFixes(doc: ReportDocument, report: Report, parts: RequiredPart[], missing: RequiredPart[]): Map<SectionTopic, Fix[]> {
  const out = new Map<SectionTopic, Fix[]>();
  const roots = report.headings.filter((h) => !h.inline);
  if (!roots.length || !missing.length) return out;
  const rank = roots[0].rank;

  const plan = (chosen: RequiredPart[]): TextEdit[] => {
    const numbered = roots.filter((h) => h.rank === rank);
    const where = rootsByTopic(report, roots);
    const blank = usesBlankLines(doc, roots);
    const planned: Planned[] = chosen.map((part) => ({ part, slot: slotFor(doc, report, roots, parts, parts.indexOf(part), where) }));
    const edits: TextEdit[] = [];
    const slots = [...new Map(planned.map((p) => [p.slot.offset, p.slot])).values()].sort((a, b) => a.offset - b.offset);
    // Walk the slots and the numbered headings in document order with the last number used: a new
    // section takes the next number; a heading after it whose number is now taken moves up, and one
    // that already leaves room (一、二、四 with 三 being inserted) keeps its number.
    let counter = 0;
    let started = false;
    let s = 0;
    const take = (slot: Slot) => {
      const here = planned.filter((p) => p.slot.offset === slot.offset);
      const next = slot.before !== undefined ? roots[slot.before] : undefined;
      const template = next && next.rank === rank ? next : numbered[numbered.length - 1] ?? roots[0];
      edits.push({ start: slot.offset, end: slot.offset, newText: sectionsText(doc, report, template, here, counter + 1, blank, slot.before === undefined, slot.offset) });
      counter += here.length;
      started = true;
    };
    for (const h of numbered) {
      while (s < slots.length && slots[s].offset <= h.start) take(slots[s++]);
      const ordinal = started && h.ordinal <= counter ? counter + 1 : h.ordinal;
      if (ordinal !== h.ordinal) {
        const marker = renumberedMarker(h.marker, ordinal);
        if (marker !== h.marker.text) edits.push({ start: h.marker.start, end: h.marker.end, newText: marker });
      }
      counter = ordinal;
    }
    while (s < slots.length) take(slots[s++]);
    return edits.sort((a, b) => a.start - b.start);
  };

  // Edits are worked out when an editor asks for them (LazyFix): most checks never look at a fix. Those that
  // insert every missing part are worked out once for all the findings that offer them.
  let allEdits: TextEdit[] | undefined;
  const all = () => (allEdits ??= plan(missing));
  for (const part of missing) {
    const title = sectionTitle(part.topic, report.era);
    const fixes: Fix[] = [
      new LazyFix(
        { zh: `插入“${title}”部分（按法定顺序编号，其后标题顺延）`, en: `Insert the part "${title}" (numbered in order; the headings after it are renumbered)` },
        () => plan([part]),
        false,
      ),
    ];
    if (missing.length > 1) fixes.push(new LazyFix({ zh: `插入全部 ${missing.length} 个缺少的部分`, en: `Insert all ${missing.length} missing parts` }, all, false));
    out.set(part.topic, fixes);
  }
  return out;
}
