// What a request is answered from, wherever it runs (on the server's thread for a small document, in the
// document's worker for a large one): the parse of one document version, its configuration and its findings
// (computed once, on first use), and the plain-data context the answer needs.
import type { Finding, Language, NianbaoConfig, ReportDocument } from '../core';

export interface Analysis {
  doc: ReportDocument;
  config: NianbaoConfig;
  findings(): Finding[];
}

/** Structured-cloneable: sent to a worker with each request. */
export interface AnswerContext {
  uri: string;
  version: number;
  lang: Language;
  /** The client applies versioned workspace edits (`documentChanges`). */
  documentChanges: boolean;
}

/** A request answered from an analysis: its params are plain data, so is its result. */
export type Answer<P, R> = (analysis: Analysis, params: P, ctx: AnswerContext) => R;

/** The offset of an LSP position in the parsed text, clamped to its line as `TextDocument.offsetAt` does. */
export function offsetIn(doc: ReportDocument, position: { line: number; character: number }): number {
  const { lineStarts, text } = doc;
  if (position.line >= lineStarts.length) return text.length;
  if (position.line < 0) return 0;
  const start = lineStarts[position.line];
  if (position.character <= 0) return start;
  const next = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : text.length;
  const offset = Math.min(start + position.character, next);
  // Never between the \r and the \n of a line break, nor past it.
  if (offset === next && next > start && text[next - 1] === '\n') return text[next - 2] === '\r' && next - 2 >= start ? next - 2 : next - 1;
  return offset;
}

/** A kind of request and how it is answered; `kind` names it to a worker (see `analysisWorker.ts`). */
export interface AnalysisRequest<P, R> {
  kind: string;
  answer: Answer<P, R>;
}
