// Findings that only a set of reports allows (a report against last year's of the same issuer): the one hook
// through which they join the workspace index. `CROSS_CHECKS` is called with every indexed report file after
// each indexing pass and after each incremental change; the findings it returns are published with the file's
// own (closed files) or added to an open document's. By default it is the core's `checkReportSet` (the
// cross-year rules), with each file's own configuration.
import { fileURLToPath } from 'node:url';
import { checkReportSet, type Finding, type Language, type NianbaoConfig, type ReportDocument } from '../../core';
import { toDiagnostic } from '../convert';
import { ruleDocsLink } from '../ruleDocs';
import { parseReport, readReport } from './indexFile';
import { packDiagnostics, type PackedDiagnostics } from './packedDiagnostics';

export type CrossChecks = (entries: Array<{ uri: string; doc: ReportDocument }>, configOf: (uri: string) => NianbaoConfig) => Map<string, Finding[]>;

/** The set-level checks over the whole index. */
let CROSS_CHECKS: CrossChecks | undefined = (entries, configOf) => checkReportSet(entries, configOf);

/** For tests, and for a caller that wants another set of checks. */
export function setCrossChecks(checks: CrossChecks | undefined): void {
  CROSS_CHECKS = checks;
}

export function hasCrossChecks(): boolean {
  return CROSS_CHECKS !== undefined;
}

/** What the set-level checks are run on: each indexed file with the settings it was checked with. */
export interface CrossJob {
  files: Array<{ uri: string; settings: NianbaoConfig }>;
  lang: Language;
}

/**
 * Runs the set-level checks on the files as they are on disk. Each file is parsed only when the checks first
 * read its `doc` (so the memory held is what the checks hold), and their findings become diagnostics on it
 * (packed, as the index keeps them).
 */
export function runCrossChecks(job: CrossJob): Array<[string, PackedDiagnostics]> {
  const checks = CROSS_CHECKS;
  if (!checks) return [];
  const docs = new Map<string, ReportDocument>();
  const entries: Array<{ uri: string; doc: ReportDocument }> = [];
  for (const { uri, settings } of job.files) {
    entries.push({
      uri,
      get doc() {
        let doc = docs.get(uri);
        if (!doc) {
          // A file that became unreadable since it was indexed is an empty report here.
          const read = readReport(uri);
          doc = 'notIndexed' in read ? parseReport(fileURLToPath(uri), '', settings).doc : parseReport(read.file, read.text, settings).doc;
          docs.set(uri, doc);
        }
        return doc;
      },
    });
  }
  const out: Array<[string, PackedDiagnostics]> = [];
  const settings = new Map(job.files.map((f) => [f.uri, f.settings]));
  for (const [uri, findings] of checks(entries, (u) => settings.get(u) ?? {})) {
    const entry = entries.find((e) => e.uri === uri);
    if (!entry || !findings.length) continue;
    const doc = entry.doc;
    out.push([uri, packDiagnostics(findings.map((f) => toDiagnostic(doc, f, job.lang, uri, ruleDocsLink)))]);
  }
  return out;
}
