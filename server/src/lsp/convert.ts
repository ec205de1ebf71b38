// Core model → LSP shapes. Offsets are UTF-16 code units on both sides, so positions map exactly.
import {
  DiagnosticSeverity, FoldingRangeKind, SymbolKind,
  type Diagnostic, type DocumentSymbol, type FoldingRange, type Range,
} from 'vscode-languageserver/node';
import { localize, outlineOf, positionAt, type Finding, type Language, type OutlineNode, type ReportDocument, type Span } from '../core';

export function toRange(doc: ReportDocument, span: Span): Range {
  return { start: positionAt(doc.lineStarts, span.start), end: positionAt(doc.lineStarts, span.end) };
}

const SEVERITIES = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** `docsFor(ruleId)` gives the URL of the rule's documentation page, when it has one. */
export function toDiagnostic(doc: ReportDocument, f: Finding, lang: Language, uri: string, docsFor?: (ruleId: string) => string | undefined): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f),
    severity: SEVERITIES[f.severity],
    code: f.ruleId,
    source: 'nianbao',
    message: localize(f.message, lang),
  };
  const href = docsFor?.(f.ruleId);
  if (href) d.codeDescription = { href };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: r.elsewhere ? { uri: r.elsewhere.uri, range: { start: r.elsewhere.start, end: r.elsewhere.end } } : { uri, range: toRange(doc, r) },
      message: localize(r.message, lang),
    }));
  }
  return d;
}

function symbolKind(node: OutlineNode): SymbolKind {
  if (node.kind === 'report') return SymbolKind.File;
  if (node.kind === 'table') return SymbolKind.Struct;
  return node.rank === 1 ? SymbolKind.Module : node.rank === 2 ? SymbolKind.Namespace : SymbolKind.Key;
}

function toSymbol(doc: ReportDocument, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name || '（无标题）',
    detail: node.detail,
    kind: symbolKind(node),
    range: toRange(doc, node.range),
    selectionRange: toRange(doc, node.selectionRange),
    children: node.children.map((c) => toSymbol(doc, c)),
  };
}

export function toDocumentSymbols(doc: ReportDocument, lang: Language): DocumentSymbol[] {
  return outlineOf(doc, lang).map((n) => toSymbol(doc, n));
}

/** Folding ranges for reports, sections and tables that span more than one line. */
export function toFoldingRanges(doc: ReportDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const walk = (node: OutlineNode) => {
    const start = positionAt(doc.lineStarts, node.range.start).line;
    // A section ends where the next one starts: do not fold that line away.
    let endOffset = node.range.end;
    while (endOffset > node.range.start && /\s/.test(doc.text[endOffset - 1] ?? '')) endOffset--;
    const end = positionAt(doc.lineStarts, endOffset).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: node.kind === 'table' ? FoldingRangeKind.Region : undefined });
    node.children.forEach(walk);
  };
  outlineOf(doc).forEach(walk);
  return out;
}
