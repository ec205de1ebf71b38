// The JSON output of `check` (version 1), file by file: each file's entry is written where the file is checked
// (a worker, or the main thread with --jobs 1) as UTF-8 bytes that go to the main thread without a copy, so
// the main thread neither receives the findings as objects nor turns them into text. The findings of the
// checks across years, found later, are spliced into a file's entry in document order.
import { localize, type Language } from '../../server/src/core';
import type { AnalyzeOptions, FileResult, JsonEntry, ResultFinding } from './analyze';

/**
 * One file in the JSON output: its shape is a contract (version 1). jsonEntryOf writes the same text without
 * building it (putDiagnostic); test/unit/cliJsonOutput.test.ts holds the two to the same bytes.
 */
export function jsonFile(r: Pick<FileResult, 'file' | 'reports' | 'findings'>, lang: Language) {
  return {
    path: r.file,
    reports: jsonReports(r),
    // `source` (optional): where an imported file's finding was in the original (PDF page and line…).
    diagnostics: r.findings.map((f) => jsonDiagnostic(f, lang)),
  };
}

function jsonReports(r: Pick<FileResult, 'reports'>) {
  return r.reports.map((x) => ({ title: x.title, year: x.year, era: x.era, kind: x.kind, range: x.range }));
}

function jsonDiagnostic(f: ResultFinding, lang: Language) {
  return { ruleId: f.ruleId, severity: f.severity, range: f.range, message: localize(f.message, lang), ...(f.source ? { source: f.source } : {}) };
}

/** The ArrayBuffers of an entry or items, for postMessage's transfer list (each is its own, never a pool's). */
export function transferablesOf(entry: Omit<JsonEntry, 'list'>): ArrayBuffer[] {
  return [entry.bytes.buffer as ArrayBuffer, entry.spans.buffer as ArrayBuffer, entry.ranges.buffer as ArrayBuffer];
}

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
  const out = new EntryBytes();
  // The entry as JSON.stringify(…, null, 2) writes it nested twice ("[\n  [\n" + entry + "\n  ]\n]"), up to its
  // last key; then the diagnostics one by one (putDiagnostic), each span noted as it is written.
  const head = JSON.stringify([[{ path: r.file, reports: jsonReports(r) }]], null, 2).slice(6, -12);
  out.put(`${head},\n      "diagnostics": `);
  const list = out.length;
  const n = r.findings.length;
  const spans = new Int32Array(2 * n);
  if (!n) out.put('[]');
  for (let k = 0; k < n; k++) {
    out.put(k === 0 ? '[\n' : ',\n');
    spans[2 * k] = out.length;
    putDiagnostic(out, r.findings[k], lang);
    spans[2 * k + 1] = out.length;
  }
  out.put(n ? LIST_TAIL : ENTRY_TAIL);
  return { bytes: out.bytes(), list, spans, ranges: rangesOf(r.findings) };
}

function rangesOf(findings: ResultFinding[]): Int32Array {
  const ranges = new Int32Array(4 * findings.length);
  findings.forEach((f, k) => {
    ranges[4 * k] = f.range.start.line;
    ranges[4 * k + 1] = f.range.start.character;
    ranges[4 * k + 2] = f.range.end.line;
    ranges[4 * k + 3] = f.range.end.character;
  });
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
  const out = new EntryBytes();
  const spans = new Int32Array(2 * findings.length);
  findings.forEach((f, k) => {
    spans[2 * k] = out.length;
    putDiagnostic(out, f, lang);
    spans[2 * k + 1] = out.length;
  });
  return { bytes: out.bytes(), spans, ranges: rangesOf(findings) };
}

/** What follows the last diagnostic: the list's end and the entry's; and the entry's end after an empty list. */
const LIST_TAIL = '\n      ]\n    }';
const ENTRY_TAIL = '\n    }';

/** The indentation of a diagnostic in the list (depth 4) and of what is nested in it. */
const D = ' '.repeat(8);
const K = ' '.repeat(10);
const P = ' '.repeat(12);
const L = ' '.repeat(14);

/**
 * A diagnostic exactly as JSON.stringify(…, null, 2) writes it in the list (jsonDiagnostic's keys in order), in
 * three writes: the part before the message and the one after it are ASCII, which encodes several times faster
 * than the whole entry as one string holding Chinese text (measured: a file's entry took about 1 ms to
 * stringify, encode and search for the diagnostics' places; now a third of that).
 */
function putDiagnostic(out: EntryBytes, f: ResultFinding, lang: Language): void {
  const { start, end } = f.range;
  out.put(
    `${D}{\n${K}"ruleId": ${JSON.stringify(f.ruleId)},\n${K}"severity": ${JSON.stringify(f.severity)},\n` +
      `${K}"range": {\n${P}"start": {\n${L}"line": ${start.line},\n${L}"character": ${start.character}\n${P}},\n` +
      `${P}"end": {\n${L}"line": ${end.line},\n${L}"character": ${end.character}\n${P}}\n${K}},\n${K}"message": `,
  );
  out.putJsonString(localize(f.message, lang));
  // A nested value of JSON.stringify(…, null, 2) is its own text with each line indented to its depth.
  out.put(f.source ? `,\n${K}"source": ${JSON.stringify(f.source, null, 2).replace(/\n/g, `\n${K}`)}\n${D}}` : `\n${D}}`);
}

/** What JSON.stringify writes otherwise than as it is: a quote, a backslash, a control character, a surrogate. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** UTF-8 bytes written piece by piece into a buffer kept for the next entry, then copied out at their size. */
class EntryBytes {
  private static scratch = Buffer.allocUnsafeSlow(1 << 16);
  length = 0;

  put(s: string): void {
    // At most 3 bytes per UTF-16 unit.
    if (this.length + 3 * s.length > EntryBytes.scratch.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * EntryBytes.scratch.length, this.length + 3 * s.length));
      EntryBytes.scratch.copy(bigger, 0, 0, this.length);
      EntryBytes.scratch = bigger;
    }
    this.length += EntryBytes.scratch.write(s, this.length, 'utf8');
  }

  /**
   * `s` as a JSON string. Most messages hold nothing JSON escapes (" \\ control characters; a surrogate, which
   * is escaped when lone): those are written between quotes as they are, without JSON.stringify's pass over
   * each character of a string holding Chinese text.
   */
  putJsonString(s: string): void {
    if (NEEDS_ESCAPE.test(s)) {
      this.put(JSON.stringify(s));
      return;
    }
    this.put('"');
    this.put(s);
    this.put('"');
  }

  /** The bytes in an ArrayBuffer of their own (transferred to the main thread, never a pool's). */
  bytes(): Uint8Array {
    // Not zero-filled first: every byte is copied over at once.
    const own = Buffer.allocUnsafeSlow(this.length);
    EntryBytes.scratch.copy(own, 0, 0, this.length);
    return own;
  }
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
 * range (as crossYear.ts orders findings). Returns the pieces to write, in order: the file's own diagnostics
 * between two added ones go as one piece of the entry, separators and all, so that a file with a few findings
 * across years is written in a few pieces, not two per diagnostic.
 */
export function splicedEntry(entry: JsonEntry, added: JsonItems): Uint8Array[] {
  const own = entry.spans.length / 2;
  const extra = added.spans.length / 2;
  if (!extra) return [entry.bytes];
  const pieces: Uint8Array[] = [entry.bytes.subarray(0, entry.list), Buffer.from('[\n')];
  const separator = Buffer.from(',\n');
  let a = 0;
  for (let b = 0; b < extra; b++) {
    // The file's own diagnostics that come before added one b: a run from a to end.
    let end = a;
    while (end < own && compareRanges(entry.ranges, end, added.ranges, b) <= 0) end++;
    if (end > a) {
      if (pieces.length > 2) pieces.push(separator);
      pieces.push(entry.bytes.subarray(entry.spans[2 * a], entry.spans[2 * (end - 1) + 1]));
      a = end;
    }
    if (pieces.length > 2) pieces.push(separator);
    pieces.push(added.bytes.subarray(added.spans[2 * b], added.spans[2 * b + 1]));
  }
  if (a < own) {
    pieces.push(separator);
    pieces.push(entry.bytes.subarray(entry.spans[2 * a], entry.spans[2 * (own - 1) + 1]));
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
  // 16 KB: a typical file's entry (50–60 KB for a 50 KB report) is larger, and is written without a copy.
  constructor(private readonly write: (bytes: Uint8Array) => void, private readonly chunkSize = 1 << 14) {}

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
