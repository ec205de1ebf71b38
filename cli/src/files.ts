// Expands the command line's files and folders into the report files to check.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DETECTION_LINE_COUNT, looksLikeReport } from '../../server/src/core';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.nianbao']);

export interface Expanded {
  files: string[];
  errors: Array<{ path: string; message: string }>;
  /** Files found in folders that do not look like reports (a README, notes): not checked. */
  skipped: string[];
}

function walk(dir: string, out: string[], skipped: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, skipped);
    else if (e.isFile() && REPORT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
      (isReportFile(p) ? out : skipped).push(p);
    }
  }
}

export function expandPaths(paths: string[]): Expanded {
  const files: string[] = [];
  const skipped: string[] = [];
  const errors: Expanded['errors'] = [];
  for (const p of paths) {
    try {
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p, files, skipped);
      else files.push(p);
    } catch (err) {
      errors.push({ path: p, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / no such file or folder' : String((err as Error).message) });
    }
  }
  return { files, errors, skipped };
}

/** Reads just the opening lines: a folder may hold large files that are not reports. */
function isReportFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(16 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8').split(/\r?\n|\r/).slice(0, DETECTION_LINE_COUNT).join('\n');
    return looksLikeReport(head, path.basename(file));
  } catch {
    return true; // let the check itself say that the file cannot be read
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads a report as the editor shows it: UTF-8 without a byte-order mark. */
export function readReport(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Calls `each` with every readable report among `paths` (files and folders), telling the user on
 * stderr about skipped, missing and unreadable files. Returns 2 when any input could not be read.
 */
export function forEachReport(paths: string[], err: (s: string) => void, each: (file: string, text: string) => void): number {
  const { files, errors, skipped } = expandPaths(paths);
  let exit = 0;
  if (skipped.length) err(`nianbao: 跳过 ${skipped.length} 个看起来不是年度报告的文件 / skipped ${skipped.length} file(s) that do not look like reports: ${skipped.join(', ')}`);
  for (const e of errors) {
    err(`nianbao: ${e.path}: ${e.message}`);
    exit = 2;
  }
  for (const file of files) {
    let text: string;
    try {
      text = readReport(file);
    } catch (e) {
      err(`nianbao: ${file}: 无法读取 / cannot read (${(e as Error).message})`);
      exit = 2;
      continue;
    }
    each(file, text);
  }
  return exit;
}
