// A per-report or per-document computation done once per parsed document: rules and the hover share its result.
// Kept on the report or the document (memo.ts), not in a WeakMap: see there why.
import { memoized, remembered } from '../memo';
import type { Report, ReportDocument } from '../model';

export function cachedPerReport<T>(compute: (doc: ReportDocument, report: Report) => T): (doc: ReportDocument, report: Report) => T {
  // A report belongs to one document: the report alone keys the result.
  const slot = Symbol(compute.name || 'perReport');
  return (doc, report) => remembered(report, slot, () => compute(doc, report));
}

/** A per-document computation done once per parsed document. */
export function cachedPerDocument<T>(compute: (doc: ReportDocument) => T): (doc: ReportDocument) => T {
  return memoized(compute);
}
