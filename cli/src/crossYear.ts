// Checks across years in the CLI: after every file is checked (on this thread or in workers), the files whose
// issuer appears in more than one file are checked together (checkReportSet: carry-over, last year's pending
// cases, copied text, ambiguities) from the digests their check kept (analyze.ts: no file is parsed again), and
// those findings are merged into their results. A file whose issuer is found once has nothing to be compared with.
import { checkReportSet, limitFindings, setDocumentOf, type Finding, type SetDocument } from '../../server/src/core';
import { resultFinding, type AnalyzeOptions, type CrossYearInput, type FileResult, type JsonRange, type ResultFinding } from './analyze';

export async function withCrossYear(results: FileResult[], options: AnalyzeOptions): Promise<FileResult[]> {
  const filesByKey = new Map<string, number[]>();
  results.forEach((r, i) => {
    if (r.notChecked !== undefined || r.binary || !r.crossYear) return;
    for (const key of r.issuerKeys ?? []) {
      const files = filesByKey.get(key);
      if (!files) filesByKey.set(key, [i]);
      else if (files[files.length - 1] !== i) files.push(i);
    }
  });
  const together = new Set<number>();
  for (const files of filesByKey.values()) if (files.length > 1) for (const i of files) together.add(i);
  const docs = new Map<number, SetDocument>();
  // In the order the groups were found: the order of the reports named in messages.
  if (together.size >= 2) for (const i of together) docs.set(i, setDocumentOf(results[i].crossYear!.digest));
  const entries = [...docs].map(([i, doc]) => ({ uri: results[i].file, doc }));
  const configs = new Map([...docs.keys()].map((i) => [results[i].file, results[i].crossYear!.config]));
  const across = entries.length ? checkReportSet(entries, (uri) => configs.get(uri) ?? {}) : new Map<string, Finding[]>();
  return results.map((r, i) => {
    const { crossYear, ...rest } = r;
    const extra = across.get(r.file);
    const doc = docs.get(i);
    if (!crossYear || !extra?.length || !doc) return crossYear ? rest : r;
    return withExtra(rest, crossYear.unlimited ?? r.findings, doc, extra, options, crossYear.anchors);
  });
}

const before = (a: JsonRange, b: JsonRange) =>
  a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;

/**
 * The result with the findings across years added, as if the file's own check had found them: in document
 * order (own findings first at the same range), counted, and limited to maxFindings like the others. Positions
 * order like offsets (a position is a line start plus the offset's distance from it).
 */
function withExtra(
  r: FileResult, own: ResultFinding[], doc: SetDocument, extra: Finding[], options: AnalyzeOptions, anchors?: CrossYearInput['anchors'],
): FileResult {
  const added = extra.map((f) => resultFinding(doc, f, options, anchors));
  const all: ResultFinding[] = [];
  let a = 0;
  let b = 0;
  while (a < own.length || b < added.length) {
    if (b >= added.length || (a < own.length && before(own[a].range, added[b].range) <= 0)) all.push(own[a++]);
    else all.push(added[b++]);
  }
  const counts = { ...r.counts };
  for (const f of extra) counts[f.severity]++;
  if (!options.maxFindings) return { ...r, counts, findings: all };
  // limitFindings reads only the severities of the list; the note it adds is a Finding to place.
  const listed = new Set(all);
  const limited = limitFindings(all as unknown as Finding[], options.maxFindings, doc.text) as unknown as Array<ResultFinding | Finding>;
  return { ...r, counts, findings: limited.map((f) => (listed.has(f as ResultFinding) ? (f as ResultFinding) : resultFinding(doc, f as Finding, options, anchors))) };
}
