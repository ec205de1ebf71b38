// Expands the command line's files and folders into the report files to check, and reads them: text files
// decoded, web pages (and every other format an importer reads) converted to checkable text. Every file
// named or found is either checked or reported on stderr as not checked, with the reason (exit code 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_LENGTH, DETECTION_LINE_COUNT, looksLikeReport, type ReportDocument } from '../../server/src/core';
import { fsErrorMessage, readRegularFile, UnreadableFile } from '../../server/src/node/readFile';
import { decodeText, ImportError, importBytes, importerFor, tooLarge, type ImportResult } from '../../server/src/import';

/** Enough for the opening lines that tell whether a text file found in a folder is a report. */
const SNIFF_BYTES = 16 * 1024;
/**
 * At most this much of a text report is read: enough UTF-8 (at most 3 bytes per UTF-16 unit; UTF-16 and GBK
 * take fewer) for the core's character limit, so that the core still sees a longer text and says that it
 * checked only the beginning.
 */
export const MAX_REPORT_BYTES = 3 * DEFAULT_MAX_LENGTH + 4;
export const MAX_REPORT_MB = Math.floor(MAX_REPORT_BYTES / (1024 * 1024));

export interface Expanded {
  files: string[];
  /** Paths named or found that are not checked, with the reason. */
  errors: Array<{ path: string; message: string }>;
  /** Files found in folders that do not look like reports (a README, notes): not reports, so not checked. */
  skipped: string[];
}

export const BINARY = '不是文本文件（含有二进制内容），未检查 / not a text file (binary content); not checked';

/** A report as the core reads it, or why it is not checked. */
export type ReadReport = { text: string; truncated: boolean; result?: ImportResult } | { notChecked: string };

const importMessage = (e: ImportError) => `${e.zh} / ${e.en}`;

/**
 * Documents converted while their folder was searched, so that they are not converted twice: on this thread, or
 * in a worker (`convertElsewhere`), to be sent with the file's check (takeConverted).
 */
const converted = new Map<string, ReadReport>();

/**
 * A file read and turned into checkable text: a text file decoded (UTF-8, UTF-16, GB18030/GBK; at most
 * `maxTextBytes` read), any other format an importer reads converted. A file named on the command line with
 * another extension is read as text.
 */
async function readAndConvert(file: string, maxTextBytes: number): Promise<ReadReport> {
  if (!isDocument(file)) return readAndConvertAfresh(file, maxTextBytes);
  const kept = converted.get(file);
  if (kept) return kept;
  const report = await readAndConvertAfresh(file, maxTextBytes);
  converted.set(file, report);
  return report;
}

/** Whether the file is one an importer converts (a web page, Word file, PDF), not a text file. */
function isDocument(file: string): boolean {
  const entry = importerFor(file);
  return entry !== undefined && entry.format !== 'text';
}

async function readAndConvertAfresh(file: string, maxTextBytes: number): Promise<ReadReport> {
  const entry = importerFor(file);
  const text = !entry || entry.format === 'text';
  let read: { bytes: Buffer; truncated: boolean };
  try {
    read = readRegularFile(file, text ? maxTextBytes : entry!.maxBytes);
  } catch (e) {
    if (e instanceof UnreadableFile) return { notChecked: e.message };
    throw e;
  }
  try {
    if (text) return { ...(await decodeText(read.bytes, { partial: read.truncated })), truncated: read.truncated };
    // A document cut short cannot be converted: say so rather than check half of it.
    if (read.truncated) throw tooLarge(entry!.maxBytes);
    const result = await importBytes(read.bytes, file);
    return { text: result.text, truncated: false, result };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return { notChecked: importMessage(e) };
  }
}

/** A document's conversion for another thread (a worker's answer to a `convert` request): kept by no cache there. */
export function convertDocument(file: string): Promise<ReadReport> {
  return readAndConvertAfresh(file, MAX_REPORT_BYTES);
}

/** The conversion of `file` made during the search, if any, handed over once (to go with the file's check). */
export function takeConverted(file: string): ReadReport | undefined {
  const read = converted.get(file);
  converted.delete(file);
  return read;
}

/** Where a folder's documents are converted when not on this thread: a worker (checkAll.ts). */
export type ConvertElsewhere = (file: string) => Promise<ReadReport>;

/** Whether the opening of a file's text looks like a report. */
function verdict(file: string, read: ReadReport): 'report' | 'other' | { notChecked: string } {
  if ('notChecked' in read) return read;
  const head = read.text.split(/\r?\n|\r/).slice(0, DETECTION_LINE_COUNT).join('\n');
  return looksLikeReport(head, path.basename(file)) ? 'report' : 'other';
}

/** A regular file found in a folder: a report, not one (skipped), or not readable or decodable (not checked). */
async function sniff(file: string): Promise<'report' | 'other' | { notChecked: string }> {
  return verdict(file, await readAndConvert(file, SNIFF_BYTES));
}

/** A document found in a folder, converted elsewhere; the conversion is kept for the file's check. */
async function sniffElsewhere(file: string, convert: ConvertElsewhere): Promise<'report' | 'other' | { notChecked: string }> {
  const read = await convert(file);
  converted.set(file, read);
  return verdict(file, read);
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

class Walk implements Expanded {
  files: string[] = [];
  errors: Expanded['errors'] = [];
  skipped: string[] = [];
  /** Real paths of the folders walked: a symbolic link back up the tree is not followed again. */
  private readonly walked = new Set<string>();

  constructor(
    private readonly found?: (file: string) => void,
    private readonly convertElsewhere?: ConvertElsewhere,
  ) {}

  add(file: string): void {
    this.files.push(file);
    this.found?.(file);
  }

  async folder(dir: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (this.walked.has(real)) return;
      this.walked.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (e) {
      this.errors.push({ path: dir, message: `无法读取文件夹，其中的文件未检查 / cannot read the folder; its files were not checked: ${fsErrorMessage(e)}` });
      return;
    }
    // The folder's documents (regular files) are all sent to be converted elsewhere at once, so that the workers
    // convert them side by side while this thread goes through the entries in order.
    const started = new Map<string, ReturnType<typeof sniff>>();
    if (this.convertElsewhere) {
      for (const e of entries) {
        if (!e.name.startsWith('.') && e.isFile() && isDocument(e.name)) {
          const p = path.join(dir, e.name);
          const pending = sniffElsewhere(p, this.convertElsewhere);
          // Handled in order below; none may go unhandled meanwhile.
          pending.catch(() => {});
          started.set(p, pending);
        }
      }
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      const candidate = importerFor(e.name) !== undefined;
      let st: fs.Stats | fs.Dirent = e;
      if (e.isSymbolicLink()) {
        try {
          st = fs.statSync(p);
        } catch (err) {
          // A dangling or looping link named like a report is a report that cannot be read.
          if (candidate) this.errors.push({ path: p, message: fsErrorMessage(err) });
          continue;
        }
      }
      if (st.isDirectory()) await this.folder(p);
      else if (candidate) {
        // A FIFO, device or socket named like a report is refused by sniff, with what it is.
        const kind = await (started.get(p) ?? sniff(p));
        if (kind === 'report') this.add(p);
        else {
          // Never read again: its conversion is not kept.
          converted.delete(p);
          if (kind === 'other') this.skipped.push(p);
          else this.errors.push({ path: p, message: kind.notChecked });
        }
      }
    }
  }
}

/**
 * `found`, when given, is told each file to check as soon as it is known, in the order of `files`;
 * `convertElsewhere`, when given, converts the documents found in folders (not text files) in its place.
 */
export async function expandPaths(paths: string[], found?: (file: string) => void, convertElsewhere?: ConvertElsewhere): Promise<Expanded> {
  const walk = new Walk(found, convertElsewhere);
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      walk.errors.push({ path: p, message: fsErrorMessage(err) });
      continue;
    }
    // A file named on the command line is always checked (or said why not), whatever it looks like.
    if (st.isDirectory()) await walk.folder(p);
    else walk.add(p);
  }
  return walk;
}

/** A report as the core reads it: text decoded (UTF-8, UTF-16, GB18030/GBK) or a document converted. */
export function readReport(file: string): Promise<ReadReport> {
  return readAndConvert(file, MAX_REPORT_BYTES);
}

/**
 * Calls `each` with every readable report among `paths` (files and folders); `each` returns its parse.
 * Tells the user on stderr about skipped files and about every file not checked: missing, unreadable,
 * not a regular file, not decodable or convertible, binary. Returns 2 when any file was not checked, else 0.
 */
export async function forEachReport(paths: string[], err: (s: string) => void, each: (file: string, text: string) => ReportDocument): Promise<number> {
  const { files, errors, skipped } = await expandPaths(paths);
  const notChecked = [...errors];
  if (skipped.length) err(`nianbao: 跳过 ${skipped.length} 个看起来不是年度报告的文件 / skipped ${skipped.length} file(s) that do not look like reports: ${skipped.join(', ')}`);
  for (const e of errors) err(`nianbao: ${e.path}: ${e.message}`);
  for (const file of files) {
    const read = await readReport(file);
    if ('notChecked' in read) {
      err(`nianbao: ${file}: ${read.notChecked}`);
      notChecked.push({ path: file, message: read.notChecked });
      continue;
    }
    for (const note of read.result?.notes ?? []) err(`nianbao: ${file}: ${note.zh} / ${note.en}`);
    if (read.truncated) err(`nianbao: ${file}: 文件大于 ${MAX_REPORT_MB} MB，只读取了开头部分 / larger than ${MAX_REPORT_MB} MB; only its beginning was read`);
    const doc = each(file, read.text);
    if (doc.problems.some((p) => p.code === 'binary-content')) {
      err(`nianbao: ${file}: ${BINARY}`);
      notChecked.push({ path: file, message: BINARY });
    }
  }
  if (notChecked.length === 0) return 0;
  err(`nianbao: ${notChecked.length} 个文件或文件夹未检查（原因见上）/ ${notChecked.length} file(s) or folder(s) not checked (see above)`);
  return 2;
}
