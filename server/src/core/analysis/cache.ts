// A per-report computation done once per parsed document: rules and the hover share its result.
import type { Report, ReportDocument } from '../model';

export function cachedPerReport<T>(compute: (doc: ReportDocument, report: Report) => T): (doc: ReportDocument, report: Report) => T {
  const cache = new WeakMap<ReportDocument, Map<Report, T>>();
  return (doc, report) => {
    let byReport = cache.get(doc);
    if (!byReport) cache.set(doc, (byReport = new Map()));
    if (!byReport.has(report)) byReport.set(report, compute(doc, report));
    return byReport.get(report)!;
  };
}

/** A per-document computation done once per parsed document. */
export function cachedPerDocument<T>(compute: (doc: ReportDocument) => T): (doc: ReportDocument) => T {
  const cache = new WeakMap<ReportDocument, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, compute(doc));
    return cache.get(doc)!;
  };
}
