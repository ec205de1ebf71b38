// Expands the command line's files and folders into the report files to check, and reads them. Every file
// named or found is either checked or reported on stderr as not checked, with the reason (exit code 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_LENGTH, DETECTION_LINE_COUNT, looksLikeReport, type ReportDocument } from '../../server/src/core';
import { fsErrorMessage, readRegularFile, UnreadableFile } from '../../server/src/node/readFile';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.nianbao']);

/** Enough for the opening lines that tell whether a file found in a folder is a report. */
const SNIFF_BYTES = 16 * 1024;
/**
 * At most this much of a report is read: enough UTF-8 (at most 3 bytes per UTF-16 unit) for the core's
 * character limit, so that the core still sees a longer text and says that it checked only the beginning.
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

const NOT_UTF8 = '不是 UTF-8 编码（可能是 GBK），未检查 / not UTF-8 (GBK?); not checked';
const UTF16 = '是 UTF-16 编码，不是 UTF-8，未检查 / UTF-16, not UTF-8; not checked';
export const BINARY = '不是文本文件（含有二进制内容），未检查 / not a text file (binary content); not checked';

/**
 * UTF-8 text, without a byte-order mark, as the editor shows it; or why the bytes are not. `partial`: the
 * bytes are the beginning of a longer file, so a character cut at the end is not an error.
 */
export function decodeReport(bytes: Uint8Array, partial: boolean): { text: string } | { notChecked: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { notChecked: UTF16 };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom), { stream: partial }) };
  } catch {
    return { notChecked: NOT_UTF8 };
  }
}

/** A regular file found in a folder: a report, not one (skipped), or not readable or decodable (not checked). */
function sniff(file: string): 'report' | 'other' | { notChecked: string } {
  let start: { bytes: Buffer; truncated: boolean };
  try {
    start = readRegularFile(file, SNIFF_BYTES);
  } catch (e) {
    return { notChecked: (e as Error).message };
  }
  const decoded = decodeReport(start.bytes, start.truncated);
  if ('notChecked' in decoded) return decoded;
  const head = decoded.text.split(/\r?\n|\r/).slice(0, DETECTION_LINE_COUNT).join('\n');
  return looksLikeReport(head, path.basename(file)) ? 'report' : 'other';
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

class Walk implements Expanded {
  files: string[] = [];
  errors: Expanded['errors'] = [];
  skipped: string[] = [];
  /** Real paths of the folders walked: a symbolic link back up the tree is not followed again. */
  private readonly walked = new Set<string>();

  folder(dir: string): void {
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
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      const candidate = REPORT_EXTENSIONS.has(path.extname(e.name).toLowerCase());
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
      if (st.isDirectory()) this.folder(p);
      else if (candidate) {
        // A FIFO, device or socket named like a report is refused by sniff, with what it is.
        const kind = sniff(p);
        if (kind === 'report') this.files.push(p);
        else if (kind === 'other') this.skipped.push(p);
        else this.errors.push({ path: p, message: kind.notChecked });
      }
    }
  }
}

export function expandPaths(paths: string[]): Expanded {
  const walk = new Walk();
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      walk.errors.push({ path: p, message: fsErrorMessage(err) });
      continue;
    }
    // A file named on the command line is always checked (or said why not), whatever it looks like.
    if (st.isDirectory()) walk.folder(p);
    else walk.files.push(p);
  }
  return walk;
}

/** A report as the editor shows it (UTF-8 without a byte-order mark), read up to MAX_REPORT_BYTES. */
export function readReport(file: string): { text: string; truncated: boolean } | { notChecked: string } {
  let read: { bytes: Buffer; truncated: boolean };
  try {
    read = readRegularFile(file, MAX_REPORT_BYTES);
  } catch (e) {
    if (e instanceof UnreadableFile) return { notChecked: e.message };
    throw e;
  }
  const decoded = decodeReport(read.bytes, read.truncated);
  return 'text' in decoded ? { text: decoded.text, truncated: read.truncated } : decoded;
}

/**
 * Calls `each` with every readable report among `paths` (files and folders); `each` returns its parse.
 * Tells the user on stderr about skipped files and about every file not checked: missing, unreadable,
 * not a regular file, not UTF-8, binary. Returns 2 when any file was not checked, else 0.
 */
export function forEachReport(paths: string[], err: (s: string) => void, each: (file: string, text: string) => ReportDocument): number {
  const { files, errors, skipped } = expandPaths(paths);
  const notChecked = [...errors];
  if (skipped.length) err(`nianbao: 跳过 ${skipped.length} 个看起来不是年度报告的文件 / skipped ${skipped.length} file(s) that do not look like reports: ${skipped.join(', ')}`);
  for (const e of errors) err(`nianbao: ${e.path}: ${e.message}`);
  for (const file of files) {
    const read = readReport(file);
    if ('notChecked' in read) {
      err(`nianbao: ${file}: ${read.notChecked}`);
      notChecked.push({ path: file, message: read.notChecked });
      continue;
    }
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
