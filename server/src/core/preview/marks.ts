// Which figures of the preview are checked and how they came out: a national table cell by the identities it
// takes part in (analysis/tableIdentities), a count of the text by the breakdown it belongs to
// (analysis/breakdowns), a percentage by its share check (analysis/percentages), and anything a finding covers.
// The explanation is the hover's own text for that figure, so the preview and the hover say the same.
import type { Finding, Language } from '../findings';
import { localize } from '../findings';
import type { NianbaoConfig } from '../config';
import type { Cell, NationalTable, NumberMention, ReportDocument, Span } from '../model';
import { breakdownsOf, breakdownVerdict, isCount, sumOfParts } from '../analysis/breakdowns';
import { percentChecks } from '../analysis/percentages';
import { identitiesWith } from '../analysis/tableIdentities';
import { isFilled } from '../analysis/tableCells';
import { hoverAt } from '../hover';
import { lineOf } from '../text/lines';

export type Verdict = 'ok' | 'bad';

export interface Mark {
  verdict: Verdict;
  /** The hover's title and lines as plain text, then the message of every finding on the figure. */
  explanation: string[];
}

export interface MarkContext {
  lang: Language;
  config?: Readonly<NianbaoConfig>;
  /** The findings of the document, as the diagnostics show them. */
  findings: readonly Finding[];
}

/** Findings that say something is wrong at a figure (hints only suggest). */
export function judging(f: Finding): boolean {
  return f.severity !== 'hint';
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The hover's Markdown as plain lines: the bold title, then each line, escapes removed. */
export function hoverLines(doc: ReportDocument, offset: number, ctx: MarkContext): string[] {
  const hover = hoverAt(doc, offset, { lang: ctx.lang, config: ctx.config });
  if (!hover) return [];
  return hover.markdown
    .split('\n\n')
    .map((l) => l.replace(/^\*\*([\s\S]*)\*\*$/, '$1').replace(/\\([\\`*_[\]<>#|~])/g, '$1'));
}

/** The judging findings by the lines they cover, so that a figure looks only at those of its own lines. */
export class FindingIndex {
  private readonly byLine = new Map<number, Finding[]>();

  constructor(doc: ReportDocument, findings: readonly Finding[]) {
    for (const f of findings) {
      if (!judging(f)) continue;
      const last = lineOf(doc.lineStarts, Math.max(f.start, f.end - 1));
      for (let l = lineOf(doc.lineStarts, f.start); l <= last; l++) {
        let list = this.byLine.get(l);
        if (!list) this.byLine.set(l, (list = []));
        list.push(f);
      }
    }
  }

  /** The judging findings that overlap [start, end) of the lines `first`–`last`, in order, each once. */
  within(first: number, last: number): Finding[] {
    const out = new Set<Finding>();
    for (let l = first; l <= last; l++) for (const f of this.byLine.get(l) ?? []) out.add(f);
    return [...out];
  }

  on(doc: ReportDocument, span: Span): Finding[] {
    return this.within(lineOf(doc.lineStarts, span.start), lineOf(doc.lineStarts, Math.max(span.start, span.end - 1))).filter((f) => overlaps(f, span));
  }
}

function withFindings(verdict: Verdict | undefined, span: Span, doc: ReportDocument, ctx: MarkContext, findings: FindingIndex): Mark | undefined {
  const on = findings.on(doc, span);
  const v: Verdict | undefined = on.length ? 'bad' : verdict;
  if (!v) return undefined;
  return { verdict: v, explanation: [...hoverLines(doc, span.start, ctx), ...on.map((f) => localize(f.message, ctx.lang))] };
}

/** A national table cell: ✓ when filled and every identity it takes part in holds, ✗ when it is a total that
 * fails or a finding covers it; no mark otherwise (a part of a failing sum is not known to be the wrong one). */
export function cellMark(doc: ReportDocument, table: NationalTable, cell: Cell, ctx: MarkContext, findings: FindingIndex): Mark | undefined {
  if (!cell.rowId || !cell.colId) return withFindings(undefined, cell, doc, ctx, findings);
  const ids = identitiesWith(table, cell);
  let verdict: Verdict | undefined;
  if (ids.some((i) => i.holds === false && (i.kind === 'b-balance' || i.total === cell))) verdict = 'bad';
  else if (isFilled(cell) && ids.length && ids.every((i) => i.holds !== false)) verdict = 'ok';
  return withFindings(verdict, cell, doc, ctx, findings);
}

/** The verdict of every count the text's breakdowns and share checks judge. */
export function proseVerdicts(doc: ReportDocument): Map<NumberMention, Verdict> {
  const out = new Map<NumberMention, Verdict>();
  const set = (n: NumberMention, v: Verdict) => {
    if (out.get(n) !== 'bad') out.set(n, v);
  };
  for (const report of doc.reports) {
    for (const b of breakdownsOf(doc, report)) {
      const wrong = breakdownVerdict(b);
      const fits = !b.unusable && b.parts.length > 1 && Math.abs(sumOfParts(b) - b.total.value) < 1e-9;
      if (!wrong && !fits) continue;
      // A wrong sum marks its total (where total-mismatch points); which part is wrong, if any, is unknown.
      if (wrong) set(b.total, 'bad');
      else for (const n of [b.total, ...b.parts.map((p) => p.n)]) set(n, 'ok');
    }
    for (const c of percentChecks(doc, report)) {
      if (c.status === 'fits') set(c.pct, 'ok');
      else if (c.status === 'mismatch' || c.status === 'truncated') set(c.pct, 'bad');
    }
  }
  return out;
}

/** A count or percentage of the text. */
export function proseMark(doc: ReportDocument, n: NumberMention, verdicts: Map<NumberMention, Verdict>, ctx: MarkContext, findings: FindingIndex): Mark | undefined {
  if (!isCount(n) && n.unit !== '%') return undefined;
  return withFindings(verdicts.get(n), n, doc, ctx, findings);
}
