// The JSON output of `check` (version 1), file by file: each file's entry is written where the file is checked
// (a worker, or the main thread with --jobs 1) as UTF-8 bytes that go to the main thread without a copy, so
// the main thread neither receives the findings as objects nor turns them into text. The findings of the
// checks across years, found later, are spliced into a file's entry in document order.
import { localize, type Language } from '../../server/src/core';
import type { AnalyzeOptions, FileResult, JsonEntry, ResultFinding } from './analyze';

/** One file in the JSON output: its shape is a contract (version 1). */
export function jsonFile(r: Pick<FileResult, 'file' | 'reports' | 'findings'>, lang: Language) {
  return {
    path: r.file,
    reports: r.reports.map((x) => ({ title: x.title, year: x.year, era: x.era, kind: x.kind, range: x.range })),
    // `source` (optional): where an imported file's finding was in the original (PDF page and line…).
    diagnostics: r.findings.map((f) => jsonDiagnostic(f, lang)),
  };
}

function jsonDiagnostic(f: ResultFinding, lang: Language) {
  return { ruleId: f.ruleId, severity: f.severity, range: f.range, message: localize(f.message, lang), ...(f.source ? { source: f.source } : {}) };
}

/** The ArrayBuffers of an entry or items, for postMessage's transfer list (each is its own, never a pool's). */
export function transferablesOf(entry: Omit<JsonEntry, 'list'>): ArrayBuffer[] {
  return [entry.bytes.buffer as ArrayBuffer, entry.spans.buffer as ArrayBuffer, entry.ranges.buffer as ArrayBuffer];
}

const encoder = new TextEncoder();
const bytesOf = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const DIAGNOSTICS_KEY = Buffer.from('\n      "diagnostics": ');
// Only a diagnostic's `{` starts a line after 8 spaces in the list: JSON strings hold no line breaks.
const ITEM_START = Buffer.from('\n        {');
/** What follows the last diagnostic: the list's end and the entry's. */
const LIST_TAIL = '\n      ]\n    }';

/**
 * The result with its entry of the JSON output in place of its reports and findings as objects, when the
 * options ask for it (jsonLang without maxFindings): what the main thread writes without a look inside.
 */
export function withJsonEntry(result: FileResult, options: AnalyzeOptions): FileResult {
  if (!options.jsonLang || options.maxFindings || result.notChecked !== undefined) return result;
  return { ...result, json: jsonEntryOf(result, options.jsonLang), reports: [], findings: [] };
}

/** The file's entry, encoded (r.findings in their order; ranges read from them). */
export function jsonEntryOf(r: Pick<FileResult, 'file' | 'reports' | 'findings'>, lang: Language): JsonEntry {
  // Nested twice, the file's JSON comes out indented as in the list: "[\n  [\n" + file + "\n  ]\n]".
  const text = JSON.stringify([[jsonFile(r, lang)]], null, 2).slice(6, -6);
  const bytes = encoder.encode(text);
  const view = bytesOf(bytes);
  const list = view.indexOf(DIAGNOSTICS_KEY) + DIAGNOSTICS_KEY.length;
  const n = r.findings.length;
  const spans = new Int32Array(2 * n);
  let at = list;
  for (let k = 0; k < n; k++) {
    at = view.indexOf(ITEM_START, at) + 1;
    spans[2 * k] = at;
    if (k > 0) spans[2 * k - 1] = at - 2; // the previous one ends before ",\n"
  }
  if (n) spans[2 * n - 1] = bytes.length - LIST_TAIL.length;
  return { bytes, list, spans, ranges: rangesOf(r.findings) };
}

function rangesOf(findings: ResultFinding[]): Int32Array {
  const ranges = new Int32Array(4 * findings.length);
  findings.forEach((f, k) => ranges.set([f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character], 4 * k));
  return ranges;
}

/** Diagnostics to splice into an entry: their texts as in the list, one after another, and their ranges. */
export interface JsonItems {
  bytes: Uint8Array;
  /** Where each diagnostic's text starts and ends in `bytes`. */
  spans: Int32Array;
  ranges: Int32Array;
}

/** Findings as diagnostics of the list (in their order). */
export function jsonItemsOf(findings: ResultFinding[], lang: Language): JsonItems {
  // Nested four times, a diagnostic comes out indented as in its list; 20 characters of brackets either side.
  const texts = findings.map((f) => JSON.stringify([[[[jsonDiagnostic(f, lang)]]]], null, 2).slice(20, -20));
  const spans = new Int32Array(2 * texts.length);
  let at = 0;
  texts.forEach((t, k) => {
    spans[2 * k] = at;
    at += Buffer.byteLength(t);
    spans[2 * k + 1] = at;
  });
  return { bytes: encoder.encode(texts.join('')), spans, ranges: rangesOf(findings) };
}

/** -1, 0 or 1 as range i of `a` starts (then ends) before, with or after range j of `b`. */
function compareRanges(a: Int32Array, i: number, b: Int32Array, j: number): number {
  for (let k = 0; k < 4; k++) {
    const d = a[4 * i + k] - b[4 * j + k];
    if (d) return d;
  }
  return 0;
}

/**
 * The entry with `added` among its diagnostics in document order, a file's own before those added at the same
 * range (as crossYear.ts orders findings). Returns the pieces to write, in order.
 */
export function splicedEntry(entry: JsonEntry, added: JsonItems): Uint8Array[] {
  const own = entry.spans.length / 2;
  const extra = added.spans.length / 2;
  if (!extra) return [entry.bytes];
  const pieces: Uint8Array[] = [entry.bytes.subarray(0, entry.list), Buffer.from('[\n')];
  const separator = Buffer.from(',\n');
  let a = 0;
  let b = 0;
  while (a < own || b < extra) {
    if (a + b > 0) pieces.push(separator);
    if (b >= extra || (a < own && compareRanges(entry.ranges, a, added.ranges, b) <= 0)) {
      pieces.push(entry.bytes.subarray(entry.spans[2 * a], entry.spans[2 * a + 1]));
      a++;
    } else {
      pieces.push(added.bytes.subarray(added.spans[2 * b], added.spans[2 * b + 1]));
      b++;
    }
  }
  pieces.push(Buffer.from(LIST_TAIL));
  return pieces;
}

/**
 * Writes `{ version: 1, files }` entry by entry, exactly as JSON.stringify(…, null, 2) would in one string:
 * a thousand files' output is too large to build at once. Small pieces are gathered into writes of about
 * `chunkSize` bytes; larger ones are written on their own.
 */
export class JsonWriter {
  private started = false;
  private chunks: Uint8Array[] = [];
  private size = 0;
  constructor(private readonly write: (bytes: Uint8Array) => void, private readonly chunkSize = 1 << 16) {}

  /** A file's entry, in pieces (splicedEntry) or whole. */
  add(pieces: Uint8Array[]): void {
    this.push(Buffer.from(this.started ? ',\n' : '{\n  "version": 1,\n  "files": [\n'));
    this.started = true;
    for (const p of pieces) this.push(p);
  }

  end(): void {
    this.push(Buffer.from(this.started ? '\n  ]\n}\n' : '{\n  "version": 1,\n  "files": []\n}\n'));
    this.flush();
  }

  private push(bytes: Uint8Array): void {
    // A large piece (most of a file's entry) is written as it is rather than copied into a chunk.
    if (bytes.length >= this.chunkSize) {
      this.flush();
      this.write(bytes);
      return;
    }
    this.chunks.push(bytes);
    this.size += bytes.length;
    if (this.size >= this.chunkSize) this.flush();
  }

  private flush(): void {
    if (!this.chunks.length) return;
    this.write(this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size));
    this.chunks = [];
    this.size = 0;
  }
}
