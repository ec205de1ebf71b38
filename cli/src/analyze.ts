// One file checked, as plain data: what `check` prints (text, JSON, SARIF) and `report` puts in its page.
// Runs on the main thread or in a worker (cli/src/worker.ts), so the result must survive structured cloning.
import * as path from 'node:path';
import {
  collectFindings, limitFindings, pairingKey, mergeConfigs, parseDocument, positionAt, setDigestOf, signatureTiming,
  type Era, type Finding, type Language, type LocalizedText, type NianbaoConfig, type Report, type ReportDocument, type ReportKind,
  type SetDigest, type SetDocument, type Severity,
} from '../../server/src/core';
import { configFor } from '../../server/src/node/configFile';
import { sourcePlaceAt, type SourcePlace } from '../../server/src/import/anchors';
import type { SourceAnchor } from '../../server/src/import';
import { readReport, type ReadReport } from './files';

export interface Position {
  line: number;
  character: number;
}

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface AnalyzeOptions {
  era?: Era;
  kind?: ReportKind;
  /** At most this many findings per file in `findings` (counts always cover all). */
  maxFindings?: number;
  /** Safe fixes with their ranges (SARIF). */
  withFixes?: boolean;
  /** Issuer, dates, figures and quoted lines (the HTML report). */
  withSummary?: boolean;
  /** Other files are checked too: keep what the checks across years need (crossYear). */
  inSet?: boolean;
  /**
   * The file's entry of the JSON output in this language (`json`), instead of its reports and findings as
   * objects. Not with maxFindings.
   */
  jsonLang?: Language;
}

export interface ResultEdit {
  range: JsonRange;
  newText: string;
}

export interface ResultFinding {
  ruleId: string;
  severity: Severity;
  range: JsonRange;
  message: LocalizedText;
  /** The report of the file the finding lies in (index into `reports`). */
  report: number;
  safeFixes?: Array<{ title: LocalizedText; edits: ResultEdit[] }>;
  /** The finding's first line as written, for the HTML report. */
  quote?: string;
  /** Where the finding's start was in the original of an imported file (PDF page and line, Word paragraph…). */
  source?: SourcePlace;
}

/** The main figures of a report's national tables (2019 and 2021 formats). */
export interface Figures {
  /** Table B 一、本年新收 总计. */
  received?: number;
  /** Table B 三（一）予以公开 总计. */
  granted?: number;
  /** Table B 三（七）总计. */
  handled?: number;
  /** Table C 行政复议 总计. */
  reviews?: number;
  /** Table C 行政诉讼 总计 (未经复议直接起诉 + 复议后起诉). */
  lawsuits?: number;
}

export interface ReportSummary {
  issuer?: string;
  /** The signature date as written and as YYYY-MM-DD when it is a whole date. */
  signed?: { raw: string; iso?: string };
  /** The publication deadline (YYYY-MM-DD) and how the signature stands against it. */
  deadline?: string;
  timing?: 'in-time' | 'late' | 'early' | 'unknown';
  figures: Figures;
}

export interface ResultReport {
  title: string | null;
  year: number | null;
  era: Era;
  kind: ReportKind;
  range: JsonRange;
  summary?: ReportSummary;
}

export interface FileResult {
  file: string;
  /** Why the file was not checked (unreadable, not UTF-8…); nothing else is set then. */
  notChecked?: string;
  /** Only the beginning of a large file was read. */
  truncated?: boolean;
  /** The text is binary: findings (the parser's note) are still given, but the file counts as not checked. */
  binary?: boolean;
  configFile?: string;
  configProblems: string[];
  reports: ResultReport[];
  findings: ResultFinding[];
  /** Every finding by severity, including those that maxFindings left out. */
  counts: Record<Severity, number>;
  /**
   * The normalized issuer of each report whose year the text states (a trailing 人民政府 dropped): files that
   * share one are checked together across years (cli/src/crossYear.ts). Not part of any output.
   */
  issuerKeys?: string[];
  /** What the importer said about converting the file (a PDF's unreadable page …), for stderr. */
  importNotes?: string[];
  /** With issuerKeys: what the checks across years need, so that the file is not parsed again. Not output. */
  crossYear?: CrossYearInput;
  /** `crossYear` serialized (v8.serialize) by the worker that checked the file, in its place. */
  crossYearBytes?: Uint8Array;
  /** With the option jsonLang: the file's entry of the JSON output; `reports` and `findings` are left empty. */
  json?: JsonEntry;
}

/**
 * A file's entry in the JSON output's `files` list, in UTF-8, and where its diagnostics are in it (jsonOutput.ts).
 * The entry is JSON.stringify(…, null, 2) of the whole output cut to the file: 4 spaces before its `{`, 8
 * before each diagnostic's.
 */
export interface JsonEntry {
  bytes: Uint8Array;
  /** Where the `[` of the diagnostics list is (the last key of the entry). */
  list: number;
  /** Where each diagnostic's text starts and ends (from the indentation of its `{` to its `}`), two numbers per diagnostic. */
  spans: Int32Array;
  /** Each diagnostic's range: start line, start character, end line, end character. */
  ranges: Int32Array;
}

export interface CrossYearInput {
  digest: SetDigest;
  config: NianbaoConfig;
  /** Where the converted text came from in an imported file (PDF, Word, web page), for findings across years too. */
  anchors?: readonly SourceAnchor[];
  /** Every finding of the file's own check, when maxFindings left some out of `findings`. */
  unlimited?: ResultFinding[];
}

/** What a finding's place in the output is computed from: a parsed document or one rebuilt from its digest. */
type PlacedIn = Pick<SetDocument, 'text' | 'lineStarts' | 'reports'>;

const ZERO = (): Record<Severity, number> => ({ error: 0, warning: 0, information: 0, hint: 0 });

/** How many of `findings` there are of each severity. */
export function countsOf(findings: ReadonlyArray<{ severity: Severity }>): Record<Severity, number> {
  const counts = ZERO();
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function rangeOf(doc: PlacedIn, start: number, end: number): JsonRange {
  return { start: positionAt(doc.lineStarts, start), end: positionAt(doc.lineStarts, end) };
}

function reportIndexAt(doc: PlacedIn, offset: number): number {
  let index = 0;
  for (let i = 0; i < doc.reports.length; i++) {
    const r = doc.reports[i];
    if (Math.min(r.start, r.title?.start ?? r.start) <= offset) index = i;
    else break;
  }
  return index;
}

function lineText(doc: PlacedIn, line: number): string {
  const start = doc.lineStarts[line] ?? 0;
  const end = doc.lineStarts[line + 1] ?? doc.text.length;
  return doc.text.slice(start, end).replace(/[\r\n]+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

function figuresOf(report: Report): Figures {
  const figures: Figures = {};
  const value = (id: 'B' | 'C', row: string, col: string) => {
    for (const t of report.tables) {
      const v = t.national?.id === id ? t.national.cell(row, col)?.value : undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  };
  figures.received = value('B', '一', '总计');
  figures.granted = value('B', '三（一）', '总计');
  figures.handled = value('B', '三（七）', '总计');
  figures.reviews = value('C', '数据', '行政复议/总计');
  const direct = value('C', '数据', '未经复议直接起诉/总计');
  const after = value('C', '数据', '复议后起诉/总计');
  if (direct !== undefined || after !== undefined) figures.lawsuits = (direct ?? 0) + (after ?? 0);
  return figures;
}

function summaryOf(report: Report, config: ReturnType<typeof mergeConfigs>): ReportSummary {
  const summary: ReportSummary = { figures: figuresOf(report) };
  if (report.issuer?.text) summary.issuer = report.issuer.text.trim();
  const d = report.signature?.date;
  if (d) {
    summary.signed = { raw: d.raw };
    if (d.valid && d.year && d.month && d.day) summary.signed.iso = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
    const timing = signatureTiming(report, d, config.deadlines);
    if (timing && (timing.kind === 'in-time' || timing.kind === 'late')) {
      summary.timing = timing.kind;
      summary.deadline = `${timing.year + 1}-${pad(timing.deadline.month)}-${pad(timing.deadline.day)}`;
    } else summary.timing = timing?.kind === 'early' ? 'early' : 'unknown';
  }
  return summary;
}

export function resultFinding(doc: PlacedIn, f: Finding, options: AnalyzeOptions, anchors?: readonly SourceAnchor[]): ResultFinding {
  const range = rangeOf(doc, f.start, f.end);
  const out: ResultFinding = { ruleId: f.ruleId, severity: f.severity, range, message: f.message, report: reportIndexAt(doc, f.start) };
  if (options.withFixes) {
    const safe = (f.fixes ?? []).filter((x) => x.safe);
    if (safe.length) {
      out.safeFixes = safe.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.newText })) }));
    }
  }
  if (options.withSummary) out.quote = lineText(doc, range.start.line);
  const source = anchors?.length ? sourcePlaceAt(anchors, f.start) : undefined;
  if (source) out.source = source;
  return out;
}

/** A file read and parsed with the `.nianbao.json` that applies to it. */
export interface ParsedFile {
  doc: ReportDocument;
  config: ReturnType<typeof mergeConfigs>;
  configFile?: string;
  configProblems: string[];
  truncated: boolean;
  /** What the importer said about the conversion of a Word file, PDF or web page. */
  importNotes: string[];
  /** Where the converted text came from in the original (import/types.ts), for the findings' `source`. */
  anchors?: SourceAnchor[];
}

/** `preread`: the file as read and converted already (a document converted while its folder was searched). */
export async function parseFile(file: string, options: AnalyzeOptions, preread?: ReadReport): Promise<ParsedFile | { notChecked: string }> {
  const read = preread ?? (await readReport(file));
  if ('notChecked' in read) return read;
  const found = configFor(file);
  const config = mergeConfigs(found.config, { era: options.era, kind: options.kind });
  const doc = parseDocument(read.text, { era: config.era, kind: config.kind, fileName: path.basename(file) });
  const importNotes = (read.result?.notes ?? []).map((n) => `${n.zh} / ${n.en}`);
  const anchors = read.result?.anchors.length ? read.result.anchors : undefined;
  return { doc, config, configFile: found.file, configProblems: found.problems, truncated: read.truncated, importNotes, anchors };
}

/** The plain-data result of a parsed file's check; `extra`: findings from outside the file's own check (across years). */
export function resultOf(file: string, parsed: ParsedFile, options: AnalyzeOptions, extra: Finding[] = []): FileResult {
  const { doc, config } = parsed;
  const result: FileResult = { file, configProblems: parsed.configProblems, configFile: parsed.configFile, reports: [], findings: [], counts: ZERO() };
  if (parsed.truncated) result.truncated = true;
  if (parsed.importNotes.length) result.importNotes = parsed.importNotes;
  const own = collectFindings(doc, config);
  const all = extra.length ? [...own, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) : own;
  result.counts = countsOf(all);
  const shown = options.maxFindings ? limitFindings(all, options.maxFindings, doc.text) : all;
  result.findings = shown.map((f) => resultFinding(doc, f, options, parsed.anchors));
  result.reports = doc.reports.map((r) => ({
    title: r.title?.text ?? null,
    year: r.year ?? null,
    era: r.era,
    kind: r.kind,
    range: rangeOf(doc, r.title ? Math.min(r.title.start, r.start) : r.start, r.end),
    ...(options.withSummary ? { summary: summaryOf(r, config) } : {}),
  }));
  const keys = doc.reports
    .filter((r) => r.issuer?.text.trim() && r.year !== undefined && r.yearSource !== 'body' && r.yearSource !== 'default')
    .map((r) => pairingKey(r.issuer!.text));
  if (keys.length) {
    result.issuerKeys = [...new Set(keys)];
    if (options.inSet) {
      result.crossYear = { digest: setDigestOf(doc), config, ...(parsed.anchors ? { anchors: parsed.anchors } : {}) };
      if (shown !== all) result.crossYear.unlimited = all.map((f) => resultFinding(doc, f, options, parsed.anchors));
    }
  }
  if (doc.problems.some((p) => p.code === 'binary-content')) result.binary = true;
  return result;
}

/** Reads (unless `preread` is given), parses and checks one file with the `.nianbao.json` that applies to it. */
export async function analyzeFile(file: string, options: AnalyzeOptions, preread?: ReadReport): Promise<FileResult> {
  const parsed = await parseFile(file, options, preread);
  if ('notChecked' in parsed) return { file, configProblems: [], reports: [], findings: [], counts: ZERO(), notChecked: parsed.notChecked };
  return resultOf(file, parsed, options);
}
