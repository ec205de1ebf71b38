// Checks across years in the CLI: after every file is checked (on this thread or in workers), the files whose
// issuer appears in more than one file are checked together (checkReportSet: carry-over, last year's pending
// cases, copied text, ambiguities) from the digests their check kept (analyze.ts: no file is parsed again), and
// those findings are merged into their results. A file whose issuer is found once has nothing to be compared with.
import { deserialize } from 'node:v8';
import { checkReportSet, groupsSharingAKey, jobsOfGroups, limitFindings, setDocumentOf, type Finding, type Language, type SetDocument } from '../../server/src/core';
import { countsOf, resultFinding, type AnalyzeOptions, type CrossYearInput, type FileResult, type JsonRange, type ResultFinding } from './analyze';
import { jsonItemsOf, splicedEntry, type JsonItems } from './jsonOutput';

/** The findings across years of a file and the document they are placed in. */
export interface Across {
  extra: Finding[];
  doc: SetDocument;
  input: CrossYearInput;
}

/** A file to check across years: what its check kept, or that serialized in the worker that checked it. */
export interface AcrossEntry {
  file: string;
  input: CrossYearInput | Uint8Array;
}

const inputOf = (input: CrossYearInput | Uint8Array): CrossYearInput =>
  input instanceof Uint8Array ? (deserialize(input) as CrossYearInput) : input;

/** Whether the checks across years may add to the file's findings (files without are final once checked). */
export function waitsForCrossYear(r: FileResult): boolean {
  return r.notChecked === undefined && !r.binary && (r.crossYear !== undefined || r.crossYearBytes !== undefined);
}

/**
 * The files that share an issuer with another (indices into `results`), in the order they go to checkReportSet
 * (the order of the reports named in messages).
 */
function togetherOf(results: FileResult[]): number[] {
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
  return together.size >= 2 ? [...together] : [];
}

/**
 * The files to check across years in groups that share no issuer with each other (every pair and ambiguity lies
 * inside one group), each in the order of togetherOf, the groups by their first file there.
 */
export function groupsAcross(results: FileResult[]): number[][] {
  return groupsSharingAKey(togetherOf(results), (i) => results[i].issuerKeys ?? []);
}

/** checkReportSet on the entries, from the digests their checks kept: each entry's findings, if any. */
function checkedTogether(entries: Array<{ file: string; input: CrossYearInput }>): Array<Across | undefined> {
  const docs = entries.map((e) => setDocumentOf(e.input.digest));
  const configs = new Map(entries.map((e) => [e.file, e.input.config]));
  const across = entries.length ? checkReportSet(entries.map((e, k) => ({ uri: e.file, doc: docs[k] })), (uri) => configs.get(uri) ?? {}) : new Map<string, Finding[]>();
  return entries.map((e, k) => {
    const extra = across.get(e.file);
    return extra?.length ? { extra, doc: docs[k], input: e.input } : undefined;
  });
}

/** The checks across years of the files that share an issuer with another: their findings, by index in `results`. */
export function findingsAcross(results: FileResult[]): Map<number, Across> {
  const together = togetherOf(results);
  const checked = checkedTogether(together.map((i) => ({ file: results[i].file, input: inputOf(results[i].crossYear ?? results[i].crossYearBytes!) })));
  const found = new Map<number, Across>();
  checked.forEach((a, k) => a && found.set(together[k], a));
  return found;
}

/** A file's findings across years, placed (line and character), and how many there are by severity. */
export interface ExtraFindings {
  added: ResultFinding[];
  counts: FileResult['counts'];
}

/** checkedTogether on a group of entries (in a worker): `answer` of each entry that gets findings, with its index. */
function acrossEntries<T>(entries: AcrossEntry[], answer: (found: Across) => T): Array<T & { entry: number }> {
  const checked = checkedTogether(entries.map((e) => ({ file: e.file, input: inputOf(e.input) })));
  return checked.flatMap((found, entry) => (found ? [{ entry, ...answer(found) }] : []));
}

/** The checks across years of a group of entries (in a worker): the findings of those entries that get any. */
export function findingsAcrossEntries(entries: AcrossEntry[], options: AnalyzeOptions): Array<ExtraFindings & { entry: number }> {
  return acrossEntries(entries, (found) => ({ added: found.extra.map((f) => resultFinding(found.doc, f, options, found.input.anchors)), counts: countsOf(found.extra) }));
}

/**
 * Runs the checks across years of a group of entries in a worker (jsonAcross or findingsAcrossEntries, answering
 * T per entry); `transfer`: the entries' buffers, which move there.
 */
export type AcrossInWorker<T> = (entries: AcrossEntry[], transfer: ArrayBuffer[]) => Promise<Array<T & { entry: number }>>;

/**
 * The results with the findings across years merged in. With workers (and without maxFindings, whose note is
 * placed in the document), the groups of files that share issuers are checked there, side by side, as for
 * the JSON output; else on this thread, all at once.
 */
export async function withCrossYear(results: FileResult[], options: AnalyzeOptions, inWorker?: AcrossInWorker<ExtraFindings>): Promise<FileResult[]> {
  const strip = (r: FileResult): FileResult => {
    if (!r.crossYear && !r.crossYearBytes) return r;
    const { crossYear: _kept, crossYearBytes: _bytes, ...rest } = r;
    return rest;
  };
  if (inWorker && !options.maxFindings) {
    const extras = await inGroups(results, inWorker);
    return results.map((r, i) => {
      const extra = extras.get(i);
      return extra ? merged(strip(r), r.findings, extra.added, extra.counts) : strip(r);
    });
  }
  const across = findingsAcross(results);
  return results.map((r, i) => {
    const found = across.get(i);
    if (!found) return strip(r);
    return withExtra(strip(r), found.input.unlimited ?? r.findings, found.doc, found.extra, options, found.input.anchors);
  });
}

/** The groups of files that share issuers, sent to the workers in requests of whole groups: their answers by file index. */
async function inGroups<T>(results: FileResult[], inWorker: AcrossInWorker<T>): Promise<Map<number, T>> {
  const extras = new Map<number, T>();
  const requests = jobsOfGroups(groupsAcross(results), FILES_PER_REQUEST);
  await Promise.all(requests.map(async (files) => {
    const entries: AcrossEntry[] = files.map((i) => ({ file: results[i].file, input: results[i].crossYearBytes ?? results[i].crossYear! }));
    const transfer = entries.flatMap((e) => (e.input instanceof Uint8Array ? [e.input.buffer as ArrayBuffer] : []));
    const answer = await inWorker(entries, transfer);
    for (const { entry, ...extra } of answer) extras.set(files[entry], extra as unknown as T);
  }));
  return extras;
}

/** A file's findings across years as diagnostics of the JSON output, and how many there are by severity. */
export interface JsonExtra {
  items: JsonItems;
  counts: FileResult['counts'];
}

function jsonExtraOf(found: Across, options: AnalyzeOptions, lang: Language): JsonExtra {
  const added = found.extra.map((f) => resultFinding(found.doc, f, options, found.input.anchors));
  return { items: jsonItemsOf(added, lang), counts: countsOf(found.extra) };
}

/** The checks across years of a group of entries (in a worker): the diagnostics of those entries that get any. */
export function jsonAcross(entries: AcrossEntry[], options: AnalyzeOptions, lang: Language): Array<JsonExtra & { entry: number }> {
  return acrossEntries(entries, (found) => jsonExtraOf(found, options, lang));
}

/** Files per request of the checks across years to a worker (whole groups; a larger group is one request). */
const FILES_PER_REQUEST = 16;

/**
 * The JSON entries of files checked with the option jsonLang (in their order), with the findings across years
 * spliced in where there are any, and the results' counts with them. With workers, the groups of files that
 * share issuers are checked there, side by side; else on this thread, all at once.
 */
export async function jsonWithCrossYear(
  results: FileResult[], options: AnalyzeOptions, lang: Language, inWorker?: AcrossInWorker<JsonExtra>,
): Promise<Array<{ result: FileResult; pieces: Uint8Array[] }>> {
  let extras = new Map<number, JsonExtra>();
  if (inWorker) extras = await inGroups(results, inWorker);
  else for (const [i, found] of findingsAcross(results)) extras.set(i, jsonExtraOf(found, options, lang));
  return results.map((r, i) => {
    const extra = extras.get(i);
    if (!extra) return { result: r, pieces: [r.json!.bytes] };
    return { result: { ...r, counts: withCounts(r.counts, extra.counts) }, pieces: splicedEntry(r.json!, extra.items) };
  });
}

/** The counts of a file's own findings and of those found across years, added. */
function withCounts(counts: FileResult['counts'], extra: FileResult['counts']): FileResult['counts'] {
  const sum = { ...counts };
  for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += extra[k];
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
  const result = merged(r, own, extra.map((f) => resultFinding(doc, f, options, anchors)), countsOf(extra));
  if (!options.maxFindings) return result;
  // limitFindings reads only the severities of the list; the note it adds is a Finding to place.
  const all = result.findings;
  const listed = new Set(all);
  const limited = limitFindings(all as unknown as Finding[], options.maxFindings, doc.text) as unknown as Array<ResultFinding | Finding>;
  return { ...result, findings: limited.map((f) => (listed.has(f as ResultFinding) ? (f as ResultFinding) : resultFinding(doc, f as Finding, options, anchors))) };
}

/** The result with `added` among its findings in document order (own findings first at the same range), counted. */
function merged(r: FileResult, own: ResultFinding[], added: ResultFinding[], addedCounts: FileResult['counts']): FileResult {
  const all: ResultFinding[] = [];
  let a = 0;
  let b = 0;
  while (a < own.length || b < added.length) {
    if (b >= added.length || (a < own.length && before(own[a].range, added[b].range) <= 0)) all.push(own[a++]);
    else all.push(added[b++]);
  }
  return { ...r, counts: withCounts(r.counts, addedCounts), findings: all };
}
