// Checks across years in the CLI: after every file is checked (on this thread or in workers), the files whose
// issuer appears in more than one file are checked together (checkReportSet: carry-over, last year's pending
// cases, copied text, ambiguities) from the digests their check kept (analyze.ts: no file is parsed again), and
// those findings are merged into their results. A file whose issuer is found once has nothing to be compared with.
import { checkReportSet, limitFindings, setDocumentOf, type Finding, type Language, type SetDocument } from '../../server/src/core';
import { resultFinding, type AnalyzeOptions, type CrossYearInput, type FileResult, type JsonRange, type ResultFinding } from './analyze';
import { jsonItemsOf, splicedEntry } from './jsonOutput';

/** The findings across years of a file (by its index in the results) and the document they are placed in. */
export interface Across {
  extra: Finding[];
  doc: SetDocument;
}

/** The checks across years of the files that share an issuer with another: their findings, file by file. */
export function findingsAcross(results: FileResult[]): Map<number, Across> {
  const filesByKey = new Map<string, number[]>();
  results.forEach((r, i) => {
    if (!waitsForCrossYear(r)) return;
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
  const found = new Map<number, Across>();
  for (const [i, doc] of docs) {
    const extra = across.get(results[i].file);
    if (extra?.length) found.set(i, { extra, doc });
  }
  return found;
}

/** Whether the checks across years may add to the file's findings (files without are final once checked). */
export function waitsForCrossYear(r: FileResult): boolean {
  return r.notChecked === undefined && !r.binary && r.crossYear !== undefined;
}

export async function withCrossYear(results: FileResult[], options: AnalyzeOptions): Promise<FileResult[]> {
  const across = findingsAcross(results);
  return results.map((r, i) => {
    const { crossYear, ...rest } = r;
    const found = across.get(i);
    if (!crossYear || !found) return crossYear ? rest : r;
    return withExtra(rest, crossYear.unlimited ?? r.findings, found.doc, found.extra, options, crossYear.anchors);
  });
}

/**
 * The JSON entries of files checked with the option jsonLang (in their order), with the findings across years
 * spliced in where there are any, and the results' counts with them.
 */
export function jsonWithCrossYear(results: FileResult[], options: AnalyzeOptions, lang: Language): Array<{ result: FileResult; pieces: Uint8Array[] }> {
  const across = findingsAcross(results);
  return results.map((r, i) => {
    const found = across.get(i);
    if (!found) return { result: r, pieces: [r.json!.bytes] };
    const added = found.extra.map((f) => resultFinding(found.doc, f, options, r.crossYear!.anchors));
    return { result: { ...r, counts: withCounts(r.counts, found.extra) }, pieces: splicedEntry(r.json!, jsonItemsOf(added, lang)) };
  });
}

function withCounts(counts: FileResult['counts'], extra: Finding[]): FileResult['counts'] {
  const sum = { ...counts };
  for (const f of extra) sum[f.severity]++;
  return sum;
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
  const counts = withCounts(r.counts, extra);
  if (!options.maxFindings) return { ...r, counts, findings: all };
  // limitFindings reads only the severities of the list; the note it adds is a Finding to place.
  const listed = new Set(all);
  const limited = limitFindings(all as unknown as Finding[], options.maxFindings, doc.text) as unknown as Array<ResultFinding | Finding>;
  return { ...r, counts, findings: limited.map((f) => (listed.has(f as ResultFinding) ? (f as ResultFinding) : resultFinding(doc, f as Finding, options, anchors))) };
}
