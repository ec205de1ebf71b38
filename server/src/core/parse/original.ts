// After a parse of the folded text (text/traditional.ts), the strings the model carries for people to read
// (titles, headings, dates and numbers as written, cells, labels) are put back as the original text writes
// them. Offsets need no change: the folded text has the same length as the original.
import type { Cell, ReportDocument, TextSpan } from '../model';

/**
 * Puts the original spelling back into every string of `doc` that was read from `matchText`.
 * Call only when the two texts differ.
 */
export function restoreOriginalStrings(doc: ReportDocument, original: string, matchText: string): void {
  const spelled = (s: string, start: number): string => originalSpelling(s, start, original, matchText);
  const span = (t: TextSpan | undefined): void => {
    if (t) t.text = spelled(t.text, t.start);
  };

  for (const r of doc.reports) {
    if (r.partMarker) r.partMarker.text = spelled(r.partMarker.text, r.partMarker.span.start);
    span(r.title);
    span(r.issuer);
    span(r.signature?.issuer);
  }
  for (const h of doc.headings) {
    span(h.marker);
    span(h.title);
  }
  for (const d of doc.dates) d.raw = spelled(d.raw, d.start);
  for (const n of doc.numbers) {
    n.raw = spelled(n.raw, n.start);
    span(n.approximate);
  }
  for (const t of doc.tables) {
    span(t.caption);
    for (const row of t.rows) for (const c of row.cells) restoreCell(c, spelled);
    if (!t.national) continue;
    for (const r of t.national.rows) span(r.label.written);
    for (const c of t.national.columns) span(c.written);
  }
}

function restoreCell(c: Cell, spelled: (s: string, start: number) => string): void {
  // A cell's range starts at its written value; `raw` starts at the padding before it.
  const lead = c.raw.length - c.raw.trimStart().length;
  c.raw = spelled(c.raw, c.raw.trim() ? c.start - lead : c.start);
  c.text = spelled(c.text, c.start);
}

/**
 * `s` was read from `matchText` at `start`, possibly with characters left out (a title joined over two
 * lines, a cell without its ** marks): each of its characters is matched, in order, to the next equal
 * character of `matchText`, and replaced by the original one there. When that fails, `s` stays as it is.
 */
function originalSpelling(s: string, start: number, original: string, matchText: string): string {
  if (s === '' || start < 0) return s;
  if (matchText.startsWith(s, start)) return original.slice(start, start + s.length);
  const limit = Math.min(matchText.length, start + s.length + 400);
  let out = '';
  let j = start;
  for (let i = 0; i < s.length; i++, j++) {
    while (j < limit && matchText.charCodeAt(j) !== s.charCodeAt(i)) j++;
    if (j >= limit) return s;
    out += original[j];
  }
  return out;
}
