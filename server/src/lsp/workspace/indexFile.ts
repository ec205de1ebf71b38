// One file of the workspace index: read from disk (regular files only, bounded), kept only when it opens like a
// report, parsed and checked with its configuration (nearest .nianbao.json + the folder's settings), and
// reduced to what the index keeps: its reports, its finding counts and the diagnostics to publish. Runs in an
// index worker (indexWorker.ts) or, without one, on the server's thread.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collectFindings, DEFAULT_MAX_LENGTH, DETECTION_LINE_COUNT, limitFindings, looksLikeReport, mergeConfigs, parseDocument, reportName,
  type Language, type NianbaoConfig, type ReportDocument,
} from '../../core';
import { configFor } from '../../node/configFile';
import { decodeUtf8 } from '../../node/decodeText';
import { readRegularFile } from '../../node/readFile';
import { toDiagnostic } from '../convert';
import { countFindings } from '../features/documentInfo';
import { ruleDocsLink } from '../ruleDocs';
import type { WorkspaceFile } from '../workspaceProtocol';
import { packDiagnostics, type PackedDiagnostics } from './packedDiagnostics';

/** Enough UTF-8 for the core's character limit (at most 3 bytes per UTF-16 unit), as the CLI reads. */
const MAX_REPORT_BYTES = 3 * DEFAULT_MAX_LENGTH + 4;

/** What an index worker is asked to do with one file (structured-cloneable). */
export interface IndexJob {
  uri: string;
  /** The folder's nianbao.* settings as a configuration layer (over the file's .nianbao.json). */
  settings: NianbaoConfig;
  /** nianbao.maxDiagnostics. */
  limit: number;
  lang: Language;
}

export type IndexedFile = WorkspaceFile & { diagnostics: PackedDiagnostics };

/** The file is not a report (or not readable as UTF-8 text): not indexed. */
export interface NotIndexed {
  uri: string;
  notIndexed: string;
}

/** The text of a report file, or why it is not one. */
export function readReport(uri: string): { text: string; file: string } | { notIndexed: string } {
  const file = fileURLToPath(uri);
  let read;
  try {
    read = readRegularFile(file, MAX_REPORT_BYTES);
  } catch (err) {
    return { notIndexed: (err as Error).message };
  }
  const text = decodeUtf8(read.bytes, read.truncated);
  if (text === undefined) return { notIndexed: '不是 UTF-8 文本 / not UTF-8 text' };
  const head = text.split(/\r?\n|\r/, DETECTION_LINE_COUNT).join('\n');
  if (!looksLikeReport(head, path.basename(file))) return { notIndexed: '不像年度报告 / does not look like a report' };
  return { text, file };
}

/** The configuration and parse of a report file, as an open document of it would get them. */
export function parseReport(file: string, text: string, settings: NianbaoConfig): { doc: ReportDocument; config: NianbaoConfig } {
  // Stat-checked: a .nianbao.json edited since it was read is read again.
  const config = mergeConfigs(configFor(file, { revalidate: true }).config, settings);
  const doc = parseDocument(text, { era: config.era, kind: config.kind, fileName: path.basename(file) });
  return { doc, config };
}

export function indexFile(job: IndexJob): IndexedFile | NotIndexed {
  const read = readReport(job.uri);
  if ('notIndexed' in read) return { uri: job.uri, notIndexed: read.notIndexed };
  const { doc, config } = parseReport(read.file, read.text, job.settings);
  const findings = collectFindings(doc, config);
  return {
    uri: job.uri,
    reports: doc.reports.map((r) => ({ name: reportName(r, job.lang), issuer: r.issuer?.text || null, year: r.year ?? null })),
    counts: countFindings(findings),
    diagnostics: packDiagnostics(limitFindings(findings, job.limit, doc.text).map((f) => toDiagnostic(doc, f, job.lang, job.uri, ruleDocsLink))),
  };
}
